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

// field returns the named field of the struct v points to, made settable
// and usable despite being unexported.
func field(v reflect.Value, name string) (reflect.Value, error) {
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
	f, err := field(reflect.ValueOf(in), "debugger")
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
		f, err := field(v, name)
		if err != nil {
			return nil, err
		}
		v = f
	}
	f, err := field(v, "resume")
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
var targetType = reflect.TypeOf(interp.AllBreakpointTarget())

// codeRoots returns the roots of all the code d's interpreter compiled,
// in order (as reflect values of yaegi's node pointers).
func codeRoots(d *interp.Debugger) []reflect.Value {
	var roots []reflect.Value
	collect := reflect.MakeFunc(targetType.In(1), func(args []reflect.Value) []reflect.Value {
		roots = append(roots, args[0])
		return nil
	})
	reflect.ValueOf(interp.AllBreakpointTarget()).Call([]reflect.Value{reflect.ValueOf(d), collect})
	return roots
}

// rootTarget is a breakpoint target of one root from codeRoots.
func rootTarget(root reflect.Value) interp.BreakpointTarget {
	f := reflect.MakeFunc(targetType, func(args []reflect.Value) []reflect.Value {
		args[1].Call([]reflect.Value{root})
		return nil
	})
	t, _ := f.Interface().(interp.BreakpointTarget)
	return t
}
