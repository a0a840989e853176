package engine

import (
	"errors"
	"reflect"

	"gokernel/kernel/engine/format"
)

// Decoding into interfaces that hold pointers (see decodeInto): json
// decodes into what such a pointer points to, through a mirror when its
// type needs one.

// mirrorIfaceFields points the interface fields of struct v that hold a
// pointer to a value decoded through a mirror (see ifaceMirror) at a
// mirror; restore points them back and copies the mirrors out.
func (rt *cellRuntime) mirrorIfaceFields(v reflect.Value) (restore func() error) {
	type swap struct {
		field, old, mirror reflect.Value
		same               bool // the mirror is the pointer itself
	}
	var swaps []swap
	var slots []reflect.Value // the struct's fields, the slice's or array's elements
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			slots = append(slots, v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			slots = append(slots, v.Index(i))
		}
	}
	for _, f := range slots {
		if f.Kind() != reflect.Interface || !f.CanSet() || f.IsNil() {
			continue
		}
		if m, ok := rt.ifaceMirror(f); ok {
			swaps = append(swaps, swap{field: f, old: reflect.ValueOf(f.Interface()), mirror: m})
			f.Set(m)
			continue
		}
		// A pointer the interpreter holds in a wrapper (its type has
		// methods): json would not see it, and replace it with a map.
		if p := format.Unwrap(f); p.IsValid() && p.Kind() == reflect.Pointer && !p.IsNil() && p.CanInterface() && f.Elem().Type() != p.Type() {
			swaps = append(swaps, swap{field: f, old: reflect.ValueOf(f.Interface()), same: true})
			f.Set(p)
		}
	}
	return func() error {
		var errs []error
		for _, s := range swaps {
			if s.same && (s.field.IsNil() || s.field.Elem().Type() != format.Unwrap(s.old).Type()) {
				continue // json put another value there (null, or a map)
			}
			s.field.Set(s.old)
			if !s.same {
				errs = append(errs, rt.copyOut(s.field, s.mirror, nil))
			}
		}
		return errors.Join(errs...)
	}
}

// ifaceMirror returns, for an interface value v holding a non-nil pointer
// to a value of a cell type that decodes through a mirror, a pointer to a
// mirror of that value, as an interface value.
func (rt *cellRuntime) ifaceMirror(v reflect.Value) (reflect.Value, bool) {
	if v.Kind() != reflect.Interface || v.IsNil() {
		return reflect.Value{}, false
	}
	p := format.Unwrap(v.Elem())
	if !p.IsValid() || p.Kind() != reflect.Pointer || p.IsNil() {
		return reflect.Value{}, false
	}
	mt, changed := rt.decodeType(p.Type().Elem(), nil, true, map[reflect.Type]bool{})
	if !changed {
		return reflect.Value{}, false
	}
	m := reflect.New(mt)
	rt.copyIn(m.Elem(), p.Elem())
	out := reflect.New(v.Type()).Elem()
	out.Set(m)
	return out, true
}
