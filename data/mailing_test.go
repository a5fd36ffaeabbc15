package data

import (
	"errors"
	"testing"
)

// withCheckDigit appends the USPS check digit to body.
func withCheckDigit(t *testing.T, body string) string {
	t.Helper()
	d, ok := USPSCheckDigit(body)
	if !ok {
		t.Fatalf("USPSCheckDigit(%q) not ok", body)
	}
	return body + string(d)
}

func TestUSPSCheckDigit(t *testing.T) {
	tests := []struct {
		body string
		want byte
	}{
		// Weighted from the right 3,1,3,…: 1×3 = 3 → 7.
		{"1", '7'},
		// 9×1 + 4×3 = 21 → 9.
		{"94", '9'},
		// A 21-digit IMpb body: digits in odd places from the right sum to 44 (×3 = 132), the
		// others to 45; 177 → 3.
		{"940011189922339762391", '3'},
		{"0000000000000000000", '0'},
	}
	for _, tt := range tests {
		if got, ok := USPSCheckDigit(tt.body); !ok || got != tt.want {
			t.Errorf("USPSCheckDigit(%q) = %c, want %c", tt.body, got, tt.want)
		}
	}
	if _, ok := USPSCheckDigit("12a"); ok {
		t.Error("letters accepted")
	}
}

func TestCheckUSPSTracking(t *testing.T) {
	valid22 := withCheckDigit(t, "940711189922339762391")
	// A Certified Mail receipt number as printed on PS Form 3800 (quoted in a public Q&A about
	// its check digit): 5 is right only with the "91" prefix counted.
	valid20 := "71969010756003077385"
	if d, _ := USPSCheckDigit(valid20[:19]); d == '5' {
		t.Fatal("the example does not tell the two computations apart")
	}
	tests := []struct {
		in   string
		good bool
	}{
		{valid22, true},
		{valid20, true},
		{withCheckDigit(t, "7019070000012345678"), false}, // check digit without the 91 prefix
		{valid20[:4] + " " + valid20[4:8] + " " + valid20[8:], true},
		{valid22[:21] + string('0'+(valid22[21]-'0'+1)%10), false},
		{valid20[:19] + string('0'+(valid20[19]-'0'+5)%10), false},
		{"1" + valid22[1:], false}, // 22 digits must begin 91–95
		{"12345", false},
		{"EJ123456789US", false},
	}
	for _, tt := range tests {
		if msg := CheckUSPSTracking(tt.in); (msg == "") != tt.good {
			t.Errorf("CheckUSPSTracking(%q) = %q, want valid=%v", tt.in, msg, tt.good)
		}
	}
}

