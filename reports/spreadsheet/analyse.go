package spreadsheet

import (
	"fmt"
	"hash/fnv"
	"strings"

	"overdue/data"
)

var dateFields = [3]Field{FieldIssueDate, FieldDueDate, FieldPaymentDate}
var amountFields = [3]Field{FieldAmount, FieldPaid, FieldOpen}

// record is one invoice row as read, its dates and amounts parsed as far as they can be
// before the file's day/month order and decimal mark are known.
type record struct {
	row      int
	text     [fieldCount]string
	dates    [3]dateCell
	amounts  [3]amountCell
	dupOf    int // an identical earlier row
	problems []Problem
}

// invoiceRow is a row read completely: what the writer needs, or why it cannot be written.
type invoiceRow struct {
	row                                            int
	number                                         string
	customerNumber, customerName, taxID, orgNumber string
	email, phone, address, description             string
	hasDescription                                 bool
	issue, due, paidOn                             data.Date
	currency                                       string
	amount, paid                                   int64
	hasPaid                                        bool // the file says how much is paid
	open                                           int64
	openOnly                                       bool  // the file gives only the open amount
	amountField                                    Field // the column the amount was read from
	dupOf                                          int
	problems                                       []Problem
	text                                           [fieldCount]string // the cells as written, for problems
}

// analyser turns sheet rows into invoice rows. The day/month order of numeric dates and the
// decimal mark of amounts such as 1.234 are decided by the first row that shows them; rows
// that need a decision are held back until one is made or the file ends.
type analyser struct {
	m         Mapping
	xlsx      bool
	date1904  bool
	currency  string    // default currency
	fallback  DateOrder // order for dates nothing in the file decides
	hinted    bool      // the order came from a header such as "Date (dd.mm.yyyy)"
	order     DateOrder
	orderRow  int
	dotsOnly  bool // every undecided date so far was written with dots
	undecided bool // some date needed the order
	mark      byte // decimal mark of the file's amounts, once known
	markRow   int
	hintCur   string // currency named in the amount column's header
	section   string
	dup       map[string]dupEntry
	// conflicts are the numbers found with different data in two rows: the first row and
	// the first that differs. exclude holds those of an earlier reading of the file, whose
	// every row is then invalid (see Import).
	conflicts map[string][2]int
	exclude   map[string][2]int
	pending   []*record
	emit      func(invoiceRow) error
	skipped   int
}

type dupEntry struct {
	row  int
	hash uint64
}

func newAnalyser(m Mapping, xlsx, date1904 bool, currency string, fallback DateOrder, emit func(invoiceRow) error) *analyser {
	a := &analyser{m: m, xlsx: xlsx, date1904: date1904, currency: currency, fallback: fallback,
		dotsOnly: true, dup: map[string]dupEntry{}, emit: emit}
	for i, h := range m.Headers {
		if i >= len(m.Columns) {
			break
		}
		nh := normalHeader(h)
		if m.Columns[i].isDate() && nh.order != DateOrderAuto && a.order == DateOrderAuto {
			a.order, a.hinted = nh.order, true
		}
		if m.Columns[i].isAmount() && nh.currency != "" && a.hintCur == "" {
			a.hintCur = nh.currency
		}
	}
	return a
}

// add reads one sheet row below the header row.
func (a *analyser) add(row int, cells []string) error {
	switch classifyRow(cells, &a.m) {
	case rowBlank:
		a.skipped++
		return nil
	case rowTotal:
		a.skipped++
		a.section = ""
		return nil
	case rowHeading:
		a.skipped++
		a.section = headingLabel(cells)
		return nil
	}
	var rec record // on the stack unless it has to wait
	r := &rec
	r.row = row
	for i, f := range a.m.Columns {
		if f != FieldNone && i < len(cells) {
			r.text[f] = strings.TrimSpace(cells[i])
		}
	}
	if r.text[FieldCustomerName] == "" && r.text[FieldCustomerNumber] == "" {
		r.text[FieldCustomerName] = a.section
	}
	for i, f := range dateFields {
		r.dates[i] = parseDateCell(r.text[f], a.date1904)
		c := r.dates[i]
		switch {
		case a.order != DateOrderAuto:
		case c.first:
			a.order, a.orderRow = DayFirst, row
		case c.second:
			a.order, a.orderRow = MonthFirst, row
		case c.needsOrder():
			a.undecided = true
			a.dotsOnly = a.dotsOnly && c.sep == '.'
		}
	}
	for i, f := range amountFields {
		r.amounts[i] = readAmountCell(r.text[f])
		if c := r.amounts[i]; c.mark != 0 && a.mark == 0 && c.errMsg == "" {
			a.mark, a.markRow = c.mark, row
		}
	}
	a.checkDuplicate(r)
	if len(a.pending) == 0 && !a.blocked(r) {
		return a.emit(a.resolve(r))
	}
	held := new(record)
	*held = rec
	a.pending = append(a.pending, held)
	return a.flush(false)
}

