package ui

import "sync"

// jobGroup counts the background work of the window (loads, debounced searches, saves).
// Unlike sync.WaitGroup, Wait may run while new work is being added: closing a company
// file waits in the background for its last jobs while the next file's jobs start.
// The zero value is ready to use.
type jobGroup struct {
	mu   sync.Mutex
	n    int
	zero *sync.Cond
}

// Add adds d (which may be negative) to the number of running jobs.
func (g *jobGroup) Add(d int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.n += d
	if g.n < 0 {
		panic("ui: more jobs done than started")
	}
	if g.n == 0 && g.zero != nil {
		g.zero.Broadcast()
	}
}

// Done marks one job finished.
func (g *jobGroup) Done() { g.Add(-1) }

// Wait blocks until no job is running.
func (g *jobGroup) Wait() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.zero == nil {
		g.zero = sync.NewCond(&g.mu)
	}
	for g.n > 0 {
		g.zero.Wait()
	}
}
