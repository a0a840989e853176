package engine

import (
	"encoding/json"
	"errors"
	"reflect"

	"gokernel/kernel/engine/format"
)

// encoding/json reads values by reflection, which shows neither the
// methods nor the names of the cell's types, nor which of their fields
// are embedded; values the interpreter keeps in interfaces even look
// like an empty struct to it. The compiler sends json.Marshal and friends
// here (compile/jsoncalls.go) with the description of the static type, and
// json gets a view of the value made of compiled types: a MarshalJSON or
// MarshalText result in place of a value that has one, embedded fields
// marked so, and the values inside interfaces unwrapped.

// maxJSONDepth bounds the walk of a value (json reports cycles itself).
const maxJSONDepth = 200

// jsonMarshal is json.Marshal for cells.
func (rt *cellRuntime) jsonMarshal(v any, id int) ([]byte, error) {
	view, err := rt.jsonView(v, id)
	if err != nil {
		return nil, rt.namedJSONError(err)
	}
	b, err := json.Marshal(view)
	return b, rt.namedJSONError(err)
}

// jsonMarshalIndent is json.MarshalIndent for cells.
func (rt *cellRuntime) jsonMarshalIndent(v any, prefix, indent string, id int) ([]byte, error) {
	view, err := rt.jsonView(v, id)
	if err != nil {
		return nil, rt.namedJSONError(err)
	}
	b, err := json.MarshalIndent(view, prefix, indent)
	return b, rt.namedJSONError(err)
}

// jsonEncode is (*json.Encoder).Encode for cells.
func (rt *cellRuntime) jsonEncode(enc *json.Encoder, v any, id int) error {
	view, err := rt.jsonView(v, id)
	if err != nil {
		return rt.namedJSONError(err)
	}
	return rt.namedJSONError(enc.Encode(view))
}

// marshalDescribed is json.Marshal in a cell of v, described by d.
func (rt *cellRuntime) marshalDescribed(v reflect.Value, d *format.Desc) ([]byte, error) {
	w, changed, err := rt.marshalView(v, d, newJSONWalk())
	if err != nil {
		return nil, err
	}
	if !changed {
		w = v
	}
	if !w.IsValid() || !w.CanInterface() {
		return []byte("null"), nil
	}
	return json.Marshal(w.Interface())
}

// namedJSONError names the cells' types in json's error about a type it
// cannot encode ("json: unsupported type: map[main.Inner]int").
func (rt *cellRuntime) namedJSONError(err error) error {
	var ue *json.UnsupportedTypeError
	if errors.As(err, &ue) && ue.Type != nil {
		ue.Type = format.Named(ue.Type, format.TypeNameOf(rt.e.types, ue.Type, nil))
	}
	return err
}

// jsonView returns what json should marshal for v, of static type
// described by the description with ID id (0: none).
func (rt *cellRuntime) jsonView(v any, id int) (any, error) {
	rv := inIface(format.Unwrap(reflect.ValueOf(v)))
	if !rv.IsValid() {
		return v, nil
	}
	w, changed, err := rt.marshalView(rv, rt.e.comp.Desc(id), newJSONWalk())
	if err != nil {
		return nil, err
	}
	if !changed {
		w = rv
	}
	if !w.CanInterface() {
		return v, nil
	}
	return w.Interface(), nil
}

// structDesc returns the description of an interpreted struct type (or
// of a pointer to one), for a value met without a static description.
func (rt *cellRuntime) structDesc(t reflect.Type) *format.Desc {
	return rt.describeStruct(t, rt.e.comp.StructDesc)
}

// tmplStructDesc is structDesc for templates: the description lists the
// methods a template may call, when a cell made one.
func (rt *cellRuntime) tmplStructDesc(t reflect.Type) *format.Desc {
	return rt.describeStruct(t, func(id int) *format.Desc {
		if d := rt.e.comp.TemplateStructDesc(id); d != nil {
			return d
		}
		return rt.e.comp.StructDesc(id)
	})
}

// describeStruct returns the description byID gives of the struct type t
// of a cell, or of a pointer to one.
func (rt *cellRuntime) describeStruct(t reflect.Type, byID func(int) *format.Desc) *format.Desc {
	ptr := t.Kind() == reflect.Pointer
	if ptr {
		t = t.Elem()
	}
	id := structID(t)
	if id == 0 {
		return nil
	}
	d := byID(id)
	if d == nil || !ptr {
		return d
	}
	return &format.Desc{Name: "*" + d.Name, Elem: d}
}

