package spreadsheet

// Field is what a column of an import file holds.
type Field int

// The fields an invoice file can have. FieldNone marks a column that is not imported.
const (
	FieldNone Field = iota
	FieldInvoiceNumber
	FieldCustomerNumber
	FieldCustomerName
	FieldTaxID
	FieldOrgNumber
	FieldIssueDate
	FieldDueDate
	FieldAmount
	FieldPaid
	FieldOpen
	FieldPaymentDate
	FieldCurrency
	FieldEmail
	FieldPhone
	FieldAddress
	FieldDescription
	fieldCount
)

// Fields lists every importable field in the order the template and the mapping editor show them.
var Fields = []Field{FieldInvoiceNumber, FieldCustomerNumber, FieldCustomerName, FieldTaxID, FieldOrgNumber,
	FieldIssueDate, FieldDueDate, FieldAmount, FieldPaid, FieldOpen, FieldPaymentDate, FieldCurrency,
	FieldEmail, FieldPhone, FieldAddress, FieldDescription}

var fieldKeys = [fieldCount]string{"", "invoice_number", "customer_number", "customer_name", "tax_id", "org_number",
	"issue_date", "due_date", "amount", "paid", "open", "payment_date", "currency", "email", "phone", "address",
	"description"}

var fieldNames = [fieldCount]string{"(not imported)", "Invoice number", "Customer number", "Customer name", "Tax ID",
	"Org number", "Issue date", "Due date", "Amount", "Paid amount", "Open amount", "Payment date", "Currency",
	"Email", "Phone", "Address", "Description"}

// Key returns the field's stable identifier, used in saved mappings and translation keys ("due_date").
func (f Field) Key() string {
	if f < 0 || f >= fieldCount {
		return ""
	}
	return fieldKeys[f]
}

// String returns the field's English name, e.g. "Due date".
func (f Field) String() string {
	if f < 0 || f >= fieldCount {
		return "?"
	}
	return fieldNames[f]
}

// FieldByKey returns the field with the given Key, or FieldNone.
func FieldByKey(key string) Field {
	for f := Field(1); f < fieldCount; f++ {
		if fieldKeys[f] == key {
			return f
		}
	}
	return FieldNone
}

func (f Field) isDate() bool {
	return f == FieldIssueDate || f == FieldDueDate || f == FieldPaymentDate
}

func (f Field) isAmount() bool { return f == FieldAmount || f == FieldPaid || f == FieldOpen }
