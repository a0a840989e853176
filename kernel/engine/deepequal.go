package engine

import (
	"reflect"
	"unsafe"

	"gokernel/kernel/engine/format"
)

// deepEqual is reflect.DeepEqual for cells. It sees through the
// interpreter's interface values and wrappers, which differ for equal
// values ([]Shape{Sq{1}} and []Shape{Sq{1}} were not deeply equal), and
// compares values of named non-struct types held in interfaces (tagged)
// by type name and value. Otherwise it follows reflect.DeepEqual: cycles
// end the walk as equal, funcs are equal only when both are nil, and NaN
// is not equal to itself.
func deepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	return deepValues(reflect.ValueOf(x), reflect.ValueOf(y), map[deepVisit]bool{})
}

// deepVisit is a pair of references compared already (or being compared).
type deepVisit struct {
	a, b unsafe.Pointer
	t    reflect.Type
}

func deepValues(a, b reflect.Value, seen map[deepVisit]bool) bool {
	a, na := deepHeld(a)
	b, nb := deepHeld(b)
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if na != nb || a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		pa, pb := a.UnsafePointer(), b.UnsafePointer()
		if a.IsNil() != b.IsNil() {
			return false
		}
		if a.Kind() == reflect.Slice && a.Len() != b.Len() || a.Kind() == reflect.Map && a.Len() != b.Len() {
			return false
		}
		if pa == pb {
			return true
		}
		if uintptr(pa) > uintptr(pb) {
			pa, pb = pb, pa
		}
		k := deepVisit{pa, pb, a.Type()}
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	switch a.Kind() {
	case reflect.Pointer:
		return deepValues(a.Elem(), b.Elem(), seen)
	case reflect.Slice, reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if !deepValues(a.Index(i), b.Index(i), seen) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !deepValues(a.Field(i), b.Field(i), seen) {
				return false
			}
		}
		return true
	case reflect.Map:
		it := a.MapRange()
		for it.Next() {
			w := b.MapIndex(it.Key())
			if !w.IsValid() || !deepValues(it.Value(), w, seen) {
				return false
			}
		}
		return true
	case reflect.Func:
		return a.IsNil() && b.IsNil()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.Complex64, reflect.Complex128:
		return a.Complex() == b.Complex()
	case reflect.String:
		return a.String() == b.String()
	case reflect.Chan, reflect.UnsafePointer:
		return a.Pointer() == b.Pointer()
	}
	return a.Equal(b)
}

// deepHeld returns what v holds when it is an interface, one of the
// interpreter's interface values or wrappers, or a tagged value (with
// its type's name); the zero Value for a nil interface.
func deepHeld(v reflect.Value) (reflect.Value, string) {
	name := ""
	for v.IsValid() {
		if v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, ""
			}
			v = v.Elem()
			continue
		}
		if !format.IsHolder(v.Type()) && !format.IsTaggedType(v.Type()) {
			return v, name
		}
		if !v.CanInterface() {
			// Read from an unexported field: seen through its address.
			if !v.CanAddr() {
				return v, name
			}
			v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
		}
		if u, d, ok := format.UntagValue(v); ok {
			if d != nil {
				name = d.Name
			}
			v = u
			continue
		}
		u := format.Unwrap(v)
		if u == v {
			return v, name
		}
		v = u
	}
	return v, name
}
