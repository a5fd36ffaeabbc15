package pdfdoc

import "testing"

func TestCompanyIDLabels(t *testing.T) {
	tests := []struct {
		country, lang, org, vat string
	}{
		{"PL", "pl", "KRS/REGON", "NIP"},
		{"DE", "pl", "Nr rej.", "Nr VAT UE"},
		{"NO", "nb", "Org.nr.", "MVA-nr."},
		{"NO", "de", "Org.-Nr.", "MwSt.-Nr."},
		{"DE", "de", "Reg.-Nr.", "USt-IdNr."},
		{"GB", "en", "Company no.", "VAT no."},
		{"US", "en", "EIN", "Tax ID"},
		{"SE", "fr", "Reg. no.", "VAT no."}, // unknown country and language: English, general
	}
	for _, tt := range tests {
		if org, vat := CompanyIDLabels(tt.country, tt.lang); org != tt.org || vat != tt.vat {
			t.Errorf("CompanyIDLabels(%s, %s) = %q, %q; want %q, %q", tt.country, tt.lang, org, vat, tt.org, tt.vat)
		}
	}
}

func TestLabelled(t *testing.T) {
	tests := []struct{ label, value, want string }{
		{"Org.nr.", "912 345 678", "Org.nr. 912 345 678"},
		{"EIN", "EIN 12-3456789", "EIN 12-3456789"}, // the value names itself
		{"EIN", "ein 12-3456789", "ein 12-3456789"},
		{"EIN", "12-3456789", "EIN 12-3456789"},
		{"NIP", "  ", ""},
		{"", "HRB 123456", "HRB 123456"},
	}
	for _, tt := range tests {
		if got := labelled(tt.label, tt.value); got != tt.want {
			t.Errorf("labelled(%q, %q) = %q, want %q", tt.label, tt.value, got, tt.want)
		}
	}
}
