package compile

import "go/types"

// Recursive struct types.
//
// The interpreter builds a recursive struct type (type N struct{ kids
// []*N }) in two ways, depending on which type it meets first: when a
// value of another type holding a *N (type Tree struct{ root *N }) is made
// before any *N, the types written later as []*N are not the field's
// type, and append([]*N(nil), n.kids...) failed to compile ("cannot use
// []*struct {} as type []*struct { Xkids []*unsafe2.dummy }"), which broke
// textbook B-trees. A variable of type *N declared right after the types
// makes the interpreter settle N first.

// settleRecursive settles the type named gen, declared as obj, when it is
// a recursive struct type.
func (t *translation) settleRecursive(obj types.Object, gen string) {
	if tn, ok := obj.(*types.TypeName); ok {
		t.settleRecursiveType(tn.Type(), gen)
	}
}

// settleRecursiveType settles typ, written as gen, when it is a recursive
// struct type.
func (t *translation) settleRecursiveType(typ types.Type, gen string) {
	n, ok := typ.(*types.Named)
	if !ok {
		return
	}
	if _, ok := n.Underlying().(*types.Struct); !ok || !reachesNamed(n.Underlying(), n, map[types.Type]bool{}) {
		return
	}
	t.c.uniq++
	t.settleB.addLine("var __gk_settle" + itoa(t.c.uniq) + " *" + gen)
}

// reachesNamed reports whether typ refers to target through its elements
// and fields.
func reachesNamed(typ types.Type, target *types.Named, seen map[types.Type]bool) bool {
	if seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := typ.(type) {
	case *types.Named:
		if u == target || types.Identical(u, target) {
			return true
		}
		return reachesNamed(u.Underlying(), target, seen)
	case *types.Alias:
		return reachesNamed(types.Unalias(u), target, seen)
	case *types.Pointer:
		return reachesNamed(u.Elem(), target, seen)
	case *types.Slice:
		return reachesNamed(u.Elem(), target, seen)
	case *types.Array:
		return reachesNamed(u.Elem(), target, seen)
	case *types.Chan:
		return reachesNamed(u.Elem(), target, seen)
	case *types.Map:
		return reachesNamed(u.Key(), target, seen) || reachesNamed(u.Elem(), target, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if reachesNamed(u.Field(i).Type(), target, seen) {
				return true
			}
		}
	}
	return false
}
