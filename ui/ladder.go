package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/letters"
)

// ladderSettings is the Settings tab of the escalation ladder of the company's jurisdiction:
// its levels by days past due, each with letter text, fee, deadline and what it claims.
type ladderSettings struct {
	a        *App
	ladder   data.Ladder
	list     *widget.List
	selected int
	kid      *widget.Check
	root     fyne.CanvasObject
}

func newLadderSettings(a *App) Screen {
	s := &ladderSettings{a: a, selected: -1}
	s.list = widget.NewList(func() int { return len(s.ladder) }, newLadderRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id }
	add := widget.NewButtonWithIcon(lang.X("ladder.add", "Add level"), theme.ContentAddIcon(), func() { s.onEdit(nil) })
	edit := widget.NewButtonWithIcon(lang.X("ladder.edit", "Edit level"), theme.DocumentCreateIcon(), func() {
		if s.selected >= 0 && s.selected < len(s.ladder) {
			l := s.ladder[s.selected]
			s.onEdit(&l)
		}
	})
	del := widget.NewButtonWithIcon(lang.X("ladder.delete", "Delete level"), theme.DeleteIcon(), s.onDelete)
	s.kid = widget.NewCheck(lang.X("ladder.kid", "Print a KID (customer number with a MOD10 check digit) as the payment reference"),
		s.onKID)
	note := caption(lang.X("ladder.note",
		"Levels are climbed one at a time: the next letter is due when the oldest open invoice is late enough and the deadline of the last letter has passed. Disputed and on-hold customers do not escalate."))
	note.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(subheading(lang.X("ladder.title", "Escalation ladder")), note)
	buttons := container.NewHBox(s.kid, layoutSpacer(), add, edit, del)
	s.root = container.NewBorder(top, buttons, nil, nil, s.list)
	return s
}

// Content returns the tab.
func (s *ladderSettings) Content() fyne.CanvasObject { return s.root }

// Reload reads the ladder of the company's country.
func (s *ladderSettings) Reload() {
	store, country := s.a.Store(), s.a.Company().Country
	s.a.Go(func() (func(), error) {
		l, err := store.Ladder(country)
		if err != nil {
			return nil, err
		}
		kid, err := store.Setting(letters.SettingKID)
		return func() {
			s.ladder, s.selected = l, -1
			s.list.UnselectAll()
			s.list.Refresh()
			s.kid.OnChanged = nil
			s.kid.SetChecked(kid == "mod10")
			s.kid.OnChanged = s.onKID
		}, err
	})
}

func newLadderRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(nil, nil, nil, caption(""), container.NewHBox(name, widget.NewLabel("")))
}

func (s *ladderSettings) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.ladder) {
		return
	}
	l := s.ladder[id]
	row := o.(*fyne.Container)
	left := row.Objects[0].(*fyne.Container)
	left.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%d · %s", l.Level, l.Name))
	left.Objects[1].(*widget.Label).SetText(lang.X("ladder.days", "from {{.Days}} days past due",
		map[string]any{"Days": l.DaysPastDue}))
	row.Objects[1].(*widget.Label).SetText(s.summary(l))
}

// summary describes what a level adds: deadline, fee, interest, compensation, certified mail.
func (s *ladderSettings) summary(l data.DunningLevel) string {
	if l.Action == data.ActionHandover {
		return lang.X("ladder.handover", "hand over to an agency or a court")
	}
	parts := []string{lang.X("ladder.deadline", "{{.Days}} days to pay", map[string]any{"Days": l.DeadlineDays})}
	if l.Fee > 0 {
		parts = append(parts, lang.X("ladder.fee", "fee {{.Fee}}", map[string]any{"Fee": s.a.Money(l.Fee, l.Currency)}))
	}
	if l.Interest {
		parts = append(parts, lang.X("ladder.interest", "interest"))
	}
	if l.Compensation {
		parts = append(parts, lang.X("ladder.compensation", "compensation"))
	}
	if l.Certified {
		parts = append(parts, lang.X("ladder.certified", "certified mail"))
	}
	return strings.Join(parts, " · ")
}

func (s *ladderSettings) onKID(on bool) {
	store := s.a.Store()
	v := ""
	if on {
		v = "mod10"
	}
	s.a.Go(func() (func(), error) { return nil, store.SetSetting(letters.SettingKID, v) })
}

