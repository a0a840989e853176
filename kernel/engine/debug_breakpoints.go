package engine

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/dap"
)

// dbgSetBreakpoints replaces the breakpoints of one source. They are
// checked against the source's code when it is known (JupyterLab dumps
// it first, but restores breakpoints of sources the kernel has not seen:
// those are checked when a cell with that code runs), and set in the
// interpreter when a cell runs (or now, if a cell is stopped).
func (e *Engine) dbgSetBreakpoints(ctx context.Context, req dap.Request) (any, error) {
	var args dap.SetBreakpointsArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	path := args.Source.Path
	if path == "" {
		return nil, fmt.Errorf("setBreakpoints: no source path")
	}
	lines := args.Lines
	if args.Breakpoints != nil {
		lines = lines[:0]
		for _, b := range args.Breakpoints {
			lines = append(lines, b.Line)
		}
	}
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	code, known := d.src.code[path]
	out := make([]dap.Breakpoint, 0, len(lines))
	src := &dap.Source{Path: path}
	for _, l := range lines {
		b := dap.Breakpoint{Verified: true, Line: l, Source: src}
		if known {
			b.Line, b.Verified = dbgBreakpointLine(code, l)
		}
		if !b.Verified {
			b.Message = "no statement on this line"
		}
		out = append(out, b)
	}
	if d.bps == nil {
		d.bps, d.bpLines = map[string][]dap.Breakpoint{}, map[string][]int{}
	}
	if len(out) == 0 {
		delete(d.bps, path)
		delete(d.bpLines, path)
	} else {
		d.bps[path] = out
		d.bpLines[path] = append([]int(nil), lines...)
	}
	d.dirty = true
	if len(d.stops) > 0 {
		// The interpreter waits at a stop: set them now.
		d.applyBreakpoints(e.log)
	}
	return dap.BreakpointsBody{Breakpoints: out}, nil
}

// dbgBreakpointLine returns the line of code where a breakpoint requested at
// line stops: the line itself when it holds a statement, the first line
// of the body of a function declared on it; ok is false when no code
// runs there.
func dbgBreakpointLine(code string, line int) (int, bool) {
	lines := strings.Split(code, "\n")
	if line < 1 || line > len(lines) {
		return line, false
	}
	text := strings.TrimSpace(lines[line-1])
	if strings.HasPrefix(text, "func ") && strings.HasSuffix(text, "{") {
		for l := line + 1; l <= len(lines); l++ {
			if t := strings.TrimSpace(lines[l-1]); t != "" && !strings.HasPrefix(t, "//") {
				return dbgBreakpointLine(code, l)
			}
		}
		return line, false
	}
	switch {
	case text == "", strings.HasPrefix(text, "//"), strings.Trim(text, "{}()[] \t;") == "":
		return line, false
	case strings.HasPrefix(text, "import "), strings.HasPrefix(text, "type "), strings.HasPrefix(text, "package "):
		return line, false
	}
	return line, true
}

// applyBreakpoints sets the verified breakpoints of all sources in the
// interpreter and clears all others. It must be called when no
// interpreted code runs (between cells, or at a stop), with d.mu held.
func (d *debugState) applyBreakpoints(log *slog.Logger) {
	y := d.y
	if y == nil {
		return
	}
	var reqs []interp.BreakpointRequest
	for path, lines := range d.bpLines {
		code := d.src.code[path]
		for _, l := range lines {
			line, ok := dbgBreakpointLine(code, l)
			if !ok {
				continue
			}
			for _, cell := range d.src.cells[path] {
				for _, n := range d.lines.numbers(cell, line) {
					reqs = append(reqs, interp.LineBreakpoint(n))
				}
			}
		}
	}
	if len(reqs) == 0 {
		// A request is needed for stale marks to be cleared; no code
		// is on line -1.
		reqs = []interp.BreakpointRequest{interp.LineBreakpoint(-1)}
	}
	roots := yaegiRoots(y.dbg)
	from := y.applied
	if d.dirty {
		from = 0
	}
	// One root at a time: yaegi marks only the first node of a line among
	// the roots of one call, and a function may be emitted again (same
	// lines) into later roots.
	for i := from; i < len(roots); i++ {
		if y.bad[i] {
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					// Code that failed to compile has nodes yaegi
					// cannot walk; no cell code runs from there.
					log.Debug("breakpoints: skipping a root", "root", i, "panic", r)
					y.bad[i] = true
				}
			}()
			y.dbg.SetBreakpoints(yaegiRootTarget(roots[i]), reqs...)
		}()
	}
	y.applied = len(roots)
	d.dirty = false
}
