package spreadsheet

// Problem codes: stable names of what can be wrong with a row, for translations.
const (
	codeMissingNumber    = "missing_number"
	codeNumberTooLong    = "number_too_long"
	codeMissingCustomer  = "missing_customer"
	codeCustomerUnknown  = "customer_unknown"
	codeMissingAmount    = "missing_amount"
	codeAmountInvalid    = "amount_invalid"
	codeAmountZero       = "amount_zero"
	codePaidNegative     = "paid_negative"
	codePaidExceeds      = "paid_exceeds"
	codeOpenNegative     = "open_negative"
	codeOpenExceeds      = "open_exceeds"
	codePaidDecrease     = "paid_decrease"
	codeMissingDate      = "missing_date"
	codeDateInvalid      = "date_invalid"
	codeDateImpossible   = "date_impossible"
	codeDateRange        = "date_range"
	codeDateOrder        = "date_order"
	codeDueBeforeIssue   = "due_before_issue"
	codeCurrencyInvalid  = "currency_invalid"
	codeCurrencyMismatch = "currency_mismatch"
	codeDuplicate        = "duplicate_number"
	codeCreditChanged    = "credit_note_changed"
	codeTextTooLong      = "text_too_long"
	codeOtherCustomer    = "other_customer"
	codeBelowPaid        = "amount_below_paid"
	codeCurrencyChanged  = "currency_changed"
	codeAllocatedMove    = "allocated_move"
	codeTaxIDAmount      = "tax_id_amount"
	codeTaxIDConflict    = "tax_id_conflict"
	codeOpenMismatch     = "open_mismatch"
	codeStore            = "rejected"
)

// Problem is one invalid value: where it is and why it cannot be imported.
type Problem struct {
	Row    int    // 1-based row number in the sheet (the record number in a csv file)
	Column string // the column's name as written in the file, or the field's name when the column is missing
	Field  Field
	Value  string // the cell as written
	Error  string // what is wrong, in English
	Code   string // stable name of the problem, for translations (see ProblemCodes)
	// Data holds the details a translated message needs: "Row" (int, another row), "Amount",
	// "Paid", "File" (int64 minor units), "Currency", and as text "Invoice", "Customer"
	// (in the company file), "Name" (in the file), "From" and "To" (currencies), "TaxID".
	Data map[string]any
}

// ProblemCodes lists every Problem.Code, for translation completeness checks.
var ProblemCodes = []string{codeMissingNumber, codeNumberTooLong, codeMissingCustomer, codeCustomerUnknown, codeMissingAmount,
	codeAmountInvalid, codeAmountZero, codePaidNegative, codePaidExceeds, codeOpenNegative, codeOpenExceeds,
	codePaidDecrease, codeMissingDate, codeDateInvalid, codeDateImpossible, codeDateRange, codeDateOrder,
	codeDueBeforeIssue, codeCurrencyInvalid, codeCurrencyMismatch, codeDuplicate, codeCreditChanged,
	codeTextTooLong, codeOtherCustomer, codeBelowPaid, codeCurrencyChanged, codeAllocatedMove, codeTaxIDAmount,
	codeTaxIDConflict, codeOpenMismatch, codeStore}

// Result says what an import did, or, for a dry run or an import refused because of invalid
// rows, what it would have done.
type Result struct {
	Rows             int // invoice rows read (headings, blank and total rows not counted)
	Created          int // invoices and credit notes created
	CreditNotes      int // of Created, the credit notes
	Updated          int // invoices whose amount, dates, customer or paid amount changed
	Unchanged        int // rows that matched what the company file already holds
	CustomersCreated int
	Skipped          int       // heading, blank and total rows passed over
	Invalid          []Problem // one entry per invalid value, in row order
	Written          bool      // whether anything was committed to the company file
	Mapping          Mapping   // the header row and column mapping used
	// DateOrder is how dates such as 03/04/2026 were read; DateOrderGuessed is true when the
	// file had such dates and nothing in it decided the order (the caller should ask).
	DateOrder        DateOrder
	DateOrderGuessed bool
	Backup           string // path of the copy of the company file taken before writing, if any
}

// InvalidRows returns how many distinct rows have problems.
func (r *Result) InvalidRows() int {
	n, last := 0, -1
	for _, p := range r.Invalid {
		if p.Row != last {
			n++
			last = p.Row
		}
	}
	return n
}
