package data

import (
	"strings"
	"time"
)

// MailMethod is how a letter was posted.
type MailMethod string

// Mail methods: certified (US Certified Mail, UK Signed For) and registered (Polish list polecony,
// Norwegian rekommandert, German Einschreiben) give proof of posting and, with a return receipt,
// of delivery.
const (
	MailOrdinary   MailMethod = "ordinary"
	MailCertified  MailMethod = "certified"
	MailRegistered MailMethod = "registered"
)

// MailMethods lists every method in display order.
var MailMethods = []MailMethod{MailOrdinary, MailCertified, MailRegistered}

// CarrierUSPS is the carrier name whose tracking numbers are checked digit by digit.
const CarrierUSPS = "USPS"

// Mailing records that a letter was posted: when, how and with which tracking number.
type Mailing struct {
	ID         int64
	LetterID   int64
	CustomerID int64 // set by the store from the letter
	Date       Date
	Method     MailMethod
	Carrier    string // USPS, Royal Mail, Poczta Polska, Posten, Deutsche Post, …
	Tracking   string // as printed; USPS numbers are stored without spaces
	Note       string
	Created    time.Time
}

// Validate checks the mailing before it is saved. USPS tracking numbers must have 20 or 22
// digits with a valid check digit, and a number shaped like a UPU S10 item number
// (RR123456785NO, registered mail everywhere) must have a valid check digit; other carriers'
// numbers are free text.
func (m *Mailing) Validate() error {
	var v validator
	v.check(m.LetterID > 0, "LetterID", "choose the letter")
	v.check(m.Date != 0, "Date", "enter the date it was posted")
	v.check(m.Method == MailOrdinary || m.Method == MailCertified || m.Method == MailRegistered, "Method",
		"choose ordinary, certified or registered")
	v.check(len(m.Carrier) <= 64, "Carrier", "at most 64 characters")
	v.check(len(m.Tracking) <= 64, "Tracking", "at most 64 characters")
	switch {
	case s10Shape(m.Tracking): // also USPS's own numbers for mail abroad
		if msg := CheckS10Tracking(m.Tracking); msg != "" {
			v.check(false, "Tracking", msg)
		}
	case strings.EqualFold(strings.TrimSpace(m.Carrier), CarrierUSPS) && m.Tracking != "":
		if msg := CheckUSPSTracking(m.Tracking); msg != "" {
			v.check(false, "Tracking", msg)
		}
	}
	v.check(m.Method == MailOrdinary || strings.TrimSpace(m.Tracking) != "", "Tracking",
		"enter the tracking number from the receipt")
	return v.result("mailing")
}

// ReturnReceipt is the signed proof of delivery of a certified or registered letter.
type ReturnReceipt struct {
	ID        int64
	MailingID int64
	Date      Date   // date of delivery
	SignedBy  string // the name on the receipt
	Scan      []byte // optional image or PDF of the receipt (ReturnReceipt reads it, ReturnReceipts does not)
	ScanType  string // MIME type of Scan
	ScanSize  int    // bytes in the scan, 0 when there is none
	Created   time.Time
}

// Validate checks the receipt before it is saved.
func (r *ReturnReceipt) Validate() error {
	var v validator
	v.check(r.MailingID > 0, "MailingID", "choose the mailing")
	v.check(r.Date != 0, "Date", "enter the date of delivery")
	v.check(len(r.SignedBy) <= 200, "SignedBy", "at most 200 characters")
	v.check(len(r.Scan) <= 20<<20, "Scan", "the scan is larger than 20 MB")
	v.check(len(r.Scan) == 0 || r.ScanType != "", "ScanType", "unknown file type")
	return v.result("return receipt")
}
