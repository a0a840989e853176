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
	t.settles = append(t.settles, settled{n, gen})
}

// settled is a recursive struct type to settle, written as gen.
type settled struct {
	named *types.Named
	gen   string
}

// writeSettles writes the variables settling the recursive struct types
// of the step. The interpreter builds the types a recursive type refers
// to within its own, and gets some of them wrong unless they were settled
// before. In turn: instances of generic types that refer to themselves
// (Item{ Head *node[*Item] } settles node[*Item] first), then types that
// refer to themselves directly (Emp{ Dept *Dept; Next *Emp } before
// Dept{ Head *Emp }), then the others in their order; each after the
// types recursive by themselves it refers to that do not refer back to it
// (Dept{ Org *TreeInt; Sub map[string]*Dept } settles TreeInt first) and,
// but for those instances, after the types that hold it by value when it
// does not hold them so (Vertex{ Out []Edge } before Edge{ To *Vertex }).
// Values of a type settled late were not assignable to the fields of one
// holding it ("reflect.Set: value of type *struct { Val int; Left
// *unsafe2.dummy … }").
func (t *translation) writeSettles() {
	self := make([]bool, len(t.settles))     // recursive by itself
	selfInst := make([]bool, len(t.settles)) // and an instance
	for i, s := range t.settles {
		self[i] = t.selfRecursive(i)
		selfInst[i] = self[i] && s.named.TypeArgs().Len() > 0
	}
	done := make([]bool, len(t.settles))
	var visit func(i int)
	visit = func(i int) {
		if done[i] {
			return
		}
		done[i] = true
		for j := range t.settles {
			if j != i && (self[j] && t.settleReaches(i, j) && !t.settleReaches(j, i) || !selfInst[i] && t.holdsByValue(j, i) && !t.holdsByValue(i, j)) {
				visit(j)
			}
		}
		t.c.uniq++
		t.settleB.addLine("var __gk_settle" + itoa(t.c.uniq) + " *" + t.settles[i].gen)
	}
	for i := range t.settles {
		if selfInst[i] {
			visit(i)
		}
	}
	for i := range t.settles {
		if self[i] {
			visit(i)
		}
	}
	for i := range t.settles {
		visit(i)
	}
}

// selfRecursive reports whether the i-th type to settle refers to itself
// without going through another type to settle (node[T] with next
// *node[T]).
func (t *translation) selfRecursive(i int) bool {
	n := t.settles[i].named
	return findNamed(n.Underlying(), false, func(u *types.Named) (found, stop bool) {
		if types.Identical(u, n) {
			return true, true
		}
		for j, s := range t.settles {
			if j != i && types.Identical(u, s.named) {
				return false, true // (through another type to settle)
			}
		}
		return false, false
	})
}

// holdsByValue reports whether the j-th type to settle holds the i-th by
// value: as a field, an element of an array, slice or map, or inside
// another struct type it holds so (Vertex{ Out []Edge } holds Edge).
func (t *translation) holdsByValue(j, i int) bool {
	target := t.settles[i].named
	return findNamed(t.settles[j].named.Underlying(), true, func(u *types.Named) (found, stop bool) {
		return types.Identical(u, target), false
	})
}

// findNamed reports whether the named types typ is made of (through
// fields, elements, keys, parameters and results, and the underlying types
// of named types, or only through fields and the elements and keys of
// arrays, slices and maps when byValue) include one that at says is found;
// at also says where to look no further.
func findNamed(typ types.Type, byValue bool, at func(*types.Named) (found, stop bool)) bool {
	seen := map[types.Type]bool{}
	var walk func(typ types.Type) bool
	walk = func(typ types.Type) bool {
		typ = types.Unalias(typ)
		if seen[typ] {
			return false
		}
		seen[typ] = true
		switch u := typ.(type) {
		case *types.Named:
			if found, stop := at(u); found || stop {
				return found
			}
			return walk(u.Underlying())
		case *types.Struct:
			for k := 0; k < u.NumFields(); k++ {
				if walk(u.Field(k).Type()) {
					return true
				}
			}
			return false
		case *types.Array:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Key()) || walk(u.Elem())
		}
		return !byValue && componentsAny(typ, walk)
	}
	return walk(typ)
}

// settleReaches reports whether the i-th type to settle refers to the
// j-th.
func (t *translation) settleReaches(i, j int) bool {
	return reachesNamed(t.settles[i].named.Underlying(), t.settles[j].named, map[types.Type]bool{})
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
