package data

import "time"

// EventKind names what happened. The log is append-only: events are never changed or deleted.
type EventKind string

// Event kinds written by the store and by later capabilities (letters, promises, …).
const (
	EventCustomerCreated EventKind = "customer_created"
	EventCustomerChanged EventKind = "customer_changed"
	EventStatusChanged   EventKind = "status_changed"
	EventInvoiceCreated  EventKind = "invoice_created"
	EventInvoiceChanged  EventKind = "invoice_changed"
	EventPayment         EventKind = "payment"
	EventCreditNote      EventKind = "credit_note"
	EventWriteOff        EventKind = "write_off"
	EventFee             EventKind = "fee"
	EventInterest        EventKind = "interest"
	EventContact         EventKind = "contact" // a call, email, SMS, visit or letter, with Channel and Outcome
	EventNote            EventKind = "note"
	EventImport          EventKind = "import"
)

// Channel is how a contact was made.
type Channel string

// Contact channels.
const (
	ChannelPhone  Channel = "phone"
	ChannelEmail  Channel = "email"
	ChannelSMS    Channel = "sms"
	ChannelLetter Channel = "letter"
	ChannelVisit  Channel = "visit"
)

// Channels lists every channel in display order.
var Channels = []Channel{ChannelPhone, ChannelEmail, ChannelSMS, ChannelLetter, ChannelVisit}

// Event is one entry of the append-only log: every change to money and every contact.
type Event struct {
	ID         int64
	At         time.Time // when it happened (UTC)
	Recorded   time.Time // when it was written to the log (set by the store)
	Kind       EventKind
	CustomerID int64
	InvoiceID  int64 // 0 when not about one invoice
	Amount     int64 // minor units; 0 when no money is involved
	Currency   string
	Channel    Channel // contacts only
	Outcome    string  // contacts: reached, no answer, left message, promised, refused, …
	Text       string  // what happened, in the user's words or generated
	Ref        string  // a related record, e.g. "payment:12" or "letter:7"
}

// EventFilter selects events, newest first.
type EventFilter struct {
	CustomerID int64 // 0: all
	InvoiceID  int64 // 0: all
	Kinds      []EventKind
	Since      time.Time // zero: from the beginning
	Limit      int
	Offset     int
}
