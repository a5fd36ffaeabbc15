package data

import (
	"strings"
	"time"
)

// Invoice is a claim against a customer. Its open amount is Amount less the payments,
// credit notes and write-offs allocated to it.
type Invoice struct {
	ID          int64
	Number      string // unique in the company file
	CustomerID  int64
	IssueDate   Date
	DueDate     Date
	Amount      int64 // minor units of Currency, positive
	Currency    string
	Description string
	Paid        int64 // allocated so far (payments, credit notes, write-offs), kept by the store
	Created     time.Time
}

// Open returns the amount still owed.
func (i *Invoice) Open() int64 { return i.Amount - i.Paid }

// DaysPastDue returns the calendar days from the due date to asOf (negative when not yet due).
func (i *Invoice) DaysPastDue(asOf Date) int { return int(asOf - i.DueDate) }

// Validate checks the invoice before it is saved.
func (i *Invoice) Validate() error {
	var v validator
	v.check(strings.TrimSpace(i.Number) != "", "Number", "enter the invoice number")
	v.check(len(i.Number) <= 64, "Number", "at most 64 characters")
	v.check(i.CustomerID > 0, "CustomerID", "choose a customer")
	v.check(i.IssueDate != 0, "IssueDate", "enter the issue date")
	v.check(i.DueDate != 0, "DueDate", "enter the due date")
	v.check(i.DueDate == 0 || i.IssueDate == 0 || i.DueDate >= i.IssueDate, "DueDate", "the due date is before the issue date")
	v.check(i.Amount > 0, "Amount", "enter an amount above zero")
	v.check(i.Amount <= MaxAmount, "Amount", "the amount is too large")
	v.check(ValidCurrency(i.Currency), "Currency", "choose an ISO currency code such as EUR")
	return v.result("invoice")
}

// InvoiceFilter selects invoices.
type InvoiceFilter struct {
	CustomerID int64  // 0: all customers
	Search     string // matches the invoice number or description
	OnlyOpen   bool
	Currency   string
	DueBefore  Date // only invoices due before this date (0: any)
	Limit      int  // 0: no limit
	Offset     int
}
