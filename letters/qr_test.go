package letters

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestEPCPayloadFollowsEPC069(t *testing.T) {
	got, err := EPCPayload("COBADEFFXXX", "Müller & Söhne Werkzeugbau GmbH", "DE89 3704 0044 0532 0130 00", 7637_55,
		"Kunde 20001, F-20001-001")
	if err != nil {
		t.Fatal(err)
	}
	want := "BCD\n002\n1\nSCT\nCOBADEFFXXX\nMüller & Söhne Werkzeugbau GmbH\nDE89370400440532013000\nEUR7637.55\n\n\nKunde 20001, F-20001-001"
	if got != want {
		t.Errorf("payload =\n%q\nwant\n%q", got, want)
	}
	lines := strings.Split(got, "\n")
	if len(lines) != 11 || lines[8] != "" || lines[9] != "" {
		t.Errorf("want 11 lines with empty purpose and structured reference: %q", lines)
	}
	if len(got) > 331 {
		t.Errorf("payload has %d bytes, EPC069-12 allows 331", len(got))
	}
	long, _ := EPCPayload("", strings.Repeat("N", 90), "DE89370400440532013000", 1, strings.Repeat("r", 200))
	ll := strings.Split(long, "\n")
	if len([]rune(ll[5])) != 70 || len(ll[10]) != 140 || ll[4] != "" || ll[7] != "EUR0.01" {
		t.Errorf("limits not applied: %q", ll)
	}
	for _, bad := range []struct {
		iban  string
		cents int64
	}{{"DE89370400440532013001", 100}, {"DE89370400440532013000", 0}, {"DE89370400440532013000", 1_000_000_000_00}} {
		if _, err := EPCPayload("", "A", bad.iban, bad.cents, ""); err == nil {
			t.Errorf("EPCPayload(%s, %d) accepted", bad.iban, bad.cents)
		}
	}
}

func TestZBPPayload(t *testing.T) {
	got, err := ZBPPayload("PL 725-123-45-67", "61109010140000071219812874", 7567_26, "Łódzka Hurtownia Żółć Sp. z o.o.",
		"Klient 20001|F-1")
	if err != nil {
		t.Fatal(err)
	}
	want := "7251234567|PL|61109010140000071219812874|756726|Łódzka Hurtownia Żół|Klient 20001 F-1|||"
	if got != want {
		t.Errorf("payload = %q, want %q", got, want)
	}
	small, _ := ZBPPayload("", "61109010140000071219812874", 5, "A", "B")
	if !strings.HasPrefix(small, "|PL|61109010140000071219812874|000005|A|B|") {
		t.Errorf("small amount = %q", small)
	}
	if _, err := ZBPPayload("", "123", 5, "A", "B"); err == nil {
		t.Error("short account accepted")
	}
	// The amount field has six digits: 9,999.99 zł fits, 10,000.00 zł does not.
	if top, err := ZBPPayload("", "61109010140000071219812874", 999_999, "A", "B"); err != nil || !strings.Contains(top, "|999999|") {
		t.Errorf("9,999.99 zł: %q, %v", top, err)
	}
	for _, grosze := range []int64{1_000_000, 3_600_857, 0} {
		if p, err := ZBPPayload("", "61109010140000071219812874", grosze, "A", "B"); err == nil {
			t.Errorf("%d grosze accepted: %q", grosze, p)
		}
	}
	// A long title loses whole references from its end, not half of one.
	long, _ := ZBPPayload("", "61109010140000071219812874", 100, "A", "Klient 10033, 2026-000261, 2026-000262")
	if !strings.HasSuffix(long, "|A|Klient 10033, 2026-000261|||") {
		t.Errorf("long title = %q", long)
	}
}

