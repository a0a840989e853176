package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// debugCells are the notebook TestJupyterLabDebugger debugs: add is
// defined in the first cell and stepped into from the second.
var debugCells = []string{
	"func add(a, b int) int {\n\ts := a + b\n\treturn s\n}",
	"x := 10\ny := add(x, 5)\nz := y * 2\nfmt.Println(z)",
}

// cellFrame is the name the kernel gives a cell's frame ("Cell [2]").
var cellFrame = regexp.MustCompile(`^Cell \[\d+\]$`)

// debugStage is what one stage of the session must show.
type debugStage struct {
	label, action string
	// frames are the Callstack panel's frame names, innermost first; a
	// nil pattern is a cell's frame.
	frames []*regexp.Regexp
	// line is the top frame's line and cell, line the current line
	// highlighted in the notebook (cell 0-based, line 1-based).
	cell, line int
	// vars are variables the Variables panel must show, name to value.
	vars map[string]string
}

// debugStages is the session, stage by stage, as lab.py's
// debugger_session labels it (steps stepIn, next, stepOut, next).
var debugStages = []debugStage{
	{label: "debugger-enabled", action: "toggle"},
	{label: "breakpoint-set", action: "gutter-click"},
	{label: "stopped-at-breakpoint", action: "run-cell", frames: []*regexp.Regexp{nil},
		cell: 1, line: 2, vars: map[string]string{"x": "10"}},
	{label: "step-in", action: "debugger:stepIn", frames: []*regexp.Regexp{regexp.MustCompile(`^add$`), nil},
		cell: 0, line: 2, vars: map[string]string{"a": "10", "b": "5"}},
	{label: "step-over", action: "debugger:next", frames: []*regexp.Regexp{regexp.MustCompile(`^add$`), nil},
		cell: 0, line: 3, vars: map[string]string{"a": "10", "b": "5", "s": "15"}},
	{label: "step-out", action: "debugger:stepOut", frames: []*regexp.Regexp{nil},
		cell: 1, line: 2, vars: map[string]string{"x": "10"}},
	{label: "step-over-2", action: "debugger:next", frames: []*regexp.Regexp{nil},
		cell: 1, line: 3, vars: map[string]string{"x": "10", "y": "15"}},
	{label: "continued", action: "debugger:continue"},
}

