//go:build !race

package engine

import "testing"

// TestStdinInterruptSession checks that the session goes on after cells
// interrupted while reading. It is left out of -race builds, as
// TestInterrupt's follow-up cells should be: an interrupted cell's
// interpreter goroutine may still be ending (yaegi's EvalWithContext
// returns at the interrupt) while the next cell starts, which the race
// detector reports.
func TestStdinInterruptSession(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, "kept := 41")
	for i, tt := range stdinInterrupts {
		t.Run(tt.name, func(t *testing.T) {
			interruptRead(t, e, 10+i, tt.code)
			if _, res := mustExec(t, e, 20+i, "kept + 1"); plain(res.Result) != "42" {
				t.Errorf("next cell: got %q, want 42", plain(res.Result))
			}
		})
	}
}
