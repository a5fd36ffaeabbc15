package ui

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"overdue/data"
)

// smallResult is how many matching customers are read whole and sorted here rather than
// found by walking an index in order.
const smallResult = 1000

// customerSearch chooses how to read a page of the customer list for each keystroke and
// remembers the last result, which tells it the cheapest way to read the next.
//
// SQLite returns the rows in order by walking the name (or number, or balance) index and
// testing each customer against the search. That is quick when many customers match, but
// with few or no matches it reads the whole index and every row behind it: a quarter of a
// second on 50,000 customers. So when the count says that at most smallResult customers match,
// they are read in one table scan (ordered by a column no index serves) and sorted here.
// Typing one more letter can only narrow the result: after a small result the count is
// skipped and the scan alone answers. Budget: 50 ms per keystroke on 50,000 customers.
type customerSearch struct {
	mu    sync.Mutex
	last  data.CustomerFilter // the last filter counted, and its total
	total int
	known bool
}

// customerPage reads a page without remembering anything (see customerSearch.page).
func customerPage(s *data.Store, f data.CustomerFilter, offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
	var cs customerSearch
	return cs.page(s, f, offset, limit, count)
}

// forget drops what the last result said: the company file changed.
func (cs *customerSearch) forget() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.known = false
}

// page returns limit rows from offset and, with count, the number of customers f selects.
func (cs *customerSearch) page(s *data.Store, f data.CustomerFilter, offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
	f.Offset, f.Limit = offset, limit
	filtered := f.Search != "" || len(f.Statuses) > 0 || f.OnlyOpen || f.Currency != ""
	if !count || !filtered || offset != 0 || limit > smallResult {
		return plainPage(s, f, count)
	}
	if most, ok := cs.narrows(f); ok {
		// At most as many as last time: one scan finds them all (one more row would mean the
		// file changed since, and the count decides after all).
		all, err := scanAll(s, f, most+1)
		if err != nil {
			return nil, 0, err
		}
		if len(all) <= most {
			cs.remember(f, len(all))
			return all[:min(limit, len(all))], len(all), nil
		}
	}
	total, err := s.CountCustomers(f)
	if err != nil {
		return nil, 0, err
	}
	var rows []data.CustomerSummary
	switch {
	case total == 0:
		rows = nil
	case total <= smallResult:
		all, err := scanAll(s, f, total)
		if err != nil {
			return nil, 0, err
		}
		total = len(all)
		rows = all[:min(limit, len(all))]
	default:
		var err error
		if rows, err = s.Customers(f); err != nil {
			return nil, 0, err
		}
	}
	cs.remember(f, total)
	return rows, total, nil
}

// narrows reports whether f selects a subset of the last small result (the same filters, a
// search that contains the last one), and that result's size.
func (cs *customerSearch) narrows(f data.CustomerFilter) (int, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	l := cs.last
	if !cs.known || cs.total > smallResult || l.OnlyOpen != f.OnlyOpen || l.Currency != f.Currency ||
		!slices.Equal(l.Statuses, f.Statuses) {
		return 0, false
	}
	old, cur := data.FoldSearch(strings.TrimSpace(l.Search)), data.FoldSearch(strings.TrimSpace(f.Search))
	return cs.total, strings.Contains(cur, old)
}

func (cs *customerSearch) remember(f data.CustomerFilter, total int) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.last, cs.total, cs.known = f, total, true
}

// plainPage reads the page (and the count, in parallel) the straightforward way.
func plainPage(s *data.Store, f data.CustomerFilter, count bool) ([]data.CustomerSummary, int, error) {
	if !count {
		rows, err := s.Customers(f)
		return rows, 0, err
	}
	var total int
	var countErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		total, countErr = s.CountCustomers(f)
	}()
	rows, err := s.Customers(f)
	wg.Wait()
	if err == nil {
		err = countErr
	}
	return rows, total, err
}

// scanAll reads every customer f selects (at most n) in one table scan and sorts them in the
// order the store would return them.
func scanAll(s *data.Store, f data.CustomerFilter, n int) ([]data.CustomerSummary, error) {
	scan := f
	scan.Sort, scan.Desc, scan.Offset, scan.Limit = data.SortByOldestDue, false, 0, n
	rows, err := s.Customers(scan)
	if err != nil {
		return nil, err
	}
	sortCustomers(rows, f.Sort, f.Desc)
	return rows, nil
}

// sortCustomers puts rows in the order data.Store.Customers returns them for by and desc.
func sortCustomers(rows []data.CustomerSummary, by data.CustomerSort, desc bool) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if by == data.SortByOldestDue && (a.OldestDue == 0) != (b.OldestDue == 0) {
			return b.OldestDue == 0 // nothing open comes last in both directions
		}
		var c int
		switch by {
		case data.SortByName:
			c = cmpNoCase(a.Name, b.Name)
		case data.SortByNumber:
			c = cmpString(a.Number, b.Number)
		case data.SortByBalance:
			c = cmpInt64(b.Balance, a.Balance) // largest first
		case data.SortByOldestDue:
			c = cmpInt64(int64(a.OldestDue), int64(b.OldestDue))
		}
		if c == 0 {
			c = cmpInt64(a.ID, b.ID)
		}
		if desc {
			c = -c
		}
		return c < 0
	})
}

// cmpNoCase compares like SQLite's NOCASE collation: bytes, with only A–Z folded to a–z.
func cmpNoCase(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		ca, cb := a[i], b[i]
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if 'A' <= cb && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return int(ca) - int(cb)
		}
	}
	return len(a) - len(b)
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