// TestJupyterLabDebugger debugs a Go notebook in a real JupyterLab 3.6
// (headless Chromium; the front end TestJupyterLab builds) by clicking its
// debugger UI, through e2e/jupyterlab/lab.py's debugger_session: the bug
// toggle must be enabled for gokernel (kernelspec metadata debugger:
// true) and turn the debugger on; a click on the line-number gutter of the
// second cell's line 2 sets a verified breakpoint; running the cell stops
// there, the Callstack panel showing the cell's frame at line 2 and the
// Variables panel x = 10; the Step In button enters add (frame add at
// cell 1's line 2, a = 10, b = 5), Next goes to line 3 (s = 15), Step Out
// returns to the cell's line 2, Next goes to its line 3 (y = 15), and
// Continue finishes the cell, which prints 30. Every debug_reply the page
// received must be a success. -short skips the test.
//
// Artifacts in $GOKERNEL_ARTIFACTS/jupyterlab-debugger (default
// e2e/artifacts/jupyterlab-debugger, emptied first): one screenshot per
// stage (00-debugger-enabled.png … 07-continued.png) and lab.py's JSON
// (debugger.json, with the debug protocol trace to diff when a stage
// fails).
func TestJupyterLabDebugger(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
	needPython(t, "selenium", "jupyter_server", "jupyterlab_server")
	needCommand(t, "chromium")
	needCommand(t, "chromedriver")
	build := labBuild(t, sharedDir(t))
	art := artifactsDir(t, "jupyterlab-debugger")
	cells := filepath.Join(t.TempDir(), "cells.json")
	data, err := json.Marshal(debugCells)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cells, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(art, "debugger.json")
	env := append(jupyterEnv(t), "PYTHONDONTWRITEBYTECODE=1")
	r := run(t, pythonProc("lab.py debugger", filepath.Join(repoRoot, "e2e", "jupyterlab"), env, 5*time.Minute,
		"lab.py", "--build-dir", build, "--timeout", "60", "debugger", "--kernel", "gokernel",
		"--cells-json", cells, "--breakpoint", "1:2", "--screenshot-dir", art, "--json", out))
	var rec labDebugRun
	rerr := readJSON(out, &rec)
	if r.err != nil || rerr != nil || rec.Error != "" || rec.Result == nil {
		shots, _ := filepath.Glob(filepath.Join(art, "*.png"))
		t.Fatalf("the debugger session did not finish: %s\nrecord: %v\nscreenshots so far: %v\nerror screenshot: %s\n--- server log ---\n%s\n%s",
			rec.Error, rerr, shots, rec.ErrorScreenshot, tail(rec.ServerLogTail, 8000), r.failure("lab.py debugger"))
	}
	res := rec.Result
	t.Logf("JupyterLab up in %.1f s, lab ready %.1f s, kernel idle %.1f s, session %.1f s (lab.py %.1f s); artifacts in %s",
		rec.ServerStartS, res.Timings.LabReadyS, res.Timings.KernelIdleS, res.ElapsedS, rec.ElapsedS, art)
	if !res.BugButton.Present || !res.BugButton.Enabled {
		t.Errorf("debugger toggle before the click: got %+v, want present and enabled", res.BugButton)
	}
	if !res.BugButtonAfter.Pressed {
		t.Errorf("debugger toggle after the click: got %+v, want pressed", res.BugButtonAfter)
	}
	if len(res.Stages) != len(debugStages) {
		t.Fatalf("got %d stages, want %d: %v", len(res.Stages), len(debugStages), stageLabels(res.Stages))
	}
	for i, want := range debugStages {
		got := &res.Stages[i]
		t.Run(fmt.Sprintf("%02d-%s", i, want.label), func(t *testing.T) {
			t.Logf("frames %s, line %s, variables %s; screenshot %s",
				describeFrames(got.Frames), describeLine(got.CurrentLine), describeVars(got.Variables), got.Screenshot)
			checkDebugStage(t, i, want, got)
		})
	}
	checkBreakpointSet(t, &res.Stages[1], res.DebugProtocol)
	checkDebugProtocol(t, res.DebugProtocol)
	checkDebugOutput(t, res.CellsAfter)
	for _, e := range res.BrowserErrors {
		if !strings.Contains(e, "/api/me") { // jupyter_server 1.x has no identity API
			t.Logf("browser console: %s", e)
		}
	}
}

// checkDebugStage compares one stage with what it must show.
func checkDebugStage(t *testing.T, i int, want debugStage, got *labDebugStage) {
	t.Helper()
	if got.Stage != want.label || got.Action != want.action {
		t.Errorf("stage %d is %q by %q, want %q by %q", i, got.Stage, got.Action, want.label, want.action)
	}
	if strings.HasPrefix(want.action, "debugger:") && got.Via != "click" {
		t.Errorf("%s ran by %q, want a click on the Callstack toolbar button", want.action, got.Via)
	}
	if !got.SidebarVisible {
		t.Errorf("the debugger sidebar is not visible")
	}
	if fi, err := os.Stat(got.Screenshot); err != nil || fi.Size() < 10000 {
		t.Errorf("screenshot %q missing or nearly empty (%v)", got.Screenshot, err)
	}
	if len(got.Frames) != len(want.frames) {
		t.Fatalf("Callstack panel: got frames %s, want %d", describeFrames(got.Frames), len(want.frames))
	}
	if len(want.frames) == 0 {
		if stops := stopsUpTo(i); got.StoppedEvents != stops {
			t.Errorf("got %d stopped events so far, want %d", got.StoppedEvents, stops)
		}
		if got.CurrentLine != nil {
			t.Errorf("a line is still highlighted: %s", describeLine(got.CurrentLine))
		}
		return
	}
	for j, pat := range want.frames {
		name := got.Frames[j].Name
		if pat == nil && !cellFrame.MatchString(name) {
			t.Errorf("frame %d is %q, want the cell's frame (%v)", j, name, cellFrame)
		}
		if pat != nil && !pat.MatchString(name) {
			t.Errorf("frame %d is %q, want %v", j, name, pat)
		}
	}
	top := got.Frames[0]
	if !strings.HasSuffix(top.Location, fmt.Sprintf(":%d", want.line)) || !top.Selected {
		t.Errorf("top frame %q at %q (selected %v), want line %d, selected", top.Name, top.Location, top.Selected, want.line)
	}
	if cl := got.CurrentLine; cl == nil || cl.Cell != want.cell || cl.Line != want.line {
		t.Errorf("highlighted line: got %s, want cell %d line %d", describeLine(cl), want.cell, want.line)
	}
	if got.Scope != "Locals" {
		t.Errorf("Variables panel shows scope %q, want Locals (scopes %v)", got.Scope, got.Scopes)
	}
	vars := map[string]string{}
	for _, v := range got.Variables {
		vars[v.Name] = v.Value
	}
	for name, value := range want.vars {
		switch g, ok := vars[name]; {
		case !ok:
			t.Errorf("Variables panel: %s not shown (got %s), want %s = %s", name, describeVars(got.Variables), name, value)
		case g != value:
			t.Errorf("Variables panel: got %s = %s, want %s", name, g, value)
		}
	}
	if stops := stopsUpTo(i); got.StoppedEvents != stops {
		t.Errorf("got %d stopped events so far, want %d", got.StoppedEvents, stops)
	}
}

