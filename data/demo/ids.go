package demo

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Identifiers with the check digits their registries use, so that the sample company's
// numbers pass the same checks real ones do.

// digits returns n random decimal digits, the first one not zero.
func digits(r *rand.Rand, n int) []int {
	d := make([]int, n)
	d[0] = 1 + r.IntN(9)
	for i := 1; i < n; i++ {
		d[i] = r.IntN(10)
	}
	return d
}

func digitString(d []int) string {
	var b strings.Builder
	for _, x := range d {
		b.WriteByte(byte('0' + x))
	}
	return b.String()
}

// mod11 returns the MOD11 check digit of d with the given weights, or -1 when the
// remainder makes the number invalid (check digit 10).
func mod11(d []int, weights []int) int {
	sum := 0
	for i, w := range weights {
		sum += d[i] * w
	}
	c := 11 - sum%11
	switch c {
	case 11:
		return 0
	case 10:
		return -1
	}
	return c
}

// withCheck draws n digits (first from first, if given) until the check digit computed by
// check is valid, and returns the n digits followed by it.
func withCheck(r *rand.Rand, n int, first []int, check func([]int) int) []int {
	for {
		d := digits(r, n)
		if len(first) > 0 {
			d[0] = first[r.IntN(len(first))]
		}
		if c := check(d); c >= 0 {
			return append(d, c)
		}
	}
}

// norwegianOrgNumber returns a 9-digit organisasjonsnummer with a valid MOD11 check digit,
// grouped as Brønnøysundregistrene print it ("912 345 678").
func norwegianOrgNumber(r *rand.Rand) string {
	d := withCheck(r, 8, []int{8, 9}, func(d []int) int { return mod11(d, []int{3, 2, 7, 6, 5, 4, 3, 2}) })
	s := digitString(d)
	return s[:3] + " " + s[3:6] + " " + s[6:]
}

// norwegianAccount returns an 11-digit bank account number with a valid MOD11 check digit
// for the given 4-digit bank registration number ("1503.27.91374" style without dots).
func norwegianAccount(r *rand.Rand, bank string) string {
	for {
		d := make([]int, 10)
		for i := range 4 {
			d[i] = int(bank[i] - '0')
		}
		for i := 4; i < 10; i++ {
			d[i] = r.IntN(10)
		}
		if c := mod11(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}); c >= 0 {
			return digitString(append(d, c))
		}
	}
}

// syntheticFodselsnummer returns an 11-digit Norwegian national identity number marked as
// synthetic the way the Norwegian Tax Administration's test data is (80 added to the month),
// so it can never belong to a real person, with both control digits valid.
func syntheticFodselsnummer(r *rand.Rand) string {
	for {
		year := 1950 + r.IntN(54) // born 1950–2003
		month, day := 1+r.IntN(12), 1+r.IntN(28)
		ind := r.IntN(500) // 000–499 for people born 1900–1999
		if year >= 2000 {
			ind = 500 + r.IntN(500)
		}
		s := fmt.Sprintf("%02d%02d%02d%03d", day, month+80, year%100, ind)
		d := make([]int, 9)
		for i := range d {
			d[i] = int(s[i] - '0')
		}
		k1 := mod11(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})
		if k1 < 0 {
			continue
		}
		d = append(d, k1)
		k2 := mod11(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
		if k2 < 0 {
			continue
		}
		return digitString(append(d, k2))
	}
}

// polishNIP returns a 10-digit tax identification number (NIP) with a valid check digit.
func polishNIP(r *rand.Rand) string {
	weights := []int{6, 5, 7, 2, 3, 4, 5, 6, 7}
	for {
		d := digits(r, 9)
		sum := 0
		for i, w := range weights {
			sum += d[i] * w
		}
		if c := sum % 11; c < 10 {
			return digitString(append(d, c))
		}
	}
}

// formatNIP groups a NIP the way Polish invoices print it: 123-456-32-18.
func formatNIP(nip string) string { return nip[:3] + "-" + nip[3:6] + "-" + nip[6:8] + "-" + nip[8:] }

