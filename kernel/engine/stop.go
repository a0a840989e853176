package engine

import (
	"fmt"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"context"
	"sync"
	"time"
)

// Stopping a running cell. An interrupt, or the panic of a goroutine the
// cell waits for (see endSoon), stops the cell's code softly first: every
// loop body and function of cell code starts by reading the interpreter's
// variable __gk_stop (compile/marks.go) and calls Poll while it is up;
// Poll, the kernel's time.Sleep, select and stdin end the code of the
// stopped cell's goroutines with interruptedPanic, which recover does not
// stop, running their deferred calls as they unwind. Code that waits
// where the kernel cannot see (a channel operation, a lock, a compiled
// call) is stopped the hard way stopGrace later: the interpreter's
// cancellation, which also stops older closures and the goroutines of
// earlier cells (README, Known limits). A soft stop spares them.

// stopGrace is how long a stopped cell may take to unwind before the
// interpreter cancels it.
const stopGrace = 500 * time.Millisecond

// stopLinger is how long the stop flag stays up after the stopped cell
// ended, for its goroutines that still run.
const stopLinger = 50 * time.Millisecond

// goPanicGrace is how long a cell whose goroutine panicked may go on
// before it is stopped (see endSoon).
const goPanicGrace = time.Second

// stopFlag is the interpreter's __gk_stop variable, which cell code polls.
type stopFlag struct {
	mu  sync.Mutex
	p   *bool // nil under -race (see race.go) and before setup
	gen int64 // counts raises
	// once holds, by goroutine id, the raise each goroutine was
	// interrupted in (see interrupt).
	once sync.Map
	// raised is closed at the next raise (see waitFor).
	raised chan struct{}
}

// set makes p the flag (nil: none).
func (s *stopFlag) set(p *bool) {
	s.mu.Lock()
	s.p = p
	s.mu.Unlock()
}

// raise puts the flag up.
func (s *stopFlag) raise() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	s.once.Clear()
	if s.p != nil {
		*s.p = true
	}
	if s.raised != nil {
		close(s.raised)
	}
	s.raised = make(chan struct{})
}

// next returns a channel closed at the next raise.
func (s *stopFlag) next() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.raised == nil {
		s.raised = make(chan struct{})
	}
	return s.raised
}

// generation returns the number of raises so far.
func (s *stopFlag) generation() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen
}

// lowerSoon puts the flag down stopLinger from now unless it is raised
// again meanwhile.
func (s *stopFlag) lowerSoon() {
	gen := s.generation()
	time.AfterFunc(stopLinger, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.gen == gen && s.p != nil {
			*s.p = false
		}
	})
}

// interrupt ends the code of the goroutine id (the caller) with
// interruptedPanic, once per stop: the deferred calls it runs while it
// unwinds are not interrupted again.
func (rt *cellRuntime) interrupt(id int64) {
	s := &rt.e.stop
	gen := s.generation()
	if old, loaded := s.once.Swap(id, gen); loaded && old.(int64) == gen {
		return
	}
	panic(interruptedPanic{})
}

// poll interrupts the calling goroutine when the cell it belongs to is
// stopped; cell code calls it while the stop flag is up.
func (rt *cellRuntime) poll() bool {
	id := goid()
	if done := rt.doneOf(id); done != nil {
		select {
		case <-done:
			rt.interrupt(id)
		default:
		}
	}
	return false
}

// sleep is the cells' time.Sleep: it interrupts the calling goroutine when
// the cell it belongs to is stopped.
func (rt *cellRuntime) sleep(d time.Duration) {
	if d <= 0 {
		time.Sleep(d)
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	rt.wait([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(t.C)}})
}

// wait waits until one of cases can proceed, like reflect.Select, and
// interrupts the calling goroutine when the cell it belongs to is
// stopped meanwhile. Which cell that is, is found out (a dear look at the
// goroutine's stack) only when a cell is stopped.
func (rt *cellRuntime) wait(cases []reflect.SelectCase) (int, reflect.Value, bool) {
	n := len(cases)
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv})
	interrupted := false
	for {
		if interrupted {
			return reflect.Select(cases[:n])
		}
		cases[n].Chan = reflect.ValueOf(rt.e.stop.next())
		i, v, ok := reflect.Select(cases)
		if i < n {
			return i, v, ok
		}
		id := goid()
		if done := rt.doneOf(id); done != nil {
			select {
			case <-done:
				rt.interrupt(id)
				interrupted = true // already: a deferred call waits on
			default:
			}
		}
	}
}

// cellRun is the run of one cell's function: how it is stopped, softly or
// the hard way, and the error that ends it instead of its own.
type cellRun struct {
	e *Engine
	// ctx is the cell's: done when the cell is stopped. The goroutines
	// it starts keep it (see selects.go): it outlives the run.
	ctx    context.Context
	cancel context.CancelFunc
	// hard is the interpreter's run: done when stopped the hard way.
	hard       context.Context
	hardCancel context.CancelFunc
	unwatch    func() bool     // stops watching for an interrupt
	prev       context.Context // the engine's cell context before the run
	// parked is closed when the cell's goroutine called os.Exit.
	parked chan struct{}

	mu       sync.Mutex
	err      error // ends the cell instead of its own error
	stopped  bool
	finished bool
	timers   []*time.Timer
}

// startRun starts the run of a cell's function, which interrupt's end
// stops.
func (e *Engine) startRun(interrupt context.Context) *cellRun {
	base := context.WithoutCancel(interrupt)
	r := &cellRun{e: e, parked: make(chan struct{})}
	r.ctx, r.cancel = context.WithCancel(base)
	r.hard, r.hardCancel = context.WithCancel(base)
	r.unwatch = context.AfterFunc(interrupt, r.stop)
	r.prev = e.setCellContext(r.ctx)
	e.setEndCell(r.endNow, r.endSoon)
	return r
}

