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

// S10CheckDigit returns the check digit of the eight serial digits of a UPU S10 item number
// (the "RR123456785NO" on registered letters of Posten, Deutsche Post, Poczta Polska and
// Royal Mail): the digits weighted 8, 6, 4, 2, 3, 5, 9, 7, then 11 minus the sum modulo 11,
// with 10 written 0 and 11 written 5. ok is false unless serial is eight digits.
func S10CheckDigit(serial string) (digit byte, ok bool) {
	if len(serial) != 8 {
		return 0, false
	}
	weights := [8]int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := 0; i < 8; i++ {
		c := serial[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		sum += int(c-'0') * weights[i]
	}
	switch d := 11 - sum%11; d {
	case 10:
		return '0', true
	case 11:
		return '5', true
	default:
		return byte('0' + d), true
	}
}

// CheckS10Tracking returns "" unless s has the shape of a UPU S10 item number (two letters,
// nine digits, two letters) whose check digit does not match; other numbers are not judged.
func CheckS10Tracking(s string) string {
	if !s10Shape(s) {
		return ""
	}
	n := strings.ToUpper(NormalizeTracking(s))
	if d, _ := S10CheckDigit(n[2:10]); d != n[10] {
		return "the check digit of this item number does not match: please check it on the receipt"
	}
	return ""
}

// s10Shape reports whether s looks like a UPU S10 item number: two letters, nine digits, two
// letters (spaces and dashes aside, any case).
func s10Shape(s string) bool {
	n := strings.ToUpper(NormalizeTracking(s))
	if len(n) != 13 || !isLetters(n[:2]) || !isLetters(n[11:]) {
		return false
	}
	for i := 2; i < 11; i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
