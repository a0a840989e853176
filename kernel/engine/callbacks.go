package engine

import (
	"context"
	"sync"
	"time"
)

// Callbacks that compiled code runs on goroutines of its own
// (time.AfterFunc, context.AfterFunc, errgroup's and WaitGroup's Go): a
// panic in one would end the process, so the cell hands them over
// guarded (see compile's callbackArgs).

// guarded runs f as a goroutine cell started, with the cell's ctx: its
// panic is reported (see reportGoPanic) and its loops stop with the cell.
func (rt *cellRuntime) guarded(cell int64, ctx context.Context, f func()) {
	if ctx != nil {
		id := goid()
		rt.ctxs.Store(id, ctx)
		defer rt.ctxs.Delete(id)
	}
	defer func() {
		if r := recover(); r != nil && !isInterrupted(r) {
			rt.e.reportGoPanic(r, cell)
		}
	}()
	f()
}

// guard returns f guarded (a nil f panics when called, reported as any
// other panic: Go's program would end).
func (rt *cellRuntime) guard(f func()) func() {
	cell, ctx := rt.e.running.Load(), rt.e.runningCtx()
	return func() { rt.guarded(cell, ctx, f) }
}

// guardErr is guard for a func() error; a panic returns a nil error.
func (rt *cellRuntime) guardErr(f func() error) func() error {
	cell, ctx := rt.e.running.Load(), rt.e.runningCtx()
	return func() (err error) {
		rt.guarded(cell, ctx, func() { err = f() })
		return err
	}
}

// liveGoroutines counts, by cell, the goroutines a cell started (go
// statements) that still run.
type liveGoroutines struct {
	mu sync.Mutex
	n  map[int64]int
}

// add counts d more goroutines of cell.
func (l *liveGoroutines) add(cell int64, d int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == nil {
		l.n = map[int64]int{}
	}
	l.n[cell] += d
	if l.n[cell] <= 0 {
		delete(l.n, cell)
	}
}

// count is the number of goroutines of cell that run.
func (l *liveGoroutines) count(cell int64) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n[cell]
}

// liveGrace is how long a cell that returned waits for the goroutines it
// started that still run: one that panicked and whose deferred wg.Done()
// let the cell go on is still unwinding, and its panic is the cell's.
const liveGrace = 10 * time.Millisecond

// settle waits up to liveGrace while goroutines of cell run and failed
// reports no error.
func (l *liveGoroutines) settle(cell int64, failed func() bool) {
	for end := time.Now().Add(liveGrace); l.count(cell) > 0 && !failed() && time.Now().Before(end); {
		time.Sleep(time.Millisecond / 2)
	}
}
