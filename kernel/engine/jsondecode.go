package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"gokernel/kernel/engine/format"
)

// Decoding into cell types (see jsonview.go): json decodes into a value of
// a mirror type, where a value with an UnmarshalJSON or UnmarshalText
// method is a json.RawMessage and embedded fields are marked so; the
// mirror starts as a copy of the target (fields absent from the input keep
// their values) and is copied back, calling those methods.

var rawMessageType = reflect.TypeOf(json.RawMessage(nil))

// jsonUnmarshal is json.Unmarshal for cells.
func (rt *cellRuntime) jsonUnmarshal(data []byte, v any, id int) error {
	return rt.decodeInto(v, id, true, func(target any) error { return json.Unmarshal(data, target) })
}

// jsonDecode is (*json.Decoder).Decode for cells.
func (rt *cellRuntime) jsonDecode(dec *json.Decoder, v any, id int) error {
	return rt.decodeInto(v, id, true, func(target any) error { return dec.Decode(target) })
}

// decodeInto runs decode on a mirror of the value v points to, then
// copies the mirror back; raw is set for json (see decodeType).
func (rt *cellRuntime) decodeInto(v any, id int, raw bool, decode func(any) error) error {
	rv := format.Unwrap(reflect.ValueOf(v))
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		// (json reports it, with the type by its name.)
		return rt.fixJSONError(decode(v), nil, rt.e.comp.Desc(id))
	}
	var d *format.Desc
	if dd := rt.e.comp.Desc(id); dd != nil {
		d = dd.Elem
	}
	t := rv.Type().Elem()
	if t.Kind() == reflect.Interface && !rv.Elem().IsNil() || t.Kind() != reflect.Interface && format.IsHolder(t) {
		// As encoding/json: an interface holding a non-nil pointer is
		// decoded into what the pointer points to (also an interface of
		// the cells, var p Pet = &Dog{}).
		if e := format.Unwrap(rv.Elem()); e.IsValid() && e.Kind() == reflect.Pointer && !e.IsNil() && e.CanInterface() {
			return rt.decodeInto(e.Interface(), 0, raw, decode)
		}
	}
	mt, changed := rt.decodeType(t, d, raw, map[reflect.Type]bool{})
	if !changed {
		restore := rt.mirrorIfaceFields(rv.Elem())
		err := decode(rv.Interface())
		if rerr := restore(); err == nil {
			err = rerr
		}
		return rt.fixJSONError(err, t, d)
	}
	m := reflect.New(mt)
	rt.copyIn(m.Elem(), rv.Elem())
	err := decode(m.Interface())
	if cerr := rt.copyOut(rv.Elem(), m.Elem(), d); err == nil {
		err = cerr
	}
	return rt.fixJSONError(err, t, d)
}

// decodeType returns the mirror type of t (described by d, or nil), and
// whether it differs from t; with raw set, values with an UnmarshalJSON
// or UnmarshalText method become raw messages.
func (rt *cellRuntime) decodeType(t reflect.Type, d *format.Desc, raw bool, visiting map[reflect.Type]bool) (reflect.Type, bool) {
	if visiting[t] {
		// A recursive type: reflect cannot make a mirror of it. With
		// raw set, when its mirror would differ, the value is a raw
		// message decoded on its own by copyOut (one probe, in which
		// the recursion stops: the nil key marks it).
		if raw && !visiting[nil] {
			if _, changed := rt.decodeType(t, d, raw, map[reflect.Type]bool{nil: true}); changed {
				return rawMessageType, true
			}
		}
		return t, false
	}
	if d == nil {
		d = rt.structDesc(t)
	}
	if raw && d != nil && (d.UnmarshalJSON != "" || d.UnmarshalText != "") && t.Kind() != reflect.Pointer {
		return rawMessageType, true
	}
	var elem *format.Desc
	if d != nil {
		elem = d.Elem
	}
	visiting[t] = true
	defer delete(visiting, t)
	switch t.Kind() {
	case reflect.Pointer:
		if et, ok := rt.decodeType(t.Elem(), elem, raw, visiting); ok {
			return reflect.PointerTo(et), true
		}
	case reflect.Slice:
		if et, ok := rt.decodeType(t.Elem(), elem, raw, visiting); ok {
			return reflect.SliceOf(et), true
		}
	case reflect.Array:
		if et, ok := rt.decodeType(t.Elem(), elem, raw, visiting); ok {
			return reflect.ArrayOf(t.Len(), et), true
		}
	case reflect.Map:
		// Keys with an UnmarshalText method are decoded from strings.
		kt, textKey := t.Key(), raw && rt.textKeyDesc(t.Key(), d) != nil
		if textKey {
			// (A type of its own: the mirror of a map keyed by a named
			// string type differs from it, and copyOut calls the keys'
			// UnmarshalText.)
			kt = reflect.TypeFor[textKeyText]()
		}
		if et, ok := rt.decodeType(t.Elem(), elem, raw, visiting); ok || textKey {
			return reflect.MapOf(kt, et), true
		}
	case reflect.Struct:
		meta := rt.e.types.Struct(t)
		fields := make([]reflect.StructField, t.NumField())
		changed := false
		for i := range fields {
			sf := t.Field(i)
			if !sf.IsExported() {
				return t, false
			}
			fd, embedded := fieldDesc(d, meta, i)
			if untaggedUnexported(meta, i, sf) {
				sf.Tag, changed = `json:"-" xml:"-"`, true
			}
			if ft, ok := rt.decodeType(sf.Type, fd, raw, visiting); ok {
				sf.Type, changed = ft, true
			}
			if embedded && !sf.Anonymous && isStructLike(sf.Type) {
				sf.Anonymous, changed = true, true
			}
			if !raw && sf.Anonymous && compiledWithMethods(sf.Type) {
				// For xml, an embedded field of a compiled type with
				// methods is written as a field named after its type:
				// marked embedded, it gives the struct type reflect
				// makes its methods, whose table crashes the runtime in
				// xml's assertions (type Dur struct{ time.Duration }:
				// "type offset base pointer out of range").
				sf.Anonymous, changed = false, true
			}
			fields[i] = sf
		}
		if changed {
			if nt, ok := structOf(fields); ok {
				return nt, true
			}
		}
	}
	return t, false
}