func (s *ladderSettings) onDelete() {
	if s.selected < 0 || s.selected >= len(s.ladder) {
		return
	}
	l, store := s.ladder[s.selected], s.a.Store()
	dialog.ShowConfirm(lang.X("ladder.delete", "Delete level"),
		lang.X("ladder.delete_confirm", "Delete level {{.Level}} ({{.Name}})? Letters already sent are kept.",
			map[string]any{"Level": l.Level, "Name": l.Name}), func(ok bool) {
			if ok {
				s.a.Go(func() (func(), error) { return s.a.Changed, store.DeleteDunningLevel(l.ID) })
			}
		}, s.a.win)
}

// onEdit opens the level form (l nil: a new level after the last one).
func (s *ladderSettings) onEdit(l *data.DunningLevel) {
	showLevelForm(s.a, l, s.ladder, s.a.Changed)
}

// showLevelForm is the dialog that edits one ladder level.
func showLevelForm(a *App, l *data.DunningLevel, ladder data.Ladder, done func()) *recordForm {
	n := data.DunningLevel{Country: a.Company().Country, Action: data.ActionLetter, DeadlineDays: 14,
		Currency: a.Company().Currency, TextKey: "notice"}
	if l != nil {
		n = *l
	} else if len(ladder) > 0 {
		last := ladder[len(ladder)-1]
		n.Level, n.DaysPastDue = last.Level+1, last.DaysPastDue+30
	} else {
		n.Level, n.DaysPastDue = 1, 1
	}
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	level := f.entry("Level", lang.X("ladder.f.level", "Level"), strconv.Itoa(n.Level), "")
	name := f.entry("Name", lang.X("ladder.f.name", "Name"), n.Name, "")
	_, action := f.choice("Action", lang.X("ladder.f.action", "Action"),
		[]string{string(data.ActionLetter), string(data.ActionHandover)},
		[]string{lang.X("ladder.action.letter", "Send a letter"), lang.X("ladder.action.handover", "Hand over")}, string(n.Action))
	days := f.entry("DaysPastDue", lang.X("ladder.f.days", "Days past due"), strconv.Itoa(n.DaysPastDue), "")
	deadline := f.entry("DeadlineDays", lang.X("ladder.f.deadline", "Days to pay"), strconv.Itoa(n.DeadlineDays),
		lang.X("ladder.f.deadline_hint", "Counted from the letter's date; at least 14 in Norway when a fee is charged."))
	fee := f.entry("Fee", lang.X("ladder.f.fee", "Reminder fee"), data.FormatAmount(n.Fee, n.Currency, a.Language()), "")
	currency := f.entry("Currency", lang.X("ladder.f.currency", "Currency"), n.Currency, "")
	interest := widget.NewCheck(lang.X("ladder.f.interest", "Claim statutory interest"), nil)
	interest.SetChecked(n.Interest)
	f.add("Interest", "", interest, "")
	comp := widget.NewCheck(lang.X("ladder.f.compensation", "Claim fixed compensation (business debtors)"), nil)
	comp.SetChecked(n.Compensation)
	f.add("Compensation", "", comp, "")
	cert := widget.NewCheck(lang.X("ladder.f.certified", "Send by certified or registered mail"), nil)
	cert.SetChecked(n.Certified)
	f.add("Certified", "", cert, "")
	keys := letters.TextKeys()
	_, textKey := f.choice("TextKey", lang.X("ladder.f.text", "Letter text"), keys, keys, n.TextKey)
	store := a.Store()
	f.submit = func() (func() error, bool) {
		ok := true
		num := func(key, text string) int {
			v, err := strconv.Atoi(strings.TrimSpace(text))
			if err != nil {
				f.fieldError(key, lang.X("letters.whole_number", "Enter a whole number."))
				ok = false
			}
			return v
		}
		n.Level, n.DaysPastDue, n.DeadlineDays = num("Level", level.Text), num("DaysPastDue", days.Text), num("DeadlineDays", deadline.Text)
		n.Name, n.Action, n.Currency = strings.TrimSpace(name.Text), data.LevelAction(action()), strings.ToUpper(strings.TrimSpace(currency.Text))
		n.Interest, n.Compensation, n.Certified, n.TextKey = interest.Checked, comp.Checked, cert.Checked, textKey()
		var err error
		if n.Fee, err = data.ParseAmount(fee.Text, n.Currency); err != nil && strings.TrimSpace(fee.Text) != "" {
			f.fieldError("Fee", err.Error())
			ok = false
		}
		return func() error { return store.SaveDunningLevel(&n) }, ok
	}
	f.done = done
	f.show(lang.X("ladder.edit", "Edit level"))
	return f
}
