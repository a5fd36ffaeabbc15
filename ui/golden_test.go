package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"overdue/data"
)

// The timeline row keeps the time and the amount in their own columns, whatever the row
// showed before (a reused row once drew the time over the amount).
func TestTimelineRowMarkup(t *testing.T) {
	test.NewTempApp(t)
	d := &customerDetail{a: &App{lang: "en", today: func() data.Date { return testToday }}}
	row := newEventRow()
	row.Resize(fyne.NewSize(760, 64))
	at := time.Date(2026, 10, 21, 12, 42, 0, 0, time.Local)
	d.updateEventRow(timelineRow{Event: data.Event{At: at, Kind: data.EventContact, Channel: data.ChannelPhone,
		Outcome: "promised", Text: "Promised to pay invoice 2026-001039 by 3 November"}}, row)
	d.updateEventRow(timelineRow{Event: data.Event{At: at, Kind: data.EventPayment, Amount: 1_234_550, Currency: "NOK",
		Text: "2026-001039 bank transfer"}}, row)
	test.AssertObjectRendersToMarkup(t, "timeline_payment_row.xml", row)
}

func TestStatusChipMarkup(t *testing.T) {
	test.NewTempApp(t)
	c := newChip(statusText(data.StatusDisputed), statusColor(data.StatusDisputed))
	c.Resize(fyne.NewSize(120, 36))
	test.AssertObjectRendersToMarkup(t, "chip_disputed.xml", c)
}
