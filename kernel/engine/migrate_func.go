package engine

import (
	"reflect"
	"unsafe"
)

// convertFunc gives dst a function of its type that converts its
// arguments to src's types, calls src and converts the results back; what
// src writes through pointer arguments is copied back.
//
// Copying back converts the function fields of those arguments too (a
// struct holding hooks that take it: type T struct{ f func(*T) }): a
// function convertFunc made on the way in goes back as the function it
// calls, not wrapped again, or every call would add two wrappers.
func (m *migration) convertFunc(dst, src reflect.Value) {
	if src.Kind() != reflect.Func || src.IsNil() {
		return
	}
	if orig, ok := m.unwrap[closureOf(src)]; ok && orig.Type() == dst.Type() {
		dst.Set(orig)
		return
	}
	st, dt := src.Type(), dst.Type()
	if st.NumIn() != dt.NumIn() || st.NumOut() != dt.NumOut() || st.IsVariadic() != dt.IsVariadic() {
		return
	}
	dst.Set(reflect.MakeFunc(dt, func(args []reflect.Value) []reflect.Value {
		in := make([]reflect.Value, len(args))
		fwd := newMigration()
		for i, a := range args {
			in[i] = reflect.New(st.In(i)).Elem()
			fwd.convertInto(in[i], a, 0)
		}
		fwd.resolve()
		var out []reflect.Value
		if st.IsVariadic() {
			out = src.CallSlice(in)
		} else {
			out = src.Call(in)
		}
		for i, a := range args {
			if a.Kind() == reflect.Pointer && !a.IsNil() && in[i].Kind() == reflect.Pointer && !in[i].IsNil() && a.Type() != in[i].Type() {
				back := newMigration()
				back.unwrap = fwd.wrappers
				back.convertInto(a.Elem(), in[i].Elem(), 0)
				back.resolve()
			}
		}
		res := make([]reflect.Value, len(out))
		for i, o := range out {
			res[i] = reflect.New(dt.Out(i)).Elem()
			c := newMigration()
			c.convertInto(res[i], o, 0)
			c.resolve()
		}
		return res
	}))
	if p := closureOf(dst); p != nil {
		if m.wrappers == nil {
			m.wrappers = map[unsafe.Pointer]reflect.Value{}
		}
		m.wrappers[p] = src
	}
}

// closureOf returns the closure of the function value v holds, when v is
// addressable (a variable, a field), or nil.
func closureOf(v reflect.Value) unsafe.Pointer {
	if v.Kind() != reflect.Func || !v.CanAddr() {
		return nil
	}
	return *(*unsafe.Pointer)(v.Addr().UnsafePointer())
}

// adaptFunc returns the function f converted to the function type ptr
// points to (see convertFunc), or nil: a value of a recursive function
// type (the interpreter's any, see compile/recfunc.go) made before a
// struct type of its signature got a new version.
func adaptFunc(f, ptr any) any {
	fv, pt := reflect.ValueOf(f), reflect.TypeOf(ptr)
	if !fv.IsValid() || fv.Kind() != reflect.Func || pt == nil || pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Func {
		return nil
	}
	dst := reflect.New(pt.Elem()).Elem()
	newMigration().convertFunc(dst, fv)
	if dst.IsNil() {
		return nil
	}
	return dst.Interface()
}
