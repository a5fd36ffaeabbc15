package reports

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"overdue/data"
)

// Statement is a customer's statement of account on one date: per currency, the invoices
// open on that date, the movements on the account with a running balance, and the aging.
type Statement struct {
	AsOf     data.Date
	Company  data.Company
	Customer data.Customer
	Address  []string // the customer's name and billing address, for the envelope window
	Abroad   bool     // the billing address is in another country than the company
	Lang     string   // en, de, nb or pl: the customer's language, else the company's
	Settings Settings
	Accounts []StatementAccount // one per currency, the customer's own currency first
}

// StatementAccount is the part of a statement in one currency.
type StatementAccount struct {
	Currency string
	Open     []OpenItem // invoices open on the as-of date, oldest due date first
	// The ledger: movements from From up to the as-of date, after an opening balance that
	// sums everything before From.
	From    data.Date
	Opening int64
	Lines   []LedgerLine
	Closing int64 // balance on the as-of date: invoiced less received, credited and written off
	// Unallocated is the part of the payments and credits up to the as-of date not yet
	// applied to an invoice (the difference between OpenTotal and Closing).
	Unallocated int64
	Aging       Buckets // the open invoices by bucket
}

// OpenTotal returns the sum of the open invoices.
func (a StatementAccount) OpenTotal() int64 { return a.Aging.Total() }

// OpenItem is an invoice open on the statement date.
type OpenItem struct {
	Invoice     data.Invoice
	Open        int64 // open on the as-of date
	DaysOverdue int   // days past due on the as-of date (0 when not yet due)
	Bucket      int
}

// LedgerKind says what a ledger line is.
type LedgerKind string

// Ledger line kinds: an invoice, or one of the payment kinds.
const (
	LedgerInvoice    LedgerKind = "invoice"
	LedgerPayment    LedgerKind = LedgerKind(data.KindPayment)
	LedgerCreditNote LedgerKind = LedgerKind(data.KindCreditNote)
	LedgerWriteOff   LedgerKind = LedgerKind(data.KindWriteOff)
)

// LedgerLine is one movement on the account.
type LedgerLine struct {
	Date      data.Date
	Kind      LedgerKind
	Reference string    // invoice number, or the payment's reference
	Invoices  []string  // for payments: the invoices it was applied to
	Due       data.Date // invoices only
	Debit     int64     // invoice amount
	Credit    int64     // payment, credit note or write-off amount
	Balance   int64     // running balance after this line
}

// LedgerMonths is how far back the ledger reaches at least: it starts on the issue date of
// the oldest invoice open on the statement date, or this many months before it if that is earlier.
const LedgerMonths = 3

