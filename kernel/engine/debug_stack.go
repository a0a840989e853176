package engine

import (
	"context"
	"fmt"
	"strings"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/dap"
)

// dbgFrameRef is a frame of a stopped goroutine, by its DAP frame id.
type dbgFrameRef struct {
	thread int
	frame  *interp.DebugFrame
	cell   string
	line   int
}

// dbgStackTrace lists the frames of cell code of a stopped goroutine,
// innermost first; frames of the kernel's own code are left out.
func (e *Engine) dbgStackTrace(ctx context.Context, req dap.Request) (any, error) {
	var args dap.StackTraceArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	body := dap.StackTraceBody{StackFrames: []dap.StackFrame{}}
	s, ok := d.stops[args.ThreadID]
	if !ok {
		return body, nil
	}
	for _, f := range s.ev.Frames(0, s.depth) {
		cell, line, ok := d.lines.decode(f.Position().Line)
		if !ok {
			continue
		}
		ref := &dbgFrameRef{thread: args.ThreadID, frame: f, cell: cell, line: line}
		body.StackFrames = append(body.StackFrames, dap.StackFrame{
			ID:     d.frames.Add(ref),
			Name:   dbgFrameName(f.Name(), cell),
			Source: &dap.Source{Name: cellLabel(cell), Path: d.src.paths[cell]},
			Line:   line,
			Column: 1,
		})
	}
	body.TotalFrames = len(body.StackFrames)
	if args.StartFrame > 0 {
		body.StackFrames = body.StackFrames[min(args.StartFrame, len(body.StackFrames)):]
	}
	if args.Levels > 0 {
		body.StackFrames = body.StackFrames[:min(args.Levels, len(body.StackFrames))]
	}
	return body, nil
}

// dbgFrameName names a frame of function fn in cell: the user's name of the
// function; "Cell [n]" for the cell's statements.
func dbgFrameName(fn, cell string) string {
	switch {
	case strings.HasPrefix(fn, "__gk_c"):
		return cellLabel(cell)
	case fn == "<anonymous>", fn == "<closure>":
		return "func literal"
	}
	if u := compile.UserName(fn); !strings.HasPrefix(u, "__gk") {
		return u
	}
	return cellLabel(cell)
}

// dbgScopes gives a frame's locals and the session's cell variables.
func (e *Engine) dbgScopes(ctx context.Context, req dap.Request) (any, error) {
	var args dap.ScopesArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	f, ok := d.frames.Get(args.FrameID)
	if !ok || d.stops[f.thread] == nil {
		return nil, fmt.Errorf("unknown or outdated frame %d", args.FrameID)
	}
	loc := dbgLocals(f.frame)
	if strings.HasPrefix(f.frame.Name(), "__gk_c") {
		// The cell's own statements: its variables are the session's (as
		// a Python module's locals are its globals).
		seen := map[string]bool{}
		for _, v := range loc {
			seen[v.name] = true
		}
		for _, g := range d.globalValues() {
			if !seen[g.name] {
				loc = append(loc, g)
			}
		}
	}
	return dap.ScopesBody{Scopes: []dap.Scope{
		{Name: "Locals", PresentationHint: "locals", VariablesReference: d.vars.Add(dbgVarsRef{named: loc})},
		{Name: "Globals", VariablesReference: d.vars.Add(dbgVarsRef{named: d.globalValues()})},
	}}, nil
}

// dbgLocals returns the variables of a frame, the innermost scope's first;
// the kernel's variables are left out, and a name shadowed in an inner
// block shows its latest declaration.
func dbgLocals(f *interp.DebugFrame) []dbgNamed {
	out := []dbgNamed{}
	at := map[string]int{}
	for _, sc := range f.Scopes() {
		for _, v := range sc.Variables() {
			name, expr := compile.UserName(v.Name), ""
			if local, ok := strings.CutPrefix(v.Name, "__gk_v_"); ok {
				name, expr = local, v.Name // a local the compiler renamed (see its ident)
			}
			if name == "_" || strings.HasPrefix(name, "__gk") || expr == "" && strings.HasPrefix(v.Name, "__gk") {
				continue
			}
			if expr == "" {
				expr = name
			}
			nv := dbgNamed{name: name, expr: expr, v: v.Value}
			if i, ok := at[name]; ok {
				out[i] = nv
				continue
			}
			at[name] = len(out)
			out = append(out, nv)
		}
	}
	return out
}

// globalValues returns the session's cell variables as the debugged run
// saw them; d.mu is held and a cell is stopped.
func (d *debugState) globalValues() []dbgNamed {
	if d.run == nil {
		return []dbgNamed{}
	}
	return d.run.globals.values()
}

// lookup finds a variable of a stopped frame (locals first, then cell
// variables) for evaluate; d.mu is held.
func (d *debugState) lookup(f *dbgFrameRef) func(name string) (dbgNamed, bool) {
	var loc []dbgNamed
	if f != nil {
		loc = dbgLocals(f.frame)
	}
	return func(name string) (dbgNamed, bool) {
		for _, v := range loc {
			if v.name == name {
				return v, true
			}
		}
		for _, g := range d.globalValues() {
			if g.name == name {
				return g, true
			}
		}
		return dbgNamed{}, false
	}
}
