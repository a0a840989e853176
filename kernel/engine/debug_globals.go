package engine

import (
	"context"
	"fmt"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/dap"
)

// Cell variables (x := 1 at the top of a cell) are package-level
// variables of the interpreter, in no frame. The debugger reads them in
// the interpreter's root frame, by the index the interpreter gave them
// (not through pointers: the interpreter replaces the storage of a
// struct variable assigned a composite literal).

// dbgGlobal is a cell variable.
type dbgGlobal struct {
	name  string // the user's name
	typ   string // its type as the compiler prints it
	index int    // its index in the root frame
}

// dbgGlobals are the cell variables of an interpreter.
type dbgGlobals struct {
	in   *interp.Interpreter
	vars []dbgGlobal
}

// values returns the variables with their values; no interpreted code may
// run.
func (g dbgGlobals) values() []dbgNamed {
	out := []dbgNamed{}
	if g.in == nil {
		return out
	}
	data, err := yaegiRootData(g.in)
	if err != nil {
		return out
	}
	for _, v := range g.vars {
		if v.index < len(data) {
			out = append(out, dbgNamed{name: v.name, expr: v.name, typ: v.typ, v: data[v.index]})
		}
	}
	return out
}

// cellGlobals returns the session's cell variables, sorted by name. The
// caller owns the interpreter (Execute's goroutine, or the control
// goroutine holding e.dbg.busy).
func (e *Engine) cellGlobals() dbgGlobals {
	g := dbgGlobals{in: e.in}
	for _, d := range e.visibleDecls() {
		if d.Kind != compile.KindVar || len(d.Names) == 0 {
			continue
		}
		i, err := yaegiGlobalIndex(e.in, d.Names[0])
		if err != nil {
			e.log.Debug("debugger: no cell variable", "name", d.Key, "err", err)
			continue
		}
		g.vars = append(g.vars, dbgGlobal{name: d.Key, typ: compile.UserName(d.Type), index: i})
	}
	return g
}

// dbgInspectVariables lists the cell variables (JupyterLab's Variables
// panel when no cell is stopped). While a cell runs it answers the last
// list (the values cannot be read then).
func (e *Engine) dbgInspectVariables(ctx context.Context, req dap.Request) (any, error) {
	d := &e.dbg
	if d.busy.TryLock() {
		defer d.busy.Unlock()
		if !e.isReady(ctx) {
			return dap.VariablesBody{Variables: []dap.Variable{}}, nil
		}
		vars := e.cellGlobals().values()
		d.mu.Lock()
		defer d.mu.Unlock()
		d.vars.Reset()
		out := make([]dap.Variable, 0, len(vars))
		for _, nv := range vars {
			out = append(out, e.variable(nv))
		}
		d.inspected = out
		return dap.VariablesBody{Variables: out}, nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.stops) > 0 {
		out := []dap.Variable{}
		for _, nv := range d.globalValues() {
			out = append(out, e.variable(nv))
		}
		return dap.VariablesBody{Variables: out}, nil
	}
	if d.inspected == nil {
		return dap.VariablesBody{Variables: []dap.Variable{}}, nil
	}
	return dap.VariablesBody{Variables: d.inspected}, nil
}

// withVariables calls f with a lookup of variables by name: those of a
// stopped frame (frameID) and the cell variables; with no frame, the cell
// variables when no cell runs. f runs with e.dbg.mu held.
func (e *Engine) withVariables(ctx context.Context, frameID *int, f func(lookup func(string) (dbgNamed, bool)) (any, error)) (any, error) {
	d := &e.dbg
	if frameID != nil && *frameID > 0 {
		d.mu.Lock()
		defer d.mu.Unlock()
		fr, ok := d.frames.Get(*frameID)
		if !ok || d.stops[fr.thread] == nil {
			return nil, fmt.Errorf("unknown or outdated frame %d", *frameID)
		}
		return f(d.lookup(fr))
	}
	if d.busy.TryLock() {
		defer d.busy.Unlock()
		if !e.isReady(ctx) {
			return nil, fmt.Errorf("the interpreter is not ready")
		}
		vars := e.cellGlobals().values()
		d.mu.Lock()
		defer d.mu.Unlock()
		return f(func(name string) (dbgNamed, bool) {
			for _, nv := range vars {
				if nv.name == name {
					return nv, true
				}
			}
			return dbgNamed{}, false
		})
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.stops) > 0 {
		return f(d.lookup(nil))
	}
	return nil, fmt.Errorf("a cell is running: its variables can be read when it stops or ends")
}

// dbgRichInspectVariables shows one variable in full, as text/plain.
func (e *Engine) dbgRichInspectVariables(ctx context.Context, req dap.Request) (any, error) {
	var args dap.RichInspectArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	return e.withVariables(ctx, args.FrameID, func(lookup func(string) (dbgNamed, bool)) (any, error) {
		body := dap.RichInspectBody{Data: map[string]any{}, Metadata: map[string]any{}}
		if nv, ok := lookup(args.VariableName); ok {
			body.Data["text/plain"] = e.showValue(nv.v, dbgLongValue)
		}
		return body, nil
	})
}

// dbgCopyToGlobals assigns a variable of a stopped frame to a cell
// variable (which must exist, with an assignable type: a cell cannot
// declare variables while another is stopped).
func (e *Engine) dbgCopyToGlobals(ctx context.Context, req dap.Request) (any, error) {
	var args dap.CopyToGlobalsArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	id := args.SrcFrameID
	return e.withVariables(ctx, &id, func(lookup func(string) (dbgNamed, bool)) (any, error) {
		src, ok := lookup(args.SrcVariableName)
		if !ok {
			return nil, fmt.Errorf("no variable %s in this frame", args.SrcVariableName)
		}
		var dst reflect.Value
		for _, g := range e.dbg.run.globals.values() {
			if g.name == args.DstVariableName {
				dst = g.v
			}
		}
		if !dst.IsValid() {
			return nil, fmt.Errorf("no cell variable %s: declare it in a cell first (var %s T)", args.DstVariableName, args.DstVariableName)
		}
		v := src.v
		if !v.Type().AssignableTo(dst.Type()) || !dst.CanSet() {
			return nil, fmt.Errorf("cannot copy %s (%s) to %s (%s)", args.SrcVariableName,
				e.typeString(v.Type()), args.DstVariableName, e.typeString(dst.Type()))
		}
		dst.Set(v)
		return struct{}{}, nil
	})
}
