package data

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Event kinds of letters and mail, written with the letter or mailing they concern.
const (
	EventLetter        EventKind = "letter"         // a letter was produced (Ref "letter:ID")
	EventLetterMailed  EventKind = "letter_mailed"  // a letter was posted (Ref "mailing:ID")
	EventReturnReceipt EventKind = "return_receipt" // the signed return receipt came back (Ref "receipt:ID")
)

// Letter is a reminder or demand exactly as produced: the PDF bytes with their SHA-256, the
// level, the amounts it states, and the invoices it lists. Letters are never changed.
type Letter struct {
	ID           int64
	CustomerID   int64
	Country      string // jurisdiction of the ladder
	Level        int
	LevelName    string
	Date         Date
	Deadline     Date // pay by this date
	Language     string
	Currency     string
	Principal    int64 // open invoice amounts listed
	Fee          int64 // reminder fee charged by this letter
	Fees         int64 // all reminder fees stated, this letter's included
	Interest     int64 // statutory interest to the letter's date
	Compensation int64 // fixed compensation claimed
	Total        int64 // Principal + Fees + Interest + Compensation
	Pages        int
	PDF          []byte // nil in lists; see Store.LetterPDF
	SHA256       string // hex of the PDF bytes
	Invoices     []LetterInvoice
	Created      time.Time

	// Not stored with the letter: what it adds over the previous letter of the same claim,
	// logged as fee and interest events so the log sums to what was claimed.
	InterestAdded     int64
	CompensationAdded int64
}

// LetterInvoice is one invoice as listed in a letter.
type LetterInvoice struct {
	InvoiceID int64
	Open      int64 // open amount stated
	Interest  int64 // interest stated on it
}

// Digest returns the hex SHA-256 of a PDF.
func Digest(pdf []byte) string {
	sum := sha256.Sum256(pdf)
	return hex.EncodeToString(sum[:])
}

// Validate checks the letter before it is stored.
func (l *Letter) Validate() error {
	var v validator
	v.check(l.CustomerID > 0, "CustomerID", "choose a customer")
	v.check(oneOf(l.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(l.Level >= 1, "Level", "a letter needs a level")
	v.check(strings.TrimSpace(l.LevelName) != "", "LevelName", "a letter needs the name of its level")
	v.check(l.Date != 0, "Date", "enter the letter's date")
	v.check(l.Deadline >= l.Date, "Deadline", "the deadline is before the letter's date")
	v.check(oneOf(l.Language, Languages), "Language", "choose en, de, nb or pl")
	v.check(ValidCurrency(l.Currency), "Currency", "choose an ISO currency code such as EUR")
	v.check(l.Principal >= 0 && l.Fee >= 0 && l.Fees >= l.Fee && l.Interest >= 0 && l.Compensation >= 0, "Total",
		"amounts cannot be negative")
	v.check(l.Total == l.Principal+l.Fees+l.Interest+l.Compensation, "Total", "the total does not add up")
	v.check(l.Pages >= 1, "Pages", "a letter has at least one page")
	v.check(len(l.PDF) > 0 && strings.HasPrefix(string(l.PDF[:min(len(l.PDF), 5)]), "%PDF-"), "PDF", "not a PDF")
	v.check(l.SHA256 == "" || l.SHA256 == Digest(l.PDF), "SHA256", "does not match the PDF")
	return v.result("letter")
}

// LetterFilter selects letters, newest first.
type LetterFilter struct {
	CustomerID int64  // 0: all
	Currency   string // "": all
	Since      Date   // only letters dated on or after; 0: all
	Limit      int
	Offset     int
}

// LetterTemplate is the user's own wording of a ladder level in one language. Subject and
// Body carry placeholders such as {total_due} and {deadline} (see package letters).
type LetterTemplate struct {
	ID       int64
	Country  string
	Level    int
	Language string
	Subject  string
	Body     string
	Updated  time.Time
}

// Validate checks the template before it is saved (placeholders are checked by package letters).
func (t *LetterTemplate) Validate() error {
	var v validator
	v.check(oneOf(t.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(t.Level >= 1, "Level", "choose a level")
	v.check(oneOf(t.Language, Languages), "Language", "choose en, de, nb or pl")
	v.check(strings.TrimSpace(t.Subject) != "", "Subject", "enter the subject line")
	v.check(len(t.Subject) <= 200, "Subject", "at most 200 characters")
	v.check(strings.TrimSpace(t.Body) != "", "Body", "enter the letter's text")
	v.check(len(t.Body) <= 20000, "Body", "at most 20,000 characters")
	return v.result("letter template")
}
