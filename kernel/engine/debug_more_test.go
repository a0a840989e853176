package engine

import (
	"strconv"
	"strings"
	"testing"

	"gokernel/kernel/engine/dap"
)

// TestDebuggerEarlierCell stops in a function of a cell that ran before
// the breakpoint was set, when a later cell calls it; the same code run
// twice (two cells, one source) stops in the latest definition.
func TestDebuggerEarlierCell(t *testing.T) {
	c := startDebugKernel(t)
	info := c.start()
	for run := 1; run <= 2; run++ {
		c.run(addCell)
		addPath := c.breakAt(addCell, 2)
		if want := dap.SourcePath(info.TmpFilePrefix, addCell, ".go"); addPath != want {
			t.Fatalf("got path %s, want %s", addPath, want)
		}
		exec := c.execute("r := add(1, 2)\nfmt.Println(r)")
		if ev := c.stopped(); ev.Reason != "breakpoint" {
			t.Fatalf("run %d: got %+v, want a breakpoint stop", run, ev)
		}
		frames := c.frames(1)
		if len(frames) != 2 || frames[0].Name != "add" || frames[0].Line != 2 || frames[0].Source.Path != addPath || frames[1].Line != 1 {
			t.Errorf("run %d: got frames %+v, want add line 2 of %s, then the cell at line 1", run, frames, addPath)
		}
		locals := c.scopeVars(frames[0].ID)["Locals"]
		if a, _ := dbgFind(locals, "a"); a.Value != "1" {
			t.Errorf("run %d: got a=%q, want 1", run, a.Value)
		}
		c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
		if st, out := c.finish(exec); st != "ok" || out != "3\n" {
			t.Errorf("run %d: got %s %q, want ok 3", run, st, out)
		}
	}
}

