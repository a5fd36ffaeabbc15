package demo

import (
	"math/rand/v2"
	"strings"
	"testing"

	"overdue/data"
)

func TestIBANMatchesPublishedExamples(t *testing.T) {
	tests := []struct{ country, bban, want string }{
		{"GB", "NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19"},
		{"DE", "370400440532013000", "DE89 3704 0044 0532 0130 00"},
		{"NO", "86011117947", "NO93 8601 1117 947"},
		{"PL", "109010140000071219812874", "PL61 1090 1014 0000 0712 1981 2874"},
	}
	for _, tt := range tests {
		if got := iban(tt.country, tt.bban); got != tt.want {
			t.Errorf("iban(%s, %s) = %q, want %q", tt.country, tt.bban, got, tt.want)
		}
	}
}

// TestCheckDigitsOfKnownNumbers checks the check-digit rules against numbers published as valid.
func TestCheckDigitsOfKnownNumbers(t *testing.T) {
	digitsOf := func(s string) []int {
		var d []int
		for _, c := range s {
			d = append(d, int(c-'0'))
		}
		return d
	}
	tests := []struct {
		name, number string
		check        func(d []int) int // check digit of all but the last digit
	}{
		{"Norwegian org number (Equinor)", "923609016", func(d []int) int { return mod11(d, []int{3, 2, 7, 6, 5, 4, 3, 2}) }},
		{"Norwegian org number (Brønnøysund)", "974760673", func(d []int) int { return mod11(d, []int{3, 2, 7, 6, 5, 4, 3, 2}) }},
		{"Norwegian account", "86011117947", func(d []int) int { return mod11(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) }},
		{"Polish REGON", "123456785", func(d []int) int {
			s := 0
			for i, w := range []int{8, 9, 2, 3, 4, 5, 6, 7} {
				s += d[i] * w
			}
			return s % 11 % 10
		}},
		{"German USt-IdNr. DE136695976", "136695976", iso7064Mod1110},
	}
	for _, tt := range tests {
		d := digitsOf(tt.number)
		if got, want := tt.check(d[:len(d)-1]), d[len(d)-1]; got != want {
			t.Errorf("%s %s: check digit %d, want %d", tt.name, tt.number, got, want)
		}
	}
	if got := kid("7992739871"); got != "79927398713" {
		t.Errorf("kid(7992739871) = %s, want the Luhn example 79927398713", got)
	}
}

// TestGeneratedIdentifiersAreValid draws many numbers and checks each with the registry's rule.
func TestGeneratedIdentifiersAreValid(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		org := strings.ReplaceAll(norwegianOrgNumber(r), " ", "")
		if len(org) != 9 || (org[0] != '8' && org[0] != '9') || !validMod11(org, []int{3, 2, 7, 6, 5, 4, 3, 2}) {
			t.Fatalf("org number %s invalid", org)
		}
		if acct := norwegianAccount(r, "1503"); !strings.HasPrefix(acct, "1503") || !validMod11(acct, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) {
			t.Fatalf("account %s invalid", acct)
		}
		fnr := syntheticFodselsnummer(r)
		if len(fnr) != 11 || fnr[2] < '8' || !validMod11(fnr[:10], []int{3, 7, 6, 1, 8, 9, 4, 5, 2}) ||
			!validMod11(fnr, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) {
			t.Fatalf("synthetic national id %s invalid", fnr)
		}
		if nip := polishNIP(r); !validNIP(nip) || formatNIP(nip)[3] != '-' {
			t.Fatalf("NIP %s invalid", nip)
		}
		if vat := britishVATNumber(r); !validGBVAT(vat) {
			t.Fatalf("UK VAT number %s invalid", vat)
		}
		if aba := abaRoutingNumber(r); !validABA(aba) {
			t.Fatalf("routing number %s invalid", aba)
		}
		if vat := germanVATID(r); len(vat) != 11 || !strings.HasPrefix(vat, "DE") {
			t.Fatalf("USt-IdNr. %s malformed", vat)
		}
		for _, bban := range []string{"1503" + randomDigits(r, 7), "NWBK601613" + randomDigits(r, 8), "37040044" + randomDigits(r, 10)} {
			if code := iban(map[byte]string{'1': "NO", 'N': "GB", '3': "DE"}[bban[0]], bban); !data.ValidIBAN(code) {
				t.Fatalf("IBAN %s invalid", code)
			}
		}
	}
}

// validMod11 checks the last digit of s against the weighted MOD11 rule (written out here
// independently of mod11: the weighted sum including the check digit is divisible by 11).
func validMod11(s string, weights []int) bool {
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	return (sum+int(s[len(weights)]-'0'))%11 == 0
}

func validNIP(s string) bool {
	sum := 0
	for i, w := range []int{6, 5, 7, 2, 3, 4, 5, 6, 7} {
		sum += int(s[i]-'0') * w
	}
	return len(s) == 10 && sum%11 == int(s[9]-'0')
}

func validGBVAT(s string) bool {
	d := strings.ReplaceAll(strings.TrimPrefix(s, "GB "), " ", "")
	sum := 0
	for i := range 7 {
		sum += int(d[i]-'0') * (8 - i)
	}
	return len(d) == 9 && (sum+int(d[7]-'0')*10+int(d[8]-'0'))%97 == 0
}

func validABA(s string) bool {
	d := func(i int) int { return int(s[i] - '0') }
	return len(s) == 9 && (3*(d(0)+d(3)+d(6))+7*(d(1)+d(4)+d(7))+d(2)+d(5)+d(8))%10 == 0
}
