package letters

import (
	"strconv"

	"overdue/data"
)

// Decision is what the ladder says about one claim on a date.
type Decision struct {
	Due    bool
	Level  data.DunningLevel // the level due (when Due)
	Reason string            // why nothing is due (when not Due), in English
}

// Decide applies the escalation ladder to a claim (a customer's overdue invoices in one
// currency) on asOf. Levels are climbed one at a time, never skipped: the first letter of a
// claim is level 1 once the oldest open invoice is at least that level's days past due; after
// a letter, the next level is due once its own days past due are reached and the deadline of
// the last letter has passed (the day after the deadline at the earliest). A customer whose
// status does not escalate (disputed, on hold, with an agency, written off) gets nothing.
func Decide(c data.DunningCandidate, ladder data.Ladder, asOf data.Date) Decision {
	if !c.Status.Escalates() {
		return Decision{Reason: "the customer is " + string(c.Status) + ": collection does not escalate"}
	}
	if c.OldestDue == 0 || asOf <= c.OldestDue {
		return Decision{Reason: "nothing is past due"}
	}
	days := int(asOf - c.OldestDue)
	last := 0
	if len(c.Episode) > 0 {
		l := c.Episode[0]
		if asOf < l.Date {
			return Decision{Reason: "a later letter (" + l.Date.String() + ") has already been sent"}
		}
		if asOf <= l.Deadline {
			return Decision{Reason: "the deadline of the last letter (" + l.Deadline.String() + ") has not passed"}
		}
		last = l.Level
	}
	next, ok := ladder.Next(last)
	if !ok {
		return Decision{Reason: "the last level of the ladder has been reached"}
	}
	if days < next.DaysPastDue {
		return Decision{Reason: "not yet " + strconv.Itoa(next.DaysPastDue) + " days past due"}
	}
	return Decision{Due: true, Level: next}
}
