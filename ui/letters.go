package ui

import (
	"context"
	"fmt"
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

// lettersScreen is the Letters section: the queue of letters due on a date, a preview of the
// selected one, generation of the selected or all letters into one PDF for printing (each
// letter is stored as produced), and the letters sent with their mailing and return receipt.
type lettersScreen struct {
	a       *App
	asOf    *widget.Entry
	queue   []letters.Item
	checked map[int]bool
	list    *widget.List
	count   *widget.Label
	preview *widget.Label
	current int // queue row shown in the preview, -1 for none
	genSel  *widget.Button
	genAll  *widget.Button
	print   *widget.Button
	batch   string // path of the last batch PDF
	sent    *sentLetters
	banner  *rateBanner // statutory rates missing for today's half-year
	root    fyne.CanvasObject
}

func newLettersScreen(a *App) Screen {
	s := &lettersScreen{a: a, checked: map[int]bool{}, current: -1, banner: newRateBanner(a)}
	s.asOf = newDateEntry(a, a.Today())
	s.asOf.OnSubmitted = func(string) { s.Reload() }
	refresh := widget.NewButtonWithIcon(lang.X("letters.refresh", "Show letters due"), theme.ViewRefreshIcon(), s.Reload)
	s.count = caption("")
	s.list = widget.NewList(func() int { return len(s.queue) }, newQueueRow, s.updateQueueRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.showPreview(id) }
	s.preview = widget.NewLabel(lang.X("letters.preview_hint", "Select a letter to see its text."))
	s.preview.Wrapping = fyne.TextWrapWord
	openPreview := widget.NewButtonWithIcon(lang.X("letters.preview_pdf", "Preview PDF"), theme.VisibilityIcon(), s.onPreviewPDF)
	s.genSel = widget.NewButtonWithIcon(lang.X("letters.generate_selected", "Generate selected"), theme.DocumentCreateIcon(),
		func() { s.onGenerate(false) })
	s.genAll = widget.NewButtonWithIcon(lang.X("letters.generate_all", "Generate all"), theme.DocumentCreateIcon(),
		func() { s.onGenerate(true) })
	s.genAll.Importance = widget.HighImportance
	s.print = widget.NewButtonWithIcon(lang.X("letters.print", "Print"), theme.DocumentPrintIcon(), s.onPrint)
	s.print.Disable()
	s.sent = newSentLetters(a, 0)
	top := container.NewBorder(nil, nil, heading(lang.X("letters.title", "Letters")),
		container.NewHBox(widget.NewLabel(lang.X("letters.as_of", "Letters due on")),
			container.NewGridWrap(fyne.NewSize(170, s.asOf.MinSize().Height), s.asOf), refresh))
	actions := container.NewHBox(layoutSpacer(), openPreview, s.genSel, s.genAll, s.print)
	table := tableWithHeader(queueColumns, []headerCell{{"", false},
		{lang.X("letters.col.customer", "Customer"), false}, {lang.X("letters.col.level", "Level"), false},
		{lang.X("letters.col.overdue", "Overdue"), true}, {lang.X("letters.col.language", "Language"), false}}, s.list)
	queue := container.NewBorder(container.NewBorder(nil, nil, subheading(lang.X("letters.queue", "Due now")), s.count),
		actions, nil, nil, table)
	preview := container.NewBorder(subheading(lang.X("letters.preview", "Preview")), nil, nil, nil,
		container.NewVScroll(s.preview))
	split := container.NewHSplit(card(queue), card(preview))
	split.Offset = 0.55
	vsplit := container.NewVSplit(split, card(s.sent.root))
	vsplit.Offset = 0.62
	s.root = container.NewPadded(container.NewBorder(container.NewVBox(top, s.banner.box), nil, nil, nil, vsplit))
	return s
}

// Content returns the screen.
func (s *lettersScreen) Content() fyne.CanvasObject { return s.root }

// Reload recomputes the queue for the date entered, checks the statutory rates of today's
// half-year and reloads the letters sent.
func (s *lettersScreen) Reload() {
	asOf, err := parseDate(s.asOf.Text)
	if err != nil || asOf == 0 {
		s.a.ShowError(fmt.Errorf("%s: %s", lang.X("letters.as_of", "Letters due on"), s.asOf.Text))
		return
	}
	store, today := s.a.Store(), s.a.Today()
	s.a.Go(func() (func(), error) {
		book, err := letters.Open(store)
		if err != nil {
			return nil, err
		}
		missing := book.MissingRates(today)
		items, err := book.Queue(asOf, 0)
		return func() {
			s.banner.set(missing)
			// Letters the user unticked stay unticked when the queue is read again (after
			// generating, say); new ones come ticked.
			unticked := map[int64]bool{}
			for i, it := range s.queue {
				if it.IsLetter() && !s.checked[i] {
					unticked[it.Candidate.CustomerID] = true
				}
			}
			s.queue, s.checked, s.current = items, map[int]bool{}, -1
			for i, it := range items {
				s.checked[i] = it.IsLetter() && !unticked[it.Candidate.CustomerID]
			}
			s.list.UnselectAll()
			s.list.Refresh()
			s.updateCount()
			s.preview.SetText(lang.X("letters.preview_hint", "Select a letter to see its text."))
		}, err
	})
	s.sent.Reload()
}

func (s *lettersScreen) updateCount() {
	n := 0
	for i, on := range s.checked {
		if on && s.queue[i].IsLetter() {
			n++
		}
	}
	s.count.SetText(lang.X("letters.count", "{{.Due}} due, {{.Selected}} selected",
		map[string]any{"Due": len(s.queue), "Selected": n}))
}

// queueColumns: check, customer (flexible), level, overdue amount, language.
var queueColumns = &columnsLayout{widths: []float32{36, 160, 190, 130, 80}, flex: 1, gap: 4}

func newQueueRow() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	level := widget.NewLabel("")
	level.Truncation = fyne.TextTruncateEllipsis
	amount := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
	return container.New(queueColumns, widget.NewCheck("", nil), name, level, amount, caption(""))
}

