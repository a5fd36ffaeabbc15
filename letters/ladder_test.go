package letters

import (
	"strings"
	"testing"

	"overdue/data"
)

func TestDecide(t *testing.T) {
	ladder, err := newTestStore(t).Ladder("DE") // 1 / 30 / 60 / 90 days, hand-over at 120
	if err != nil {
		t.Fatal(err)
	}
	due := d("2026-03-31")
	letter := func(level int, date string, deadlineDays int) data.Letter {
		return data.Letter{Level: level, Date: d(date), Deadline: d(date).AddDays(deadlineDays)}
	}
	tests := []struct {
		name    string
		status  data.CustomerStatus
		episode []data.Letter
		asOf    string
		level   int    // 0: none due
		reason  string // part of the reason when none is due
	}{
		{"on the due date nothing", data.StatusActive, nil, "2026-03-31", 0, "nothing is past due"},
		{"the day after: the reminder", data.StatusActive, nil, "2026-04-01", 1, ""},
		{"90 days late, no letter yet: still the reminder first", data.StatusActive, nil, "2026-06-29", 1, ""},
		{"hardship still escalates", data.StatusHardship, nil, "2026-04-01", 1, ""},
		{"on hold: nothing", data.StatusOnHold, nil, "2026-06-29", 0, "on_hold"},
		{"disputed: nothing", data.StatusDisputed, nil, "2026-06-29", 0, "disputed"},
		{"with an agency: nothing", data.StatusWithAgency, nil, "2026-06-29", 0, "with_agency"},
		{"29 days: level 2 not yet", data.StatusActive, []data.Letter{letter(1, "2026-04-01", 14)}, "2026-04-29", 0, "30 days"},
		{"30 days: level 2", data.StatusActive, []data.Letter{letter(1, "2026-04-01", 14)}, "2026-04-30", 2, ""},
		{"on the deadline day: not yet", data.StatusActive, []data.Letter{letter(2, "2026-04-20", 14)}, "2026-05-04", 0, "deadline"},
		{"deadline passed but not 60 days", data.StatusActive, []data.Letter{letter(2, "2026-04-20", 14)}, "2026-05-29", 0, "60 days"},
		{"deadline passed and 60 days: level 3", data.StatusActive, []data.Letter{letter(2, "2026-04-20", 14)}, "2026-05-30", 3, ""},
		{"a long deadline holds back the next level", data.StatusActive, []data.Letter{letter(3, "2026-05-30", 45)}, "2026-07-01", 0, "deadline"},
		{"the day after the deadline: level 4", data.StatusActive, []data.Letter{letter(3, "2026-05-30", 31)}, "2026-07-01", 4, ""},
		{"a later letter exists: no letter backdated before it", data.StatusActive, []data.Letter{letter(2, "2026-07-01", 14)}, "2026-06-20", 0, "later letter"},
		{"after the final demand: hand-over", data.StatusActive, []data.Letter{letter(4, "2026-07-01", 14)}, "2026-07-29", 5, ""},
		{"after the hand-over level nothing more", data.StatusActive, []data.Letter{letter(5, "2026-07-29", 0)}, "2026-12-01", 0, "last level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := data.DunningCandidate{Status: tt.status, OldestDue: due, Episode: tt.episode}
			got := Decide(c, ladder, d(tt.asOf))
			if tt.level == 0 {
				if got.Due || !strings.Contains(got.Reason, tt.reason) {
					t.Errorf("Decide = %+v, want nothing due because %q", got, tt.reason)
				}
				return
			}
			if !got.Due || got.Level.Level != tt.level {
				t.Errorf("Decide = %+v, want level %d", got, tt.level)
			}
		})
	}
}

// TestInkassovarselGivesFourteenDaysFromSending checks migration 5: the shipped Norwegian
// inkassovarsel's deadline leaves at least 14 days after posting, even if posted three
// days after its date (inkassoloven § 9).
func TestInkassovarselGivesFourteenDaysFromSending(t *testing.T) {
	f := newFixture(t, "NO", "nb", data.Business, "2026-01-05")
	lv, ok := f.book.Ladder.Level(3)
	if !ok || lv.TextKey != "no_inkassovarsel" || lv.DeadlineDays < 14+3 {
		t.Errorf("inkassovarsel level %+v: deadline %d days after the letter's date, want at least 17", lv, lv.DeadlineDays)
	}
}
