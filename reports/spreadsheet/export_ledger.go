package spreadsheet

import (
	"context"

	"overdue/data"
)

var ledgerColumns = []column{{key: "date", kind: colDate}, {key: "customer_number"}, {key: "customer_name", width: 30},
	{key: "invoice_number"}, {key: "kind"}, {key: "debit", kind: colMoney}, {key: "credit", kind: colMoney},
	{key: "currency", width: 9}, {key: "text", width: 40}}

// reduces reports whether an event kind lowers what is owed.
func reduces(k data.EventKind) bool {
	return k == data.EventPayment || k == data.EventCreditNote || k == data.EventWriteOff
}

// exportLedger writes every money event, oldest first, streamed from the file: a
// million-invoice company has millions of entries, more than one sheet holds.
func exportLedger(ctx context.Context, s *data.Store, b *book) error {
	n, err := s.CountLedger(ctx)
	if err != nil {
		return err
	}
	return b.table(word(b.lang, "sheet_ledger"), ledgerColumns, n, func(emit func([]any) error) error {
		row := make([]any, len(ledgerColumns))
		return s.Ledger(ctx, func(e *data.LedgerEntry) error {
			var debit, credit any
			switch {
			case e.Amount == 0:
			case reduces(e.Kind) == (e.Amount > 0):
				credit = money{abs(e.Amount), e.Currency}
			default:
				debit = money{abs(e.Amount), e.Currency}
			}
			row[0], row[1], row[2], row[3], row[4] = e.Date, e.CustomerNumber, e.CustomerName,
				e.InvoiceNumber, word(b.lang, string(e.Kind))
			row[5], row[6], row[7], row[8] = debit, credit, e.Currency, e.Text
			return emit(row)
		})
	})
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