func (s *lettersScreen) updateQueueRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.queue) {
		return
	}
	it := s.queue[id]
	row := o.(*fyne.Container)
	check, name := row.Objects[0].(*widget.Check), row.Objects[1].(*widget.Label)
	level, amount, language := row.Objects[2].(*widget.Label), row.Objects[3].(*widget.Label), row.Objects[4].(*widget.Label)
	name.SetText(it.Candidate.Number + "  " + strings.Join(strings.Fields(it.Candidate.Name), " "))
	check.OnChanged = nil
	check.SetChecked(s.checked[id])
	check.OnChanged = func(on bool) { s.checked[id] = on; s.updateCount() }
	if it.IsLetter() {
		check.Enable()
		level.SetText(fmt.Sprintf("%d · %s", it.Level.Level, it.Level.Name))
	} else {
		check.Disable()
		level.SetText(lang.X("letters.handover", "Hand over: {{.Level}}",
			map[string]any{"Level": it.Level.Name}))
	}
	amount.SetText(s.a.Money(it.Candidate.Overdue, it.Candidate.Currency))
	language.SetText(languageName(it.Language))
}

// showPreview computes the letter of queue row id and shows its text.
func (s *lettersScreen) showPreview(id int) {
	if id < 0 || id >= len(s.queue) {
		return
	}
	s.current = id
	it := s.queue[id]
	if !it.IsLetter() {
		s.preview.SetText(lang.X("letters.handover_text",
			"No letter: the ladder says to hand this claim over to an agency or a court."))
		return
	}
	store, asOf := s.a.Store(), s.asOfDate()
	s.a.Go(func() (func(), error) {
		book, err := letters.Open(store)
		if err != nil {
			return nil, err
		}
		d, err := book.Prepare(it, asOf)
		if err != nil {
			return nil, err
		}
		text := d.Subject + "\n\n" + d.Body + "\n\n" + lang.X("letters.total_due", "Total due") + ": " +
			s.a.Money(d.Total, d.Currency)
		for _, n := range d.Notes {
			text += "\n• " + n
		}
		return func() {
			if s.current == id {
				s.preview.SetText(text)
			}
		}, nil
	})
}

func (s *lettersScreen) asOfDate() data.Date {
	d, err := parseDate(s.asOf.Text)
	if err != nil || d == 0 {
		return s.a.Today()
	}
	return d
}

// onPreviewPDF renders the selected letter without storing it and opens it in the PDF viewer.
func (s *lettersScreen) onPreviewPDF() {
	if s.current < 0 || !s.queue[s.current].IsLetter() {
		s.a.ShowInfo(lang.X("letters.preview", "Preview"), lang.X("letters.select_one", "Select a letter in the list first."))
		return
	}
	it, store, asOf := s.queue[s.current], s.a.Store(), s.asOfDate()
	s.a.Go(func() (func(), error) {
		book, err := letters.Open(store)
		if err != nil {
			return nil, err
		}
		pdf, err := book.Preview(it, asOf)
		if err != nil {
			return nil, err
		}
		path, err := writeLetterFile(store, "preview", pdf)
		return func() { openInViewer(s.a, path) }, err
	})
}

