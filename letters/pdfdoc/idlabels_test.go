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
		// A value that starts with one of the label's words is not labelled again.
		{"KRS/REGON", "KRS 0000717182", "KRS 0000717182"},
		{"KRS/REGON", "REGON 123456785", "REGON 123456785"},
		{"KRS/REGON", "krs:0000717182", "krs:0000717182"},
		{"KRS/REGON", "0000717182", "KRS/REGON 0000717182"},
		{"KRS/REGON", "KRSX 1", "KRS/REGON KRSX 1"}, // a longer word is not the label
		{"Reg.-Nr.", "HRB 97062, Amtsgericht Köln", "Reg.-Nr. HRB 97062, Amtsgericht Köln"},
		// Under the Polish "NIP" a Polish VAT ID is printed without its EU prefix.
		{"NIP", "PL4043682988", "NIP 4043682988"},
		{"NIP", "pl 404-368-29-88", "NIP 404-368-29-88"},
		{"NIP", "4043682988", "NIP 4043682988"},
		{"NIP", "NIP PL4043682988", "NIP 4043682988"},
		{"NIP", "PLX123", "NIP PLX123"},
		{"NIP (VAT no.)", "PL4043682988", "NIP (VAT no.) PL4043682988"}, // the EU number, as labelled
		{"Nr VAT UE", "DE123456789", "Nr VAT UE DE123456789"},
	}
	for _, tt := range tests {
		if got := labelled(tt.label, tt.value); got != tt.want {
			t.Errorf("labelled(%q, %q) = %q, want %q", tt.label, tt.value, got, tt.want)
		}
	}
}