// polishREGON returns a 9-digit statistical number (REGON) with a valid check digit.
func polishREGON(r *rand.Rand) string {
	weights := []int{8, 9, 2, 3, 4, 5, 6, 7}
	d := digits(r, 8)
	sum := 0
	for i, w := range weights {
		sum += d[i] * w
	}
	return digitString(append(d, sum%11%10))
}

// germanVATID returns a USt-IdNr. ("DE" and nine digits) whose last digit is the
// ISO 7064 MOD 11,10 check digit the Bundeszentralamt für Steuern uses.
func germanVATID(r *rand.Rand) string {
	d := digits(r, 8)
	return "DE" + digitString(append(d, iso7064Mod1110(d)))
}

func iso7064Mod1110(d []int) int {
	product := 10
	for _, x := range d {
		sum := (x + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = (2 * sum) % 11
	}
	c := 11 - product
	if c == 10 {
		return 0
	}
	return c
}

// britishVATNumber returns a 9-digit VAT registration number ("GB 123 4567 89") whose last
// two digits make the weighted sum (weights 8…2) divisible by 97.
func britishVATNumber(r *rand.Rand) string {
	d := digits(r, 7)
	sum := 0
	for i, x := range d {
		sum += x * (8 - i)
	}
	c := 97 - sum%97
	s := digitString(d) + fmt.Sprintf("%02d", c%100)
	return "GB " + s[:3] + " " + s[3:7] + " " + s[7:]
}

// einPrefixes are IRS campus prefixes in use.
var einPrefixes = []int{10, 12, 20, 26, 27, 30, 32, 35, 36, 38, 41, 43, 45, 46, 47, 52, 54, 56, 58, 61, 65, 74, 81, 82, 84, 86, 88, 91, 93, 95, 98}

// usEIN returns an employer identification number in the IRS format NN-NNNNNNN.
func usEIN(r *rand.Rand) string {
	return fmt.Sprintf("%02d-%07d", einPrefixes[r.IntN(len(einPrefixes))], r.IntN(10_000_000))
}

// abaRoutingNumber returns a 9-digit ABA routing number with a valid 3-7-1 checksum.
func abaRoutingNumber(r *rand.Rand) string {
	d := make([]int, 8)
	d[0], d[1] = 0, 1+r.IntN(9) // Federal Reserve districts 01–09
	for i := 2; i < 8; i++ {
		d[i] = r.IntN(10)
	}
	sum := 3*(d[0]+d[3]+d[6]) + 7*(d[1]+d[4]+d[7]) + (d[2] + d[5])
	return digitString(append(d, (10-sum%10)%10))
}

// iban returns the IBAN for a country and domestic account (BBAN), with ISO 7064 MOD 97-10
// check digits, printed in groups of four.
func iban(country, bban string) string {
	rearranged := bban + country + "00"
	rem := 0
	for _, c := range rearranged {
		if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A'+10)) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	s := country + fmt.Sprintf("%02d", 98-rem) + bban
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+4, len(s))])
	}
	return b.String()
}

// randomDigits returns n random decimal digits (leading zeros allowed).
func randomDigits(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(byte('0' + r.IntN(10)))
	}
	return b.String()
}

// kid returns a Norwegian KID payment reference: the digits of ref followed by a MOD10 (Luhn) check digit.
func kid(ref string) string {
	sum := 0
	double := true
	for i := len(ref) - 1; i >= 0; i-- {
		c := ref[i]
		if c < '0' || c > '9' {
			continue
		}
		x := int(c - '0')
		if double {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
		double = !double
	}
	var digitsOnly strings.Builder
	for i := 0; i < len(ref); i++ {
		if ref[i] >= '0' && ref[i] <= '9' {
			digitsOnly.WriteByte(ref[i])
		}
	}
	return digitsOnly.String() + strconv.Itoa((10-sum%10)%10)
}