// onGenerate renders the selected (or all) letters with a progress bar and a cancel button,
// stores each one, and writes the batch PDF for printing.
func (s *lettersScreen) onGenerate(all bool) {
	var items []letters.Item
	for i, it := range s.queue {
		if it.IsLetter() && (all || s.checked[i]) {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		s.a.ShowInfo(lang.X("letters.title", "Letters"), lang.X("letters.none_selected", "No letters to generate."))
		return
	}
	// Recorded letters are kept for good and move the ladder on: ask first.
	asOf := s.asOfDate()
	ask := dialog.NewConfirm(lang.X("letters.title", "Letters"), lang.XN("letters.confirm",
		"Record {{.Count}} letters dated {{.Date}}? They are kept exactly as produced and cannot be deleted.",
		len(items), map[string]any{"Count": len(items), "Date": s.a.Date(asOf)}), func(ok bool) {
		if ok {
			s.generate(items, asOf)
		}
	}, s.a.win)
	ask.SetConfirmText(lang.X("letters.record", "Record"))
	ask.SetDismissText(lang.X("form.cancel", "Cancel"))
	ask.Show()
}

// generate renders and stores the letters of items dated asOf with a progress bar and a
// cancel button, and writes the batch PDF for printing.
func (s *lettersScreen) generate(items []letters.Item, asOf data.Date) {
	store := s.a.Store()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	msg := widget.NewLabel(lang.XN("letters.generating", "Generating {{.Count}} letters…", len(items),
		map[string]any{"Count": len(items)}))
	dlg := dialog.NewCustomWithoutButtons(lang.X("letters.title", "Letters"), container.NewVBox(msg, bar,
		widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), cancel)), s.a.win)
	dlg.Resize(fyne.NewSize(420, 0))
	dlg.Show()
	s.genAll.Disable()
	s.genSel.Disable()
	s.a.Go(func() (func(), error) {
		defer cancel()
		finish := func() { dlg.Hide(); s.genAll.Enable(); s.genSel.Enable() }
		book, err := letters.Open(store)
		if err != nil {
			s.a.do(finish)
			return nil, err
		}
		res, err := book.Generate(ctx, items, asOf, false, func(done, total int) {
			s.a.do(func() { bar.SetValue(float64(done) / float64(total)) })
		})
		if err != nil {
			s.a.do(finish)
			if ctx.Err() != nil {
				return nil, nil // cancelled: nothing stored
			}
			return nil, err
		}
		if len(res.Letters) == 0 {
			return func() {
				finish()
				s.a.ShowInfo(lang.X("letters.title", "Letters"), skippedText(res.Skipped))
			}, nil
		}
		path, err := writeLetterFile(store, "letters-"+asOf.String(), res.Batch)
		return func() {
			finish()
			s.batch = path
			s.print.Enable()
			s.a.Changed()
			msg := generatedText(len(res.Letters), path)
			if len(res.Skipped) > 0 {
				msg += "\n\n" + skippedText(res.Skipped)
			}
			s.a.ShowInfo(lang.X("letters.title", "Letters"), msg)
		}, err
	})
}

// onPrint opens the last batch PDF in the system's PDF viewer.
func (s *lettersScreen) onPrint() {
	if s.batch == "" {
		s.a.ShowInfo(lang.X("letters.print", "Print"),
			lang.X("letters.print_first", "Generate the letters first: Print opens the PDF generated last."))
		return
	}
	openInViewer(s.a, s.batch)
}

// generatedText says that n letters were stored and written to the batch file path, in the
// plural form the UI language uses for n.
func generatedText(n int, path string) string {
	return lang.XN("letters.generated", "{{.Count}} letters are stored and written to {{.File}}. Use Print to open them.",
		n, map[string]any{"Count": n, "File": path})
}

// skippedText names the customers whose letters were not produced for want of a postal address.
func skippedText(skipped []*letters.Draft) string {
	names := make([]string, len(skipped))
	for i, d := range skipped {
		names[i] = d.Customer.Name
	}
	return lang.XN("letters.skipped", "No letter for {{.Names}}: no postal address. Add the billing address in the customer's file.",
		len(skipped), map[string]any{"Count": len(skipped), "Names": strings.Join(names, ", ")})
}