// TestDebuggerValues expands structs, slices, maps and pointers, and
// evaluates expressions on them.
func TestDebuggerValues(t *testing.T) {
	c := startDebugKernel(t)
	c.start()
	c.run("type P struct {\n\tName string\n\tTags []string\n\tM    map[string]int\n\tNext *P\n}\n" +
		"func show(q P) int {\n\tt := q.Tags\n\treturn len(t)\n}\n")
	code := "p := P{Name: \"a\", Tags: []string{\"x\", \"y\"}, M: map[string]int{\"k\": 1}}\npp := &p\nn := show(p)\nfmt.Println(n, pp.Name)\n"
	c.breakAt(code, 4)
	exec := c.execute(code)
	c.stopped()
	frames := c.frames(1)
	globals := c.scopeVars(frames[0].ID)["Globals"]
	p, _ := dbgFind(globals, "p")
	if want := `{Name:"a" Tags:["x" "y"] M:map["k":1] Next:<nil>}`; p.Value != want || p.Type != "P" || p.VariablesReference == 0 {
		t.Errorf("p: got %+v, want %s of type P, expandable", p, want)
	}
	fields := c.vars(p.VariablesReference)
	var names []string
	for _, f := range fields {
		names = append(names, f.Name+"="+f.Value)
	}
	if got, want := strings.Join(names, " "), `Name="a" Tags=["x" "y"] M=map["k":1] Next=<nil>`; got != want {
		t.Errorf("fields of p: got %s, want %s", got, want)
	}
	tags, _ := dbgFind(fields, "Tags")
	if elems := c.vars(tags.VariablesReference); len(elems) != 2 || elems[1].Name != "1" || elems[1].Value != `"y"` || elems[1].EvaluateName != "p.Tags[1]" {
		t.Errorf("p.Tags: got %+v, want [0]=\"x\" [1]=\"y\"", elems)
	}
	m, _ := dbgFind(fields, "M")
	if entries := c.vars(m.VariablesReference); len(entries) != 1 || entries[0].Name != `"k"` || entries[0].Value != "1" {
		t.Errorf("p.M: got %+v, want \"k\": 1", entries)
	}
	pp, _ := dbgFind(globals, "pp")
	if !strings.HasPrefix(pp.Value, "&{Name:\"a\"") || pp.Type != "*P" {
		t.Errorf("pp: got %+v, want &{Name:\"a\" ...} of type *P", pp)
	}
	if fs := c.vars(pp.VariablesReference); len(fs) != 4 || fs[0].Name != "Name" {
		t.Errorf("fields of *pp: got %+v", fs)
	}
	for expr, want := range map[string]string{
		"p.Tags[1]": `"y"`, "pp.Name": `"a"`, `p.M["k"]`: "1", "len(p.Tags)": "2", "p.Next == nil": "true",
		`p.Name + "b"`: `"ab"`, "-n": "-2", "*pp": `{Name:"a" Tags:["x" "y"] M:map["k":1] Next:<nil>}`,
	} {
		var body dap.EvaluateBody
		fid := frames[0].ID
		if r := c.dap("evaluate", dap.EvaluateArguments{Expression: expr, FrameID: &fid}, &body); !r.Success || body.Result != want {
			t.Errorf("evaluate %s: got %v %q (%s), want %s", expr, r.Success, body.Result, r.Message, want)
		}
	}
	var rich dap.RichInspectBody
	fid := frames[0].ID
	c.must("richInspectVariables", dap.RichInspectArguments{VariableName: "p", FrameID: &fid}, &rich)
	if rich.Data["text/plain"] != p.Value {
		t.Errorf("richInspectVariables p: got %v, want %s", rich.Data, p.Value)
	}
	c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
	if st, out := c.finish(exec); st != "ok" || out != "2 a\n" {
		t.Errorf("cell: got %s %q, want ok \"2 a\"", st, out)
	}

	// Locals of a function: a struct parameter and a slice.
	c.run("var saved []string")
	showCode := "k := show(P{Tags: []string{\"u\"}})\n"
	c.breakAt("type P struct {\n\tName string\n\tTags []string\n\tM    map[string]int\n\tNext *P\n}\n"+
		"func show(q P) int {\n\tt := q.Tags\n\treturn len(t)\n}\n", 9)
	exec = c.execute(showCode)
	c.stopped()
	frames = c.frames(1)
	locals := c.scopeVars(frames[0].ID)["Locals"]
	q, _ := dbgFind(locals, "q")
	tv, _ := dbgFind(locals, "t")
	if frames[0].Name != "show" || frames[0].Line != 9 || tv.Value != `["u"]` || tv.Type != "[]string" || q.VariablesReference == 0 || q.Type != "P" {
		t.Errorf("in show: got top %+v, locals %+v, want show line 9, t=[\"u\"] []string, q of type P expandable", frames[0], locals)
	}
	if r := c.dap("copyToGlobals", dap.CopyToGlobalsArguments{SrcVariableName: "t", DstVariableName: "nosuch", SrcFrameID: frames[0].ID}, nil); r.Success {
		t.Errorf("copyToGlobals to an undeclared variable: got success, want a failure")
	}
	c.must("copyToGlobals", dap.CopyToGlobalsArguments{SrcVariableName: "t", DstVariableName: "saved", SrcFrameID: frames[0].ID}, nil)
	c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
	if st, _ := c.finish(exec); st != "ok" {
		t.Errorf("cell: got %s, want ok", st)
	}
	if out := c.run("fmt.Println(saved)"); out != "[u]\n" {
		t.Errorf("copyToGlobals t to saved: got saved=%q, want [u]", out)
	}
}

