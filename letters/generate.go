package letters

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// docOptions are the PDF options of letters written on a date.
func (b *Book) docOptions(title, lang string, date data.Date) pdfdoc.Options {
	return pdfdoc.Options{Company: b.Company, Title: title, Lang: lang, Labels: labels(lang, b.Company.Country),
		Created: date.Time().Add(12 * time.Hour)}
}

// Single renders one letter as its own PDF and returns the bytes and the page count.
func (b *Book) Single(d *Draft) ([]byte, int, error) {
	doc := pdfdoc.New(b.docOptions(d.Subject+" "+d.Date.String()+" – "+d.Customer.Name, d.Language, d.Date))
	Render(doc, d)
	pages := doc.PageCount()
	out, err := doc.Bytes()
	if err != nil {
		return nil, 0, fmt.Errorf("letter to %s: %w", d.Customer.Name, err)
	}
	return out, pages, nil
}

// Batch renders letters one after the other into one PDF for printing; each letter is a
// section with its own page numbers.
func (b *Book) Batch(drafts []*Draft, date data.Date) ([]byte, error) {
	doc := pdfdoc.New(b.docOptions("Letters "+date.String(), b.Company.Language, date))
	for _, d := range drafts {
		Render(doc, d)
	}
	out, err := doc.Bytes()
	if err != nil {
		return nil, fmt.Errorf("batch of letters: %w", err)
	}
	return out, nil
}

// Progress is told how many of total steps are done.
type Progress func(done, total int)

// Result is what Generate produced.
type Result struct {
	Drafts  []*Draft
	Letters []*data.Letter // as stored, with IDs
	Batch   []byte         // all letters in one PDF for printing
	Skipped []*Draft       // letters not produced: the customer has no postal address
}

// Generate prepares the letters of the items (hand-overs are skipped, and so are letters to
// customers without a postal address: see Result.Skipped), renders each into its own PDF,
// renders them all into one batch PDF, and, unless dryRun, stores every letter exactly as
// rendered in one transaction. Letters are prepared and rendered on all CPU cores.
// Cancelling ctx stops it with nothing stored.
func (b *Book) Generate(ctx context.Context, items []Item, asOf data.Date, dryRun bool, progress Progress) (*Result, error) {
	if progress == nil {
		progress = func(int, int) {}
	}
	var letterItems []Item
	for _, it := range items {
		if it.IsLetter() {
			letterItems = append(letterItems, it)
		}
	}
	prepared := make([]*Draft, len(letterItems))
	err := parallel(ctx, len(letterItems), func(i int) error {
		d, err := b.Prepare(letterItems[i], asOf)
		prepared[i] = d
		return err
	}, nil)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	var drafts []*Draft
	for _, d := range prepared {
		if d.NoAddress {
			res.Skipped = append(res.Skipped, d)
		} else {
			drafts = append(drafts, d)
		}
	}
	res.Drafts = drafts
	total := 2*len(drafts) + 1
	if res.Letters, err = b.Render(ctx, drafts, func(done int) { progress(done, total) }); err != nil {
		return nil, err
	}
	batch, err := b.Batch(res.Drafts, asOf)
	if err != nil {
		return nil, err
	}
	res.Batch = batch
	progress(2*len(drafts), total)
	if !dryRun && len(res.Letters) > 0 {
		if err := b.Store.CreateLetters(ctx, res.Letters); err != nil {
			return nil, err
		}
	}
	progress(total, total)
	return res, nil
}

// Render renders each draft into its own PDF on all CPU cores and returns the records to
// store; done is told how many are finished.
func (b *Book) Render(ctx context.Context, drafts []*Draft, done func(int)) ([]*data.Letter, error) {
	out := make([]*data.Letter, len(drafts))
	err := parallel(ctx, len(drafts), func(i int) error {
		pdf, pages, err := b.Single(drafts[i])
		if err == nil {
			out[i] = drafts[i].letter(pdf, pages)
		}
		return err
	}, done)
	return out, err
}

// parallel runs fn(0) … fn(n-1) on GOMAXPROCS workers, stopping at the first error or when
// ctx is cancelled; done (optional) is called, one call at a time, with the count finished.
func parallel(ctx context.Context, n int, fn func(i int) error, done func(int)) error {
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	var (
		mu       sync.Mutex
		next     int
		finished int
		firstErr error
		wg       sync.WaitGroup
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if firstErr == nil {
					firstErr = ctx.Err()
				}
				if firstErr != nil || next >= n {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()
				err := fn(i)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				finished++
				if done != nil && err == nil {
					done(finished)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// letter is the record stored for a rendered draft.
func (d *Draft) letter(pdf []byte, pages int) *data.Letter {
	l := &data.Letter{CustomerID: d.Customer.ID, Country: d.Company.Country, Level: d.Level.Level,
		LevelName: d.Level.Name, Date: d.Date, Deadline: d.Deadline, Language: d.Language, Currency: d.Currency,
		Principal: d.Principal, Fee: d.Charges.Fee, Fees: d.Charges.Fees(), Interest: d.InterestSum,
		Compensation: d.Charges.Compensation, Total: d.Total, Pages: pages, PDF: pdf}
	var prevInterest, prevComp int64
	if len(d.Episode) > 0 {
		prevInterest, prevComp = d.Episode[0].Interest, d.Episode[0].Compensation
	}
	l.InterestAdded, l.CompensationAdded = d.InterestSum-prevInterest, d.Charges.Compensation-prevComp
	for _, r := range d.Invoices {
		l.Invoices = append(l.Invoices, data.LetterInvoice{InvoiceID: r.Invoice.ID, Open: r.Open, Interest: r.Interest})
	}
	return l
}

// Preview renders the letter of one item into a PDF without storing anything, also when it
// could not be posted (no postal address), so that its text can be read.
func (b *Book) Preview(it Item, asOf data.Date) ([]byte, error) {
	d, err := b.Prepare(it, asOf)
	if err != nil {
		return nil, err
	}
	return b.Batch([]*Draft{d}, asOf)
}
