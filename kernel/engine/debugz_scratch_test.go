package engine

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

func exported(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

func setDebugger(in *interp.Interpreter, d *interp.Debugger) {
	f := reflect.ValueOf(in).Elem().FieldByName("debugger")
	exported(f).Set(reflect.ValueOf(d))
}

func resumeChan(ev *interp.DebugEvent) chan struct{} {
	f := reflect.ValueOf(ev).Elem().FieldByName("frame")
	f = exported(f).Elem().FieldByName("debug")
	f = exported(f).Elem().FieldByName("g")
	f = exported(f).Elem().FieldByName("resume")
	return exported(f).Interface().(chan struct{})
}

func TestDebugzRun(t *testing.T) {
	e := newTestEngine(t)
	fmt.Println(runCell(t, e, 1, "func add(a, b int) int {\n\ts := a + b\n\treturn s\n}\n"))
	// persistent debugger
	if _, err := e.in.Eval("var __gk_dbgpark func()"); err != nil {
		t.Fatal(err)
	}
	pv, _ := e.in.Eval("&__gk_dbgpark")
	parked := make(chan struct{})
	pv.Elem().Set(reflect.ValueOf(func() { close(parked); select {} }))
	park, err := e.in.Compile("__gk_dbgpark()")
	if err != nil {
		t.Fatal(err)
	}
	evs := make(chan *interp.DebugEvent, 100)
	dbg := e.in.Debug(context.Background(), park, func(ev *interp.DebugEvent) {
		if ev.Reason() == interp.DebugTerminate {
			fmt.Println("TERMINATE")
			return
		}
		evs <- ev
	}, &interp.DebugOptions{GoRoutineStartAt1: true})
	if err := dbg.Continue(1); err != nil {
		t.Fatal(err)
	}
	<-parked
	setDebugger(e.in, nil)
	_ = time.Second
	fmt.Println(runCell(t, e, 2, "v := 3\nfmt.Println(add(v, 1))"))

	code := "x := 10\ny := add(x, 5)\nz := y * 2\nfmt.Println(z)\n"
	plan, err := e.comp.Compile("cell3", code)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range plan.Steps {
		if err := e.evalStep(st); err != nil {
			t.Fatal(err)
		}
	}
	plan.Commit()
	if err := e.evalStep(plan.Run); err != nil {
		t.Fatal(err)
	}
	gl, err := e.in.Eval("[]any{&x, &y, &z, &v}")
	fmt.Println("globals", gl, err)
	roots := collectRoots(dbg)
	for i := range roots {
		func() {
			defer func() {
				if r := recover(); r != nil {
				}
			}()
			bps := dbg.SetBreakpoints(rootTarget(i), interp.LineBreakpoint(4000002), interp.LineBreakpoint(2000002))
			if bps[0].Valid || bps[1].Valid {
				fmt.Println("root", i, bps)
			}
		}()
	}
	setDebugger(e.in, dbg)
	done := make(chan error)
	go func() {
		_, err := e.in.EvalWithContext(context.Background(), plan.CellFunc+"()")
		done <- err
	}()
	steps := []interp.DebugEventReason{interp.DebugStepInto, interp.DebugStepInto, interp.DebugStepOver, interp.DebugStepOut, interp.DebugStepOver, interp.DebugStepOver, interp.DebugStepOver, interp.DebugStepOver}
loop:
	for {
		var ev *interp.DebugEvent
		select {
		case ev = <-evs:
		case err := <-done:
			fmt.Println("done", err)
			break loop
		case <-time.After(3 * time.Second):
			t.Fatal("timeout")
		}
		fmt.Println("event", ev.Reason(), ev.GoRoutine())
		if ev.Reason() == interp.DebugEnterGoRoutine || ev.Reason() == interp.DebugExitGoRoutine {
			continue
		}
		for _, f := range ev.Frames(0, ev.FrameDepth()) {
			fmt.Printf("  frame %s %v\n", f.Name(), f.Position())
			for i, s := range f.Scopes() {
				for _, v := range s.Variables() {
					fmt.Printf("    scope%d %s=%v\n", i, v.Name, v.Value)
				}
			}
		}
		for _, p := range gl.Interface().([]any) {
			fmt.Print(" g=", reflect.ValueOf(p).Elem())
		}
		fmt.Println()
		if len(steps) > 0 {
			dbg.Interrupt(1, steps[0])
			resumeChan(ev) <- struct{}{}
			steps = steps[1:]
		} else {
			fmt.Println(dbg.Continue(1))
		}
	}
	setDebugger(e.in, nil)
	fmt.Println(runCell(t, e, 4, "fmt.Println(add(1, 2), z)"))
}

var targetType = reflect.TypeOf(interp.AllBreakpointTarget())

func collectRoots(dbg *interp.Debugger) []reflect.Value {
	var roots []reflect.Value
	cb := reflect.MakeFunc(targetType.In(1), func(a []reflect.Value) []reflect.Value {
		roots = append(roots, a[0])
		return nil
	})
	reflect.ValueOf(interp.AllBreakpointTarget()).Call([]reflect.Value{reflect.ValueOf(dbg), cb})
	return roots
}

func rootTarget(i int) interp.BreakpointTarget {
	f := reflect.MakeFunc(targetType, func(a []reflect.Value) []reflect.Value {
		var roots []reflect.Value
		cb := reflect.MakeFunc(targetType.In(1), func(b []reflect.Value) []reflect.Value {
			roots = append(roots, b[0])
			return nil
		})
		reflect.ValueOf(interp.AllBreakpointTarget()).Call([]reflect.Value{a[0], cb})
		if i < len(roots) {
			a[1].Call([]reflect.Value{roots[i]})
		}
		return nil
	})
	return f.Interface().(interp.BreakpointTarget)
}
