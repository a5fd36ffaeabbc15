package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// maxPages is how many pages a pagedList keeps in memory; the least recently shown are
// dropped first.
const maxPages = 12

// pagedList is a virtualised list over rows that are loaded a page at a time, off the UI
// goroutine, only when they scroll into view. It never holds all rows of a large file.
//
// With a total count it knows its length at once; without (count false in load) it grows a
// page at a time as the user scrolls to the end.
type pagedList[T any] struct {
	a        *App
	List     *widget.List
	pageSize int
	// load reads limit rows from offset; with count it also returns the total number of rows.
	// It runs off the UI goroutine. Replace it (on the UI goroutine) with a closure over a
	// copy of the new filter before calling Reload.
	load        func(offset, limit int, count bool) (rows []T, total int, err error)
	counted     bool
	update      func(item T, o fyne.CanvasObject)
	placeholder func(o fyne.CanvasObject)
	// onLoaded is called on the UI goroutine after every reload with the total (or, without a
	// count, the rows loaded so far).
	onLoaded func(total int)

	gen     int
	total   int
	more    bool
	pages   map[int][]T
	loading map[int]bool
	used    map[int]int // page → tick of its last use, for dropping the least recently used
	tick    int
}

func newPagedList[T any](a *App, pageSize int, counted bool,
	load func(offset, limit int, count bool) ([]T, int, error),
	create func() fyne.CanvasObject, update func(T, fyne.CanvasObject), placeholder func(fyne.CanvasObject)) *pagedList[T] {
	p := &pagedList[T]{a: a, pageSize: pageSize, counted: counted, load: load, update: update,
		placeholder: placeholder, pages: map[int][]T{}, loading: map[int]bool{}, used: map[int]int{}}
	p.List = widget.NewList(p.length, create, p.updateItem)
	return p
}

func (p *pagedList[T]) length() int {
	if p.counted {
		return p.total
	}
	n := 0
	for pg := 0; ; pg++ {
		rows, ok := p.pages[pg]
		if !ok {
			break
		}
		n += len(rows)
	}
	if p.more {
		n++ // the row that asks for the next page
	}
	return n
}

// item returns row id if it is loaded.
func (p *pagedList[T]) item(id int) (T, bool) {
	var zero T
	rows, ok := p.pages[id/p.pageSize]
	if !ok || id%p.pageSize >= len(rows) {
		return zero, false
	}
	return rows[id%p.pageSize], true
}

func (p *pagedList[T]) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if it, ok := p.item(id); ok {
		p.touch(id / p.pageSize)
		p.update(it, o)
		return
	}
	p.placeholder(o)
	p.requestPage(id / p.pageSize)
}

// Reload discards every loaded page and loads the first again; results of loads started
// before are dropped when they arrive. With top the list scrolls back to the first row.
func (p *pagedList[T]) Reload(top bool) {
	p.gen++
	gen, load, counted := p.gen, p.load, p.counted
	p.loading = map[int]bool{0: true}
	p.a.Go(func() (func(), error) {
		rows, total, err := load(0, p.pageSize, counted)
		if err != nil {
			return nil, err
		}
		return func() {
			if gen != p.gen {
				return // a newer search has started
			}
			p.pages = map[int][]T{0: rows}
			p.used = map[int]int{}
			p.touch(0)
			delete(p.loading, 0)
			p.more = len(rows) == p.pageSize
			p.total = total
			if !p.counted {
				p.total = len(rows)
			}
			if top {
				p.List.ScrollToTop()
			}
			p.List.UnselectAll()
			p.List.Refresh()
			if p.onLoaded != nil {
				p.onLoaded(p.total)
			}
		}, nil
	})
}

func (p *pagedList[T]) requestPage(pg int) {
	if p.loading[pg] {
		return
	}
	if !p.counted && pg > 0 {
		if _, ok := p.pages[pg-1]; !ok {
			return // grows in order
		}
	}
	p.loading[pg] = true
	gen, load := p.gen, p.load
	p.a.Go(func() (func(), error) {
		rows, _, err := load(pg*p.pageSize, p.pageSize, false)
		if err != nil {
			return nil, err
		}
		return func() {
			if gen != p.gen {
				return
			}
			delete(p.loading, pg)
			p.pages[pg] = rows
			p.touch(pg)
			p.evict(pg)
			if !p.counted {
				p.more = len(rows) == p.pageSize
				p.total = p.length() - boolInt(p.more)
				if p.onLoaded != nil {
					p.onLoaded(p.total)
				}
			}
			p.List.Refresh()
		}, nil
	})
}

// touch marks page pg as just used.
func (p *pagedList[T]) touch(pg int) {
	p.tick++
	p.used[pg] = p.tick
}

// evict drops the least recently used pages (never keep) while more than maxPages are held.
// A list without a count keeps every page: its length is the pages it holds.
func (p *pagedList[T]) evict(keep int) {
	for p.counted && len(p.pages) > maxPages {
		oldest, at := -1, 0
		for pg := range p.pages {
			if pg != keep && (oldest < 0 || p.used[pg] < at) {
				oldest, at = pg, p.used[pg]
			}
		}
		delete(p.pages, oldest)
		delete(p.used, oldest)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