// TestDebuggerStopped ends a stopped cell: by an interrupt, and by a
// disconnect (the cell then runs to its end).
func TestDebuggerStopped(t *testing.T) {
	tests := []struct {
		name       string
		end        func(c *debugClient)
		wantStatus string
		wantOut    string
		stopsAfter bool // breakpoints still stop the next cell
	}{
		{"interrupt", func(c *debugClient) {
			id := c.send("control", "interrupt_request", struct{}{})
			c.next("control", "interrupt_reply", parentIs(id))
		}, "error: the cell was interrupted", "", true},
		{"disconnect", func(c *debugClient) {
			c.must("disconnect", dap.DisconnectArguments{TerminateDebuggee: false}, nil)
		}, "ok", "30\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := startDebugKernel(t)
			c.start()
			c.run(addCell)
			c.breakAt(addCell, 2)
			c.breakAt(mainCell, 3)
			exec := c.execute(mainCell)
			c.stopped()
			tt.end(c)
			c.event("continued", nil)
			if st, out := c.finish(exec); st != tt.wantStatus || out != tt.wantOut {
				t.Errorf("got %s %q, want %s %q", st, out, tt.wantStatus, tt.wantOut)
			}
			var di dap.DebugInfoBody
			c.must("debugInfo", map[string]any{}, &di)
			if len(di.StoppedThreads) != 0 || di.IsStarted != tt.stopsAfter {
				t.Errorf("debugInfo: got started %v, stopped threads %v, want started %v and none stopped",
					di.IsStarted, di.StoppedThreads, tt.stopsAfter)
			}
			// The kernel goes on; after a disconnect, nothing stops.
			exec = c.execute("fmt.Println(add(2, 2))")
			if tt.stopsAfter {
				if ev := c.stopped(); ev.Reason != "breakpoint" {
					t.Errorf("next cell: got %+v, want a stop in add", ev)
				}
				c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
			}
			if st, out := c.finish(exec); st != "ok" || out != "4\n" {
				t.Errorf("next cell: got %s %q, want ok 4", st, out)
			}
		})
	}
}

// TestDebuggerLoop steps through a loop with next: the body's line stops
// at each iteration. (After the loop, yaegi may lose track of the line
// it runs: stepping on can run to the end of the cell.)
func TestDebuggerLoop(t *testing.T) {
	c := startDebugKernel(t)
	c.start()
	code := "s := 0\nfor i := 0; i < 3; i++ {\n\ts += i\n}\nfmt.Println(s)\n"
	c.breakAt(code, 3)
	exec := c.execute(code)
	for want := 0; want < 3; want++ {
		if ev := c.stopped(); ev.Reason != "breakpoint" {
			t.Errorf("iteration %d: got %+v", want, ev)
		}
		f := c.frames(1)
		i, _ := dbgFind(c.scopeVars(f[0].ID)["Locals"], "i")
		if f[0].Line != 3 || i.Value != strconv.Itoa(want) {
			t.Errorf("iteration %d: got line %d, i=%s; want line 3, i=%d", want, f[0].Line, i.Value, want)
		}
		// next: to the loop's line, then to the body again.
		c.must("next", dap.ThreadArguments{ThreadID: 1}, nil)
		c.stopped()
		if f := c.frames(1); f[0].Line != 2 {
			t.Errorf("iteration %d: next went to line %d, want 2", want, f[0].Line)
		}
		if want < 2 {
			c.must("next", dap.ThreadArguments{ThreadID: 1}, nil)
		}
	}
	c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
	if st, out := c.finish(exec); st != "ok" || out != "3\n" {
		t.Errorf("got %s %q, want ok 3", st, out)
	}
}

// TestDebuggerRestoredBreakpoints sets breakpoints on a source the kernel
// has not seen (JupyterLab restores them by path without dumping the
// cell): they stop the cell whose code has that path when it runs.
func TestDebuggerRestoredBreakpoints(t *testing.T) {
	c := startDebugKernel(t)
	info := c.start()
	code := "a := 1\nb := a + 1\nfmt.Println(b)\n"
	path := dap.SourcePath(info.TmpFilePrefix, code, ".go")
	var got dap.BreakpointsBody
	c.must("setBreakpoints", dap.SetBreakpointsArguments{Source: dap.Source{Path: path},
		Breakpoints: []dap.SourceBreakpoint{{Line: 2}}}, &got)
	if len(got.Breakpoints) != 1 || !got.Breakpoints[0].Verified || got.Breakpoints[0].Line != 2 {
		t.Errorf("got %+v, want line 2 verified", got.Breakpoints)
	}
	exec := c.execute(code)
	c.stopped()
	if f := c.frames(1); f[0].Line != 2 || f[0].Source.Path != path {
		t.Errorf("got top %+v, want line 2 of %s", f[0], path)
	}
	c.must("continue", dap.ThreadArguments{ThreadID: 1}, nil)
	if st, out := c.finish(exec); st != "ok" || out != "2\n" {
		t.Errorf("got %s %q, want ok 2", st, out)
	}
}