// stop stops the cell softly, and the hard way stopGrace later.
func (r *cellRun) stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped || r.finished {
		return
	}
	r.stopped = true
	r.e.stop.raise()
	r.cancel()
	r.timers = append(r.timers, time.AfterFunc(stopGrace, r.hardCancel))
}

// endNow ends the cell with err at once: os.Exit, whose calling goroutine
// parks for good (nothing after os.Exit may run, nor its deferred calls).
// Called by the cell's own goroutine, the run ends at once and leaves it
// parked; the cell's goroutines are stopped softly, as by an interrupt.
// Called by a goroutine the cell started, the interpreter's run is
// cancelled (the hard way), which ends the cell's goroutine wherever it
// waits.
func (r *cellRun) endNow(err error) bool {
	_, started := r.e.rt.ctxs.Load(goid())
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = err
	}
	if started {
		r.hardCancel()
		return true
	}
	if !r.stopped && !r.finished {
		r.stopped = true
		r.e.stop.raise()
		r.cancel()
	}
	select {
	case <-r.parked:
	default:
		close(r.parked)
	}
	return true
}

// endSoon makes err the cell's error (a goroutine's panic) and stops the
// cell goPanicGrace later if it still runs then (waiting for that
// goroutine).
func (r *cellRun) endSoon(err error) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = err
		r.timers = append(r.timers, time.AfterFunc(goPanicGrace, r.stop))
	}
	return true
}

// wait runs the cell's function fn and waits until it returns, or parks
// in os.Exit (see endNow). The goroutine running it then stays parked
// for the process's life, with the interpreter's goroutine that waits
// for it.
func (r *cellRun) wait(fn string) error {
	done := make(chan error, 1)
	go func() {
		_, err := r.e.in.EvalWithContext(r.hard, fn+"()")
		done <- err
	}()
	select {
	case err := <-done:
		r.e.rt.live.settle(r.e.running.Load(), func() bool {
			r.mu.Lock()
			defer r.mu.Unlock()
			return r.err != nil
		})
		return err
	case <-r.parked:
		return nil
	}
}

// finish ends the run whose function returned err: it returns the cell's
// error and whether the interpreter was cancelled.
func (r *cellRun) finish(err error) (error, bool) {
	r.unwatch()
	r.e.setEndCell(nil, nil)
	r.e.setCellContext(r.prev)
	r.mu.Lock()
	r.finished = true
	for _, t := range r.timers {
		t.Stop()
	}
	if r.err != nil {
		err = r.err
	}
	stopped, hard := r.stopped, r.hard.Err() != nil
	r.mu.Unlock()
	select {
	case <-r.parked:
		// The interpreter's run waits on: cancelling it would stop
		// all of its code.
	default:
		r.hardCancel()
	}
	if stopped {
		r.e.stop.lowerSoon()
	}
	return err, hard
}

// setCellContext makes ctx the running cell's context and returns the
// one before.
func (e *Engine) setCellContext(ctx context.Context) context.Context {
	e.outMu.Lock()
	defer e.outMu.Unlock()
	prev := e.ctx
	e.ctx = ctx
	return prev
}

// setStopFlag finds the stop flag in the interpreter in (left out under
// -race, see race.go).
func (e *Engine) setStopFlag(in *interp.Interpreter) error {
	if raceBuild {
		e.stop.set(nil)
		return nil
	}
	v, err := in.Eval("&__gk_stop")
	if err != nil {
		return fmt.Errorf("engine: the stop flag: %w", err)
	}
	p, ok := v.Interface().(*bool)
	if !ok {
		return fmt.Errorf("engine: the stop flag is a %s", v.Type())
	}
	e.stop.set(p)
	return nil
}

// syncWait is the Lock or RLock of a sync.Mutex or RWMutex, or the Wait
// of a sync.WaitGroup (see compile/syncunlock.go), which an interrupt
// ends as it ends a select: what need not wait is done at once; a wait
// runs on a goroutine of its own, which gives back a lock it gets after
// the cell gave up (a wait group's ends with the group's count at zero).
func (rt *cellRuntime) syncWait(l any, method string) {
	var try func() bool
	var wait, undo func()
	switch m := l.(type) {
	case *sync.Mutex:
		try, wait, undo = m.TryLock, m.Lock, m.Unlock
	case *sync.RWMutex:
		try, wait, undo = m.TryLock, m.Lock, m.Unlock
		if method == "RLock" {
			try, wait, undo = m.TryRLock, m.RLock, m.RUnlock
		}
	case *sync.WaitGroup:
		wait = m.Wait
	default:
		callMethod(l, method) // not written by the compiler
		return
	}
	if try != nil && try() {
		return
	}
	var mu sync.Mutex
	done, abandoned, ok := make(chan struct{}), false, false
	go func() {
		wait()
		mu.Lock()
		defer mu.Unlock()
		if abandoned {
			if undo != nil {
				undo()
			}
			return
		}
		close(done)
	}()
	defer func() {
		if ok {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		select {
		case <-done: // got at the last moment: given back
			if undo != nil {
				undo()
			}
		default:
			abandoned = true
		}
	}()
	rt.wait([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(done)}})
	ok = true
}

// callMethod calls the method named method, without arguments, of v or of
// what v points to.
func callMethod(v any, method string) {
	rv := reflect.ValueOf(v)
	for rv.IsValid() {
		if m := rv.MethodByName(method); m.IsValid() {
			m.Call(nil)
			return
		}
		if rv.Kind() != reflect.Pointer || rv.IsNil() {
			break
		}
		rv = rv.Elem()
	}
	panic(fmt.Sprintf("gokernel: no method %s in %T", method, v))
}
