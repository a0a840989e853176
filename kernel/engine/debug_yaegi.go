package engine

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// The debugger reaches into yaegi v0.16.1 (pinned in go.mod) where its
// API cannot be used without data races:
//
//   - Interpreter.debugger: yaegi clears it from its own goroutine when a
//     debugged program ends, with nothing the caller can synchronize on;
//     the next cell would race with that write. So one debugged program
//     runs for the interpreter's life, parked in a Go function, and the
//     engine sets the field itself, between cells, around the runs it
//     debugs.
//   - the resume channel of a stopped goroutine: Debugger.Step reads a
//     flag the stopped goroutine writes after reporting the stop, without
//     synchronization. Interrupt (which sets the step mode) and a send on
//     the channel do what Step does, race-free.
//   - the roots of compiled code, for breakpoints set one root at a time
//     (SetBreakpoints marks only the first node of a line among all the
//     roots a target visits): BreakpointTarget's callback takes an
//     unexported type, so targets are built with reflect.
//
// Each access checks the field's type, so a yaegi whose layout changed
// fails with an error instead of corrupting memory.

// yaegiField returns the named field of the struct v points to, made settable
// and usable despite being unexported.
func yaegiField(v reflect.Value, name string) (reflect.Value, error) {
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("yaegi internals: %s: not a pointer to a struct", name)
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() {
		return reflect.Value{}, fmt.Errorf("yaegi internals: no field %s in %s", name, v.Elem().Type())
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), nil
}

// setInterpDebugger makes d the debugger of in's runs (nil: none).
func setInterpDebugger(in *interp.Interpreter, d *interp.Debugger) error {
	f, err := yaegiField(reflect.ValueOf(in), "debugger")
	if err != nil {
		return err
	}
	if f.Type() != reflect.TypeOf(d) {
		return fmt.Errorf("yaegi internals: Interpreter.debugger is a %s", f.Type())
	}
	f.Set(reflect.ValueOf(d))
	return nil
}

// resumeChannel returns the channel that resumes the goroutine stopped
// with ev (the event's frame's debug data's goroutine's resume channel).
func resumeChannel(ev *interp.DebugEvent) (chan struct{}, error) {
	v := reflect.ValueOf(ev)
	for _, name := range []string{"frame", "debug", "g"} {
		f, err := yaegiField(v, name)
		if err != nil {
			return nil, err
		}
		v = f
	}
	f, err := yaegiField(v, "resume")
	if err != nil {
		return nil, err
	}
	ch, ok := f.Interface().(chan struct{})
	if !ok || ch == nil {
		return nil, errors.New("yaegi internals: no resume channel")
	}
	return ch, nil
}

// targetType is the type of breakpoint targets, whose second parameter is
// a callback taking yaegi's unexported node type.
var yaegiTargetType = reflect.TypeOf(interp.AllBreakpointTarget())

// yaegiRoots returns the roots of all the code d's interpreter compiled,
// in order (as reflect values of yaegi's node pointers).
func yaegiRoots(d *interp.Debugger) []reflect.Value {
	var roots []reflect.Value
	collect := reflect.MakeFunc(yaegiTargetType.In(1), func(args []reflect.Value) []reflect.Value {
		roots = append(roots, args[0])
		return nil
	})
	reflect.ValueOf(interp.AllBreakpointTarget()).Call([]reflect.Value{reflect.ValueOf(d), collect})
	return roots
}

// yaegiRootTarget is a breakpoint target of one root from yaegiRoots.
func yaegiRootTarget(root reflect.Value) interp.BreakpointTarget {
	f := reflect.MakeFunc(yaegiTargetType, func(args []reflect.Value) []reflect.Value {
		args[1].Call([]reflect.Value{root})
		return nil
	})
	t, _ := f.Interface().(interp.BreakpointTarget)
	return t
}

// mainPackage is the package of the code evaluated without a package
// clause (cells).
const yaegiMainPackage = "main"

// yaegiSymbol returns the interpreter's symbol of the package-level name
// (a pointer to yaegi's symbol). The interpreter must not be compiling.
func yaegiSymbol(in *interp.Interpreter, name string) (reflect.Value, error) {
	scopes, err := yaegiField(reflect.ValueOf(in), "scopes")
	if err != nil {
		return reflect.Value{}, err
	}
	if scopes.Kind() != reflect.Map {
		return reflect.Value{}, errors.New("yaegi internals: Interpreter.scopes is not a map")
	}
	sc := scopes.MapIndex(reflect.ValueOf(yaegiMainPackage))
	if !sc.IsValid() {
		return reflect.Value{}, fmt.Errorf("no package %s", yaegiMainPackage)
	}
	syms, err := yaegiField(sc, "sym")
	if err != nil || syms.Kind() != reflect.Map {
		return reflect.Value{}, fmt.Errorf("yaegi internals: scope.sym: %v", err)
	}
	sym := syms.MapIndex(reflect.ValueOf(name))
	if !sym.IsValid() {
		return reflect.Value{}, fmt.Errorf("no symbol %s", name)
	}
	return sym, nil
}

// yaegiGlobalIndex returns where the package-level variable name is stored
// in the interpreter's root frame (see yaegiRootData). The interpreter must
// not be compiling.
func yaegiGlobalIndex(in *interp.Interpreter, name string) (int, error) {
	sym, err := yaegiSymbol(in, name)
	if err != nil {
		return 0, err
	}
	index, err := yaegiField(sym, "index")
	if err != nil || index.Kind() != reflect.Int {
		return 0, fmt.Errorf("yaegi internals: symbol.index: %v", err)
	}
	dbgGlobal, err := yaegiField(sym, "global")
	if err != nil || dbgGlobal.Kind() != reflect.Bool || !dbgGlobal.Bool() || index.Int() < 0 {
		return 0, fmt.Errorf("%s is not a package-level variable", name)
	}
	return int(index.Int()), nil
}

// yaegiRootData returns the storage of the interpreter's package-level
// variables. Its elements are replaced when a variable of struct type is
// assigned a composite literal (so pointers taken before go stale), and
// the slice grows when variables are declared: it must be read when no
// interpreted code runs.
func yaegiRootData(in *interp.Interpreter) ([]reflect.Value, error) {
	f, err := yaegiField(reflect.ValueOf(in), "frame")
	if err != nil {
		return nil, err
	}
	data, err := yaegiField(f, "data")
	if err != nil {
		return nil, err
	}
	d, ok := data.Interface().([]reflect.Value)
	if !ok {
		return nil, errors.New("yaegi internals: frame.data is not a []reflect.Value")
	}
	return d, nil
}