// formatLevel reads the error-correction level from the format information next to the
// top-left finder pattern (ISO/IEC 18004: 15 bits, masked with 101010000010010).
func formatLevel(q *QRCode) byte {
	var bits []bool
	for x := 0; x <= 8; x++ {
		if x != 6 {
			bits = append(bits, q.Dark(x, 8))
		}
	}
	for y := 7; y >= 0; y-- {
		if y != 6 {
			bits = append(bits, q.Dark(8, y))
		}
	}
	v := 0
	for _, b := range bits[:15] {
		v <<= 1
		if b {
			v |= 1
		}
	}
	v ^= 0b101010000010010
	return map[int]byte{0b01: 'L', 0b00: 'M', 0b11: 'Q', 0b10: 'H'}[v>>13]
}

func TestQRErrorCorrectionLevel(t *testing.T) {
	payload, _ := EPCPayload("COBADEFFXXX", "Müller & Söhne", "DE89370400440532013000", 12_30, "Rechnung 1")
	for _, level := range []byte{'L', 'M', 'Q', 'H'} {
		q, err := EncodeQR(payload, level)
		if err != nil {
			t.Fatal(err)
		}
		if got := formatLevel(q); got != level {
			t.Errorf("asked for %c, the code says %c", level, got)
		}
		if q.Size < 21 || (q.Size-17)%4 != 0 {
			t.Errorf("size %d is no QR version", q.Size)
		}
	}
	if qrLevel("EPC") != 'M' || qrLevel("ZBP") != 'L' {
		t.Error("wrong level for a payment standard")
	}
	if _, err := EncodeQR("x", 'X'); err == nil {
		t.Error("unknown level accepted")
	}
}

func TestKIDMod10(t *testing.T) {
	tests := []struct{ base, want string }{
		{"1234567", "12345674"}, // Luhn: 7·2=14→5, 6, 5·2=10→1, 4, 3·2=6, 2, 1·2=2 → 26 → 4
		{"20001", "200014"},     // 1·2 + 0 + 0 + 0 + 2·2 = 6 → 4
		{"0", "00"},
	}
	for _, tt := range tests {
		if got, err := KIDMod10(tt.base); err != nil || got != tt.want {
			t.Errorf("KIDMod10(%s) = %s, %v; want %s", tt.base, got, err, tt.want)
		}
	}
	if _, err := KIDMod10("12a"); err == nil {
		t.Error("letters accepted")
	}
}

// TestQRCodesDecode reads the codes back with zbarimg (skipped when it is not installed).
func TestQRCodesDecode(t *testing.T) {
	if _, err := exec.LookPath("zbarimg"); err != nil {
		t.Skip("zbarimg is not installed (apt-get install zbar-tools)")
	}
	epc, _ := EPCPayload("COBADEFFXXX", "Müller & Söhne Werkzeugbau GmbH", "DE89370400440532013000", 7637_55, "Kunde 20001")
	zbp, _ := ZBPPayload("7251234567", "61109010140000071219812874", 7567_26, "Łódzka Hurtownia Żółć", "Klient 20001")
	for _, tt := range []struct {
		payload string
		level   byte
	}{{epc, 'M'}, {zbp, 'L'}, {"https://example.com/ąęłńśźż", 'H'}} {
		q, err := EncodeQR(tt.payload, tt.level)
		if err != nil {
			t.Fatal(err)
		}
		const scale = 6
		img := image.NewGray(image.Rect(0, 0, (q.Size+8)*scale, (q.Size+8)*scale))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		for y := 0; y < q.Size; y++ {
			for x := 0; x < q.Size; x++ {
				if q.Dark(x, y) {
					for dy := 0; dy < scale; dy++ {
						for dx := 0; dx < scale; dx++ {
							img.SetGray((x+4)*scale+dx, (y+4)*scale+dy, color.Gray{})
						}
					}
				}
			}
		}
		path := filepath.Join(t.TempDir(), "qr.png")
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("zbarimg", "--raw", "-q", "-Sbinary", path).Output()
		if err != nil {
			t.Fatalf("zbarimg: %v", err)
		}
		if got := strings.TrimSuffix(string(out), "\n"); got != tt.payload {
			t.Errorf("decoded %q, want %q", got, tt.payload)
		}
	}
}
