package engine

import (
	"reflect"
	"sync"
	"sync/atomic"
)

// Deferred function values and recover. The interpreter's recover sees a
// panic only in a function literal deferred as it stands; a closure
// deferred through a variable (cleanup := func() { recover() }; defer
// cleanup()) finds none. The compiler writes such a defer as a literal
// that recovers and hands the panic to deferValue, which calls the value
// with the panic pending on its goroutine: the value's recover takes it
// (see fixPending), and when nothing took it the panic goes on.

// pendingPanics holds the panics deferValue left pending, by goroutine.
type pendingPanics struct {
	n  atomic.Int32 // how many; fixPanic's fast path
	mu sync.Mutex
	by map[int64][]*pendingPanic
}

type pendingPanic struct {
	v     any
	taken bool
}

// deferValue calls the deferred function value f (of no arguments) with
// the panic r pending, and panics with r again when f did not recover it.
func (rt *cellRuntime) deferValue(r any, f any) {
	fv := reflect.ValueOf(f)
	if r == nil {
		fv.Call(nil)
		return
	}
	p := &pendingPanic{v: r}
	id := goid()
	pp := &rt.pending
	pp.mu.Lock()
	if pp.by == nil {
		pp.by = map[int64][]*pendingPanic{}
	}
	pp.by[id] = append(pp.by[id], p)
	pp.mu.Unlock()
	pp.n.Add(1)
	defer func() {
		pp.n.Add(-1)
		pp.mu.Lock()
		if s := pp.by[id]; len(s) > 1 {
			pp.by[id] = s[:len(s)-1]
		} else {
			delete(pp.by, id)
		}
		pp.mu.Unlock()
	}()
	fv.Call(nil)
	if !p.taken {
		panic(r)
	}
}

// fixPending is what recover() returns in a closure deferred through a
// variable: the interpreter's value made Go's (Engine.fixPanic), or, when
// the interpreter saw none, the panic pending for it (see deferValue).
func (rt *cellRuntime) fixPending(v any) any {
	if v == nil && rt.pending.n.Load() > 0 {
		id := goid()
		rt.pending.mu.Lock()
		var p *pendingPanic
		if s := rt.pending.by[id]; len(s) > 0 && !s[len(s)-1].taken {
			p = s[len(s)-1]
			p.taken = true
		}
		rt.pending.mu.Unlock()
		if p != nil {
			return rt.e.recovered(p.v)
		}
	}
	return rt.e.recovered(v)
}
