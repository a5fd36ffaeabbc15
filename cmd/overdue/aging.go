package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"overdue/data"
	"overdue/reports"
)

func init() {
	register(&command{
		name:     "aging",
		synopsis: "[--as-of YYYY-MM-DD] [--by-customer] [--json] [--pdf FILE.pdf]",
		summary: "show what is open per currency in the buckets current, 1–30, 31–60, 61–90 and over 90 days " +
			"past due (the file's bucket settings), optionally per customer or as a PDF report",
		run: runAging,
	})
}

func runAging(e *env, args []string) error {
	fs := flag.NewFlagSet("aging", flag.ContinueOnError)
	asOfFlag := fs.String("as-of", "", "the date to age on, YYYY-MM-DD (default: today)")
	byCustomer := fs.Bool("by-customer", false, "also list every customer with something open")
	asJSON := fs.Bool("json", false, "print one JSON object")
	pdfOut := fs.String("pdf", "", "write the aging report with charts and the table by customer to this PDF")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	asOf, err := reportAsOf(*asOfFlag)
	if err != nil {
		return err
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := reports.LoadSettings(s)
	if err != nil {
		return err
	}
	if *pdfOut != "" {
		return writeAgingPDF(e, s, asOf, *pdfOut)
	}
	r, err := reports.Aging(e.ctx, s, st.Options(asOf), *byCustomer)
	if err != nil {
		return err
	}
	if *asJSON {
		out, err := json.Marshal(r)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.stdout, "%s\n", out)
		return err
	}
	return printAging(e.stdout, r)
}

// reportAsOf parses --as-of (bad usage when it is not a real date); empty means today.
func reportAsOf(s string) (data.Date, error) {
	if s == "" {
		return data.Today(), nil
	}
	d, err := data.ParseDate(s)
	if err != nil {
		return 0, usagef("--as-of: %v", err)
	}
	return d, nil
}

// printAging writes the report as aligned columns of amounts in major units.
func printAging(w io.Writer, r *reports.Report) error {
	basis := "days past due"
	if r.Basis == reports.ByInvoiceDate {
		basis = "days since the invoice date"
	}
	fmt.Fprintf(w, "Aging as of %s (%s)\n\n", r.AsOf, basis)
	if len(r.Totals) == 0 {
		_, err := fmt.Fprintln(w, "Nothing is open.")
		return err
	}
	ranges := r.Edges.Ranges()
	heads := append([]string{"Current"}, ranges[1:]...)
	heads = append(heads, "Total")
	amounts := func(cur string, b reports.Buckets) []string {
		var cells []string
		for _, v := range b {
			cells = append(cells, data.FormatAmount(v, cur, "en"))
		}
		return append(cells, data.FormatAmount(b.Total(), cur, "en"))
	}
	t := textTable{head: append([]string{"Currency"}, heads...), left: 1}
	for _, x := range r.Totals {
		t.rows = append(t.rows, append([]string{x.Currency}, amounts(x.Currency, x.Buckets)...))
	}
	if err := t.write(w); err != nil {
		return err
	}
	if r.Customers == nil {
		return nil
	}
	fmt.Fprintf(w, "\n%d customers\n\n", len(r.Customers))
	t = textTable{head: append([]string{"Number", "Customer", "Currency"}, heads...), left: 3}
	for _, c := range r.Customers {
		t.rows = append(t.rows, append([]string{c.Number, clipName(c.Name, 40), c.Currency}, amounts(c.Currency, c.Buckets)...))
	}
	return t.write(w)
}

// textTable prints rows in columns: the first left columns aligned left, the rest right.
type textTable struct {
	head []string
	rows [][]string
	left int
}

func (t textTable) write(w io.Writer) error {
	widths := make([]int, len(t.head))
	for _, r := range append([][]string{t.head}, t.rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	bw := bufio.NewWriter(w)
	for _, r := range append([][]string{t.head}, t.rows...) {
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				bw.WriteString("  ")
			}
			if i < t.left {
				bw.WriteString(c + pad)
			} else {
				bw.WriteString(pad + c)
			}
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

func clipName(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\t", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// writeAgingPDF writes the company-wide aging report; nothing is left behind on failure.
func writeAgingPDF(e *env, s *data.Store, asOf data.Date, out string) error {
	pdf, err := reports.AgingPDF(e.ctx, s, asOf, reports.AgingPDFOptions{})
	if err != nil {
		return err
	}
	if err := writeReport(out, pdf); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "aging report written to %s\n", out)
	return nil
}

// writeReport writes b to a temporary file beside path and renames it into place.
func writeReport(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".overdue-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, werr)
	}
	return nil
}
