package data

import "strings"

// LevelAction is what a ladder level does when it falls due.
type LevelAction string

// Level actions.
const (
	ActionLetter   LevelAction = "letter"   // print and send a letter
	ActionHandover LevelAction = "handover" // hand the case to an agency or a court; no letter
)

// DunningLevel is one step of the escalation ladder of a jurisdiction: when it falls due
// (days past due of the oldest open invoice), the letter it sends, the deadline it gives,
// and what it adds (a reminder fee, statutory interest, fixed compensation).
type DunningLevel struct {
	ID           int64
	Country      string // the company's jurisdiction: NO, PL, DE, GB, US
	Level        int    // 1, 2, 3, … in order
	Name         string // e.g. "Purring", "2. Mahnung", "Letter of claim"
	Action       LevelAction
	DaysPastDue  int   // due when the oldest open invoice is at least this many days past due
	DeadlineDays int   // days the letter gives to pay, counted from the letter's date
	Fee          int64 // reminder fee in minor units of Currency; 0 for none
	Currency     string
	Interest     bool   // the letter claims statutory interest
	Compensation bool   // the letter claims fixed compensation from business debtors
	Certified    bool   // send by certified or registered mail
	TextKey      string // the built-in text the level's templates start from
}

// Validate checks the level before it is saved.
func (l *DunningLevel) Validate() error {
	var v validator
	v.check(oneOf(l.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(l.Level >= 1 && l.Level <= 20, "Level", "use a level from 1 to 20")
	v.check(strings.TrimSpace(l.Name) != "", "Name", "enter a name for the level")
	v.check(l.Action == ActionLetter || l.Action == ActionHandover, "Action", "choose letter or hand-over")
	v.check(l.DaysPastDue >= 0 && l.DaysPastDue <= 3650, "DaysPastDue", "enter 0 to 3650 days")
	v.check(l.DeadlineDays >= 0 && l.DeadlineDays <= 365, "DeadlineDays", "enter 0 to 365 days")
	v.check(l.Action != ActionLetter || l.DeadlineDays >= 1, "DeadlineDays", "a letter must give at least one day to pay")
	v.check(l.Country != "NO" || l.Action != ActionLetter || l.Fee == 0 || l.DeadlineDays >= 14, "DeadlineDays",
		"in Norway a letter that charges a fee must give at least 14 days")
	v.check(l.Fee >= 0 && l.Fee <= MaxAmount, "Fee", "enter zero or a positive amount")
	v.check(ValidCurrency(l.Currency), "Currency", "choose an ISO currency code such as EUR")
	v.check(strings.TrimSpace(l.TextKey) != "", "TextKey", "choose the letter text")
	return v.result("escalation level")
}

// Ladder is the escalation levels of one jurisdiction in order.
type Ladder []DunningLevel

// Level returns the level numbered n, or false.
func (l Ladder) Level(n int) (DunningLevel, bool) {
	for _, x := range l {
		if x.Level == n {
			return x, true
		}
	}
	return DunningLevel{}, false
}

// Next returns the first level after level n, or false at the top of the ladder.
func (l Ladder) Next(n int) (DunningLevel, bool) {
	for _, x := range l {
		if x.Level > n {
			return x, true
		}
	}
	return DunningLevel{}, false
}
