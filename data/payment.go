package data

import "time"

// PaymentKind says how an invoice was reduced.
type PaymentKind string

// Payment kinds. All reduce what is open; only a payment brings money in.
const (
	KindPayment    PaymentKind = "payment"
	KindCreditNote PaymentKind = "credit_note"
	KindWriteOff   PaymentKind = "write_off"
)

// Payment is money received, a credit note or a write-off, allocated to one or more invoices.
// Any part not allocated stays on the customer's account as a credit.
type Payment struct {
	ID          int64
	CustomerID  int64
	Kind        PaymentKind
	Date        Date
	Amount      int64 // minor units, positive
	Currency    string
	Method      string // bank transfer, card, cash, …
	Reference   string // bank reference, KID, credit-note number
	Note        string // reason, e.g. why something was written off
	Allocations []Allocation
	Created     time.Time
}

// Allocation is the part of a payment applied to one invoice.
type Allocation struct {
	InvoiceID int64
	Amount    int64
}

// Allocated returns the total allocated to invoices.
func (p *Payment) Allocated() int64 {
	var n int64
	for _, a := range p.Allocations {
		n += a.Amount
	}
	return n
}

// Validate checks the payment before it is saved (the store also checks the invoices it is allocated to).
func (p *Payment) Validate() error {
	var v validator
	v.check(p.CustomerID > 0, "CustomerID", "choose a customer")
	v.check(p.Kind == KindPayment || p.Kind == KindCreditNote || p.Kind == KindWriteOff, "Kind", "choose payment, credit note or write-off")
	v.check(p.Date != 0, "Date", "enter the date")
	v.check(p.Amount > 0, "Amount", "enter an amount above zero")
	v.check(p.Amount <= MaxAmount, "Amount", "the amount is too large")
	v.check(ValidCurrency(p.Currency), "Currency", "choose an ISO currency code such as EUR")
	allocOK := true
	for _, a := range p.Allocations {
		allocOK = allocOK && a.Amount > 0 && a.InvoiceID > 0
	}
	v.check(allocOK, "Allocations", "every allocation needs an invoice and an amount above zero")
	v.check(p.Allocated() <= p.Amount, "Allocations", "more is allocated than the amount")
	v.check(p.Kind == KindPayment || p.Note != "" || p.Reference != "", "Note", "say why (credit-note number or write-off reason)")
	return v.result("payment")
}

// PaymentFilter selects payments.
type PaymentFilter struct {
	CustomerID int64 // 0: all
	InvoiceID  int64 // 0: all; otherwise payments allocated to this invoice
	Limit      int
	Offset     int
}
