package engine

import (
	"fmt"
	"reflect"
	"strings"

	"gokernel/kernel/engine/format"
)

// marshalMap is marshalView for a map: its values, and keys with a
// MarshalText method.
func (rt *cellRuntime) marshalMap(v reflect.Value, d *format.Desc, jw jsonWalk) (reflect.Value, bool, error) {
	if v.IsNil() {
		return v, false, nil
	}
	seen := mapSeen(v.Pointer())
	if err := jw.enter(seen, v, d); err != nil {
		return v, false, err
	}
	defer jw.leave(seen)
	var key, elem *format.Desc
	if d != nil {
		key, elem = d.Key, d.Elem
	}
	// A key of a string kind is written as it is, as encoding/json does.
	textKeys := key != nil && key.MarshalText != "" && v.Type().Key().Kind() != reflect.String
	changed := textKeys
	type entry struct{ k, v reflect.Value }
	var entries []entry
	iter := v.MapRange()
	for iter.Next() {
		w, ch, err := rt.marshalView(iter.Value(), elem, jw.down())
		if err != nil {
			return v, false, err
		}
		if !ch {
			w = iter.Value()
		}
		changed = changed || ch
		k := iter.Key()
		if textKeys {
			b, err := rt.callBytes(key.MarshalText, k)
			if err != nil {
				// (json's own text for a key: "encoding error for type")
				name := v.Type().String()
				if d != nil && d.Name != "" {
					name = d.Name
				}
				return v, false, fmt.Errorf("json: encoding error for type %q: %q", name, err.Error())
			}
			k = reflect.ValueOf(string(b))
		}
		entries = append(entries, entry{k, w})
	}
	if !changed {
		return v, false, nil
	}
	kt := v.Type().Key()
	if textKeys {
		kt = reflect.TypeOf("")
	}
	anyT := reflect.TypeOf((*any)(nil)).Elem()
	m := reflect.MakeMapWithSize(reflect.MapOf(kt, anyT), len(entries))
	for _, e := range entries {
		val := reflect.Zero(anyT)
		if x := anyOf(e.v); x != nil {
			val = reflect.ValueOf(x)
		}
		m.SetMapIndex(e.k, val)
	}
	return m, true, nil
}

// marshalStruct is marshalView for a struct: a struct type of the same
// fields with the views of their values, embedded fields marked so.
func (rt *cellRuntime) marshalStruct(v reflect.Value, d *format.Desc, jw jsonWalk) (reflect.Value, bool, error) {
	t := v.Type()
	meta := rt.e.types.Struct(t)
	fields := make([]reflect.StructField, t.NumField())
	vals := make([]reflect.Value, t.NumField())
	changed := false
	for i := range fields {
		sf := t.Field(i)
		if !sf.IsExported() {
			return v, false, nil // reflect.StructOf cannot copy it
		}
		fv := v.Field(i)
		if untaggedUnexported(meta, i, sf) {
			sf.Tag, changed = `json:"-" xml:"-"`, true
		}
		if sf.Tag.Get("json") == "-" {
			// Left out by json (unexported fields are tagged so): not
			// walked (a Parent *Node back to the value).
			fields[i], vals[i] = sf, fv
			continue
		}
		fd, embedded := fieldDesc(d, meta, i)
		w, ch, err := rt.marshalView(fv, fd, jw.down())
		if err != nil {
			return v, false, err
		}
		tag := sf.Tag.Get("json")
		iface := format.IsInterfaceType(sf.Type)
		if ch && !format.IsNilInterface(fv) && (strings.Contains(tag, ",omitempty") && isEmptyJSON(fv) || strings.Contains(tag, ",omitzero") && fv.IsZero()) {
			ch = false // omitted either way (a nil Shape only as a nil any)
		}
		if ch {
			sf.Type = w.Type()
			fv = w
			changed = true
		}
		switch {
		case iface && sf.Anonymous:
			// json names an embedded interface after its type (the
			// field's name) and does not flatten what it holds.
			sf.Anonymous = false
			changed = true
		case embedded && !iface && !sf.Anonymous && isStructLike(sf.Type):
			sf.Anonymous = true
			changed = true
		}
		fields[i], vals[i] = sf, fv
	}
	if !changed {
		return v, false, nil
	}
	nt, ok := structOf(fields)
	if !ok {
		return v, false, nil
	}
	nv := reflect.New(nt).Elem()
	for i, x := range vals {
		nv.Field(i).Set(x)
	}
	return nv, true, nil
}

// structOf is reflect.StructOf, reporting its panics as !ok.
func structOf(fields []reflect.StructField) (t reflect.Type, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return reflect.StructOf(fields), true
}

// isStructLike reports a struct type or a pointer to one (what json
// flattens when embedded).
func isStructLike(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// isEmptyJSON is json's test for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return format.IsNilInterface(v)
}

// fieldDesc returns the description of the struct's field i and whether
// it is embedded, from the struct's description d or, without one, from
// the interpreted type's meta.
func fieldDesc(d *format.Desc, meta *format.Struct, i int) (*format.Desc, bool) {
	switch {
	case d != nil && i < len(d.Fields):
		return d.Fields[i].Type, d.Fields[i].Embedded
	case meta != nil && i < len(meta.Fields):
		return nil, meta.Fields[i].Embedded
	}
	return nil, false
}

// untaggedUnexported reports field i, sf, of a struct type the cells did
// not tag (see compile/anonstructs.go) when it is unexported: encoders
// leave it out, as they do in Go.
func untaggedUnexported(meta *format.Struct, i int, sf reflect.StructField) bool {
	return meta != nil && i < len(meta.Fields) && !meta.Fields[i].Exported && !meta.Fields[i].Embedded && sf.Tag == ""
}
