package letters

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"overdue/data"
)

// Payment is how the debtor pays: the company's account, the reference to quote, and a payment
// QR code where the currency has a standard (EPC for euro, ZBP Standard 2D for złoty).
type Payment struct {
	Payee     string
	IBAN      string
	BIC       string
	Account   string // domestic account number where no IBAN is used
	Reference string // text to quote
	KID       string // Norwegian KID, when switched on
	QRKind    string // "EPC", "ZBP" or ""
	QRPayload string
}

// payment works out the payment details of a letter.
func (b *Book) payment(d *Draft) Payment {
	c := d.Company
	p := Payment{Payee: c.Name, IBAN: strings.ReplaceAll(c.IBAN, " ", ""), BIC: c.BIC, Account: c.AccountNumber}
	p.Reference = strings.NewReplacer("{customer_number}", d.Customer.Number).Replace(Label(d.Language, "reference_text"))
	if nums := invoiceNumbers(d); len(p.Reference)+len(nums) <= 60 {
		p.Reference += ", " + nums
	}
	if b.KIDMethod == "mod10" {
		if kid, err := KIDMod10(digitsOnly(d.Customer.Number)); err == nil {
			p.KID = kid
			p.Reference = kid
		}
	}
	switch {
	case d.Currency == "EUR" && data.ValidIBAN(p.IBAN) && d.Total > 0:
		payload, err := EPCPayload(p.BIC, c.Name, p.IBAN, d.Total, p.Reference)
		if err == nil {
			p.QRKind, p.QRPayload = "EPC", payload
		}
	case d.Currency == "PLN" && d.Total > 0:
		if acct := polishAccount(p.IBAN, c.AccountNumber); acct != "" {
			payload, err := ZBPPayload(c.VATNumber, acct, d.Total, c.Name, p.Reference)
			if err == nil {
				p.QRKind, p.QRPayload = "ZBP", payload
			}
		}
	}
	return p
}

func invoiceNumbers(d *Draft) string {
	nums := make([]string, len(d.Invoices))
	for i, r := range d.Invoices {
		nums[i] = r.Invoice.Number
	}
	return strings.Join(nums, ", ")
}

func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// polishAccount returns the 26-digit NRB account number from a Polish IBAN or account number.
func polishAccount(iban, account string) string {
	if strings.HasPrefix(strings.ToUpper(iban), "PL") && len(iban) == 28 {
		return iban[2:]
	}
	if a := digitsOnly(account); len(a) == 26 {
		return a
	}
	return ""
}

// KIDMod10 appends a MOD10 (Luhn) check digit to base, giving a Norwegian KID of 2–25 digits.
func KIDMod10(base string) (string, error) {
	if base == "" || len(base) > 24 || digitsOnly(base) != base {
		return "", errors.New("a KID is built from 1 to 24 digits")
	}
	sum := 0
	for i := len(base) - 1; i >= 0; i-- {
		n := int(base[i] - '0')
		if (len(base)-1-i)%2 == 0 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return base + string(rune('0'+(10-sum%10)%10)), nil
}

// EPCPayload builds the text of an EPC QR code (EPC069-12, version 002, UTF-8, SEPA credit
// transfer) for a euro payment: BCD, 002, 1, SCT, BIC, name (≤ 70), IBAN, EUR amount, purpose
// (empty), structured reference (empty), unstructured remittance (≤ 140), one per line.
func EPCPayload(bic, name, iban string, cents int64, remittance string) (string, error) {
	iban = strings.ToUpper(strings.ReplaceAll(iban, " ", ""))
	switch {
	case !data.ValidIBAN(iban):
		return "", errors.New("EPC QR: invalid IBAN")
	case cents < 1 || cents > 999_999_999_99:
		return "", errors.New("EPC QR: the amount must be between EUR 0.01 and EUR 999,999,999.99")
	case strings.TrimSpace(name) == "":
		return "", errors.New("EPC QR: the payee's name is missing")
	}
	lines := []string{"BCD", "002", "1", "SCT", strings.TrimSpace(bic), cut(oneLine(name), 70), iban,
		fmt.Sprintf("EUR%d.%02d", cents/100, cents%100), "", "", cut(oneLine(remittance), 140)}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n"), nil
}

// ZBPPayload builds the text of a Polish payment QR code (Rekomendacja ZBP, Standard 2D):
// NIP|PL|account (26 digits)|amount in grosze (6 digits)|recipient (≤ 20)|title (≤ 32)|||.
// The amount field has six digits, so the code cannot carry 10,000 zł or more: such letters
// print the payment details without a code. A title too long for its field is shortened
// after a whole reference ("Klient 10033, 2026-000261"), not in the middle of one.
func ZBPPayload(nip, account string, grosze int64, recipient, title string) (string, error) {
	account = digitsOnly(account)
	nip = digitsOnly(nip)
	switch {
	case len(account) != 26:
		return "", errors.New("ZBP QR: the account number must have 26 digits")
	case grosze <= 0 || grosze > 999_999:
		return "", errors.New("ZBP QR: the amount field holds 0.01 to 9,999.99 zł")
	case nip != "" && len(nip) != 10:
		nip = ""
	}
	clean := func(s string) string { return strings.ReplaceAll(oneLine(s), "|", " ") }
	return strings.Join([]string{nip, "PL", account, fmt.Sprintf("%06d", grosze), cut(clean(recipient), 20),
		cutList(clean(title), 32), "", "", ""}, "|"), nil
}

// cutList shortens a comma-separated list to at most n characters by dropping whole items
// from the end; a first item longer than n is cut.
func cutList(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	items := strings.Split(s, ", ")
	for k := len(items) - 1; k >= 1; k-- {
		if t := strings.Join(items[:k], ", "); utf8.RuneCountInString(t) <= n {
			return t
		}
	}
	return cut(s, n)
}

// oneLine replaces line breaks and tabs with spaces and trims.
func oneLine(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\r", " ", "\n", " ", "\t", " ").Replace(s))
}

// cut shortens s to at most n characters (runes).
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}
