package compile

import "go/types"

// noteFuncFields records, for the engine, that the struct type the
// interpreter knows as name (declared as obj) has fields holding func
// types: a func in a slice or map whose parameters name the struct itself
// is typed by the interpreter with a placeholder for the struct, which
// the engine mends once the type is declared (Plan.FuncFields).
func (t *translation) noteFuncFields(obj types.Object, name string) {
	if obj == nil || name == "" {
		return
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := range st.NumFields() {
		if holdsFunc(st.Field(i).Type(), map[types.Type]bool{}) {
			t.plan.FuncFields = append(t.plan.FuncFields, name)
			return
		}
	}
}

// holdsFunc reports whether values of type typ hold func values, other
// than through the fields of a named struct type.
func holdsFunc(typ types.Type, seen map[types.Type]bool) bool {
	return anyPart(typ, seen, func(t types.Type) bool {
		switch t := t.(type) {
		case *types.Signature:
			return true
		case *types.Named:
			_, isStruct := t.Underlying().(*types.Struct)
			return !isStruct && holdsFunc(t.Underlying(), seen)
		}
		return false
	})
}

// anyPart reports whether f holds for typ or for a type it is made of:
// elements, keys, parameters and results, fields of unnamed structs (not
// the underlying types of named types).
func anyPart(typ types.Type, seen map[types.Type]bool, f func(types.Type) bool) bool {
	typ = types.Unalias(typ)
	if seen[typ] {
		return false
	}
	seen[typ] = true
	if f(typ) {
		return true
	}
	part := func(t types.Type) bool { return anyPart(t, seen, f) }
	switch u := typ.(type) {
	case *types.Pointer:
		return part(u.Elem())
	case *types.Slice:
		return part(u.Elem())
	case *types.Array:
		return part(u.Elem())
	case *types.Chan:
		return part(u.Elem())
	case *types.Map:
		return part(u.Key()) || part(u.Elem())
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := range tup.Len() {
				if part(tup.At(i).Type()) {
					return true
				}
			}
		}
	case *types.Struct:
		for i := range u.NumFields() {
			if part(u.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}