// copyIn copies src (of a cell type) into dst (of its mirror type); the
// mirrors of values with Unmarshal methods stay empty.
func (rt *cellRuntime) copyIn(dst, src reflect.Value) {
	if dst.Kind() == reflect.Interface {
		// An any field holding a pointer, decoded into what it points
		// to, as json does (Resp{Data: &names}): to a mirror of it.
		if m, ok := rt.ifaceMirror(src); ok {
			dst.Set(m)
			return
		}
	}
	if dst.Type() == src.Type() {
		dst.Set(src)
		return
	}
	if dst.Type() == rawMessageType {
		return // decoded by the value's Unmarshal method
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if !src.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
			rt.copyIn(dst.Elem(), src.Elem())
		}
	case reflect.Struct:
		for i := 0; i < dst.NumField(); i++ {
			rt.copyIn(dst.Field(i), src.Field(i))
		}
	case reflect.Slice:
		if !src.IsNil() {
			dst.Set(reflect.MakeSlice(dst.Type(), src.Len(), src.Len()))
			for i := 0; i < src.Len(); i++ {
				rt.copyIn(dst.Index(i), src.Index(i))
			}
		}
	case reflect.Array:
		for i := 0; i < src.Len(); i++ {
			rt.copyIn(dst.Index(i), src.Index(i))
		}
	case reflect.Map:
		if !src.IsNil() && dst.Type().Key() != src.Type().Key() {
			// Keys decoded from strings: the entries are kept by copyOut,
			// into which an empty map merges nothing (a nil one would
			// clear the map when the input has none).
			dst.Set(reflect.MakeMap(dst.Type()))
			return
		}
		if !src.IsNil() && dst.Type().Key() == src.Type().Key() {
			dst.Set(reflect.MakeMapWithSize(dst.Type(), src.Len()))
			iter := src.MapRange()
			for iter.Next() {
				e := reflect.New(dst.Type().Elem()).Elem()
				rt.copyIn(e, iter.Value())
				dst.SetMapIndex(iter.Key(), e)
			}
		}
	}
}

