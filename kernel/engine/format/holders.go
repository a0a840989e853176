package format

import (
	"reflect"
	"unsafe"
)

// IsInterfaceType reports a field or element type holding an interface:
// an interface type, or the interpreter's value of a cell's interface type.
func IsInterfaceType(t reflect.Type) bool {
	return t.Kind() == reflect.Interface || isValueInterface(t)
}

// isValueInterface reports the interpreter's representation of a
// non-empty interface value.
func isValueInterface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" &&
		t.PkgPath() == "github.com/traefik/yaegi/interp"
}

// IsNilInterface reports the interpreter's value of a nil interface of a
// cell's interface type (a nil Shape field).
func IsNilInterface(v reflect.Value) bool {
	return v.IsValid() && isValueInterface(v.Type()) && !valueInterfaceValue(v).IsValid()
}

// isWrapper reports an interface wrapper the interpreter puts around a
// value passed to compiled code (a struct whose first field is IValue).
func isWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Name == "IValue" &&
		t.Field(0).Type.Kind() == reflect.Interface
}

// IsHolder reports a type whose values hold another one, which Unwrap
// returns: an interface, the interpreter's interface value or wrapper.
func IsHolder(t reflect.Type) bool {
	return t.Kind() == reflect.Interface || isValueInterface(t) || isWrapper(t)
}

// Unwrap returns the value an interpreter wrapper, an interpreter
// interface value or an interface holds.
func Unwrap(v reflect.Value) reflect.Value { return unwrap(v) }

// unwrap returns the value an interpreter wrapper or interface holds.
func unwrap(v reflect.Value) reflect.Value {
	for v.IsValid() {
		switch {
		case v.Kind() == reflect.Interface:
			if v.IsNil() {
				return reflect.Value{}
			}
			v = v.Elem()
		case isWrapper(v.Type()):
			if r, ok := Recover(v); ok {
				return r
			}
			v = v.Field(0)
		case isValueInterface(v.Type()):
			v = valueInterfaceValue(v)
		default:
			return v
		}
	}
	return v
}

// peelInterfaces returns the value v's interfaces hold.
func peelInterfaces(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	return v
}

// Rewrap puts v in the IValue of w, an interpreter's wrapper of a
// compiled interface (an io.Closer) just made from v: made from a value
// of an interpreted struct type, the wrapper keeps there the struct's
// last field instead (see Recover), which %T, assertions and the printer
// would take for the value. The wrapper is changed where it lies, shared
// by the interface the cell holds (w is that interface's value, not a
// copy). Anything else is left as it is.
func Rewrap(w, v any) {
	wv := reflect.ValueOf(w)
	vv := reflect.ValueOf(v)
	if !wv.IsValid() || !isWrapper(wv.Type()) || wv.Type().Field(0).Type.NumMethod() != 0 || !vv.IsValid() {
		return
	}
	data := (*[2]unsafe.Pointer)(unsafe.Pointer(&w))[1]
	if data == nil {
		return
	}
	*(*any)(data) = v // IValue, the wrapper's first field
}

// IfaceView returns, for v the interpreter's value of an interface type
// of the cells (a struct field, a slice element), what reflect shows for
// a Go interface: a value of kind Interface holding v's dynamic value
// (not settable); ok is false, and v returned, for other values. Walked
// as a struct, the interpreter's value leads into its own graph, without
// end.
func IfaceView(v reflect.Value) (reflect.Value, bool) {
	if !v.IsValid() || !isValueInterface(v.Type()) {
		return v, false
	}
	var x any
	if held := unwrap(valueInterfaceValue(v)); held.IsValid() && held.CanInterface() {
		x = held.Interface()
	}
	return reflect.ValueOf(struct{ X any }{x}).Field(0), true
}
