package engine

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/dap"
)

// dbgStop is a goroutine stopped at a breakpoint or after a step: it waits
// in yaegi for a send on resume.
type dbgStop struct {
	ev     *interp.DebugEvent
	resume chan struct{}
	line   int // the top frame's line, as the interpreter numbers it
	depth  int // the number of frames
}

// dbgStepReq is a step in progress: yaegi stops at every node, and the
// debugger steps on while the goroutine is on the line and in the frame
// the step started from, or in the kernel's own code.
type dbgStepReq struct {
	mode        interp.DebugEventReason // DebugStepInto, DebugStepOver, DebugStepOut or DebugPause
	line, depth int                     // where it started
}

// dbgAction is what the debugger does with a goroutine that yaegi
// stopped.
type dbgAction int

const (
	dbgActStop     dbgAction = iota // report it stopped
	dbgActStep                      // step on (dbgStepReq.mode, or a step out of kernel code)
	dbgActContinue                  // let it run
)

// onDebugEvent receives yaegi's events, in the goroutine they concern.
// After a stop event returns, that goroutine waits for a resume.
func (e *Engine) onDebugEvent(ev *interp.DebugEvent) {
	switch ev.Reason() {
	case interp.DebugTerminate:
		// Only when the parked program ends, which it does not.
		e.log.Warn("the debugged program ended")
		return
	case interp.DebugEnterGoRoutine, interp.DebugExitGoRoutine:
		if id := ev.GoRoutine(); id > 1 {
			reason := "started"
			if ev.Reason() == interp.DebugExitGoRoutine {
				reason = "exited"
			}
			e.emit("thread", dap.ThreadEventBody{Reason: reason, ThreadID: id})
		}
		return
	}
	id := ev.GoRoutine()
	s := &dbgStop{ev: ev, depth: ev.FrameDepth()}
	if top := ev.Frames(0, 1); len(top) > 0 {
		s.line = top[0].Position().Line
	}
	resume, err := resumeChannel(ev)
	if err != nil {
		e.log.Error("the debugger cannot resume goroutines", "err", err)
	}
	s.resume = resume

	d := &e.dbg
	d.mu.Lock()
	if d.dirty {
		// At a stop nothing interpreted runs: breakpoints changed while
		// the cell ran are set now.
		d.applyBreakpoints(e.log)
	}
	y := d.y
	if y == nil {
		// Not a run of the engine's (cannot happen): let it go.
		d.mu.Unlock()
		go dbgSendResume(resume)
		return
	}
	act, mode, reason := d.decide(id, s, ev.Reason())
	switch act {
	case dbgActStop:
		if d.stops == nil {
			d.stops = map[int]*dbgStop{}
		}
		d.stops[id] = s
		delete(d.steps, id)
		d.frames.Reset()
		d.vars.Reset()
	case dbgActContinue:
		delete(d.steps, id)
	}
	live := len(y.dbg.GoRoutines())
	d.mu.Unlock()

	switch act {
	case dbgActStop:
		e.emit("stopped", dap.StoppedEventBody{Reason: reason, ThreadID: id, AllThreadsStopped: live <= 1})
	case dbgActStep:
		if resume == nil {
			go dbgStepRacy(y, id, mode)
			return
		}
		y.dbg.Interrupt(id, mode)
		go dbgSendResume(resume) // received once this goroutine waits, right after we return
	case dbgActContinue:
		go func() { _ = y.dbg.Continue(id) }() // likewise
	}
}

// dbgSendResume resumes a stopped goroutine; it must be called once per stop.
func dbgSendResume(resume chan struct{}) {
	if resume != nil {
		resume <- struct{}{}
	}
}

