package ui

import (
	"sync"
	"time"
)

// searchDelay is how long typing must pause before a search runs.
const searchDelay = 150 * time.Millisecond

// debouncer runs a function once input has been quiet for a while: each trigger cancels the
// previous pending call. Pending calls count as App work, so App.Wait waits for them.
type debouncer struct {
	a     *App
	delay time.Duration
	mu    sync.Mutex
	timer *time.Timer
}

func newDebouncer(a *App, delay time.Duration) *debouncer { return &debouncer{a: a, delay: delay} }

// trigger schedules fn on the UI goroutine after the delay, replacing any pending call.
func (d *debouncer) trigger(fn func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && d.timer.Stop() {
		d.a.jobs.Done() // the replaced call will never run
	}
	d.a.jobs.Add(1)
	d.timer = time.AfterFunc(d.delay, func() {
		defer d.a.jobs.Done()
		d.a.doAndWait(fn)
	})
}