// jsonWalk is where marshalView is in a value: how deep, and the
// pointers, slices and maps it went through (keys of types ptrSeen,
// sliceSeen and mapSeen, as encoding/json tells them apart).
type jsonWalk struct {
	depth int
	path  map[any]bool
}

type (
	ptrSeen   uintptr
	mapSeen   uintptr
	sliceSeen struct {
		data uintptr
		len  int
	}
)

// newJSONWalk starts a walk at the top of a value.
func newJSONWalk() jsonWalk { return jsonWalk{path: map[any]bool{}} }

// enter records key on the walk's path, or returns json's error for a
// cycle through v (described by d) when it is there already; leave
// removes it.
func (jw jsonWalk) enter(key any, v reflect.Value, d *format.Desc) error {
	if jw.path[key] {
		name := v.Type().String()
		if d != nil {
			name = d.Name
		}
		return &json.UnsupportedValueError{Value: v, Str: "encountered a cycle via " + name}
	}
	jw.path[key] = true
	return nil
}

func (jw jsonWalk) leave(key any) { delete(jw.path, key) }

// down is the walk one level deeper.
func (jw jsonWalk) down() jsonWalk { return jsonWalk{jw.depth + 1, jw.path} }

// marshalView returns the view of v (described by d, or nil) and whether
// it differs from v.
func (rt *cellRuntime) marshalView(v reflect.Value, d *format.Desc, jw jsonWalk) (reflect.Value, bool, error) {
	if !v.IsValid() || jw.depth > maxJSONDepth {
		return v, false, nil
	}
	d = format.Latest(rt.e.types, d)
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, false, nil
		}
		inner := v.Elem()
		u := inIface(format.Unwrap(inner))
		if !u.IsValid() {
			return reflect.Zero(v.Type()), true, nil
		}
		w, changed, err := rt.marshalView(u, nil, jw.down())
		if err != nil || !changed && u.Type() == inner.Type() {
			return v, false, err
		}
		if !changed {
			w = u
		}
		return w, true, nil
	}
	if tv, td, ok := format.UntagValue(v); ok {
		return rt.marshalTagged(tv, td, jw)
	}
	if format.IsNilInterface(v) {
		return reflect.Zero(reflect.TypeFor[any]()), true, nil // null
	}
	if v.Kind() == reflect.Struct {
		// The interpreter's value of a non-empty interface (an element of
		// a []Shape), or its wrapper: the value it holds.
		if u := format.Unwrap(v); u.IsValid() && u.Type() != v.Type() {
			u = inIface(u)
			w, changed, err := rt.marshalView(u, nil, jw.down())
			if !changed {
				w = u
			}
			return w, true, err
		}
	}
	if d == nil {
		d = rt.structDesc(v.Type())
	}
	if d != nil && !(v.Kind() == reflect.Pointer && v.IsNil()) {
		// As encoding/json: a pointer's methods for an addressable value.
		jsonAcc, textAcc := d.MarshalJSON, d.MarshalText
		if v.CanAddr() && jsonAcc == "" {
			jsonAcc = d.PtrMarshalJSON
		}
		if v.CanAddr() && textAcc == "" {
			textAcc = d.PtrMarshalText
		}
		for _, m := range []struct{ acc, name string }{{jsonAcc, "MarshalJSON"}, {textAcc, "MarshalText"}} {
			if m.acc == "" {
				continue
			}
			b, err := rt.callBytes(m.acc, v)
			if err == nil && m.name == "MarshalJSON" {
				err = validJSON(b)
			}
			if err != nil {
				return v, false, newMarshalerError(v, m.name, d.Name, err)
			}
			if m.name == "MarshalJSON" {
				return reflect.ValueOf(json.RawMessage(b)), true, nil
			}
			return reflect.ValueOf(string(b)), true, nil
		}
		if i, ok := promotedMarshaler(v, d); ok && jsonAcc == "" && d.PtrMarshalJSON == "" {
			// A type declared in a function has no accessor of its own:
			// the MarshalJSON it gets from its one embedded field that
			// has one marshals the whole value, as in Go.
			return rt.marshalView(v.Field(i), d.Fields[i].Type, jw.down())
		}
	}
	var elem *format.Desc
	if d != nil {
		elem = d.Elem
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v, false, nil
		}
		// A pointer met again on the way down: a cycle, which json
		// reports (instead of walking it maxJSONDepth times over).
		key := ptrSeen(v.Pointer())
		if err := jw.enter(key, v, d); err != nil {
			return v, false, err
		}
		defer jw.leave(key)
		w, changed, err := rt.marshalView(v.Elem(), elem, jw.down())
		if err != nil || !changed {
			return v, false, err
		}
		return w, true, nil
	case reflect.Struct:
		return rt.marshalStruct(v, d, jw)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && (v.IsNil() || v.Type().Elem().Kind() == reflect.Uint8) {
			return v, false, nil
		}
		if v.Kind() == reflect.Slice && v.Len() > 0 {
			key := sliceSeen{v.Pointer(), v.Len()}
			if err := jw.enter(key, v, d); err != nil {
				return v, false, err
			}
			defer jw.leave(key)
		}
		var out []any
		for i := 0; i < v.Len(); i++ {
			w, changed, err := rt.marshalView(v.Index(i), elem, jw.down())
			if err != nil {
				return v, false, err
			}
			if changed && out == nil {
				out = make([]any, v.Len())
				for j := 0; j < i; j++ {
					out[j] = anyOf(v.Index(j))
				}
			}
			if out != nil {
				if !changed {
					w = v.Index(i)
				}
				out[i] = anyOf(w)
			}
		}
		if out == nil {
			return v, false, nil
		}
		return reflect.ValueOf(out), true, nil
	case reflect.Map:
		return rt.marshalMap(v, d, jw)
	}
	return v, false, nil
}

