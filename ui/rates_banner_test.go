package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/letters"
)

// germanApp opens a test app on a German company file; its rate table ends with the rows
// from 1 January 2026, and today (2026-11-02) is in the second half of 2026.
func germanApp(t *testing.T) (*App, *data.Store) {
	t.Helper()
	s := newTestStore(t)
	c, err := s.Company()
	if err != nil {
		t.Fatal(err)
	}
	c.Name, c.Country = "Bäckerei Groß GmbH", "DE"
	if err := s.SaveCompany(&c); err != nil {
		t.Fatal(err)
	}
	return newTestApp(t, s), s
}

// rateSettingsOnScreen shows Settings and returns its Interest and fees tab.
func rateSettingsOnScreen(t *testing.T, a *App) *rateSettings {
	t.Helper()
	onUI(a, func() { a.ShowSection("settings") })
	a.Wait()
	for _, scr := range a.shell.screen("settings").(*settingsScreen).scrs {
		if r, ok := scr.(*rateSettings); ok {
			return r
		}
	}
	t.Fatal("Settings has no rates tab")
	return nil
}

// lettersOnScreen shows the Letters section and returns its screen.
func lettersOnScreen(t *testing.T, a *App) *lettersScreen {
	t.Helper()
	onUI(a, func() { a.ShowSection("letters") })
	a.Wait()
	return a.shell.screen("letters").(*lettersScreen)
}

// bannerTexts returns the warnings a banner shows, none while it is hidden.
func bannerTexts(a *App, b *rateBanner) []string {
	var out []string
	onUI(a, func() {
		if !b.box.Visible() {
			return
		}
		for _, o := range test.LaidOutObjects(b.box) {
			if l, ok := o.(*widget.Label); ok && l.Visible() {
				out = append(out, l.Text)
			}
		}
	})
	return out
}

// bannerButton returns the "Add rate…" button of the banner's warning number i.
func bannerButton(t *testing.T, b *rateBanner, i int) *widget.Button {
	t.Helper()
	if i >= len(b.box.Objects) {
		t.Fatalf("the banner has %d warnings, want at least %d", len(b.box.Objects), i+1)
	}
	for _, o := range test.LaidOutObjects(b.box.Objects[i]) {
		if btn, ok := o.(*widget.Button); ok && btn.Text == "Add rate…" {
			return btn
		}
	}
	t.Fatalf("warning %d has no Add rate… button", i)
	return nil
}

// dialogInputs returns the texts of the entries and the choices of the dialog on top.
func dialogInputs(a *App) (entries []*widget.Entry, choices []string) {
	onUI(a, func() {
		for _, o := range test.LaidOutObjects(a.win.Canvas().Overlays().Top()) {
			switch w := o.(type) {
			case *widget.Entry:
				entries = append(entries, w)
			case *widget.Select:
				choices = append(choices, w.Selected)
			}
		}
	})
	return entries, choices
}

func TestMissingRateBanner(t *testing.T) {
	a, s := germanApp(t)
	const business = "No statutory interest rate for business debtors from 2026-07-01 in the table: letters charge " +
		"10.27 % (the rate from 2026-01-01). Check the current rate and add it."
	const consumer = "No statutory interest rate for consumers from 2026-07-01 in the table: letters charge " +
		"6.27 % (the rate from 2026-01-01). Check the current rate and add it."
	ls := lettersOnScreen(t, a)
	if got := bannerTexts(a, ls.banner); len(got) != 2 || got[0] != consumer || got[1] != business {
		t.Fatalf("Letters screen banner = %q", got)
	}
	rs := rateSettingsOnScreen(t, a)
	if got := bannerTexts(a, rs.banner); len(got) != 2 || got[1] != business {
		t.Fatalf("Settings › rates banner = %q", got)
	}

	// Add the business rate from the rates tab: the form comes filled in with the fallback.
	tap(a, bannerButton(t, rs.banner, 1))
	entries, choices := dialogInputs(a)
	texts := map[string]*widget.Entry{}
	for _, e := range entries {
		texts[e.Text] = e
	}
	for _, want := range []string{"2026-07-01", "1.27", "9.00"} {
		if texts[want] == nil {
			t.Errorf("the rate form has no field with %q", want)
		}
	}
	if len(choices) != 1 || choices[0] != "businesses" {
		t.Errorf("debtors = %q, want businesses", choices)
	}
	if texts["1.27"] != nil {
		onUI(a, func() { texts["1.27"].SetText("1.02") })
	}
	tap(a, dialogButton(t, a, "Save"))
	if got := bannerTexts(a, rs.banner); len(got) != 1 || got[0] != consumer {
		t.Errorf("banner after adding the business rate = %q", got)
	}
	rates, err := s.InterestRates("DE")
	if err != nil {
		t.Fatal(err)
	}
	last := letters.RatesFor(rates, "DE", data.RateBusiness)
	if r := last[len(last)-1]; r.ValidFrom != data.MustDate("2026-07-01") || r.BaseBP != 102 || r.MarginBP != 900 {
		t.Errorf("latest business rate = %+v", r)
	}

	// The consumer rate from the Letters screen, as proposed: the banner goes on both screens.
	ls = lettersOnScreen(t, a)
	if got := bannerTexts(a, ls.banner); len(got) != 1 || got[0] != consumer {
		t.Fatalf("Letters screen banner after the business rate = %q", got)
	}
	tap(a, bannerButton(t, ls.banner, 0))
	tap(a, dialogButton(t, a, "Save"))
	if got := bannerTexts(a, ls.banner); len(got) != 0 {
		t.Errorf("Letters screen banner after both rates = %q", got)
	}
	if got := bannerTexts(a, rateSettingsOnScreen(t, a).banner); len(got) != 0 {
		t.Errorf("Settings › rates banner after both rates = %q", got)
	}
}

