package format

import (
	"reflect"
	"sync"
)

// needsCare reports whether fmt would print a value of type t wrongly.
func needsCare(types Types, t reflect.Type) bool {
	if t == nil {
		return false
	}
	return needsCareIn(types, t, map[reflect.Type]bool{})
}

// needsCareIn is needsCare with the types being computed (a recursive
// type's own answer is false within its computation; a placeholder in the
// shared cache would give it to other goroutines too).
func needsCareIn(types Types, t reflect.Type, visiting map[reflect.Type]bool) bool {
	if t == nil || visiting[t] {
		return false
	}
	if v, ok := careCache.Load(t); ok {
		return v.(bool)
	}
	visiting[t] = true
	r := computeCare(types, t, visiting)
	delete(visiting, t)
	careCache.Store(t, r)
	return r
}

// careCache remembers needsCare per type. Types of the interpreter are
// tagged with their cell type's identity, so a type's answer never changes.
var careCache sync.Map

func computeCare(types Types, t reflect.Type, visiting map[reflect.Type]bool) bool {
	if isValueInterface(t) || isWrapper(t) || isTagged(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct:
		if types.Struct(t) != nil {
			return true
		}
		if t.PkgPath() != "" || t.Name() != "" {
			return false // a compiled named struct: fmt knows it
		}
		for i := 0; i < t.NumField(); i++ {
			if needsCareIn(types, t.Field(i).Type, visiting) {
				return true
			}
			if f := t.Field(i); f.Anonymous && fmtMethods(f.Type) {
				return true // a method it promotes (see printer.promoted)
			}
		}
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return t.Name() == "" && needsCareIn(types, t.Elem(), visiting)
	case reflect.Map:
		return t.Name() == "" && (needsCareIn(types, t.Key(), visiting) || needsCareIn(types, t.Elem(), visiting))
	case reflect.Interface:
		// What an interface holds is known only when printing: it may be
		// the interpreter's wrapper of a cell value ([]any{Monday}).
		return true
	}
	return false
}

// fmtMethods reports whether the method set of t has a method fmt calls.
func fmtMethods(t reflect.Type) bool {
	for _, m := range []string{"String", "Error", "Format", "GoString"} {
		if _, ok := t.MethodByName(m); ok {
			return true
		}
	}
	return false
}