// BuildStatement gathers the statement of account of a customer on asOf. The language is
// the customer's, else the company's; a company profile must exist.
func BuildStatement(ctx context.Context, s *data.Store, customerID int64, asOf data.Date) (*Statement, error) {
	if asOf == 0 {
		return nil, fmt.Errorf("statement: choose a date")
	}
	company, err := s.Company()
	if err != nil {
		return nil, fmt.Errorf("statement: %w (fill in the company profile first)", err)
	}
	cust, err := s.Customer(customerID)
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	settings, err := LoadSettings(s)
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	st := &Statement{AsOf: asOf, Company: company, Customer: cust, Settings: settings,
		Lang: firstLang(cust.Language, company.Language)}
	st.Address = []string{cust.Name}
	contact, err := s.BillingContact(cust.ID)
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return nil, fmt.Errorf("statement: %w", err)
	}
	st.Abroad = contact.Abroad(company.Country)
	for _, l := range contact.EnvelopeLines(company.Country, company.Language) {
		if !strings.EqualFold(strings.TrimSpace(l), strings.TrimSpace(cust.Name)) {
			st.Address = append(st.Address, l)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	invoices, err := s.Invoices(data.InvoiceFilter{CustomerID: cust.ID})
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	payments, err := s.Payments(data.PaymentFilter{CustomerID: cust.ID})
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	st.Accounts = buildAccounts(invoices, payments, asOf, settings)
	slices.SortStableFunc(st.Accounts, func(a, b StatementAccount) int {
		switch {
		case a.Currency == cust.Currency:
			return -1
		case b.Currency == cust.Currency:
			return 1
		}
		return strings.Compare(a.Currency, b.Currency)
	})
	return st, nil
}

func firstLang(langs ...string) string {
	for _, l := range langs {
		if _, ok := statementTexts[l]; ok {
			return l
		}
	}
	return "en"
}

// buildAccounts splits a customer's invoices and payments by currency into statement accounts.
func buildAccounts(invoices []data.Invoice, payments []data.Payment, asOf data.Date, st Settings) []StatementAccount {
	paidBy := map[int64]int64{} // invoice ID → allocated on or before asOf
	number := map[int64]string{}
	for _, inv := range invoices {
		number[inv.ID] = inv.Number
	}
	for _, p := range payments {
		if p.Date > asOf {
			continue
		}
		for _, a := range p.Allocations {
			paidBy[a.InvoiceID] += a.Amount
		}
	}
	accounts := map[string]*StatementAccount{}
	account := func(cur string) *StatementAccount {
		a, ok := accounts[cur]
		if !ok {
			a = &StatementAccount{Currency: cur}
			accounts[cur] = a
		}
		return a
	}
	basis := func(inv data.Invoice) data.Date {
		if st.Basis == ByInvoiceDate {
			return inv.IssueDate
		}
		return inv.DueDate
	}
	for _, inv := range invoices {
		if inv.IssueDate > asOf {
			continue
		}
		a := account(inv.Currency)
		if open := inv.Amount - paidBy[inv.ID]; open > 0 {
			item := OpenItem{Invoice: inv, Open: open, DaysOverdue: max(0, int(asOf-inv.DueDate)),
				Bucket: st.Edges.orDefault().Bucket(int(asOf - basis(inv)))}
			a.Open = append(a.Open, item)
			a.Aging[item.Bucket] += open
		}
	}
	for _, a := range accounts {
		a.From = asOf.AddMonths(-LedgerMonths)
		for _, o := range a.Open {
			a.From = min(a.From, o.Invoice.IssueDate)
		}
	}
	var lines = map[string][]LedgerLine{}
	for _, inv := range invoices {
		if inv.IssueDate > asOf {
			continue
		}
		lines[inv.Currency] = append(lines[inv.Currency], LedgerLine{Date: inv.IssueDate, Kind: LedgerInvoice,
			Reference: inv.Number, Due: inv.DueDate, Debit: inv.Amount})
	}
	for _, p := range payments {
		if p.Date > asOf {
			continue
		}
		a := account(p.Currency)
		if a.From == 0 {
			a.From = asOf.AddMonths(-LedgerMonths)
		}
		l := LedgerLine{Date: p.Date, Kind: LedgerKind(p.Kind), Reference: p.Reference, Credit: p.Amount}
		for _, al := range p.Allocations {
			l.Invoices = append(l.Invoices, number[al.InvoiceID])
		}
		a.Unallocated += p.Amount - p.Allocated()
		lines[p.Currency] = append(lines[p.Currency], l)
	}
	out := make([]StatementAccount, 0, len(accounts))
	for cur, a := range accounts {
		ls := lines[cur]
		// invoices before payments on the same day, then by reference
		slices.SortStableFunc(ls, func(x, y LedgerLine) int {
			if x.Date != y.Date {
				return int(x.Date - y.Date)
			}
			if (x.Kind == LedgerInvoice) != (y.Kind == LedgerInvoice) {
				if x.Kind == LedgerInvoice {
					return -1
				}
				return 1
			}
			return strings.Compare(x.Reference, y.Reference)
		})
		bal := int64(0)
		for _, l := range ls {
			bal += l.Debit - l.Credit
			l.Balance = bal
			if l.Date < a.From {
				a.Opening = bal
				continue
			}
			a.Lines = append(a.Lines, l)
		}
		a.Closing = bal
		slices.SortStableFunc(a.Open, func(x, y OpenItem) int {
			if x.Invoice.DueDate != y.Invoice.DueDate {
				return int(x.Invoice.DueDate - y.Invoice.DueDate)
			}
			return strings.Compare(x.Invoice.Number, y.Invoice.Number)
		})
		if len(a.Open) > 0 || a.Closing != 0 || len(a.Lines) > 0 {
			out = append(out, *a)
		}
	}
	return out
}
