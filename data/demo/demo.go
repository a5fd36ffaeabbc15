// Package demo fills a company file with a believable sample company: a small design studio
// with customers in Norway, Poland, Germany, the UK and the US (names and addresses in their own
// alphabets, registry numbers with valid check digits), about 18 months of invoices spread over
// every aging bucket, payments on time and late, partial payments, credit notes, write-offs,
// disputed, hardship and on-hold customers, and reminders and calls on their timelines.
//
// The data depends only on Options: the same seed and as-of date give the same file content,
// timestamps included, so the generator doubles as the fixture for benchmarks. (Across CPU
// architectures floating-point rounding may differ, and with it an amount or a date now and then.)
package demo

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"overdue/data"
)

// Defaults used by the command line and the first-start "sample company".
const (
	DefaultCustomers = 200
	DefaultInvoices  = 2_000
	DefaultSeed      = 1
	// MaxCustomers and MaxInvoices bound what Generate accepts, far above any benchmark.
	MaxCustomers = 1_000_000
	MaxInvoices  = 20_000_000
)

// Version identifies what the generator makes: within one Version the same Options give the
// same data. It goes up whenever the output changes, so that cached fixtures (benchmarks) can
// put it in their names and never use a stale file.
const Version = 2

// ErrNotEmpty is returned when the company file already has customers: the sample company
// is only ever written into an empty file.
var ErrNotEmpty = errors.New("the company file already has customers")

// Options choose the size and shape of the sample company.
type Options struct {
	Customers int       // at least 1
	Invoices  int       // 0 or more; with fewer invoices than customers some customers have none
	Seed      int64     // the same seed (with the same AsOf) gives the same data
	AsOf      data.Date // "today" of the sample: invoices lie in the 18 months before it; zero means today
	Country   string    // the company's country (NO, PL, DE, GB, US); empty means NO
}

// Summary says what Generate wrote.
type Summary struct {
	Company     string
	Customers   int
	Contacts    int // addresses and people
	Invoices    int
	Payments    int // money received
	CreditNotes int
	WriteOffs   int
	Events      int          // contacts and status changes logged besides the store's own events
	Open        []data.Money // what is still owed, per currency in alphabetical order
	Elapsed     time.Duration
}

// Generate writes the sample company into s, which must have no customers yet (ErrNotEmpty).
// An existing company profile is kept; otherwise the sample firm's profile is saved.
// Everything is written in one transaction: if ctx is cancelled, or anything fails, nothing is.
// progress, if not nil, is called from the calling goroutine with the records written so far
// (customers plus invoices) and their total.
//
// While it runs, Generate sets the store's clock to the simulated time of each record, so
// creation timestamps and the event log are reproducible; afterwards the clock is time.Now.
func Generate(ctx context.Context, s *data.Store, opts Options, progress func(done, total int)) (Summary, error) {
	start := time.Now()
	if err := opts.normalise(); err != nil {
		return Summary{}, err
	}
	n, err := s.CountCustomers(data.CustomerFilter{})
	if err != nil {
		return Summary{}, fmt.Errorf("sample company: %w", err)
	}
	if n > 0 {
		return Summary{}, fmt.Errorf("sample company: %w (%d); use a new file", ErrNotEmpty, n)
	}
	company, err := s.Company()
	saveCompany := errors.Is(err, data.ErrNotFound)
	if err != nil && !saveCompany {
		return Summary{}, fmt.Errorf("sample company: %w", err)
	}
	g := newGenerator(opts, company, saveCompany)
	w := &writer{g: g, progress: progress}
	s.SetClock(w.clock)
	defer s.SetClock(time.Now)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	plans := make(chan *plan, 256)
	go g.produce(ctx, plans)
	err = s.Load(ctx, func(b *data.Batch) error { return w.write(ctx, b, plans) })
	if err != nil {
		if ctx.Err() != nil {
			return Summary{}, fmt.Errorf("sample company: %w", ctx.Err())
		}
		return Summary{}, fmt.Errorf("sample company: %w", err)
	}
	sum := w.summary
	sum.Company = g.company.Name
	for cur, amount := range w.open {
		if amount != 0 {
			sum.Open = append(sum.Open, data.Money{Amount: amount, Currency: cur})
		}
	}
	sort.Slice(sum.Open, func(i, j int) bool { return sum.Open[i].Currency < sum.Open[j].Currency })
	sum.Elapsed = time.Since(start)
	return sum, nil
}

func (o *Options) normalise() error {
	if o.Customers < 1 || o.Customers > MaxCustomers {
		return fmt.Errorf("sample company: customers must be between 1 and %d, not %d", MaxCustomers, o.Customers)
	}
	if o.Invoices < 0 || o.Invoices > MaxInvoices {
		return fmt.Errorf("sample company: invoices must be between 0 and %d, not %d", MaxInvoices, o.Invoices)
	}
	if o.Country == "" {
		o.Country = "NO"
	}
	if locales[o.Country] == nil {
		return fmt.Errorf("sample company: country %q: choose NO, PL, DE, GB or US", o.Country)
	}
	if o.AsOf == 0 {
		o.AsOf = data.Today()
	}
	return nil
}
