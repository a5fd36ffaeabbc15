package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"overdue/data"
	"overdue/data/demo"
	"overdue/letters"
)

func init() {
	register(&command{
		name:     "demo",
		synopsis: "[--customers N] [--invoices N] [--seed S] [--as-of YYYY-MM-DD] [--country NO|PL|DE|GB|US]",
		summary: fmt.Sprintf("fill FILE with a sample company: a design studio, its customers in five countries and "+
			"18 months of invoices (defaults: %d customers, %d invoices, seed %d, as of today)",
			demo.DefaultCustomers, demo.DefaultInvoices, demo.DefaultSeed),
		run: runDemo,
	})
}

func runDemo(e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	customers := fs.String("customers", strconv.Itoa(demo.DefaultCustomers), "number of customers")
	invoices := fs.String("invoices", strconv.Itoa(demo.DefaultInvoices), "number of invoices")
	seed := fs.String("seed", strconv.Itoa(demo.DefaultSeed), "random seed: the same seed and as-of date give the same file")
	asOf := fs.String("as-of", "", "the sample's today, YYYY-MM-DD (default: today)")
	country := fs.String("country", "NO", "the company's country")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	opts := demo.Options{Country: strings.ToUpper(*country)}
	if opts.Customers, err = count("--customers", *customers, demo.MaxCustomers); err != nil {
		return err
	}
	if opts.Invoices, err = count("--invoices", *invoices, demo.MaxInvoices); err != nil {
		return err
	}
	if opts.Seed, err = strconv.ParseInt(*seed, 10, 64); err != nil {
		return usagef("--seed must be a whole number, not %q", *seed)
	}
	if opts.AsOf, err = data.ParseDate(*asOf); err != nil {
		return usagef("--as-of: %v", err)
	}
	found := false
	for _, c := range data.Countries {
		found = found || c == opts.Country
	}
	if !found {
		return usagef("--country must be one of %s, not %q", strings.Join(data.Countries, ", "), *country)
	}
	return writeDemo(e, opts)
}

// count parses a positive whole number no larger than max.
func count(flagName, value string, max int) (int, error) {
	n, err := strconv.Atoi(strings.ReplaceAll(value, "_", ""))
	if err != nil || n < 1 || n > max {
		return 0, usagef("%s must be a whole number from 1 to %d, not %q", flagName, max, value)
	}
	return n, nil
}

// writeDemo fills the company file. A file that did not exist before is removed again when
// anything fails, so that nothing is left behind.
func writeDemo(e *env, opts demo.Options) (err error) {
	_, statErr := os.Stat(e.db)
	created := errors.Is(statErr, os.ErrNotExist)
	s, err := data.Open(e.db)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := s.Close(); err == nil && cerr != nil {
			err = cerr
		}
		if err != nil && created {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(e.db + suffix)
			}
		}
	}()
	started := time.Now()
	sum, err := demo.Generate(e.ctx, s, opts, progressBar(e))
	switch {
	case err == nil:
	case errors.Is(err, demo.ErrNotEmpty):
		return fmt.Errorf("%s already has customers; nothing was written. The sample company goes into a new file: "+
			"overdue --db NEW%s demo", e.db, data.FileExtension)
	case e.ctx.Err() != nil:
		return fmt.Errorf("interrupted; nothing was written")
	default:
		return err
	}
	asOf := opts.AsOf
	if asOf == 0 {
		asOf = data.Today()
	}
	sent, err := letters.SampleHistory(e.ctx, s, asOf)
	if err != nil {
		return fmt.Errorf("the sample's letters: %w", err)
	}
	open := make([]string, len(sum.Open))
	for i, m := range sum.Open {
		open[i] = data.FormatMoney(m.Amount, m.Currency, "en")
	}
	fmt.Fprintf(e.stdout, "%s: %d customers, %d invoices, %d payments, %d credit notes, %d write-offs, %d contact and status events, "+
		"%d letters sent; open %s; written to %s in %s\n", sum.Company, sum.Customers, sum.Invoices, sum.Payments, sum.CreditNotes,
		sum.WriteOffs, sum.Events, sent, strings.Join(open, ", "), e.db, time.Since(started).Round(10*time.Millisecond))
	return nil
}

// progressBar shows the percentage done on a terminal's stderr, and nothing otherwise.
func progressBar(e *env) func(done, total int) {
	f, ok := e.stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	last := -1
	return func(done, total int) {
		if pct := done * 100 / total; pct != last {
			last = pct
			fmt.Fprintf(f, "\rwriting the sample company… %3d %%", pct)
			if done == total {
				fmt.Fprint(f, "\r\033[K")
			}
		}
	}
}