// promotedMarshaler returns the index of the one embedded field of the
// struct v (described by d) whose type has a MarshalJSON method, its own
// or promoted in turn.
func promotedMarshaler(v reflect.Value, d *format.Desc) (int, bool) {
	if v.Kind() != reflect.Struct || d == nil || d.MarshalJSON != "" {
		return 0, false
	}
	found := -1
	for i, f := range d.Fields {
		if !f.Embedded || f.Type == nil || i >= v.NumField() {
			continue
		}
		if _, deeper := promotedMarshaler(v.Field(i), f.Type); f.Type.MarshalJSON == "" && !deeper {
			continue
		}
		if found >= 0 {
			return 0, false // two at one depth: neither is promoted
		}
		found = i
	}
	return found, found >= 0
}

// anyOf returns v as an any (nil for an invalid value).
func anyOf(v reflect.Value) any {
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	return v.Interface()
}

// inIface returns v as a value held in an interface is: not addressable
// (the interpreter's may be), so that a pointer's MarshalJSON is not
// called on it.
func inIface(v reflect.Value) reflect.Value {
	if v.IsValid() && v.CanAddr() && v.CanInterface() {
		return reflect.ValueOf(v.Interface())
	}
	return v
}

// accessorFor returns the accessor acc and the pointer to call it with
// for v (a value, or a pointer of the accessor's receiver type).
func (rt *cellRuntime) accessorFor(acc string, v reflect.Value) (reflect.Value, reflect.Value, bool) {
	t := rt.e.types
	t.mu.Lock()
	f := t.accessors[acc]
	t.mu.Unlock()
	if !f.IsValid() || f.Type().NumIn() == 0 {
		return reflect.Value{}, reflect.Value{}, false
	}
	want := f.Type().In(0)
	switch {
	case v.Type() == want:
		return f, v, true
	case reflect.PointerTo(v.Type()) == want:
		if v.CanAddr() {
			return f, v.Addr(), true
		}
		c := reflect.New(v.Type())
		c.Elem().Set(v)
		return f, c, true
	case want.Kind() == reflect.Pointer && v.Type().ConvertibleTo(want.Elem()):
		c := reflect.New(want.Elem())
		c.Elem().Set(v.Convert(want.Elem()))
		return f, c, true
	}
	return reflect.Value{}, reflect.Value{}, false
}

// marshalTagged is marshalView for the value of a format.Tagged.
func (rt *cellRuntime) marshalTagged(v reflect.Value, d *format.Desc, jw jsonWalk) (reflect.Value, bool, error) {
	w, changed, err := rt.marshalView(v, d, jw.down())
	if err != nil || changed {
		return w, true, err
	}
	return v, true, nil
}
