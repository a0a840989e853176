package format

import (
	"bytes"
	"reflect"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// When an interpreted struct value (a type without pointer methods, such
// as an error or fmt.Stringer type with a value receiver) is stored in an
// interface the interpreter hands to compiled code, the interpreter wraps
// it and keeps in the wrapper's IValue field not the struct but its last
// non-nil field.
// The methods still work. To get the struct back, the kernel's compiler
// starts such Error and String methods with a prologue:
//
//	if rt.SelfWanted() { rt.SelfIs(e); return "" }
//
// and Recover calls the wrapper's Error (or String) method with a capture
// pending on its goroutine.

// captures holds the pending captures, by goroutine.
var captures struct {
	pending atomic.Int32 // how many; the prologue's fast path
	mu      sync.Mutex
	slots   map[int64][]*capture // a stack per goroutine
}

type capture struct {
	got    reflect.Value
	filled bool
}

// SelfWanted reports whether the calling goroutine waits for a capture
// (the prologue's test).
func SelfWanted() bool {
	if captures.pending.Load() == 0 {
		return false
	}
	c := topCapture(goid())
	return c != nil && !c.filled
}

// SelfIs hands the receiver of the method running to the capture pending
// on the calling goroutine.
func SelfIs(v any) {
	if c := topCapture(goid()); c != nil && !c.filled {
		c.got, c.filled = reflect.ValueOf(v), true
	}
}

func topCapture(id int64) *capture {
	captures.mu.Lock()
	defer captures.mu.Unlock()
	s := captures.slots[id]
	if len(s) == 0 {
		return nil
	}
	return s[len(s)-1]
}

// WrappedStruct returns the value of an interpreted struct type that the
// interpreter wrapper w holds as its IValue (put there by Rewrap), or the
// zero Value.
func WrappedStruct(w reflect.Value) reflect.Value { return wrapped(w, reflect.Struct) }

// WrappedPointer returns the pointer to a value of an interpreted struct
// type that the interpreter wrapper w holds as its IValue, or the zero
// Value.
func WrappedPointer(w reflect.Value) reflect.Value { return wrapped(w, reflect.Pointer) }

// wrapped returns the IValue of the interpreter wrapper w when it is of
// kind k and an interpreted struct type (or a pointer to one).
func wrapped(w reflect.Value, k reflect.Kind) reflect.Value {
	if !w.IsValid() || !isWrapper(w.Type()) {
		return reflect.Value{}
	}
	ival := w.Field(0)
	if ival.Kind() == reflect.Interface {
		ival = ival.Elem()
	}
	if !ival.IsValid() || ival.Kind() != k || !isInterpretedStruct(ival.Type()) {
		return reflect.Value{}
	}
	return ival
}

// Recover returns the interpreted value an interpreter wrapper w holds
// when its IValue is not it (see above); ok is false when there is no
// other value than IValue.
func Recover(w reflect.Value) (v reflect.Value, ok bool) {
	v, _, ok = RecoverDesc(w)
	return v, ok
}

// RecoverDesc is Recover that also returns the description of the value's
// type when the method's prologue gave one (a named non-struct type,
// which the interpreter represents as its underlying type).
func RecoverDesc(w reflect.Value) (v reflect.Value, d *Desc, ok bool) {
	if !w.IsValid() || !isWrapper(w.Type()) {
		return reflect.Value{}, nil, false
	}
	ival := w.Field(0)
	if ival.Kind() == reflect.Interface {
		ival = ival.Elem()
	}
	m := w.FieldByName("WError")
	if !m.IsValid() || m.Kind() != reflect.Func || m.IsNil() {
		m = w.FieldByName("WString")
	}
	if !m.IsValid() || m.Kind() != reflect.Func || m.IsNil() || m.Type().NumIn() != 0 {
		return reflect.Value{}, nil, false
	}
	if ival.IsValid() && isInterpretedStruct(ival.Type()) && ival.Kind() == reflect.Pointer {
		return reflect.Value{}, nil, false // IValue is the value itself
	}
	// A struct IValue is the value itself or the last field of one
	// (SyntaxError{Msg, At Pos} keeps its Pos): the capture tells.
	id := goid()
	c := &capture{}
	captures.mu.Lock()
	if captures.slots == nil {
		captures.slots = map[int64][]*capture{}
	}
	captures.slots[id] = append(captures.slots[id], c)
	captures.mu.Unlock()
	captures.pending.Add(1)
	defer func() {
		captures.pending.Add(-1)
		captures.mu.Lock()
		s := captures.slots[id]
		s = s[:len(s)-1]
		if len(s) == 0 {
			delete(captures.slots, id)
		} else {
			captures.slots[id] = s
		}
		captures.mu.Unlock()
		if r := recover(); r != nil {
			v, d, ok = reflect.Value{}, nil, false
		}
	}()
	m.Call(nil)
	if !c.filled || !c.got.IsValid() {
		return reflect.Value{}, nil, false
	}
	if b, isBox := c.got.Interface().(Boxed); isBox {
		// A named non-struct value: the wrapper kept it whole.
		bv := reflect.ValueOf(b.V)
		if !sameValue(bv, ival) {
			return reflect.Value{}, nil, false
		}
		return bv, b.D, true
	}
	// The value captured must be the one wrapped: its last non-nil field
	// is what the wrapper kept.
	if ival.IsValid() && c.got.Type() == ival.Type() || !sameValue(lastField(c.got), ival) {
		return reflect.Value{}, nil, false
	}
	return c.got, nil, true
}

// isInterpretedStruct reports a struct type (or pointer to one) of the
// cell package: its first field carries the compiler's tag.
func isInterpretedStruct(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Tag.Get("gk") != ""
}

// lastField returns the last field of struct v that holds something, as
// the interpreter's wrapper keeps it.
func lastField(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Struct {
		return v
	}
	for i := v.NumField() - 1; i >= 0; i-- {
		f := v.Field(i)
		if f.Kind() == reflect.Interface {
			f = f.Elem()
		}
		if f.IsValid() {
			return f
		}
	}
	return v
}

func sameValue(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	if !a.CanInterface() || !b.CanInterface() {
		return true // an unexported field: the type agrees
	}
	if isWrapper(a.Type()) {
		// Wrappers hold functions, which DeepEqual never finds equal.
		return sameValue(peelInterfaces(a.Field(0)), peelInterfaces(b.Field(0)))
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
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
