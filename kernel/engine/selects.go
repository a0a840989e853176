package engine

import (
	"bytes"
	"context"
	"reflect"
	"runtime"
	"strconv"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/format"
)

// The compiler turns select statements into calls of Select (see
// compile/selectstmt.go): the interpreter's own select shares its cases
// between the goroutines running it.

// selCase is one case of a select, made by SelRecv or SelSend.
type selCase struct {
	dir       reflect.SelectDir
	ch, send  reflect.Value
	dst, okTo reflect.Value // where a receive stores its value and ok
}

// selRecv is a receive case: dst and ok are pointers to the variables
// the case assigns, or nil.
func selRecv(ch, dst, ok any) any {
	c := selCase{dir: reflect.SelectRecv, ch: reflect.ValueOf(ch)}
	if dst != nil {
		c.dst = reflect.ValueOf(dst).Elem()
	}
	if ok != nil {
		c.okTo = reflect.ValueOf(ok).Elem()
	}
	return c
}

// selSend is a send case.
func selSend(ch, v any) any {
	c := selCase{dir: reflect.SelectSend, ch: reflect.ValueOf(ch)}
	et := c.ch.Type().Elem()
	send := reflect.ValueOf(v)
	switch {
	case !send.IsValid():
		send = reflect.Zero(et)
	case !send.Type().AssignableTo(et) && send.Type().ConvertibleTo(et):
		send = send.Convert(et)
	}
	c.send = send
	return c
}

// selSendElem is selSend of the one element of the slice vs: a value of
// an interface type passed in a slice of it keeps the interpreter's
// interface value (passed as any, it would lose it).
func selSendElem(ch, vs any) any {
	c := selCase{dir: reflect.SelectSend, ch: reflect.ValueOf(ch)}
	s := reflect.ValueOf(vs)
	if s.Kind() != reflect.Slice || s.Len() != 1 {
		return selSend(ch, vs)
	}
	c.send = s.Index(0)
	if et := c.ch.Type().Elem(); !c.send.Type().AssignableTo(et) && c.send.Type().ConvertibleTo(et) {
		c.send = c.send.Convert(et)
	}
	return c
}

// interruptedPanic ends the code of a stopped cell (see stop.go); recover
// does not stop it.
type interruptedPanic struct{}

// selectCases runs a select: it returns the index of the case chosen, or
// -1 for default. A wait ends with a panic when the cell the goroutine
// belongs to is interrupted.
func (rt *cellRuntime) selectCases(hasDefault bool, cs ...any) int {
	cases := make([]reflect.SelectCase, 0, len(cs)+2)
	for _, x := range cs {
		c, _ := x.(selCase)
		cases = append(cases, reflect.SelectCase{Dir: c.dir, Chan: c.ch, Send: c.send})
	}
	var (
		i  int
		v  reflect.Value
		ok bool
	)
	if hasDefault {
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
		if i, v, ok = reflect.Select(cases); i == len(cases)-1 {
			return -1
		}
	} else {
		i, v, ok = rt.wait(cases)
	}
	c, _ := cs[i].(selCase)
	c.received(v, ok)
	return i
}

// received stores what a receive case got.
func (c selCase) received(v reflect.Value, ok bool) {
	if c.dir != reflect.SelectRecv {
		return
	}
	if c.dst.IsValid() {
		if !v.IsValid() {
			v = reflect.Zero(c.dst.Type())
		} else if !v.Type().AssignableTo(c.dst.Type()) && v.Type().ConvertibleTo(c.dst.Type()) {
			v = v.Convert(c.dst.Type())
		}
		c.dst.Set(v)
	}
	if c.okTo.IsValid() {
		c.okTo.SetBool(ok)
	}
}

// comm runs the one communication of a send or receive statement (Recv,
// Send, SendElem: see compile/selectstmt.go) as a case made by selRecv,
// selSend or selSendElem, which an interrupt ends as it ends a select.
func (rt *cellRuntime) comm(x any) {
	c, _ := x.(selCase)
	switch c.dir {
	case reflect.SelectSend:
		if c.ch.IsValid() && !c.ch.IsNil() && c.ch.TrySend(c.send) {
			return
		}
	case reflect.SelectRecv:
		if c.ch.IsValid() && !c.ch.IsNil() {
			if v, ok := c.ch.TryRecv(); v.IsValid() {
				c.received(v, ok)
				return
			}
		}
	default:
		return
	}
	_, v, ok := rt.wait([]reflect.SelectCase{{Dir: c.dir, Chan: c.ch, Send: c.send}})
	c.received(v, ok)
}

// done returns the channel closed when the cell the calling goroutine
// belongs to is interrupted: the cell that started it (through Go), else
// the cell running now; nil between cells.
func (rt *cellRuntime) done() <-chan struct{} { return rt.doneOf(goid()) }

// doneOf is done for the goroutine id.
func (rt *cellRuntime) doneOf(id int64) <-chan struct{} {
	if ctx, ok := rt.ctxs.Load(id); ok {
		return ctx.(context.Context).Done()
	}
	if ctx := rt.e.runningCtx(); ctx != nil {
		return ctx.Done()
	}
	return nil
}

// goid returns the calling goroutine's id.
func goid() int64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b, _ = bytes.CutPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseInt(string(b), 10, 64)
	return id
}

// runningCtx returns the context of the cell running now, or nil.
func (e *Engine) runningCtx() context.Context {
	e.outMu.Lock()
	defer e.outMu.Unlock()
	return e.ctx
}

// isInterrupted reports the panic that ends a stopped cell's code, as it
// comes out of interpreted code.
func isInterrupted(r any) bool {
	for {
		switch x := r.(type) {
		case interruptedPanic:
			return true
		case interp.Panic:
			r = x.Value
		case reflect.Value:
			if !x.IsValid() || !x.CanInterface() {
				return false
			}
			r = x.Interface()
		default:
			return false
		}
	}
}

// norm returns the value an interface holds, out of the interpreter's
// wrappers and the kernel's tag (see compile's reflectArgs).
func norm(v any) any {
	if t, ok := format.TaggedOf(v); ok {
		v = t.V
	}
	return normKeep(v)
}

// normKeep is norm for an assertion's operand (see compile's
// normOperand): a tagged value keeps its tag, which tells its type.
func normKeep(v any) any {
	if _, ok := format.TaggedOf(v); ok {
		return v
	}
	u := format.Unwrap(reflect.ValueOf(v))
	if !u.IsValid() || !u.CanInterface() {
		return v
	}
	return u.Interface()
}
