package ui

import (
	"strings"
	"testing"

	"overdue/data"
	"overdue/letters"
)

// settingsTab opens Settings and returns the tab with the given ID.
func settingsTab[T Screen](t *testing.T, a *App, id string) T {
	t.Helper()
	onUI(a, func() { a.ShowSection("settings") })
	a.Wait()
	set := a.shell.screen("settings").(*settingsScreen)
	for i, tab := range SettingsTabs {
		if tab.ID == id {
			scr, ok := set.scrs[i].(T)
			if !ok {
				t.Fatalf("tab %s is a %T", id, set.scrs[i])
			}
			return scr
		}
	}
	t.Fatalf("no settings tab %s", id)
	var zero T
	return zero
}

func TestLadderSettingsEditsLevels(t *testing.T) {
	s := newTestStore(t) // a Norwegian company
	a := newTestApp(t, s)
	tab := settingsTab[*ladderSettings](t, a, "ladder")
	if len(tab.ladder) != 4 || tab.ladder[2].Name != "Inkassovarsel" {
		t.Fatalf("ladder = %+v", tab.ladder)
	}
	if !strings.Contains(tab.summary(tab.ladder[1]), "14") {
		t.Errorf("summary of the purring = %q", tab.summary(tab.ladder[1]))
	}
	var f *recordForm
	purring := tab.ladder[1]
	onUI(a, func() { f = showLevelForm(a, &purring, tab.ladder, a.Changed) })
	setText := func(key, v string) {
		onUI(a, func() { f.fields[key].input.(interface{ SetText(string) }).SetText(v) })
	}
	setText("DeadlineDays", "10")
	tap(a, f.save)
	if f.message("DeadlineDays") == "" {
		t.Error("a Norwegian purring with 10 days and a fee was accepted")
	}
	setText("DeadlineDays", "21")
	setText("DaysPastDue", "abc")
	tap(a, f.save)
	if f.message("DaysPastDue") == "" {
		t.Error("letters accepted as days")
	}
	setText("DaysPastDue", "28")
	tap(a, f.save)
	got, err := s.DunningLevel(purring.ID)
	if err != nil || got.DeadlineDays != 21 || got.DaysPastDue != 28 || got.Fee != 35_00 {
		t.Errorf("saved level = %+v, %v", got, err)
	}
	onUI(a, func() { tab.kid.SetChecked(true) })
	a.Wait()
	if v, _ := s.Setting(letters.SettingKID); v != "mod10" {
		t.Errorf("KID setting = %q", v)
	}
}

func TestTemplateSettingsPreviewAndSave(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	tab := settingsTab[*templateSettings](t, a, "templates")
	if tab.book == nil || tab.level.Selected == "" || tab.subject.Text == "" {
		t.Fatalf("templates tab not loaded: %q %q", tab.level.Selected, tab.subject.Text)
	}
	onUI(a, func() {
		tab.language.SetSelectedIndex(langIndex("de"))
		tab.subject.SetText("Erinnerung für {customer}")
		tab.body.SetText("Bitte zahlen Sie {total_due} bis {deadline}. {totl}")
		tab.updatePreview()
	})
	if !strings.Contains(tab.preview.Text, "Erinnerung für Weiß & Söhne GmbH") {
		t.Errorf("preview = %q", tab.preview.Text)
	}
	if !tab.warning.Visible() || !strings.Contains(tab.warning.Text, "{totl}") {
		t.Errorf("warning = %q", tab.warning.Text)
	}
	tap(a, tab.save)
	if _, err := s.LetterTemplate("NO", 1, "de"); err == nil {
		t.Error("a template with an unknown placeholder was saved")
	}
	onUI(a, func() { tab.body.SetText("Bitte zahlen Sie {total_due} bis {deadline}.") })
	tap(a, tab.save)
	saved, err := s.LetterTemplate("NO", 1, "de")
	if err != nil || saved.Subject != "Erinnerung für {customer}" {
		t.Fatalf("saved = %+v, %v", saved, err)
	}
	tap(a, tab.reset)
	if _, err := s.LetterTemplate("NO", 1, "de"); err == nil {
		t.Error("reset kept the template")
	}
}

func TestRateSettingsAddsAPeriod(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	tab := settingsTab[*rateSettings](t, a, "rates")
	before := len(tab.rates)
	if before == 0 || len(tab.fees) == 0 {
		t.Fatalf("tables not loaded: %d rates, %d fees", len(tab.rates), len(tab.fees))
	}
	var f *recordForm
	onUI(a, func() { f = tab.editRate(-1) })
	onUI(a, func() {
		f.fields["ValidFrom"].input.(interface{ SetText(string) }).SetText(a.Date(data.MustDate("2026-07-01")))
		f.fields["BaseBP"].input.(interface{ SetText(string) }).SetText("3.75")
		f.fields["MarginBP"].input.(interface{ SetText(string) }).SetText("8")
		f.fields["Source"].input.(interface{ SetText(string) }).SetText("Finansdepartementet")
	})
	tap(a, f.save)
	a.Wait()
	rates, _ := s.InterestRates("NO")
	if len(rates) != before+1 || rates[len(rates)-1].AnnualBP() != 1175 || rates[len(rates)-1].ValidFrom != data.MustDate("2026-07-01") {
		t.Errorf("rates = %+v", rates[len(rates)-1])
	}
	if len(tab.rates) != before+1 {
		t.Errorf("the tab shows %d rates", len(tab.rates))
	}
}
