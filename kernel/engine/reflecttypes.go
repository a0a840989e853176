package engine

import (
	"reflect"
	"slices"
	"strings"

	"gokernel/kernel/engine/format"
)

// reflect.Type of the cells' struct types, as a Go program sees it.
//
// The interpreter makes a cell's struct type with reflect.StructOf: it has
// no name (String spells its fields, with the kernel's tags), its
// unexported fields are exported under another name, and its tags carry
// the kernel's keys. The rewriter sends the reflect.Type methods that
// show those (Name, String, PkgPath, Field, FieldByName, NumField),
// reflect.Value's FieldByName and reflect.VisibleFields through these
// functions, which answer with the declared type (methods: see
// reflectmethods.go).

// rtDecl returns the declared struct type behind t, or nil.
func (rt *cellRuntime) rtDecl(t reflect.Type) *format.Struct {
	if t == nil || t.Kind() != reflect.Struct || t.NumField() == 0 {
		return nil
	}
	id := structID(t)
	if id == 0 || rt.e.comp == nil {
		return nil
	}
	st, ok := rt.e.comp.Struct(id)
	if !ok {
		return nil
	}
	return &st.Struct
}

// rtString is t.String().
func (rt *cellRuntime) rtString(t reflect.Type) string {
	s := t.String() // (a nil t panics as the method call would)
	if !strings.Contains(s, "struct") {
		return s
	}
	return format.TypeNameOf(rt.e.types, t, nil)
}

// rtName is t.Name().
func (rt *cellRuntime) rtName(t reflect.Type) string {
	d := rt.rtDecl(t)
	if d == nil {
		return t.Name()
	}
	return strings.TrimPrefix(d.Name, "main.")
}

// rtPkgPath is t.PkgPath().
func (rt *cellRuntime) rtPkgPath(t reflect.Type) string {
	if rt.rtDecl(t) == nil {
		return t.PkgPath()
	}
	return "main"
}

// rtNumField is t.NumField(): a struct type declared without fields has
// one hidden field that carries its tag.
func (rt *cellRuntime) rtNumField(t reflect.Type) int {
	if d := rt.rtDecl(t); d != nil {
		return len(d.Fields)
	}
	return t.NumField()
}

// rtField is t.Field(i).
func (rt *cellRuntime) rtField(t reflect.Type, i int) reflect.StructField {
	if d := rt.rtDecl(t); d != nil && (i < 0 || i >= len(d.Fields)) {
		panic("reflect: Field index out of bounds")
	}
	return rt.fieldOf(t, i)
}

// fieldOf is field i of t with the declared field's name, tag, package
// path and embedding.
func (rt *cellRuntime) fieldOf(t reflect.Type, i int) reflect.StructField {
	f := t.Field(i)
	d := rt.rtDecl(t)
	if d == nil || i >= len(d.Fields) {
		return f
	}
	df := d.Fields[i]
	f.Name, f.Tag, f.Anonymous = df.Name, reflect.StructTag(df.Tag), df.Embedded
	if !df.Exported {
		f.PkgPath = "main"
	}
	return f
}

// rtFieldByName is t.FieldByName(name).
func (rt *cellRuntime) rtFieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	if rt.rtDecl(t) == nil {
		return t.FieldByName(name)
	}
	for _, f := range rt.rtVisibleFields(t) {
		if f.Name == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// rtVisibleFields is reflect.VisibleFields(t): the fields of t and those
// promoted from its embedded structs, each after the field it comes
// from, but for those a shallower field of the same name hides or that
// have a twin at the same depth.
func (rt *cellRuntime) rtVisibleFields(t reflect.Type) []reflect.StructField {
	if rt.rtDecl(t) == nil {
		return reflect.VisibleFields(t)
	}
	type entry struct {
		f     reflect.StructField
		depth int
	}
	var all []entry
	var walk func(t reflect.Type, index []int, seen map[reflect.Type]bool)
	walk = func(t reflect.Type, index []int, seen map[reflect.Type]bool) {
		for i := range rt.rtNumField(t) {
			f := rt.fieldOf(t, i)
			f.Index = append(slices.Clip(index), i)
			all = append(all, entry{f, len(index)})
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if f.Anonymous && ft.Kind() == reflect.Struct && !seen[ft] {
				seen[ft] = true
				walk(ft, f.Index, seen)
				delete(seen, ft)
			}
		}
	}
	walk(t, nil, map[reflect.Type]bool{t: true})
	type depthCount struct{ depth, n int }
	shallowest := map[string]depthCount{}
	for _, e := range all {
		switch dc, ok := shallowest[e.f.Name]; {
		case !ok || e.depth < dc.depth:
			shallowest[e.f.Name] = depthCount{e.depth, 1}
		case e.depth == dc.depth:
			shallowest[e.f.Name] = depthCount{dc.depth, dc.n + 1}
		}
	}
	var out []reflect.StructField
	for _, e := range all {
		if dc := shallowest[e.f.Name]; dc.depth == e.depth && dc.n == 1 {
			out = append(out, e.f)
		}
	}
	return out
}

// rtArg is a reflect.Type printed by fmt: with the cells' type names.
func (rt *cellRuntime) rtArg(t reflect.Type) any {
	if t == nil {
		return nil
	}
	return format.Named(t, rt.rtString(t))
}

// nilDeref panics as Go's dereference of a nil pointer does.
func nilDeref() {
	var p *struct{ n int }
	_ = p.n
}
