package engine

import "context"

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
