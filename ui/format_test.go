package ui

import (
	"testing"

	"overdue/data"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"2026-03-31", "2026-03-31", false},
		{"31.03.2026", "2026-03-31", false},
		{"1.3.2026", "2026-03-01", false},
		{" 05.11.26 ", "2026-11-05", false},
		{"", "", false},
		{"2026-02-30", "", true},
		{"30.02.2026", "", true},
		{"03/04/2026", "", true}, // March in the US, April in the UK: refused
		{"tomorrow", "", true},
		{"2026-13-01", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseDate(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err == nil && got.String() != tt.want {
				t.Errorf("parseDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-31", "31.03.2026", "1.1.26", "29.02.2028", "03/04/2026", "-1.-1.-1", "99999.1.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDate(s)
		if err != nil || d.IsZero() {
			return
		}
		y, m, day := d.Parts()
		if !data.ValidDate(y, int(m), day) {
			t.Fatalf("parseDate(%q) = %v, not a real date", s, d)
		}
		for _, lg := range data.Languages {
			back, err := parseDate(formatDate(d, lg))
			if err != nil || back != d {
				t.Fatalf("%s: %q → %v → %q → %v (%v)", lg, s, d, formatDate(d, lg), back, err)
			}
		}
	})
}

func TestSampleCountry(t *testing.T) {
	tests := []struct {
		language, locale, want string
	}{
		{"en", "en-US", "US"},
		{"en", "en-GB", "GB"},
		{"en", "en-IE", "GB"},
		{"de", "de-AT", "DE"},
		{"nb", "nb-NO", "NO"},
		{"pl", "pl", "PL"},
		{"en", "de-DE", "DE"},
	}
	for _, tt := range tests {
		if got := sampleCountry(tt.language, fyneLocale(tt.locale)); got != tt.want {
			t.Errorf("sampleCountry(%s, %s) = %s, want %s", tt.language, tt.locale, got, tt.want)
		}
	}
}

func TestFreePath(t *testing.T) {
	dir := t.TempDir()
	p := freePath(dir, "Żółć & Søn AS")
	if want := dir + "/zolc-son-as.overdue"; p != want {
		t.Errorf("freePath = %s, want %s", p, want)
	}
	s, err := data.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if p2 := freePath(dir, "Żółć & Søn AS"); p2 != dir+"/zolc-son-as-2.overdue" {
		t.Errorf("second freePath = %s", p2)
	}
}

func TestTranslateFieldError(t *testing.T) {
	tests := []struct{ in, want string }{
		{"enter the customer's name", "enter the customer's name"},
		{"only €50.00 is open on invoice F-7", "only €50.00 is open on invoice F-7"},
		{"something new from the store", "something new from the store"},
	}
	for _, tt := range tests {
		if got := translateFieldError(tt.in); got != tt.want {
			t.Errorf("translateFieldError(%q) = %q", tt.in, got)
		}
	}
	useLanguage(t, "pl")
	if got := translateFieldError("only €50.00 is open on invoice F-7"); got != "na fakturze F-7 do zapłaty pozostało tylko €50.00" {
		t.Errorf("in Polish: %q", got)
	}
	if got := translateFieldError("enter the customer's name"); got != "wpisz nazwę klienta" {
		t.Errorf("in Polish: %q", got)
	}
}
