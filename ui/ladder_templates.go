package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/letters"
)

// templateSettings is the Settings tab where the wording of each ladder level is edited per
// language, with the placeholders listed and a live preview filled from a sample letter.
type templateSettings struct {
	a        *App
	book     *letters.Book
	level    *widget.Select
	language *widget.Select
	subject  *widget.Entry
	body     *widget.Entry
	preview  *widget.Label
	warning  *widget.Label
	save     *widget.Button
	reset    *widget.Button
	deb      *debouncer
	root     fyne.CanvasObject
}

func newTemplateSettings(a *App) Screen {
	s := &templateSettings{a: a, deb: newDebouncer(a, searchDelay)}
	s.level = widget.NewSelect(nil, func(string) { s.load() })
	langs := make([]string, len(data.Languages))
	for i, l := range data.Languages {
		langs[i] = languageName(l)
	}
	s.language = widget.NewSelect(langs, func(string) { s.load() })
	s.subject = widget.NewEntry()
	s.body = widget.NewMultiLineEntry()
	s.body.Wrapping = fyne.TextWrapWord
	s.body.SetMinRowsVisible(14)
	s.subject.OnChanged = func(string) { s.deb.trigger(s.updatePreview) }
	s.body.OnChanged = func(string) { s.deb.trigger(s.updatePreview) }
	s.preview = widget.NewLabel("")
	s.preview.Wrapping = fyne.TextWrapWord
	s.warning = widget.NewLabel("")
	s.warning.Importance = widget.DangerImportance
	s.warning.Wrapping = fyne.TextWrapWord
	s.save = widget.NewButtonWithIcon(lang.X("letters.save", "Save"), theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	s.reset = widget.NewButtonWithIcon(lang.X("templates.reset", "Use the built-in text"), theme.HistoryIcon(), s.onReset)
	names := make([]string, len(letters.Placeholders))
	for i, p := range letters.Placeholders {
		names[i] = "{" + p + "}"
	}
	help := caption(lang.X("templates.placeholders", "Placeholders:") + " " + strings.Join(names, " "))
	help.Wrapping = fyne.TextWrapWord
	pickers := container.NewHBox(widget.NewLabel(lang.X("templates.level", "Level")),
		container.NewGridWrap(fyne.NewSize(260, s.level.MinSize().Height), s.level),
		widget.NewLabel(lang.X("templates.language", "Language")), s.language)
	editor := container.NewBorder(container.NewVBox(pickers, widget.NewLabel(lang.X("templates.subject", "Subject")), s.subject,
		widget.NewLabel(lang.X("templates.body", "Text (blank lines separate paragraphs)"))),
		container.NewVBox(help, s.warning, container.NewHBox(layoutSpacer(), s.reset, s.save)), nil, nil, s.body)
	preview := container.NewBorder(subheading(lang.X("templates.preview", "Preview (sample customer)")), nil, nil, nil,
		container.NewVScroll(s.preview))
	split := container.NewHSplit(editor, card(preview))
	split.Offset = 0.55
	s.root = split
	return s
}

// Content returns the tab.
func (s *templateSettings) Content() fyne.CanvasObject { return s.root }

// Reload reads the ladder, the tables and the saved templates.
func (s *templateSettings) Reload() {
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		book, err := letters.Open(store)
		if err != nil {
			return nil, err
		}
		return func() {
			s.book = book
			var opts []string
			for _, l := range book.Ladder {
				if l.Action == data.ActionLetter {
					opts = append(opts, fmt.Sprintf("%d · %s", l.Level, l.Name))
				}
			}
			s.level.Options = opts
			if s.level.SelectedIndex() < 0 && len(opts) > 0 {
				s.level.SetSelectedIndex(0)
			}
			if s.language.SelectedIndex() < 0 {
				s.language.SetSelectedIndex(langIndex(s.a.Company().Language))
			}
			s.load()
		}, nil
	})
}

func langIndex(code string) int {
	for i, l := range data.Languages {
		if l == code {
			return i
		}
	}
	return 0
}

// current returns the selected level and language.
func (s *templateSettings) current() (data.DunningLevel, string, bool) {
	if s.book == nil || s.level.SelectedIndex() < 0 || s.language.SelectedIndex() < 0 {
		return data.DunningLevel{}, "", false
	}
	var n int
	fmt.Sscanf(s.level.Selected, "%d", &n)
	l, ok := s.book.Ladder.Level(n)
	return l, data.Languages[s.language.SelectedIndex()], ok
}

// load shows the wording of the selected level and language.
func (s *templateSettings) load() {
	l, lg, ok := s.current()
	if !ok {
		return
	}
	t := s.book.Template(l, lg)
	s.subject.SetText(t.Subject)
	s.body.SetText(t.Body)
	s.updatePreview()
}

// updatePreview fills the text being edited with a sample letter's values.
func (s *templateSettings) updatePreview() {
	l, lg, ok := s.current()
	if !ok {
		return
	}
	t := letters.Template{Subject: s.subject.Text, Body: s.body.Text}
	if bad := letters.CheckTemplate(t); len(bad) > 0 {
		s.warning.SetText(lang.X("templates.unknown", "Unknown placeholders: {{.Names}}",
			map[string]any{"Names": strings.Join(bad, " ")}))
		s.warning.Show()
	} else {
		s.warning.Hide()
	}
	d := s.book.SampleDraft(l, lg, s.a.Today())
	d.Apply(t)
	s.preview.SetText(d.Subject + "\n\n" + d.Body)
}

func (s *templateSettings) onSave() {
	l, lg, ok := s.current()
	if !ok {
		return
	}
	t := data.LetterTemplate{Country: l.Country, Level: l.Level, Language: lg, Subject: s.subject.Text, Body: s.body.Text}
	if bad := letters.CheckTemplate(letters.Template{Subject: t.Subject, Body: t.Body}); len(bad) > 0 {
		s.updatePreview()
		return
	}
	store := s.a.Store()
	s.a.Go(func() (func(), error) { return s.a.Changed, store.SaveLetterTemplate(&t) })
}

func (s *templateSettings) onReset() {
	l, lg, ok := s.current()
	if !ok {
		return
	}
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		err := store.DeleteLetterTemplate(l.Country, l.Level, lg)
		if err != nil && !errors.Is(err, data.ErrNotFound) {
			return nil, err
		}
		return s.a.Changed, nil
	})
}
