package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"overdue/reports/spreadsheet"
)

func init() {
	register(&command{
		name:     "import",
		synopsis: "FILE.xlsx|FILE.csv [--sheet NAME] [--dry-run] [--skip-invalid] [--json]",
		summary: "import invoices from a spreadsheet: all rows or none (--skip-invalid imports the valid ones); " +
			"--dry-run checks without writing",
		run: runImport,
	})
}

// importJSON is the --json output of import (see PRODUCT.md).
type importJSON struct {
	Rows             int           `json:"rows"`
	Created          int           `json:"created"`
	Updated          int           `json:"updated"`
	Unchanged        int           `json:"unchanged"`
	CustomersCreated int           `json:"customers_created"`
	Invalid          []invalidJSON `json:"invalid"`
	// Error is why nothing could be read (not a spreadsheet, no header row, …); absent when
	// the file was read, even if rows were invalid.
	Error string `json:"error,omitempty"`
}

type invalidJSON struct {
	Row    int    `json:"row"`
	Column string `json:"column"`
	Value  string `json:"value"`
	Error  string `json:"error"`
}

func runImport(e *env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	sheet := fs.String("sheet", "", "the sheet to read (default: the first)")
	dryRun := fs.Bool("dry-run", false, "check the file and report what would change, writing nothing")
	skipInvalid := fs.Bool("skip-invalid", false, "import the valid rows even when others are invalid")
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 0:
		return usagef("name the file to import")
	case len(pos) > 1:
		return usagef("unexpected argument %q", pos[1])
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	// With --json the output is one JSON object also when the file cannot be read at all.
	fail := func(err error) error {
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.Encode(importJSON{Invalid: []invalidJSON{}, Error: err.Error()})
		}
		return err
	}
	book, err := spreadsheet.OpenBook(pos[0])
	if err != nil {
		return fail(err)
	}
	defer book.Close()
	res, err := spreadsheet.Import(e.ctx, s, book, spreadsheet.Options{Sheet: *sheet, DryRun: *dryRun,
		SkipInvalid: *skipInvalid, Backup: true})
	if res == nil {
		return fail(err)
	}
	if res.DateOrderGuessed {
		fmt.Fprintf(e.stderr, "overdue import: nothing in the file says whether 03/04/2026 is 3 April or March 4; "+
			"dates were read %s (the usual order in the company's country)\n", orderWords(res.DateOrder))
	}
	if *asJSON {
		if err := printImportJSON(e.stdout, res); err != nil {
			return err
		}
	} else {
		printImportText(e, filepath.Base(pos[0]), res, *dryRun)
	}
	switch {
	case errors.Is(err, spreadsheet.ErrInvalidRows):
		return fmt.Errorf("%d of %d rows are invalid; nothing was imported (fix them, or use --skip-invalid to import the other rows)",
			res.InvalidRows(), res.Rows)
	case err != nil:
		return err
	case *dryRun && len(res.Invalid) > 0 && !*skipInvalid:
		return fmt.Errorf("%d of %d rows are invalid; an import would write nothing", res.InvalidRows(), res.Rows)
	}
	return nil
}

func orderWords(o spreadsheet.DateOrder) string {
	if o == spreadsheet.MonthFirst {
		return "month first"
	}
	return "day first"
}

func printImportJSON(w io.Writer, res *spreadsheet.Result) error {
	out := importJSON{Rows: res.Rows, Created: res.Created, Updated: res.Updated, Unchanged: res.Unchanged,
		CustomersCreated: res.CustomersCreated, Invalid: []invalidJSON{}}
	for _, p := range res.Invalid {
		out.Invalid = append(out.Invalid, invalidJSON{Row: p.Row, Column: p.Column, Value: p.Value, Error: p.Error})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func printImportText(e *env, name string, res *spreadsheet.Result, dryRun bool) {
	verb := "imported"
	switch {
	case dryRun:
		verb = "checked (nothing written)"
	case !res.Written:
		verb = "not imported"
	}
	fmt.Fprintf(e.stdout, "%s %s: %d rows, %d created, %d updated, %d unchanged, %d customers created",
		verb, name, res.Rows, res.Created, res.Updated, res.Unchanged, res.CustomersCreated)
	if n := res.InvalidRows(); n > 0 {
		fmt.Fprintf(e.stdout, ", %d invalid rows", n)
	}
	fmt.Fprintln(e.stdout)
	if res.Backup != "" {
		fmt.Fprintf(e.stdout, "the company file was backed up first to %s\n", res.Backup)
	}
	for _, p := range res.Invalid {
		fmt.Fprintf(e.stderr, "row %d, %s %q: %s\n", p.Row, p.Column, p.Value, p.Error)
	}
}