func TestMergeMissingRates(t *testing.T) {
	all := data.InterestRate{ID: 7, Country: "NO", Debtor: data.RateAll, ValidFrom: data.MustDate("2026-01-01")}
	biz := data.InterestRate{ID: 8, Country: "DE", Debtor: data.RateBusiness, ValidFrom: data.MustDate("2026-01-01")}
	con := data.InterestRate{ID: 9, Country: "DE", Debtor: data.RateConsumer, ValidFrom: data.MustDate("2026-01-01")}
	from := data.MustDate("2026-07-01")
	tests := []struct {
		name string
		in   []letters.MissingRate
		want []data.RateDebtor
	}{
		{"none", nil, nil},
		{"one row for all debtors", []letters.MissingRate{{Country: "NO", Debtor: data.RateConsumer, From: from, Using: all},
			{Country: "NO", Debtor: data.RateBusiness, From: from, Using: all}}, []data.RateDebtor{data.RateAll}},
		{"a row for each", []letters.MissingRate{{Country: "DE", Debtor: data.RateConsumer, From: from, Using: con},
			{Country: "DE", Debtor: data.RateBusiness, From: from, Using: biz}},
			[]data.RateDebtor{data.RateConsumer, data.RateBusiness}},
	}
	for _, tt := range tests {
		got := mergeMissing(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %+v, want debtors %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i].Debtor != tt.want[i] {
				t.Errorf("%s: warning %d for %s, want %s", tt.name, i, got[i].Debtor, tt.want[i])
			}
		}
	}
}

func TestMissingRateTextTranslated(t *testing.T) {
	m := letters.MissingRate{Country: "DE", Debtor: data.RateBusiness, From: data.MustDate("2026-07-01"),
		Using: data.InterestRate{Debtor: data.RateBusiness, ValidFrom: data.MustDate("2026-01-01"), BaseBP: 127, MarginBP: 900}}
	tests := []struct{ lang, want string }{
		{"en", "No statutory interest rate for business debtors from 2026-07-01 in the table: letters charge 10.27 % " +
			"(the rate from 2026-01-01). Check the current rate and add it."},
		{"de", "In der Tabelle fehlt der gesetzliche Verzugszinssatz für Unternehmen ab dem 01.07.2026: Briefe " +
			"berechnen 10,27 % (den Satz ab dem 01.01.2026). Prüfen Sie den aktuellen Satz und tragen Sie ihn ein."},
		{"nb", "Tabellen mangler lovbestemt forsinkelsesrente for næringsdrivende fra 01.07.2026: brevene beregner " +
			"10,27 % (satsen fra 01.01.2026). Sjekk gjeldende sats og legg den inn."},
		{"pl", "W tabeli brakuje stawki odsetek ustawowych za opóźnienie w transakcjach handlowych od 01.07.2026: " +
			"pisma naliczają 10,27% (stawka od 01.01.2026). Sprawdź aktualną stawkę i dodaj ją."},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			useLanguage(t, tt.lang)
			a := &App{lang: tt.lang}
			if got := missingRateText(a, m); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
