package spreadsheet

import (
	"context"

	"overdue/data"
)

var ledgerColumns = []column{{key: "date", kind: colDate}, {key: "customer_number"}, {key: "customer_name", width: 30},
	{key: "invoice_number"}, {key: "kind"}, {key: "debit", kind: colMoney}, {key: "credit", kind: colMoney},
	{key: "currency", width: 9}, {key: "text", width: 40}}

// moneyKinds are the events that change what is owed: charges (invoices, fees, interest)
// and reductions (payments, credit notes, write-offs).
var moneyKinds = []data.EventKind{data.EventInvoiceCreated, data.EventInvoiceChanged, data.EventPayment,
	data.EventCreditNote, data.EventWriteOff, data.EventFee, data.EventInterest}

// reduces reports whether an event kind lowers what is owed.
func reduces(k data.EventKind) bool {
	return k == data.EventPayment || k == data.EventCreditNote || k == data.EventWriteOff
}

func exportLedger(ctx context.Context, s *data.Store, b *book) error {
	events, err := s.Events(data.EventFilter{Kinds: moneyKinds})
	if err != nil {
		return err
	}
	dir := &customerDirectory{s: s, m: map[int64]*customerInfo{}}
	numbers := map[int64]string{}
	return b.table(word(b.lang, "sheet_ledger"), ledgerColumns, len(events), func(emit func([]any) error) error {
		for i := len(events) - 1; i >= 0; i-- { // the store lists newest first
			e := events[i]
			if i%1000 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			var cnum, cname string
			if e.CustomerID != 0 {
				c, err := dir.get(e.CustomerID)
				if err != nil {
					return err
				}
				cnum, cname = c.number, c.name
			}
			inum := ""
			if e.InvoiceID != 0 {
				n, ok := numbers[e.InvoiceID]
				if !ok {
					inv, err := s.Invoice(e.InvoiceID)
					if err != nil {
						return err
					}
					n = inv.Number
					numbers[e.InvoiceID] = n
				}
				inum = n
			}
			var debit, credit any
			switch {
			case e.Amount == 0:
			case reduces(e.Kind) == (e.Amount > 0):
				credit = money{abs(e.Amount), e.Currency}
			default:
				debit = money{abs(e.Amount), e.Currency}
			}
			if err := emit([]any{data.DateOf(e.At), cnum, cname, inum, word(b.lang, string(e.Kind)), debit, credit,
				e.Currency, e.Text}); err != nil {
				return err
			}
		}
		return nil
	})
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
