package letters

import (
	"context"
	"testing"

	"overdue/data"
	"overdue/data/demo"
)

// TestSampleHistory fills sample companies of every country with their letter history and
// checks that letters climb the ladder, that registered letters carry valid tracking numbers
// and receipts, and that the same file gets the same letters.
func TestSampleHistory(t *testing.T) {
	for _, country := range []string{"NO", "DE", "PL", "GB", "US"} {
		t.Run(country, func(t *testing.T) {
			asOf := d("2026-11-01")
			run := func() []data.Letter {
				s := newTestStore(t)
				if _, err := demo.Generate(context.Background(), s, demo.Options{Customers: 120, Invoices: 900, Seed: 3,
					AsOf: asOf, Country: country}, nil); err != nil {
					t.Fatal(err)
				}
				n, err := SampleHistory(context.Background(), s, asOf)
				if err != nil {
					t.Fatal(err)
				}
				ls, err := s.Letters(data.LetterFilter{})
				if err != nil || len(ls) != n || n == 0 || n > len(sampleRounds)*samplePerRound {
					t.Fatalf("%d letters stored, %d listed (%v)", n, len(ls), err)
				}
				registered, receipts, top := 0, 0, 0
				for _, l := range ls {
					top = max(top, l.Level)
					ms, err := s.Mailings(l.ID, 0)
					if err != nil || len(ms) != 1 {
						t.Fatalf("letter %d: mailings %+v, %v", l.ID, ms, err)
					}
					if m := ms[0]; m.Method != data.MailOrdinary {
						registered++
						if country == "US" && data.CheckUSPSTracking(m.Tracking) != "" ||
							country != "US" && data.CheckS10Tracking(m.Tracking) != "" {
							t.Errorf("letter %d: tracking %q invalid", l.ID, m.Tracking)
						}
						rs, _ := s.ReturnReceipts(m.ID)
						receipts += len(rs)
					}
				}
				if top < 2 {
					t.Errorf("no letter climbed the ladder (highest level %d)", top)
				}
				t.Logf("%s: %d letters, highest level %d, %d registered, %d receipts", country, n, top, registered, receipts)
				return ls
			}
			a, b := run(), run()
			for i := range a {
				if a[i].SHA256 != b[i].SHA256 {
					t.Fatalf("letter %d differs between two runs on the same sample", i)
				}
			}
		})
	}
}