// stopsUpTo is the number of stops in debugStages[:i+1].
func stopsUpTo(i int) int {
	n := 0
	for _, st := range debugStages[:i+1] {
		if len(st.frames) > 0 {
			n++
		}
	}
	return n
}

// checkBreakpointSet checks the breakpoint the gutter click set: a red dot
// on the second cell's line 2, an entry in the Breakpoints panel and a
// verified breakpoint in the kernel's setBreakpoints reply.
func checkBreakpointSet(t *testing.T, st *labDebugStage, protocol []labDebugMsg) {
	t.Helper()
	if len(st.GutterMarkers) != 1 || st.GutterMarkers[0] != (labCellLine{Cell: 1, Line: 2}) {
		t.Errorf("gutter markers after the click: got %+v, want cell 1 line 2", st.GutterMarkers)
	}
	if len(st.Breakpoints) != 1 || st.Breakpoints[0].Line != 2 || !strings.HasSuffix(st.Breakpoints[0].Source, ".go") {
		t.Errorf("Breakpoints panel: got %+v, want line 2 of a .go cell file", st.Breakpoints)
	}
	for _, m := range protocol {
		if m.Type == "debug_reply" && m.Command == "setBreakpoints" && len(m.Breakpoints) > 0 {
			b := m.Breakpoints[0]
			if len(m.Breakpoints) != 1 || !b.Verified || b.Line != 2 {
				t.Errorf("setBreakpoints reply: got %+v, want one verified breakpoint at line 2", m.Breakpoints)
			}
			return
		}
	}
	t.Errorf("no setBreakpoints reply with a breakpoint in the debug protocol trace")
}

// checkDebugProtocol requires successful debug replies and the stopped
// events of the session: a breakpoint, then four steps.
func checkDebugProtocol(t *testing.T, protocol []labDebugMsg) {
	t.Helper()
	var reasons []string
	for _, m := range protocol {
		if m.Type == "debug_reply" && (m.Success == nil || !*m.Success) {
			t.Errorf("debug_reply to %s failed: %q", m.Command, m.Message)
		}
		if m.Type == "debug_event" && m.Event == "stopped" {
			reasons = append(reasons, m.Reason)
		}
	}
	if want := "breakpoint step step step step"; strings.Join(reasons, " ") != want {
		t.Errorf("stopped events: got reasons %v, want %s", reasons, want)
	}
}

