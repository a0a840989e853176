package engine

import (
	"context"
	"fmt"
	"reflect"
	"time"

	"github.com/traefik/yaegi/interp"
)

// yaegiDebugger is the debugged program of one interpreter. It parks at
// once in a Go function and stays there for the interpreter's life (its
// two goroutines, yaegi's, end with the process): a debugged program
// that ends makes yaegi clear the interpreter's debugger field from its
// own goroutine, racing with the next cell (see debug_yaegi.go). The
// engine sets that field around the runs of the cells it debugs, which
// then run as the program's goroutine 1.
type yaegiDebugger struct {
	in      *interp.Interpreter
	dbg     *interp.Debugger
	bad     map[int]bool // roots yaegi cannot walk for breakpoints
	applied int          // the roots breakpoints were applied to
}

// debugRun is the debugged run of one cell.
type debugRun struct {
	globals dbgGlobals    // the session's cell variables, for reading at stops
	done    chan struct{} // closed when the cell's function returned
}

// debugWanted reports whether the cell named name should run under the
// debugger: the session is started, has breakpoints, and name is a cell
// of the front end's.
func (e *Engine) debugWanted(name string) bool {
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	_, isCell := d.src.paths[name]
	return d.started && len(d.bps) > 0 && isCell
}

// runCellFunc runs fn, the function holding the statements of the cell
// named name: under the debugger when debugWanted, as always otherwise.
// hard reports that the interpreter's run was cancelled (see stop.go).
func (e *Engine) runCellFunc(ctx context.Context, name, fn string) (err error, hard bool) {
	if e.debugWanted(name) {
		if ran, err := e.debugRunCell(ctx, fn); ran {
			return err, ctx.Err() != nil
		}
	}
	r := e.startRun(ctx)
	return r.finish(r.wait(fn))
}

// setEndCell sets (or, with nil, clears) what os.Exit calls to end the
// running cell at once (exitCode), and what a goroutine's panic calls to
// end it with its error (goroutinePanic, see runCellFunc).
func (e *Engine) setEndCell(now, soon func(err error) bool) {
	e.exitMu.Lock()
	e.endCell, e.endSoon = now, soon
	e.exitMu.Unlock()
}

// endRunningCell ends the running cell with err at once, if a cell is
// running.
func (e *Engine) endRunningCell(err error) bool {
	e.exitMu.Lock()
	end := e.endCell
	e.exitMu.Unlock()
	return end != nil && end(err)
}

// failRunningCell makes err the running cell's error (see runCellFunc),
// if a cell is running.
func (e *Engine) failRunningCell(err error) bool {
	e.exitMu.Lock()
	fail := e.endSoon
	e.exitMu.Unlock()
	return fail != nil && fail(err)
}

// debugRunCell runs fn under the debugger; ran is false when the debugger
// could not be set up (fn has not run then).
func (e *Engine) debugRunCell(ctx context.Context, fn string) (ran bool, err error) {
	d := &e.dbg
	d.mu.Lock()
	y := d.y
	d.mu.Unlock()
	if y == nil || y.in != e.in {
		if y, err = e.newYaegiDebugger(); err != nil {
			e.log.Warn("the debugger is unavailable", "err", err)
			e.emit("output", dbgOutput("The debugger is unavailable: "+err.Error()))
			return false, nil
		}
	}
	run := &debugRun{globals: e.cellGlobals(), done: make(chan struct{})}
	d.mu.Lock()
	d.y = y
	d.lines.update(e.comp)
	d.applyBreakpoints(e.log)
	d.mu.Unlock()
	if err := setInterpDebugger(e.in, y.dbg); err != nil {
		e.log.Warn("the debugger is unavailable", "err", err)
		return false, nil
	}
	d.mu.Lock()
	d.run = run
	d.mu.Unlock()
	defer func() {
		if err := setInterpDebugger(e.in, nil); err != nil {
			e.log.Error("the debugger could not be turned off", "err", err)
		}
		d.mu.Lock()
		d.run = nil
		stops := d.takeStopsLocked()
		d.mu.Unlock()
		// Goroutines of the cell stopped when it ended run on.
		e.resumeAll(stops)
	}()
	// The wrapper's deferred Go function tells when the cell's function
	// returned, also after an interrupt (interpreted code then stops, Go
	// calls do not).
	_, err = e.in.EvalWithContext(ctx, debugRunFunc+"("+fn+")")
	if ctx.Err() != nil {
		// Interrupted: EvalWithContext returned at once, the cell's
		// goroutine may wait at a stop. Let it go and wait until it ends.
		e.resumeAll(d.takeStops())
		select {
		case <-run.done:
		case <-time.After(5 * time.Second):
			e.log.Warn("the interrupted cell did not end in 5 s")
		}
	}
	return true, err
}

// Names of the variables through which debugged programs call the
// engine's Go functions.
const (
	debugParkVar = "__gk_dbgpark"
	debugDoneVar = "__gk_dbgdone"
	debugRunFunc = "__gk_dbgrun" // runs a cell's function, then calls debugDoneVar
)

// newYaegiDebugger starts the debugged program of the engine's
// interpreter; it must be called by the goroutine that owns the
// interpreter (Execute's).
func (e *Engine) newYaegiDebugger() (*yaegiDebugger, error) {
	in := e.in
	if _, err := e.quiet(func() (any, error) {
		// Not a function literal called at the top level: the interpreter
		// would call it again on every later Eval.
		return in.Eval("var " + debugParkVar + ", " + debugDoneVar + " func()\n" +
			"func " + debugRunFunc + "(f func()) { defer " + debugDoneVar + "(); f() }")
	}); err != nil {
		return nil, fmt.Errorf("declaring the debugger's functions: %w", err)
	}
	parked := make(chan struct{})
	park := func() {
		close(parked)
		select {} // for the interpreter's life: see yaegiDebugger
	}
	for name, f := range map[string]func(){debugParkVar: park, debugDoneVar: e.debugCellReturned} {
		p, err := in.Eval("&" + name)
		if err != nil {
			return nil, fmt.Errorf("setting the debugger's functions: %w", err)
		}
		if p.Kind() != reflect.Pointer || p.Elem().Type() != reflect.TypeOf(f) {
			return nil, fmt.Errorf("setting the debugger's functions: %s is a %s", name, p.Type())
		}
		p.Elem().Set(reflect.ValueOf(f))
	}
	prog, err := in.Compile(debugParkVar + "()")
	if err != nil {
		return nil, fmt.Errorf("compiling the debugged program: %w", err)
	}
	dbg := in.Debug(context.Background(), prog, e.onDebugEvent, &interp.DebugOptions{GoRoutineStartAt1: true})
	if err := dbg.Continue(1); err != nil {
		return nil, fmt.Errorf("starting the debugged program: %w", err)
	}
	select {
	case <-parked:
	case <-time.After(10 * time.Second):
		return nil, fmt.Errorf("the debugged program did not start")
	}
	if err := setInterpDebugger(in, nil); err != nil {
		return nil, err
	}
	return &yaegiDebugger{in: in, dbg: dbg, bad: map[int]bool{}}, nil
}

// debugCellReturned is called (as a deferred Go function) when the
// function of a debugged cell returned.
func (e *Engine) debugCellReturned() {
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.run != nil {
		select {
		case <-d.run.done:
		default:
			close(d.run.done)
		}
	}
}
