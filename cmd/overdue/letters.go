package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"overdue/data"
	"overdue/letters"
)

func init() {
	register(&command{
		name:     "letters",
		synopsis: "[--as-of YYYY-MM-DD] [--customer REF] --out FILE.pdf [--json] [--dry-run]",
		summary: "print the letters due as of a date into one PDF and record them as sent " +
			"(--dry-run: write the PDF only, record nothing)",
		run: runLetters,
	})
}

// letterJSON is one letter in the --json output; total_due is in minor units.
type letterJSON struct {
	Customer string `json:"customer"`
	Level    int    `json:"level"`
	Language string `json:"language"`
	Pages    int    `json:"pages"`
	TotalDue int64  `json:"total_due"`
	Currency string `json:"currency"`
}

// runLetters generates the letters due and, like the Letters screen, stores each one exactly
// as printed (so the ladder moves on and the letter is on the customer's timeline). The PDF is
// written first; the letters are recorded only once it is safely on disk, and if recording
// fails the PDF is removed again, so a failure leaves nothing behind.
func runLetters(e *env, args []string) error {
	fs := flag.NewFlagSet("letters", flag.ContinueOnError)
	asOfText := fs.String("as-of", "", "date the letters are dated (default today)")
	ref := fs.String("customer", "", "only this customer (number or exact name)")
	out := fs.String("out", "", "PDF file to write all letters into")
	asJSON := fs.Bool("json", false, "print the letters as JSON")
	dryRun := fs.Bool("dry-run", false, "write the PDF but record nothing")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *out == "" {
		return usagef("--out FILE.pdf is required")
	}
	asOf := data.Today()
	if *asOfText != "" {
		if asOf, err = data.ParseDate(*asOfText); err != nil {
			return usagef("--as-of: %v", err)
		}
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	book, err := letters.Open(s)
	if err != nil {
		return err
	}
	var customerID int64
	if *ref != "" {
		c, err := s.CustomerByRef(*ref)
		if err != nil {
			return err
		}
		customerID = c.ID
	}
	items, err := book.Queue(asOf, customerID)
	if err != nil {
		return err
	}
	res, err := book.Generate(e.ctx, items, asOf, true, nil)
	if err != nil {
		return err
	}
	if len(res.Letters) > 0 {
		if err := writeAtomically(*out, res.Batch); err != nil {
			return err
		}
		if !*dryRun {
			if err := s.CreateLetters(e.ctx, res.Letters); err != nil {
				os.Remove(*out)
				return fmt.Errorf("record the letters (no PDF written): %w", err)
			}
		}
	}
	if len(res.Drafts) > 0 {
		warnMissingRates(e, book.MissingRates(asOf))
	}
	return reportLetters(e, res, items, *out, *asJSON, *dryRun)
}

// warnMissingRates tells on stderr which half-yearly statutory rates the table lacks, so
// that letters charged interest at the last known rate.
func warnMissingRates(e *env, missing []letters.MissingRate) {
	for _, m := range missing {
		fmt.Fprintf(e.stderr, "warning: the interest table has no %s rate for %s debtors from %s; letters use %s %% "+
			"(from %s) until you add it (window: Settings › Interest and fees)\n", m.Country, m.Debtor, m.From,
			data.FormatBP(m.Using.AnnualBP()), m.Using.ValidFrom)
	}
}

func reportLetters(e *env, res *letters.Result, items []letters.Item, out string, asJSON, dryRun bool) error {
	list := make([]letterJSON, len(res.Drafts))
	for i, d := range res.Drafts {
		list[i] = letterJSON{Customer: d.Customer.Name, Level: d.Level.Level, Language: d.Language,
			Pages: res.Letters[i].Pages, TotalDue: d.Total, Currency: d.Currency}
	}
	// Notes and skipped customers go to stderr in both forms, so JSON on stdout stays clean.
	for _, d := range res.Drafts {
		for _, n := range d.Notes {
			fmt.Fprintf(e.stderr, "note: %s: %s\n", d.Customer.Name, n)
		}
	}
	for _, d := range res.Skipped {
		fmt.Fprintf(e.stderr, "skipped: %s (%s): no postal address; add the customer's billing address\n",
			d.Customer.Name, d.Level.Name)
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(map[string]any{"letters": list})
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	if len(res.Drafts) > 0 {
		fmt.Fprintln(w, "CUSTOMER\tLEVEL\tLANGUAGE\tPAGES\tTOTAL DUE")
	}
	for i, d := range res.Drafts {
		fmt.Fprintf(w, "%s\t%d %s\t%s\t%d\t%s\n", d.Customer.Name, d.Level.Level, d.Level.Name, d.Language,
			list[i].Pages, data.FormatMoney(d.Total, d.Currency, "en"))
	}
	w.Flush()
	for _, it := range items {
		if !it.IsLetter() {
			fmt.Fprintf(e.stdout, "hand over: %s (%s)\n", it.Candidate.Name, it.Level.Name)
		}
	}

	switch {
	case len(res.Drafts) == 0:
		fmt.Fprintln(e.stdout, "no letters due; nothing written")
	case dryRun:
		fmt.Fprintf(e.stdout, "%d letters written to %s (dry run: nothing recorded)\n", len(res.Drafts), out)
	default:
		fmt.Fprintf(e.stdout, "%d letters written to %s and recorded\n", len(res.Drafts), out)
	}
	return nil
}

// writeAtomically writes b to path through a temporary file in the same folder.
func writeAtomically(path string, b []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".letters-*.pdf")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
