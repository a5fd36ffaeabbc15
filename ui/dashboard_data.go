package ui

import (
	"context"
	"sync"

	"overdue/data"
	"overdue/reports"
)

// agingCache keeps the last aging of the open company file (every customer's balance by
// bucket, totals, DSO, and the slower trend), so that the dashboard and the customer list's
// bucket columns share one computation. It is keyed by the file, App.version (bumped by every
// change) and the as-of date; a second caller waits for a computation under way instead of
// starting another.
type agingCache struct {
	mu   sync.Mutex // held while computing, so concurrent callers share the result
	key  agingKey
	dash *reports.Dashboard
	hist *reports.History
	hkey agingKey
}

type agingKey struct {
	store   *data.Store
	version int
	asOf    data.Date
}

var agingCaches sync.Map // *App → *agingCache

// agingCacheOf returns the App's aging cache.
func (a *App) agingCacheOf() *agingCache {
	c, _ := agingCaches.LoadOrStore(a, &agingCache{})
	return c.(*agingCache)
}

// agingKeyFor returns the cache key for asOf. Call it on the UI goroutine (App.version lives there).
func (a *App) agingKeyFor(asOf data.Date) agingKey {
	return agingKey{store: a.store, version: a.version, asOf: asOf}
}

// dashboard returns the dashboard for k, computing it unless it is cached. It runs off the
// UI goroutine.
func (c *agingCache) dashboard(ctx context.Context, k agingKey) (*reports.Dashboard, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dash != nil && c.key == k {
		return c.dash, nil
	}
	d, err := reports.LoadDashboard(ctx, k.store, k.asOf)
	if err != nil {
		return nil, err
	}
	c.key, c.dash = k, d
	return d, nil
}

// cached returns the dashboard for k if it is already computed.
func (c *agingCache) cached(k agingKey) *reports.Dashboard {
	if !c.mu.TryLock() {
		return nil
	}
	defer c.mu.Unlock()
	if c.key == k {
		return c.dash
	}
	return nil
}

// history returns the trend and payment speeds for k with the settings and totals of the
// dashboard d.
func (c *agingCache) history(ctx context.Context, k agingKey, d *reports.Dashboard) (*reports.History, error) {
	c.mu.Lock()
	if c.hist != nil && c.hkey == k {
		defer c.mu.Unlock()
		return c.hist, nil
	}
	c.mu.Unlock() // the history is slow: do not hold up the dashboard meanwhile
	h, err := reports.LoadHistory(ctx, k.store, d.Settings.Options(k.asOf), d.Totals)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.hkey, c.hist = k, h
	c.mu.Unlock()
	return h, nil
}