// checkDuplicate remembers the row's invoice number: an identical earlier row makes this one
// a harmless repeat; a different one makes it invalid.
func (a *analyser) checkDuplicate(r *record) {
	num := r.text[FieldInvoiceNumber]
	if num == "" {
		return
	}
	h := fnv.New64a()
	for f := Field(1); f < fieldCount; f++ {
		h.Write([]byte(r.text[f]))
		h.Write([]byte{0x1f})
	}
	sum := h.Sum64()
	if rows, ok := a.exclude[num]; ok {
		other := rows[1]
		if r.row == other {
			other = rows[0]
		}
		p := a.problem(r, FieldInvoiceNumber, codeDuplicate,
			fmt.Sprintf("invoice number %s is also in row %d, with different data", num, other))
		p.Data = map[string]any{"Row": other}
		r.problems = append(r.problems, p)
		return
	}
	first, seen := a.dup[num]
	switch {
	case !seen:
		a.dup[strings.Clone(num)] = dupEntry{row: r.row, hash: sum}
	case first.hash == sum:
		r.dupOf = first.row
	default:
		if _, ok := a.conflicts[num]; !ok {
			if a.conflicts == nil {
				a.conflicts = map[string][2]int{}
			}
			a.conflicts[strings.Clone(num)] = [2]int{first.row, r.row}
		}
		p := a.problem(r, FieldInvoiceNumber, codeDuplicate,
			fmt.Sprintf("invoice number %s is also in row %d, with different data", num, first.row))
		p.Data = map[string]any{"Row": first.row}
		r.problems = append(r.problems, p)
	}
}

// blocked reports whether the record needs a decision that has not been made yet.
func (a *analyser) blocked(r *record) bool {
	for _, c := range r.dates {
		if c.needsOrder() && a.order == DateOrderAuto {
			return true
		}
	}
	for _, c := range r.amounts {
		if c.unsure != 0 && a.mark == 0 {
			return true
		}
	}
	return false
}

// flush resolves and emits the held rows from the front while they can be read; at the end
// of the file (final) the open decisions are made from the options and defaults.
func (a *analyser) flush(final bool) error {
	if final {
		a.decideRest()
	}
	i := 0
	for ; i < len(a.pending) && !a.blocked(a.pending[i]); i++ {
		if err := a.emit(a.resolve(a.pending[i])); err != nil {
			return err
		}
		a.pending[i] = nil
	}
	a.pending = a.pending[i:]
	return nil
}

// decideRest makes the decisions the file left open: numeric dates with dots are day first
// (nobody writes 03.04.2026 for March 4); others follow the fallback order.
func (a *analyser) decideRest() {
	if a.order == DateOrderAuto && a.undecided {
		a.order = a.fallback
		if a.dotsOnly {
			a.order = DayFirst
		}
	}
	if a.order == DateOrderAuto {
		a.order = a.fallback
	}
	if a.mark == 0 {
		// A spreadsheet stores numbers with a decimal point; in text files a lone separator
		// before three digits groups thousands, as data.ParseAmount reads it.
		a.mark = 'g' // no decimal mark decided: unsure separators group thousands
		if a.xlsx {
			a.mark = '.'
		}
	}
}

// guessed reports whether the day/month order was assumed rather than read from the file.
func (a *analyser) guessed(fallbackChosen bool) bool {
	return a.undecided && a.orderRow == 0 && !a.hinted && !a.dotsOnly && !fallbackChosen
}

func (a *analyser) problem(r *record, f Field, code, msg string) Problem {
	return Problem{Row: r.row, Column: a.m.Name(f), Field: f, Value: r.text[f], Error: msg, Code: code}
}
