package ui

import (
	"sync"
	"testing"
	"time"
)

func TestJobGroupWaitWhileJobsStart(t *testing.T) {
	var g jobGroup
	var wg sync.WaitGroup
	for round := 0; round < 200; round++ {
		g.Add(1)
		wg.Add(1)
		go func() { defer wg.Done(); g.Wait() }() // a closing file waits…
		g.Add(1)                                  // …while the next file's work starts
		go g.Done()
		go g.Done()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Wait never returned")
	}
	defer func() {
		if recover() == nil {
			t.Error("Done without Add did not panic")
		}
	}()
	g.Done()
}