func TestMailingAndReturnReceipt(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Name: "Acme Inc.", Currency: "USD"})
	inv := mustInvoice(t, s, c, Invoice{})
	l := mustLetter(t, s, c, inv, 4, "2026-10-20")
	tracking := withCheckDigit(t, "940711189922339762391")
	spaced := tracking[:4] + " " + tracking[4:8] + " " + tracking[8:]
	m := Mailing{LetterID: l.ID, Date: MustDate("2026-10-21"), Method: MailCertified, Carrier: "usps", Tracking: spaced}
	if err := s.CreateMailing(&m); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Mailings(l.ID, 0)
	if err != nil || len(ms) != 1 || ms[0].Tracking != tracking || ms[0].Carrier != CarrierUSPS || ms[0].CustomerID != c.ID {
		t.Fatalf("mailings = %+v, %v", ms, err)
	}
	var ve *ValidationError
	bad := Mailing{LetterID: l.ID, Date: m.Date, Method: MailCertified, Carrier: "USPS", Tracking: tracking[:21] + "x"}
	if err := s.CreateMailing(&bad); !errors.As(err, &ve) || ve.Field("Tracking") == "" {
		t.Errorf("bad USPS number: %v", err)
	}
	free := Mailing{LetterID: l.ID, Date: m.Date, Method: MailRegistered, Carrier: "Poczta Polska", Tracking: "RR123456785PL"}
	if err := s.CreateMailing(&free); err != nil {
		t.Errorf("other carrier's number: %v", err)
	}
	if err := s.CreateMailing(&Mailing{LetterID: 999, Date: m.Date, Method: MailOrdinary}); !errors.Is(err, ErrNotFound) {
		t.Errorf("mailing of a missing letter: %v", err)
	}
	early := ReturnReceipt{MailingID: m.ID, Date: MustDate("2026-10-01"), SignedBy: "J. Doe"}
	if err := s.CreateReturnReceipt(&early); !errors.As(err, &ve) || ve.Field("Date") == "" {
		t.Errorf("receipt before posting: %v", err)
	}
	rr := ReturnReceipt{MailingID: m.ID, Date: MustDate("2026-10-24"), SignedBy: "J. Doe", Scan: []byte{0x89, 'P', 'N', 'G'},
		ScanType: "image/png"}
	if err := s.CreateReturnReceipt(&rr); err != nil {
		t.Fatal(err)
	}
	rrs, err := s.ReturnReceipts(m.ID)
	if err != nil || len(rrs) != 1 || rrs[0].SignedBy != "J. Doe" || rrs[0].Scan != nil || rrs[0].ScanSize != 4 {
		t.Errorf("receipts = %+v, %v (listed without the scan, with its size)", rrs, err)
	}
	one, err := s.ReturnReceipt(rr.ID)
	if err != nil || string(one.Scan) != "\x89PNG" || one.ScanType != "image/png" || one.ScanSize != 4 || one.MailingID != m.ID {
		t.Errorf("receipt %d = %+v, %v", rr.ID, one, err)
	}
	if _, err := s.ReturnReceipt(rr.ID + 100); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing receipt: %v", err)
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventLetterMailed, EventReturnReceipt}})
	if len(evs) != 3 || evs[0].Kind != EventReturnReceipt || evs[0].At != rr.Date.Time() {
		t.Errorf("timeline = %+v", evs)
	}
}

func FuzzCheckUSPSTracking(f *testing.F) {
	for _, s := range []string{"71969010756003077385", "9407 1118 9922 3397 6239 13", "", "abc", "9", "94071118992233976239134"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msg := CheckUSPSTracking(s)
		n := NormalizeTracking(s)
		if msg != "" {
			return
		}
		if len(n) != 20 && len(n) != 22 {
			t.Fatalf("%q accepted with %d digits", s, len(n))
		}
		// Changing the check digit must make it invalid.
		last := n[len(n)-1]
		other := n[:len(n)-1] + string('0'+(last-'0'+1)%10)
		if CheckUSPSTracking(other) == "" {
			t.Fatalf("%q and %q both accepted", n, other)
		}
	})
}

func TestCheckS10Tracking(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		desc string
	}{
		{"RR473124829GB", true, "Royal Mail example from UPU S10"},
		{"rr 473 124 829 gb", true, "spaces and lower case"},
		{"RR473124828GB", false, "wrong check digit"},
		{"EE123456785NO", true, "another service indicator"},
		{"RR000000000PL", false, "all zeros: the check digit would be 5"},
		{"RR000000005PL", true, "sum 0 gives 11, written 5"},
		{"1Z999AA10123456784", true, "not S10: not judged"},
		{"", true, "empty: not judged"},
	}
	for _, tt := range tests {
		if got := CheckS10Tracking(tt.in); (got == "") != tt.ok {
			t.Errorf("CheckS10Tracking(%q) = %q, want ok=%v (%s)", tt.in, got, tt.ok, tt.desc)
		}
	}
	// A registered letter's mailing refuses a mistyped S10 number, whatever the carrier.
	m := Mailing{LetterID: 1, Date: MustDate("2026-10-02"), Method: MailRegistered, Carrier: "Posten",
		Tracking: "RR473124828NO"}
	var ve *ValidationError
	if err := m.Validate(); !errors.As(err, &ve) || ve.Field("Tracking") == "" {
		t.Errorf("mistyped S10 number accepted: %v", err)
	}
	m.Tracking = "RR473124829NO"
	if err := m.Validate(); err != nil {
		t.Errorf("valid S10 number refused: %v", err)
	}
	m.Carrier, m.Method, m.Tracking = "USPS", MailCertified, "RR473124829US" // USPS abroad uses S10 too
	if err := m.Validate(); err != nil {
		t.Errorf("USPS S10 number refused: %v", err)
	}
}
