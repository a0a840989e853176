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
	if seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := typ.(type) {
	case *types.Named:
		if _, ok := u.Underlying().(*types.Struct); ok {
			return false
		}
		return holdsFunc(u.Underlying(), seen)
	case *types.Alias:
		return holdsFunc(types.Unalias(u), seen)
	case *types.Signature:
		return true
	case *types.Slice:
		return holdsFunc(u.Elem(), seen)
	case *types.Array:
		return holdsFunc(u.Elem(), seen)
	case *types.Pointer:
		return holdsFunc(u.Elem(), seen)
	case *types.Chan:
		return holdsFunc(u.Elem(), seen)
	case *types.Map:
		return holdsFunc(u.Key(), seen) || holdsFunc(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsFunc(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}
