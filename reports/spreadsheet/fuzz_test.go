package spreadsheet

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// FuzzParseDate: the column date parser never panics, and every date it accepts is a real
// date in range that reads back the same from its ISO form.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-04", "04.03.2026", "3/4/26", "25/12/2026", "12/25/2026", "46085", "46085.5",
		"4 Mar 2026", "4. März 2026", "4 marca 2026 r.", "Mar 4, 2026", "20260304", "31.02.2026", "60", "2026-03-04T10:00:00Z",
		"15.01.2026 12:30", "04-mar-26", "", "0", "-1", "9999999", "1.2.3", "２０２６-０３-０４"} {
		f.Add(s, false, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, date1904 bool, order uint8) {
		c := parseDateCell(s, date1904)
		o := DateOrder(order % 3)
		d, code, msg := c.resolve(o)
		if code != "" || msg != "" {
			if d != 0 {
				t.Fatalf("%q: date %v with error %s %q", s, d, code, msg)
			}
			return
		}
		if d == 0 {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q: no date and no error", s)
			}
			return
		}
		y, m, dd := d.Parts()
		if !data.ValidDate(y, int(m), dd) || y < minYear || y > maxYear {
			t.Fatalf("%q: invalid date %v accepted", s, d)
		}
		back, err := data.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("%q: %v does not round-trip (%v)", s, d, err)
		}
		if again, code, _ := parseDateCell(d.String(), date1904).resolve(o); again != d || code != "" {
			t.Fatalf("%q: ISO form %s reads as %v %s", s, d, again, code)
		}
	})
}

// FuzzAmountCell: the amount reader never panics, stays within data.MaxAmount, and reads
// every amount formatted the way each language writes it back to the same minor units.
func FuzzAmountCell(f *testing.F) {
	for _, s := range []string{"1,234.56", "1.234,56", "1 234,56", "(12.50)", "1.234", "1,234", "€ 5", "5 zł", "1e3",
		"0.30000000000000004", "-", "((1))", "1.2.3", "NOK", "１２３"} {
		f.Add(s, uint8('.'), int64(123456), uint8(0))
	}
	currencies := []string{"EUR", "NOK", "PLN", "JPY", "KWD", "USD"}
	f.Fuzz(func(t *testing.T, s string, mark uint8, v int64, cur uint8) {
		currency := currencies[int(cur)%len(currencies)]
		a := &analyser{mark: []byte{'.', ',', 'g'}[int(mark)%3]}
		c := readAmountCell(s)
		if got, msg := c.value(a.cellMark(c), currency); msg == "" && (got > data.MaxAmount || got < -data.MaxAmount) {
			t.Fatalf("%q: %d is beyond the largest amount", s, got)
		}
		if v > data.MaxAmount || v < -data.MaxAmount {
			return
		}
		for lang, fileMark := range map[string]byte{"en": '.', "de": ',', "nb": ',', "pl": ','} {
			text := data.FormatAmount(v, currency, lang)
			c := readAmountCell(text)
			a.mark = fileMark
			got, msg := c.value(a.cellMark(c), currency)
			if msg != "" || got != v {
				t.Fatalf("%d %s written %q in %s reads as %d %q", v, currency, text, lang, got, msg)
			}
		}
	})
}

// counts is how many rows the company file has in the tables an import writes.
func counts(t *testing.T, s *data.Store) [4]int {
	t.Helper()
	inv, err1 := s.CountInvoices(data.InvoiceFilter{})
	cus, err2 := s.CountCustomers(data.CustomerFilter{})
	pay, err3 := s.Payments(data.PaymentFilter{})
	ev, err4 := s.Events(data.EventFilter{})
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	return [4]int{inv, cus, len(pay), len(ev)}
}

// FuzzImportCSV: importing any file never panics, and an import that fails or is refused
// leaves the company file exactly as it was.
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte(csvHeader+"A-1,C1,Acme,2026-09-01,2026-09-30,100.00,20,\n"), false)
	f.Add([]byte(csvHeader+"A-1,C1,Acme,2026-09-01,2026-09-30,100.00,20,\nA-1,C1,Acme,2026-09-01,2026-09-30,90.00,,\n"), true)
	f.Add([]byte("Rechnungsnr.;Kunde;Datum;Fällig am;Offener Betrag\nR-1;Kunde A;01.09.2026;30.09.2026;1.000,00\nG-1;Kunde A;05.09.2026;05.09.2026;-200,00\n"), false)
	f.Add([]byte("Title\n\nInvoice No\tCustomer\tDate\tAmount\nX\tY\t13/13/2026\t(5)\nTotal\t\t\t5\n"), true)
	f.Add([]byte("\"Invoice No\",\"Customer\",\"Date\",\"Amount\"\n\"a\nb\",\"c\"\"d\",2026-01-01,1e3\n"), false)
	for _, l := range layouts {
		if !l.xlsx {
			f.Add(readRendered(f, l.layout), true)
		}
	}
	dir := f.TempDir()
	s, err := data.Open(filepath.Join(dir, "fuzz"+data.FileExtension))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveCompany(&data.Company{Name: "Fuzz", Country: "DE", Currency: "EUR", Language: "de"}); err != nil {
		f.Fatal(err)
	}
	path := filepath.Join(dir, "in.csv")
	f.Fuzz(func(t *testing.T, content []byte, skipInvalid bool) {
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		before := counts(t, s)
		b, err := OpenBook(path)
		if err != nil {
			return
		}
		defer b.Close()
		res, err := Import(context.Background(), s, b, Options{SkipInvalid: skipInvalid, Today: data.MustDate("2026-11-15")})
		after := counts(t, s)
		written := err == nil && res.Written
		if !written && after != before {
			t.Fatalf("a refused import (%v) changed the company file: %v → %v", err, before, after)
		}
		if written && res.Created == 0 && res.Updated == 0 && res.CustomersCreated == 0 && after[0] != before[0] {
			t.Fatalf("invoices changed without being counted: %v → %v (%+v)", before, after, res)
		}
		if written && after[0]-before[0] > res.Created {
			t.Fatalf("%d invoices added, %d counted", after[0]-before[0], res.Created)
		}
	})
}

func readRendered(f *testing.F, l layout) []byte {
	b, err := os.ReadFile(l.render(f, samplesFor(l, "EUR")))
	if err != nil {
		f.Fatal(err)
	}
	return b
}
