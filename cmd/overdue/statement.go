package main

import (
	"flag"
	"fmt"
	"time"

	"overdue/reports"
)

func init() {
	register(&command{
		name:     "statement",
		synopsis: "--customer REF [--as-of YYYY-MM-DD] --out FILE.pdf",
		summary: "write a customer's statement of account (open invoices, movements with running balance, " +
			"aging, payment details) in the customer's language",
		run: runStatement,
	})
}

func runStatement(e *env, args []string) error {
	fs := flag.NewFlagSet("statement", flag.ContinueOnError)
	ref := fs.String("customer", "", "customer number or exact name")
	asOfFlag := fs.String("as-of", "", "the statement date, YYYY-MM-DD (default: today)")
	out := fs.String("out", "", "the PDF file to write")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *ref == "" {
		return usagef("--customer REF is required")
	}
	if *out == "" {
		return usagef("--out FILE.pdf is required")
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
	c, err := s.CustomerByRef(*ref)
	if err != nil {
		return err
	}
	st, err := reports.BuildStatement(e.ctx, s, c.ID, asOf)
	if err != nil {
		return err
	}
	pdf, err := st.PDF(time.Time{})
	if err != nil {
		return err
	}
	if err := writeReport(*out, pdf); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "statement of %s (%s) as of %s written to %s\n", c.Name, c.Number, asOf, *out)
	return nil
}
