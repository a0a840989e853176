package format

import (
	"reflect"
	"strings"
)

// NamedType is a reflect.Type that reports a cell type's declared name:
// reflect names the interpreter's struct types by their fields ("struct {
// N int "gk:\"1\"" }"). The standard library prints the types it keeps in
// its errors (json.UnmarshalTypeError's Type) with String; everything else
// is the embedded type's.
type NamedType struct {
	reflect.Type
	name string
}

// Named returns t named name ("main.Config") as NamedType, or t when name
// is "" or t's own name.
func Named(t reflect.Type, name string) reflect.Type {
	if t == nil || name == "" || name == t.String() {
		return t
	}
	if n, ok := t.(NamedType); ok {
		t = n.Type
	}
	return NamedType{t, name}
}

// String returns the type's name as %T prints it.
func (t NamedType) String() string { return t.name }

// Name returns the type's name without its package ("Config"), or ""
// for a composite type ([]main.Config).
func (t NamedType) Name() string {
	if strings.ContainsAny(t.name, "[]*( {") {
		return ""
	}
	return t.name[strings.LastIndex(t.name, ".")+1:]
}

// TypeNameOf is the reflect type t (described by d, or nil) as %T prints
// it, with the cells' type names.
func TypeNameOf(types Types, t reflect.Type, d *Desc) string {
	if d != nil && d.Name != "" {
		return d.Name
	}
	p := &printer{types: types}
	return p.typeName(t)
}
