package pdfdoc

import (
	"strings"
	"testing"

	"overdue/data"
)

func TestSectionsInTheirOwnLanguage(t *testing.T) {
	c := testCompany(t, "NO")
	d := newTestDoc(t, c, "nb")
	norsk := Labels{Page: "Side {page} av {pages}", OrgNumber: "Org.nr.", Phone: "Tlf."}
	polski := Labels{Page: "Strona {page} z {pages}", OrgNumber: "Nr org.", Phone: "Tel."}
	d.NewSectionIn("nb", norsk)
	d.Paragraph("Første brev " + d.Date(data.MustDate("2026-11-22")))
	d.NewSectionIn("pl", polski)
	d.Paragraph("Drugi list " + d.Money(1_234_56, "PLN"))
	d.AddPage()
	b := pdfBytes(t, d)
	tests := []struct {
		page int
		want []string
		not  string
	}{
		{1, []string{"Side 1 av 1", "Org.nr."}, "Strona"},
		{2, []string{"Strona 1 z 2", "Nr org.", "1 234,56 zł"}, "Side"},
		{3, []string{"Strona 2 z 2", "Nr org."}, "Org.nr."},
	}
	for _, tt := range tests {
		text := pdfText(t, b, tt.page, tt.page)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("page %d lacks %q:\n%s", tt.page, w, text)
			}
		}
		if strings.Contains(text, tt.not) {
			t.Errorf("page %d has %q from another section", tt.page, tt.not)
		}
	}
}