// dbgStepRacy is the fallback when the resume channel cannot be reached:
// yaegi's Step, which fails while the goroutine has not yet marked itself
// stopped (it does so after reporting the stop, unsynchronized).
func dbgStepRacy(y *yaegiDebugger, id int, mode interp.DebugEventReason) {
	for i := 0; i < 1000; i++ {
		if err := y.dbg.Step(id, mode); !errors.Is(err, interp.ErrRunning) {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// decide chooses what to do with goroutine id stopped at s for reason;
// d.mu is held. For dbgActStep it returns the step mode, for dbgActStop the
// DAP reason.
func (d *debugState) decide(id int, s *dbgStop, why interp.DebugEventReason) (dbgAction, interp.DebugEventReason, string) {
	if d.run == nil || !d.started {
		return dbgActContinue, 0, "" // no debugged cell runs: a goroutine it left
	}
	_, _, inCell := d.lines.decode(s.line)
	st, stepping := d.steps[id]
	sameStatement := stepping && s.line == st.line && s.depth == st.depth
	switch {
	case why == interp.DebugBreak:
		if !inCell {
			return dbgActContinue, 0, ""
		}
		if sameStatement && st.mode != interp.DebugStepOut {
			return dbgActStep, st.mode, ""
		}
		return dbgActStop, 0, "breakpoint"
	case !stepping:
		return dbgActContinue, 0, "" // a step mode left from an earlier run
	case s.line == 0:
		// yaegi lost track of the node it runs (it does in loops): step on.
		if st.mode == interp.DebugPause {
			return dbgActStep, interp.DebugStepInto, ""
		}
		return dbgActStep, st.mode, ""
	case !inCell:
		// The kernel's own code: a function cell code called, or the
		// glue around the cell. Leave it (a pause looks for cell code).
		if st.mode == interp.DebugPause {
			return dbgActStep, interp.DebugStepInto, ""
		}
		return dbgActStep, interp.DebugStepOut, ""
	case st.mode == interp.DebugPause:
		return dbgActStop, 0, "pause"
	case sameStatement && st.mode != interp.DebugStepOut:
		return dbgActStep, st.mode, ""
	}
	return dbgActStop, 0, "step"
}

// takeStopsLocked forgets all stops and returns them, with d.mu held.
func (d *debugState) takeStopsLocked() map[int]*dbgStop {
	s := d.stops
	d.stops = nil
	d.steps = nil
	if len(s) > 0 {
		d.frames.Reset()
		d.vars.Reset()
	}
	return s
}

// takeStops is takeStopsLocked taking d.mu.
func (d *debugState) takeStops() map[int]*dbgStop {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.takeStopsLocked()
}

// resumeAll lets stopped goroutines run on.
func (e *Engine) resumeAll(stops map[int]*dbgStop) {
	e.dbg.mu.Lock()
	y := e.dbg.y
	e.dbg.mu.Unlock()
	for id, s := range stops {
		e.emit("continued", dap.ContinuedEventBody{ThreadID: id})
		e.resumeStop(y, id, s, 0)
	}
}

// resumeStop resumes goroutine id stopped at s: running on (mode 0) or
// stepping.
func (e *Engine) resumeStop(y *yaegiDebugger, id int, s *dbgStop, mode interp.DebugEventReason) {
	if mode == 0 {
		// Continue sets the run mode and sends on the resume channel.
		done := make(chan error, 1)
		go func() { done <- y.dbg.Continue(id) }()
		select {
		case err := <-done:
			if err != nil {
				e.log.Warn("continuing a goroutine", "id", id, "err", err)
			}
		case <-time.After(10 * time.Second):
			e.log.Error("a stopped goroutine did not resume", "id", id)
		}
		return
	}
	if s.resume == nil {
		dbgStepRacy(y, id, mode)
		return
	}
	y.dbg.Interrupt(id, mode)
	select {
	case s.resume <- struct{}{}:
	case <-time.After(10 * time.Second):
		e.log.Error("a stopped goroutine did not resume", "id", id)
	}
}

// resume answers continue (mode 0), next, stepIn and stepOut.
func (e *Engine) resume(req dap.Request, mode interp.DebugEventReason) (any, error) {
	var args dap.ThreadArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	s, ok := d.stops[args.ThreadID]
	if !ok {
		d.mu.Unlock()
		return nil, fmt.Errorf("goroutine %d is not stopped", args.ThreadID)
	}
	delete(d.stops, args.ThreadID)
	d.frames.Reset()
	d.vars.Reset()
	if mode != 0 {
		if d.steps == nil {
			d.steps = map[int]dbgStepReq{}
		}
		d.steps[args.ThreadID] = dbgStepReq{mode: mode, line: s.line, depth: s.depth}
	}
	y := d.y
	d.mu.Unlock()
	// Before the goroutine runs, so that this event precedes its next stop.
	e.emit("continued", dap.ContinuedEventBody{ThreadID: args.ThreadID})
	e.resumeStop(y, args.ThreadID, s, mode)
	if mode == 0 {
		return dap.ContinueBody{AllThreadsContinued: false}, nil
	}
	return struct{}{}, nil
}

func (e *Engine) dbgContinue(ctx context.Context, req dap.Request) (any, error) {
	return e.resume(req, 0)
}

func (e *Engine) dbgNext(ctx context.Context, req dap.Request) (any, error) {
	return e.resume(req, interp.DebugStepOver)
}

func (e *Engine) dbgStepIn(ctx context.Context, req dap.Request) (any, error) {
	return e.resume(req, interp.DebugStepInto)
}

func (e *Engine) dbgStepOut(ctx context.Context, req dap.Request) (any, error) {
	return e.resume(req, interp.DebugStepOut)
}

// dbgPause stops a goroutine of a debugged cell at its next statement.
// yaegi's Interrupt sets the goroutine's mode without synchronization:
// the race detector reports this write (benign: the goroutine reads the
// mode at each statement and sees the change soon after).
func (e *Engine) dbgPause(ctx context.Context, req dap.Request) (any, error) {
	var args dap.ThreadArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.run == nil {
		return nil, fmt.Errorf("no cell runs under the debugger (cells do when a breakpoint is set)")
	}
	if _, stopped := d.stops[args.ThreadID]; stopped {
		return struct{}{}, nil
	}
	if d.steps == nil {
		d.steps = map[int]dbgStepReq{}
	}
	d.steps[args.ThreadID] = dbgStepReq{mode: interp.DebugPause, line: -1, depth: -1}
	if !d.y.dbg.Interrupt(args.ThreadID, interp.DebugPause) {
		delete(d.steps, args.ThreadID)
		return nil, fmt.Errorf("no goroutine %d", args.ThreadID)
	}
	return struct{}{}, nil
}

func (e *Engine) dbgThreads(ctx context.Context, req dap.Request) (any, error) {
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	threads := []dap.Thread{{ID: 1, Name: "main goroutine"}}
	if d.run != nil {
		for _, g := range d.y.dbg.GoRoutines() {
			if g.ID() > 1 {
				threads = append(threads, dap.Thread{ID: g.ID(), Name: fmt.Sprintf("goroutine %d", g.ID())})
			}
		}
	}
	return dap.ThreadsBody{Threads: threads}, nil
}

// dbgOutput is an output event of the debugger's own.
func dbgOutput(msg string) dap.OutputEventBody {
	return dap.OutputEventBody{Category: "console", Output: msg + "\n"}
}
