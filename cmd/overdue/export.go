package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"overdue/data"
	"overdue/reports/spreadsheet"
)

func init() {
	register(&command{
		name:     "export",
		synopsis: "customers|invoices|aging|ledger|template --out FILE.xlsx [--as-of YYYY-MM-DD]",
		summary: "write customers, invoices, the aging (as of a date) or the ledger of every money event as an " +
			"xlsx workbook; template writes an empty sheet to fill in and import",
		run: runExport,
	})
}

func runExport(e *env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("out", "", "the xlsx file to write")
	asOf := fs.String("as-of", "", "date of the aging and of days overdue, YYYY-MM-DD (default: today)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var kinds []string
	for _, k := range spreadsheet.ExportKinds {
		kinds = append(kinds, string(k))
	}
	switch {
	case len(pos) == 0:
		return usagef("name what to export: %s", strings.Join(kinds, ", "))
	case len(pos) > 1:
		return usagef("unexpected argument %q", pos[1])
	case *out == "":
		return usagef("--out FILE.xlsx is required")
	case !strings.EqualFold(filepath.Ext(*out), ".xlsx"):
		return usagef("--out %s: exports are Excel workbooks; name the file .xlsx", *out)
	}
	kind := spreadsheet.ExportKind(pos[0])
	known := false
	for _, k := range spreadsheet.ExportKinds {
		known = known || k == kind
	}
	if !known {
		return usagef("cannot export %q: choose %s", pos[0], strings.Join(kinds, ", "))
	}
	date, err := data.ParseDate(*asOf)
	if err != nil {
		return usagef("--as-of: %v", err)
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	if err := spreadsheet.Export(e.ctx, s, kind, *out, spreadsheet.ExportOptions{AsOf: date}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s written to %s\n", kind, *out)
	return nil
}
