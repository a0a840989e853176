package e2e

import (
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// TestDebugger runs the shared harness's debugger.py against the installed
// kernel: debug_request on control and debug_event on iopub, in the order
// JupyterLab sends them (initialize, attach, debugInfo, dumpCell,
// setBreakpoints, configurationDone, a cell stopped at a breakpoint,
// stackTrace, scopes, variables, stepIn into a function of another cell,
// stepOut, next, continue, inspectVariables, disconnect).
func TestDebugger(t *testing.T) {
	needPython(t, "jupyter_client", "zmq")
	dir := filepath.Join(sharedDir(t), "jupyter")
	r := run(t, pythonProc("debugger.py", dir, jupyterEnv(t), 3*time.Minute,
		"debugger.py", "--kernel", "gokernel"))
	t.Log(r.out)
	if r.err != nil {
		t.Fatal(r.failure("debugger.py"))
	}
	m := regexp.MustCompile(`(?m)^(\d+) passed, (\d+) failed$`).FindStringSubmatch(r.out)
	if m == nil {
		t.Fatalf("debugger.py printed no summary:\n%s", r.out)
	}
	passed, _ := strconv.Atoi(m[1])
	if m[2] != "0" || passed < 17 {
		t.Errorf("debugger.py: got %s passed, %s failed; want 17 passed, 0 failed", m[1], m[2])
	}
}