// checkDebugOutput requires the finished second cell to have printed 30.
func checkDebugOutput(t *testing.T, cells []labCell) {
	t.Helper()
	if len(cells) != len(debugCells) {
		t.Fatalf("got %d cells after the session, want %d", len(cells), len(debugCells))
	}
	c := cells[1]
	var text []string
	for _, o := range c.Outputs {
		text = append(text, fmt.Sprintf("%s %s %q", o.Kind, o.Name, o.Text))
	}
	if c.ExecutionCount == nil || len(c.Outputs) != 1 || c.Outputs[0].Kind != "stream" ||
		c.Outputs[0].Name != "stdout" || c.Outputs[0].Text != "30\n" {
		count := "none"
		if c.ExecutionCount != nil {
			count = fmt.Sprint(*c.ExecutionCount)
		}
		t.Errorf("second cell after Continue: execution count %s, outputs %v; want a count and stdout \"30\\n\"", count, text)
	}
}

func stageLabels(stages []labDebugStage) []string {
	var s []string
	for _, st := range stages {
		s = append(s, st.Stage)
	}
	return s
}

func describeFrames(fs []labFrame) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.Name+" @ "+f.Location)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func describeLine(l *labCellLine) string {
	if l == nil {
		return "none"
	}
	return fmt.Sprintf("cell %d line %d %q", l.Cell, l.Line, l.Text)
}

func describeVars(vs []labVariable) string {
	var s []string
	for _, v := range vs {
		s = append(s, v.Name+"="+v.Value)
	}
	return "[" + strings.Join(s, " ") + "]"
}

// labDebugRun is what `lab.py debugger --json` writes (see
// e2e/jupyterlab/README.md, debugger_session).
type labDebugRun struct {
	ServerStartS    float64         `json:"server_start_s"`
	Result          *labDebugRecord `json:"result"`
	Error           string          `json:"error"`
	ErrorScreenshot string          `json:"error_screenshot"`
	ServerLogTail   string          `json:"server_log_tail"`
	ElapsedS        float64         `json:"elapsed_s"`
}

// labDebugRecord is debugger_session's record.
type labDebugRecord struct {
	Timings        labTimings      `json:"timings"`
	BugButton      labButton       `json:"bug_button"`
	BugButtonAfter labButton       `json:"bug_button_after"`
	Stages         []labDebugStage `json:"stages"`
	CellsAfter     []labCell       `json:"cells_after"`
	DebugProtocol  []labDebugMsg   `json:"debug_protocol"`
	BrowserErrors  []string        `json:"browser_errors"`
	ElapsedS       float64         `json:"elapsed_s"`
}

// labDebugStage is the debugger UI as read after one action.
type labDebugStage struct {
	Stage          string        `json:"stage"`
	Action         string        `json:"action"`
	Via            string        `json:"via"` // "click", or "command" for a hidden button
	Screenshot     string        `json:"screenshot"`
	SidebarVisible bool          `json:"sidebar_visible"`
	KernelStatus   string        `json:"kernel_status"`
	Frames         []labFrame    `json:"frames"`
	Scopes         []string      `json:"scopes"`
	Scope          string        `json:"scope"`
	Variables      []labVariable `json:"variables"`
	// CurrentLine is the line highlighted in a notebook cell, nil for none.
	CurrentLine   *labCellLine    `json:"current_line"`
	Breakpoints   []labBreakpoint `json:"breakpoints"`
	GutterMarkers []labCellLine   `json:"gutter_markers"`
	StoppedEvents int             `json:"stopped_events"`
}

// labFrame is a frame of the Callstack panel.
type labFrame struct {
	Name     string `json:"name"`
	Location string `json:"location"`
	Path     string `json:"path"`
	Selected bool   `json:"selected"`
}

// labVariable is a top-level entry of the Variables panel.
type labVariable struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// labCellLine is a line of a notebook cell (cell 0-based, line 1-based).
type labCellLine struct {
	Cell int    `json:"cell"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// labBreakpoint is an entry of the Breakpoints panel.
type labBreakpoint struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
}

// labDebugMsg is a debug message the page sent or received.
type labDebugMsg struct {
	Dir     string `json:"dir"`
	Type    string `json:"type"`
	Command string `json:"command"`
	Success *bool  `json:"success"`
	Message string `json:"message"`
	Event   string `json:"event"`
	Reason  string `json:"reason"`
	// Breakpoints are a setBreakpoints reply's.
	Breakpoints []struct {
		Line     int  `json:"line"`
		Verified bool `json:"verified"`
	} `json:"breakpoints"`
}
