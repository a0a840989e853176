package engine

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"
)

func TestDebugzRun(t *testing.T) {
	e := newTestEngine(t)
	fmt.Println(runCell(t, e, 1, "func add(a, b int) int {\n\ts := a + b\n\treturn s\n}\n"))
	code := "x := 10\ny := add(x, 5)\nz := y * 2\nfmt.Println(z)\n"
	plan, err := e.comp.Compile("cell2", code)
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
	prog, err := e.in.Compile(plan.CellFunc + "()")
	if err != nil {
		t.Fatal(err)
	}
	evs := make(chan *interp.DebugEvent, 100)
	dbg := e.in.Debug(context.Background(), prog, func(ev *interp.DebugEvent) { evs <- ev }, &interp.DebugOptions{GoRoutineStartAt1: true})
	roots := collectRoots(dbg)
	fmt.Println("roots", len(roots))
	for i := range roots {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("root", i, "panic", r)
				}
			}()
			bps := dbg.SetBreakpoints(rootTarget(i), interp.LineBreakpoint(2000002), interp.LineBreakpoint(1000002))
			fmt.Println("root", i, bps)
		}()
	}
	fmt.Println(dbg.Continue(1))
	steps := []interp.DebugEventReason{interp.DebugStepInto, interp.DebugStepOver, interp.DebugStepOut, interp.DebugStepOver, interp.DebugStepOver, interp.DebugStepOver, interp.DebugStepOver}
	for {
		var ev *interp.DebugEvent
		select {
		case ev = <-evs:
		case <-time.After(3 * time.Second):
			t.Fatal("timeout")
		}
		if ev.Reason() == interp.DebugTerminate {
			break
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
		if len(steps) > 0 {
			fmt.Println("step", steps[0], dbg.Step(1, steps[0]))
			steps = steps[1:]
		} else {
			fmt.Println(dbg.Continue(1))
		}
	}
	fmt.Println(dbg.Wait())
	fmt.Println(runCell(t, e, 3, "fmt.Println(add(1, 2))"))
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
