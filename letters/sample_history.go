package letters

import (
	"context"
	"fmt"
	"sort"

	"overdue/data"
)

// sampleRounds are the days before "today" on which a sample company sent its letters: the
// queue of each day is worked as a careful collector would, so customers who did not pay
// climb the ladder from one round to the next.
var sampleRounds = []int{70, 42, 14}

// samplePerRound is the number of letters a sample company sends on each round.
const samplePerRound = 12

// sampleCarriers are the postal services a sample company posts registered letters with.
var sampleCarriers = map[string]string{"NO": "Posten", "DE": "Deutsche Post", "PL": "Poczta Polska",
	"GB": "Royal Mail", "US": data.CarrierUSPS}

// SampleHistory gives a sample company the letters it would have sent in the weeks before
// asOf, through the real queue and ladder: on each of three days up to twelve letters
// (escalations first), each stored exactly as rendered. The first letters go by ordinary
// mail; from the third level on they go registered (certified in the US) with a valid
// tracking number, and two in three of those posted more than ten days before asOf have their
// signed return receipt. It returns the number of letters stored. The same file and asOf give the same
// letters.
func SampleHistory(ctx context.Context, s *data.Store, asOf data.Date) (int, error) {
	b, err := Open(s)
	if err != nil {
		return 0, err
	}
	stored := 0
	for _, back := range sampleRounds {
		day := asOf.AddDays(-back)
		items, err := b.Queue(day, 0)
		if err != nil {
			return stored, err
		}
		var letters []Item
		for _, it := range items {
			if it.IsLetter() {
				letters = append(letters, it)
			}
		}
		sort.SliceStable(letters, func(i, j int) bool { return letters[i].Level.Level > letters[j].Level.Level })
		letters = letters[:min(len(letters), samplePerRound)]
		if len(letters) == 0 {
			continue
		}
		res, err := b.Generate(ctx, letters, day, false, nil)
		if err != nil {
			return stored, fmt.Errorf("sample letters of %s: %w", day, err)
		}
		for _, l := range res.Letters {
			if err := b.postSample(l, asOf); err != nil {
				return stored, err
			}
		}
		stored += len(res.Letters)
	}
	return stored, nil
}

// postSample records how a sample letter was posted (the day after it was written) and,
// for registered mail posted long enough ago, its return receipt.
func (b *Book) postSample(l *data.Letter, asOf data.Date) error {
	m := data.Mailing{LetterID: l.ID, Date: l.Date.AddDays(1), Method: data.MailOrdinary}
	if l.Level >= 3 {
		m.Method, m.Carrier = data.MailRegistered, sampleCarriers[b.Company.Country]
		if b.Company.Country == "US" {
			m.Method = data.MailCertified
		}
		m.Tracking = sampleTracking(b.Company.Country, l.ID)
	}
	if err := b.Store.CreateMailing(&m); err != nil {
		return fmt.Errorf("post sample letter %d: %w", l.ID, err)
	}
	if m.Method == data.MailOrdinary || m.Date.AddDays(10) > asOf || l.ID%3 == 0 { // a third not back yet
		return nil
	}
	c, err := b.Store.Customer(l.CustomerID)
	if err != nil {
		return err
	}
	r := data.ReturnReceipt{MailingID: m.ID, Date: m.Date.AddDays(3 + int(l.ID%3)), SignedBy: c.Name}
	if err := b.Store.CreateReturnReceipt(&r); err != nil {
		return fmt.Errorf("return receipt of sample letter %d: %w", l.ID, err)
	}
	return nil
}

// sampleTracking returns a valid tracking number for a sample letter: a USPS 22-digit
// Certified Mail number in the US, else a UPU S10 registered-item number.
func sampleTracking(country string, letterID int64) string {
	if country == "US" {
		body := fmt.Sprintf("9407111899223%08d", letterID)
		d, _ := data.USPSCheckDigit(body)
		return body + string(d)
	}
	serial := fmt.Sprintf("%08d", 31_000_000+letterID*7919%9_000_000)
	d, _ := data.S10CheckDigit(serial)
	return "RR" + serial + string(d) + country
}