// copyOut copies the decoded mirror src back into dst, calling the
// Unmarshal methods for the raw messages.
func (rt *cellRuntime) copyOut(dst, src reflect.Value, d *format.Desc) error {
	if dst.Kind() == reflect.Interface && src.Kind() == reflect.Interface && !dst.IsNil() && !src.IsNil() {
		// A pointer ifaceMirror gave a mirror of: back into its target.
		p, m := format.Unwrap(dst.Elem()), src.Elem()
		if p.IsValid() && p.Kind() == reflect.Pointer && !p.IsNil() && m.Kind() == reflect.Pointer && !m.IsNil() && m.Type() != p.Type() {
			return rt.copyOut(p.Elem(), m.Elem(), nil)
		}
	}
	if dst.Type() == src.Type() {
		dst.Set(src)
		return nil
	}
	if d == nil {
		d = rt.structDesc(dst.Type())
	}
	if src.Type() == rawMessageType {
		if d != nil && (d.UnmarshalJSON != "" || d.UnmarshalText != "") {
			return rt.unmarshalRaw(dst, src.Bytes(), d)
		}
		// A value of a recursive type (see decodeType), absent from the
		// input when empty.
		if len(src.Bytes()) == 0 || !dst.CanAddr() {
			return nil
		}
		return rt.jsonUnmarshal(src.Bytes(), dst.Addr().Interface(), 0)
	}
	var elem *format.Desc
	if d != nil {
		elem = d.Elem
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return nil
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		return rt.copyOut(dst.Elem(), src.Elem(), elem)
	case reflect.Struct:
		var errs []error
		for i := 0; i < dst.NumField(); i++ {
			var fd *format.Desc
			if d != nil && i < len(d.Fields) {
				fd = d.Fields[i].Type
			}
			errs = append(errs, fieldContext(rt.copyOut(dst.Field(i), src.Field(i), fd), dst.Type().Field(i), d, i))
			if ends(errs[i]) {
				return errs[i]
			}
		}
		return firstError(errs)
	case reflect.Slice:
		if src.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return nil
		}
		// As json: the elements decoded into are the slice's own (a
		// value absent from the input keeps its value), in its array
		// when it is large enough.
		var s reflect.Value
		if n := src.Len(); n <= dst.Cap() && !dst.IsNil() {
			s = dst.Slice(0, n)
		} else {
			s = reflect.MakeSlice(dst.Type(), n, n)
			reflect.Copy(s, dst)
		}
		var errs []error
		for i := 0; i < src.Len(); i++ {
			errs = append(errs, rt.copyOut(s.Index(i), src.Index(i), elem))
			if ends(errs[i]) {
				dst.Set(s.Slice(0, i+1)) // (as json: up to the element that failed)
				return errs[i]
			}
		}
		dst.Set(s)
		return firstError(errs)
	case reflect.Array:
		var errs []error
		for i := 0; i < src.Len(); i++ {
			errs = append(errs, rt.copyOut(dst.Index(i), src.Index(i), elem))
			if ends(errs[i]) {
				return errs[i]
			}
		}
		return firstError(errs)
	case reflect.Map:
		if src.IsNil() {
			dst.Set(reflect.Zero(dst.Type()))
			return nil
		}
		if dst.IsNil() {
			dst.Set(reflect.MakeMapWithSize(dst.Type(), src.Len()))
		}
		var errs []error
		iter := src.MapRange()
		for iter.Next() {
			k := iter.Key()
			if kt := dst.Type().Key(); k.Type() != kt {
				k = reflect.New(kt).Elem()
				if err := rt.unmarshalText(k, []byte(iter.Key().String()), rt.textKeyDesc(kt, d)); err != nil {
					return err // as json: the first key refused ends decoding
				}
			}
			e := reflect.New(dst.Type().Elem()).Elem()
			if old := dst.MapIndex(k); old.IsValid() {
				e.Set(old) // (an entry absent from the input keeps its value)
			}
			errs = append(errs, rt.copyOut(e, iter.Value(), elem))
			dst.SetMapIndex(k, e)
		}
		return firstError(errs)
	}
	return nil
}

// fieldContext adds the JSON name of struct field sf (field i of the
// struct d describes, or nil) to the path of a type error an Unmarshal
// method or a recursive value's decoding returned, as json does
// ("Go struct field Node.children.id").
func fieldContext(err error, sf reflect.StructField, d *format.Desc, i int) error {
	// (Not one wrapped in another error: json adds context to a type
	// error itself only.)
	te, ok := err.(*json.UnmarshalTypeError)
	if !ok || sf.Anonymous || d != nil && i < len(d.Fields) && d.Fields[i].Embedded {
		return err
	}
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" {
		name = sf.Name
		if d != nil && i < len(d.Fields) {
			name = d.Fields[i].Name
		}
	}
	if te.Field == "" {
		// An Unmarshal method's own error: this struct's field.
		te.Field = name
		if d != nil && te.Struct == "" && !strings.HasPrefix(d.Name, "struct") {
			te.Struct = d.Name[strings.LastIndex(d.Name, ".")+1:]
		}
		return err
	}
	te.Field = name + "." + te.Field
	return err
}

// ends reports an error that ends decoding, as json ends it: one an
// Unmarshal method returned (json goes on after a type error, which it
// returns at the end).
func ends(err error) bool {
	_, typeErr := err.(*json.UnmarshalTypeError)
	return err != nil && !typeErr
}

// firstError returns the first error of errs that is not nil: as json,
// the error an Unmarshal method returns, unwrapped.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// unmarshalRaw hands a raw message to dst's UnmarshalJSON or
// UnmarshalText method (an absent value is left alone).
func (rt *cellRuntime) unmarshalRaw(dst reflect.Value, raw []byte, d *format.Desc) error {
	if len(raw) == 0 {
		return nil
	}
	acc := d.UnmarshalJSON
	if acc == "" {
		if string(raw) == "null" {
			return nil
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("json: cannot unmarshal %s into Go value of type %s", jsonKind(raw), d.Name)
		}
		acc, raw = d.UnmarshalText, []byte(s)
	}
	return rt.callUnmarshal(acc, dst, raw)
}

