//go:build !race

package engine

import (
	"testing"

	"gokernel/kernel/engine/dap"
)

// These tests are left out of -race builds: they exercise yaegi's
// debugger where it writes shared state without synchronization.

// TestDebuggerPause pauses a running cell, then interrupts it. yaegi's
// Interrupt sets the running goroutine's mode without synchronization,
// which the race detector reports: this test is left out of -race builds.
func TestDebuggerPause(t *testing.T) {
	c := startDebugKernel(t)
	c.start()
	code := "n := 0\nstart := time.Now()\nfor time.Since(start) < 20*time.Second {\n\tn++\n}\nfmt.Println(\"done\")\n"
	path := c.breakAt(code, 6) // the cell runs under the debugger; this line comes late
	exec := c.execute(code)
	c.next("iopub", "execute_input", parentIs(exec))
	var r dbgResponse
	for i := 0; i < 100; i++ { // until the cell runs
		if r = c.dap("pause", dap.ThreadArguments{ThreadID: 1}, nil); r.Success {
			break
		}
	}
	if !r.Success {
		t.Fatalf("pause: %s", r.Message)
	}
	if ev := c.stopped(); ev.Reason != "pause" {
		t.Errorf("got stop %+v, want reason pause", ev)
	}
	// (yaegi's position of a goroutine paused in a loop can be the line
	// after the loop, or the cell's first line when the pause comes as
	// the cell starts.)
	if top := c.frames(1)[0]; top.Source == nil || top.Source.Path != path || top.Line < 1 {
		t.Errorf("paused at %+v, want in the loop of %s", top, path)
	}
	id := c.send("control", "interrupt_request", struct{}{})
	c.next("control", "interrupt_reply", parentIs(id))
	if st, _ := c.finish(exec); st != "error: the cell was interrupted" {
		t.Errorf("got %s, want the cell interrupted", st)
	}
}

// TestDebuggerGoroutine stops in a goroutine the cell started. The
// compiler starts goroutines through a Go function (to recover their
// panics), so the interpreter's debugger sees their code as the cell's
// goroutine 1 (it reports no thread events for them). Both then update
// that goroutine's state in yaegi, which the race detector reports.
func TestDebuggerGoroutine(t *testing.T) {
	c := startDebugKernel(t)
	c.start()
	code := "var wg sync.WaitGroup\nwg.Add(1)\ngo func() {\n\tdefer wg.Done()\n\tv := 7\n\tfmt.Println(v)\n}()\nwg.Wait()\n"
	path := c.breakAt(code, 6)
	exec := c.execute(code)
	ev := c.stopped()
	if ev.Reason != "breakpoint" {
		t.Fatalf("got stop %+v, want a breakpoint", ev)
	}
	frames := c.frames(ev.ThreadID)
	if frames[0].Line != 6 || frames[0].Source.Path != path || frames[0].Name != "func literal" {
		t.Errorf("got top %+v, want the func literal at line 6 of %s", frames[0], path)
	}
	if v, _ := dbgFind(c.scopeVars(frames[0].ID)["Locals"], "v"); v.Value != "7" {
		t.Errorf("got v=%q, want 7", v.Value)
	}
	c.must("continue", dap.ThreadArguments{ThreadID: ev.ThreadID}, nil)
	if st, out := c.finish(exec); st != "ok" || out != "7\n" {
		t.Errorf("got %s %q, want ok 7", st, out)
	}
}
