package format

import "reflect"

// Values of named non-struct types of the cells held in the interpreter's
// wrappers (see RecoverDesc).

// WrappedDesc is the description of the type of the value in the
// interpreter's wrapper v when it is of a named non-struct cell type (see
// RecoverDesc), with that value; nil otherwise.
func WrappedDesc(v any) (any, *Desc) {
	w, d := wrapperDesc(reflect.ValueOf(v))
	if d == nil || !w.IsValid() || !w.CanInterface() {
		return nil, nil
	}
	return w.Interface(), d
}

// WrappedNamed returns the value a compiled interface value v holds when
// it is of the named non-struct cell type name ("main.Code"), or nil: the
// interpreter's wrapper holds it as a value of its underlying type, and
// only its Error or String method can tell its type (see RecoverDesc).
func WrappedNamed(v any, name string) any {
	if w, d := WrappedDesc(v); d != nil && d.Name == name {
		return w
	}
	return nil
}

// WrappedUnnamed returns the value the interpreter's wrapper v (of a
// compiled interface) holds when it is of an unnamed or predeclared type
// ([]int, int): a value of a named non-struct cell type that has no Error
// or String method to tell its type; nil otherwise. (Such types have no
// methods: a cell type's value is the only one a wrapper holds so.)
func WrappedUnnamed(v any) any {
	w := peelInterfaces(reflect.ValueOf(v))
	if !w.IsValid() || !isWrapper(w.Type()) {
		return nil
	}
	iv := peelInterfaces(w.Field(0))
	if !iv.IsValid() || iv.Type().PkgPath() != "" || !iv.CanInterface() {
		return nil
	}
	switch iv.Kind() {
	case reflect.Struct, reflect.Pointer, reflect.Interface:
		return nil
	}
	return iv.Interface()
}

// wrapperDesc returns the value in the interpreter's wrapper v (through
// interfaces) and its type's description when it is a named non-struct
// type's value that told it (see RecoverDesc); the description is nil
// otherwise.
func wrapperDesc(v reflect.Value) (reflect.Value, *Desc) {
	v = peelInterfaces(v)
	if !v.IsValid() || !isWrapper(v.Type()) || !v.CanInterface() {
		return v, nil
	}
	if x, ok := v.Interface().(Described); ok {
		if d := x.TypeDesc(); d != nil {
			return v.Field(0).Elem(), d
		}
	}
	// Only a value of a named non-struct type can tell its description:
	// a pointer or struct in the wrapper is not asked (asking calls its
	// Error or String method once more).
	switch iv := peelInterfaces(v.Field(0)); {
	case !iv.IsValid(), iv.Kind() == reflect.Pointer, iv.Kind() == reflect.Struct:
		return v, nil
	}
	if r, d, ok := RecoverDesc(v); ok && d != nil {
		return r, d
	}
	return v, nil
}

// Described is a wrapper of the runtime's own (its first field IValue)
// that knows the description of its value's type.
type Described interface {
	TypeDesc() *Desc
}