// textKeyText is the key type of the mirror of a map whose keys have an
// UnmarshalText method: json gives it the key's text.
type textKeyText string

// textKeyDesc returns the description of map key type kt (of a map
// described by d, or nil) when the key has an UnmarshalText method.
func (rt *cellRuntime) textKeyDesc(kt reflect.Type, d *format.Desc) *format.Desc {
	var kd *format.Desc
	if d != nil {
		kd = d.Key
	}
	if kd == nil {
		kd = rt.structDesc(kt)
	}
	if kd == nil || kd.UnmarshalText == "" || kt.Kind() == reflect.Pointer {
		return nil
	}
	return kd
}

// unmarshalText sets the map key dst from text with its UnmarshalText
// method, described by kd.
func (rt *cellRuntime) unmarshalText(dst reflect.Value, text []byte, kd *format.Desc) error {
	if kd == nil {
		return nil
	}
	return rt.callUnmarshal(kd.UnmarshalText, dst, text)
}

// callUnmarshal calls the Unmarshal method named by accessor acc on dst.
func (rt *cellRuntime) callUnmarshal(acc string, dst reflect.Value, raw []byte) error {
	f, recv, ok := rt.accessorFor(acc, dst)
	if !ok {
		return nil
	}
	out := f.Call([]reflect.Value{recv, reflect.ValueOf(raw)})
	if len(out) == 1 {
		if err, _ := out[0].Interface().(error); err != nil {
			return err
		}
	}
	return nil
}

// jsonKind names the kind of a JSON value as json's errors do.
func jsonKind(raw []byte) string {
	switch s := strings.TrimSpace(string(raw)); {
	case strings.HasPrefix(s, "{"):
		return "object"
	case strings.HasPrefix(s, "["):
		return "array"
	case strings.HasPrefix(s, `"`):
		return "string"
	case s == "true" || s == "false":
		return "bool"
	}
	return "number"
}

// fixJSONError names the cell's struct types in json's type errors (their
// reflect types have no name: "Go struct field .age").
func (rt *cellRuntime) fixJSONError(err error, t reflect.Type, d *format.Desc) error {
	var ie *json.InvalidUnmarshalError
	if errors.As(err, &ie) && ie.Type != nil {
		// "json: Unmarshal(non-pointer main.Config)".
		ie.Type = format.Named(ie.Type, format.TypeNameOf(rt.e.types, ie.Type, d))
		return err
	}
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Struct != "" || te.Type == nil {
		return err
	}
	if te.Field == "" {
		// "Go value of type struct { X int … }": the type by its name.
		td := d
		if td == nil || te.Type != t {
			td = nil
			if sd := rt.structDesc(te.Type); sd != nil {
				td = sd
			}
		}
		te.Type = format.Named(te.Type, format.TypeNameOf(rt.e.types, te.Type, td))
		return err
	}
	parent := ""
	embedded := false // the last field stepped through was embedded
	for _, seg := range strings.Split(te.Field, ".") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
			if d != nil {
				d = d.Elem
			}
		}
		if t.Kind() != reflect.Struct {
			break
		}
		if d == nil {
			d = rt.structDesc(t)
		}
		if !embedded {
			// The struct of the JSON object (an embedded struct's fields
			// are the object's own; an anonymous one has no name).
			parent = ""
			if d != nil {
				parent = d.Name
			}
		}
		i := jsonFieldIndex(t, seg)
		if i < 0 {
			break
		}
		embedded = t.Field(i).Anonymous
		t = t.Field(i).Type
		if d != nil && i < len(d.Fields) {
			embedded = embedded || d.Fields[i].Embedded
			d = d.Fields[i].Type
		} else {
			d = nil
		}
	}
	if parent != "" && !strings.HasPrefix(parent, "struct") { // an anonymous struct has no name
		te.Struct = parent[strings.LastIndex(parent, ".")+1:]
	}
	if t == te.Type {
		// The field's type by its name ("of type []main.P").
		te.Type = format.Named(te.Type, format.TypeNameOf(rt.e.types, te.Type, d))
	}
	return err
}

// jsonFieldIndex finds the field of struct type t that json names name.
func jsonFieldIndex(t reflect.Type, name string) int {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == name || tag == "" && strings.EqualFold(f.Name, name) {
			return i
		}
	}
	return -1
}

// compiledWithMethods reports a named type of a compiled package, or a
// pointer to one, with methods.
func compiledWithMethods(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name() != "" && t.PkgPath() != "" && t.Kind() != reflect.Interface &&
		(t.NumMethod() > 0 || reflect.PointerTo(t).NumMethod() > 0)
}
