package data

import "strings"

// NormalizeTracking removes spaces and dashes from a tracking number.
func NormalizeTracking(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// USPSCheckDigit returns the MOD 10 check digit of the digits of a USPS tracking number that
// come before it (USPS Publication 199, IMpb): from the right, digits are weighted 3, 1, 3, …;
// the check digit brings the weighted sum up to a multiple of ten. ok is false for non-digits.
func USPSCheckDigit(body string) (digit byte, ok bool) {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		c := body[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		w := 1
		if (len(body)-1-i)%2 == 0 {
			w = 3
		}
		sum += int(c-'0') * w
	}
	return byte('0' + (10-sum%10)%10), true
}

// CheckUSPSTracking returns "" when s is a valid USPS tracking number, else what is wrong with
// it. Two formats are accepted: 22 digits, the IMpb format beginning 91–95, whose check digit is
// computed over the 21 digits before it; and 20 digits, the older Certified Mail format (PS Form
// 3800), printed without the "91" application identifier that its check digit includes
// (USPS Publication 91), so the check digit is computed over "91" and the 19 digits before it.
func CheckUSPSTracking(s string) string {
	n := NormalizeTracking(s)
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return "a USPS tracking number has digits only"
		}
	}
	switch len(n) {
	case 20:
	case 22:
		if n[0] != '9' || n[1] < '1' || n[1] > '5' {
			return "a 22-digit USPS tracking number begins with 91 to 95"
		}
	default:
		return "a USPS tracking number has 20 or 22 digits"
	}
	body := n[:len(n)-1]
	if len(n) == 20 {
		body = "91" + body
	}
	if d, _ := USPSCheckDigit(body); d != n[len(n)-1] {
		return "the check digit does not match: please check the number on the receipt"
	}
	return ""
}
