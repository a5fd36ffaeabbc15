package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// showContactLogForm records a call, email, text message, letter or visit and its outcome
// in the customer's timeline.
func showContactLogForm(a *App, c data.Customer, done func()) *recordForm {
	f := newRecordForm(a, lang.X("contactlog.save", "Log contact"))
	channels := make([]string, len(data.Channels))
	labels := make([]string, len(data.Channels))
	for i, ch := range data.Channels {
		channels[i], labels[i] = string(ch), channelText(ch)
	}
	_, channel := f.choice("Channel", lang.X("contactlog.channel", "Channel"), channels, labels, string(data.ChannelPhone))
	outLabels := make([]string, len(contactOutcomes))
	for i, o := range contactOutcomes {
		outLabels[i] = outcomeText(o)
	}
	_, outcome := f.choice("Outcome", lang.X("contactlog.outcome", "Outcome"), contactOutcomes, outLabels, "reached")
	now := time.Now()
	date := newDateEntry(a, data.DateOf(now))
	f.add("Date", lang.X("contactlog.date", "Date"), date, "")
	clock := widget.NewEntry()
	clock.SetText(now.Format("15:04"))
	f.add("Time", lang.X("contactlog.time", "Time"), clock, lang.X("contactlog.time_hint", "Your local time, HH:MM"))
	text := f.multiline("Text", lang.X("contactlog.text", "What was said"), "", 4)
	text.SetPlaceHolder(lang.X("contactlog.text_hint", "Who you spoke to, what they said, what was agreed"))
	f.submit = func() (func() error, bool) {
		d, err := parseDate(date.Text)
		if err != nil || d.IsZero() {
			f.fieldError("Date", lang.X("valid.date", "enter the date"))
			return nil, false
		}
		hm, err := time.Parse("15:04", strings.TrimSpace(clock.Text))
		if err != nil {
			f.fieldError("Time", lang.X("contactlog.time_hint", "Your local time, HH:MM"))
			return nil, false
		}
		y, m, day := d.Parts()
		at := time.Date(y, m, day, hm.Hour(), hm.Minute(), 0, 0, time.Local)
		if at.After(time.Now().Add(time.Minute)) {
			f.fieldError("Date", lang.X("contactlog.future", "A contact cannot be in the future."))
			return nil, false
		}
		e := data.Event{At: at.UTC(), Kind: data.EventContact, CustomerID: c.ID, Channel: data.Channel(channel()),
			Outcome: outcome(), Text: strings.TrimSpace(text.Text)}
		store := a.Store()
		return func() error { return store.AddEvent(&e) }, true
	}
	f.done = done
	f.show(lang.X("contactlog.title", "Contact with {{.Name}}", map[string]any{"Name": c.Name}))
	a.win.Canvas().Focus(text)
	return f
}
