package engine

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"gokernel/kernel/engine/dap"
)

// The cells of the debugger tests: add is defined in a cell of its own,
// the debugged cell calls it.
const (
	addCell  = "func add(a, b int) int {\n\ts := a + b\n\treturn s\n}\n"
	mainCell = "x := 10\ny := add(x, 5)\nz := y * 2\nfmt.Println(z)\n"
)

// TestDebuggerSession drives the sequence JupyterLab performs through the
// real control, shell and iopub sockets.
func TestDebuggerSession(t *testing.T) {
	c := startDebugKernel(t)
	id := c.send("shell", "kernel_info_request", struct{}{})
	var ki struct{ Debugger bool }
	json.Unmarshal(c.next("shell", "kernel_info_reply", parentIs(id)).Content, &ki)
	if !ki.Debugger {
		t.Fatalf("kernel_info_reply: got debugger false, want true")
	}

	info := c.start()
	if !info.IsStarted || info.HashMethod != "Murmur2" || info.HashSeed != dap.HashSeed ||
		!strings.HasSuffix(info.TmpFilePrefix, string(os.PathSeparator)) || info.TmpFileSuffix != ".go" {
		t.Errorf("debugInfo: got %+v", info)
	}
	c.run(addCell)
	path := c.breakAt(mainCell, 2)
	if want := dap.SourcePath(info.TmpFilePrefix, mainCell, ".go"); path != want {
		t.Errorf("dumpCell: got path %s, want %s", path, want)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != mainCell {
		t.Errorf("dumpCell wrote %q, %v; want the cell's code", b, err)
	}
	c.must("configurationDone", map[string]any{}, nil)

	exec := c.execute(mainCell)
	ev := c.stopped()
	if ev.Reason != "breakpoint" || ev.ThreadID != 1 {
		t.Fatalf("stopped: got %+v, want reason breakpoint on thread 1", ev)
	}
	frames := c.frames(1)
	if top := frames[0]; top.Line != 2 || top.Source == nil || top.Source.Path != path || !strings.HasPrefix(top.Name, "Cell [") {
		t.Errorf("stackTrace: got top %+v, want line 2 of %s in Cell [n]", top, path)
	}
	scopes := c.scopeVars(frames[0].ID)
	if x, ok := dbgFind(scopes["Globals"], "x"); !ok || x.Value != "10" || x.Type != "int" {
		t.Errorf("globals: got x %+v (found %v), want 10 int; scopes %v", x, ok, scopes)
	}

	// Into add, defined in another cell.
	c.must("stepIn", dap.ThreadArguments{ThreadID: 1}, nil)
	if ev := c.stopped(); ev.Reason != "step" {
		t.Errorf("stepIn: got reason %q, want step", ev.Reason)
	}
	frames = c.frames(1)
	addPath := dap.SourcePath(info.TmpFilePrefix, addCell, ".go")
	if top := frames[0]; top.Name != "add" || top.Line != 2 || top.Source.Path != addPath {
		t.Errorf("stepIn: got top %+v, want add at line 2 of %s", top, addPath)
	}
	if len(frames) != 2 || frames[1].Line != 2 || frames[1].Source.Path != path {
		t.Errorf("stepIn: got frames %+v, want add then the cell at line 2", frames)
	}
	locals := c.scopeVars(frames[0].ID)["Locals"]
	for name, want := range map[string]string{"a": "10", "b": "5"} {
		if v, _ := dbgFind(locals, name); v.Value != want {
			t.Errorf("locals of add: got %s=%q, want %s; locals %v", name, v.Value, want, locals)
		}
	}

	c.must("next", dap.ThreadArguments{ThreadID: 1}, nil)
	c.stopped()
	frames = c.frames(1)
	if frames[0].Name != "add" || frames[0].Line != 3 {
		t.Errorf("next in add: got top %+v, want add line 3", frames[0])
	}
	if s, _ := dbgFind(c.scopeVars(frames[0].ID)["Locals"], "s"); s.Value != "15" {
		t.Errorf("next in add: got s=%q, want 15", s.Value)
	}

	c.must("stepOut", dap.ThreadArguments{ThreadID: 1}, nil)
	c.stopped()
	if frames = c.frames(1); len(frames) != 1 || frames[0].Line != 2 {
		t.Errorf("stepOut: got frames %+v, want the cell at line 2", frames)
	}
	c.must("next", dap.ThreadArguments{ThreadID: 1}, nil)
	if ev := c.stopped(); ev.Reason != "step" {
		t.Errorf("next: got reason %q, want step", ev.Reason)
	}
	frames = c.frames(1)
	if frames[0].Line != 3 {
		t.Errorf("next: got line %d, want 3", frames[0].Line)
	}

	evalTests := []struct {
		expr, want string
		ok         bool
	}{
		{"y", "15", true},
		{"x + y*2", "40", true},
		{"len(\"abc\") == 3", "true", true},
		{"nosuch", "", false},
		{"add(1, 2)", "", false},
	}
	for _, tt := range evalTests {
		var body dap.EvaluateBody
		fid := frames[0].ID
		r := c.dap("evaluate", dap.EvaluateArguments{Expression: tt.expr, FrameID: &fid, Context: "repl"}, &body)
		if r.Success != tt.ok || tt.ok && body.Result != tt.want {
			t.Errorf("evaluate %q: got %v %q (%s), want %v %q", tt.expr, r.Success, body.Result, r.Message, tt.ok, tt.want)
		}
	}

	var threads dap.ThreadsBody
	c.must("threads", map[string]any{}, &threads)
	if len(threads.Threads) == 0 || threads.Threads[0].ID != 1 {
		t.Errorf("threads: got %+v, want goroutine 1 first", threads)
	}
	var di dap.DebugInfoBody
	c.must("debugInfo", map[string]any{}, &di)
	if len(di.StoppedThreads) != 1 || len(di.Breakpoints) != 1 || di.Breakpoints[0].Source != path {
		t.Errorf("debugInfo while stopped: got %+v, want thread 1 stopped and the breakpoint of %s", di, path)
	}

	var cont dap.ContinueBody
	c.must("continue", dap.ThreadArguments{ThreadID: 1}, &cont)
	c.event("continued", nil)
	if st, out := c.finish(exec); st != "ok" || out != "30\n" {
		t.Errorf("cell: got %s, stdout %q; want ok, 30", st, out)
	}

	var iv dap.VariablesBody
	c.must("inspectVariables", map[string]any{}, &iv)
	for name, want := range map[string]string{"x": "10", "y": "15", "z": "30"} {
		if v, _ := dbgFind(iv.Variables, name); v.Value != want || v.Type != "int" {
			t.Errorf("inspectVariables: got %s %+v, want %s int; all %v", name, v, want, iv.Variables)
		}
	}
	var rich dap.RichInspectBody
	c.must("richInspectVariables", dap.RichInspectArguments{VariableName: "z"}, &rich)
	if rich.Data["text/plain"] != "30" {
		t.Errorf("richInspectVariables z: got %v, want text/plain 30", rich.Data)
	}
	var src dap.SourceBody
	c.must("source", dap.SourceArguments{Source: &dap.Source{Path: path}}, &src)
	if src.Content != mainCell {
		t.Errorf("source: got %q, want the cell", src.Content)
	}
	var dbgGlobal dap.EvaluateBody
	c.must("evaluate", dap.EvaluateArguments{Expression: "z / 3"}, &dbgGlobal)
	if dbgGlobal.Result != "10" {
		t.Errorf("evaluate z / 3 with no cell stopped: got %q, want 10", dbgGlobal.Result)
	}
	c.must("disconnect", dap.DisconnectArguments{}, nil)
	c.event("terminated", nil)
	if out := c.run(mainCell); out != "30\n" {
		t.Errorf("after disconnect: got %q, want 30 and no stop", out)
	}
}
