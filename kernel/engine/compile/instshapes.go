package compile

import "go/types"

// Shapes of types holding instances of generic types with themselves in
// the type arguments, which the interpreter lays out wrongly whatever
// the order it builds them in (see writeSettles): refused with an error
// that says what to write instead (see unsupported).

// selfInstance returns the instance of a generic struct type of pkg with
// target as a type argument that the generic type holds by value, in a
// slice or in an array, when t holds that instance by value (type Item
// struct{ Kids List[Item] } with List[T] struct{ items []T }) or holds
// another instance of the generic type besides (W[string] beside
// *W[U]); or nil: the interpreter lays such types out wrongly. An
// argument that is a pointer (List[*Item]), a generic type holding it
// behind a pointer (Opt[T] struct{ v *T }) or referring to itself
// (Tree[Item] with Tree[T] struct{ Val T; Left *Tree[T] }, see
// writeSettles), generic interfaces, slices, maps, channels and functions
// (Vec[T] []T), and an instance reached through a pointer, map, channel or
// function (M map[string]*Box[Item]) are fine.
func selfInstance(t types.Type, target *types.Named, pkg *types.Package, seen map[types.Type]bool) *types.Named {
	var walk func(t types.Type, byValue bool) *types.Named
	walk = func(t types.Type, byValue bool) *types.Named {
		if seen[t] {
			return nil
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() != pkg || t.TypeArgs().Len() == 0 || !argsMention(t, target) {
				return nil
			}
			if holdsArg(t, target, pkg) && (byValue || otherInstance(target.Underlying(), t, map[types.Type]bool{})) {
				return t
			}
			return walk(t.Underlying(), byValue) // (its fields, with the arguments in place)
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				if found := walk(t.Field(i).Type(), byValue); found != nil {
					return found
				}
			}
			return nil
		case *types.Array:
			return walk(t.Elem(), byValue)
		}
		var found *types.Named
		componentsAny(t, func(e types.Type) bool {
			found = walk(e, false)
			return found != nil
		})
		return found
	}
	return walk(t, true)
}

// twinInstances returns two instances of generic types of pkg that t is
// made of, each with target in its type arguments, that the interpreter
// lays out wrongly together, or nils: two instances of one generic type
// (type C struct{ P *W[*C]; V *W[C] }), or of two generic types, one of
// which refers to itself, neither holding the other (type Rec struct{
// Idx *Pair[string, *Rec]; B *Box[*Rec] } with Pair[K, V] holding a
// *Pair[K, V]). (List[*Job] holding a *node[*Job] beside a *node[*Job]
// is fine.)
func twinInstances(t types.Type, target *types.Named, pkg *types.Package) (a, b *types.Named) {
	var insts []*types.Named
	findNamed(t, false, func(n *types.Named) (found, stop bool) {
		if n.Obj().Pkg() != pkg || n.TypeArgs().Len() == 0 || !argsMention(n, target) {
			return false, true
		}
		for _, o := range insts {
			if types.Identical(o, n) {
				return false, true
			}
		}
		insts = append(insts, n)
		return false, false // (and its fields, with the arguments in place)
	})
	for i, x := range insts {
		for _, y := range insts[i+1:] {
			if x.Origin() == y.Origin() {
				return x, y
			}
			if (selfGeneric(x) || selfGeneric(y)) && !holdsInstance(x, y) && !holdsInstance(y, x) {
				return x, y
			}
		}
	}
	return nil, nil
}

// selfAndInstance returns, for a type that refers to itself other than
// through instances of generic types (type Emp struct{ Boss *Emp; … }),
// an instance of a generic type of pkg that refers to itself, with the
// type in its type arguments, that the type refers to (Head *node[*Emp]
// with node[V] holding a *node[V]); or nil. No order of settling such
// types (see writeSettles) lays both out right.
func selfAndInstance(named *types.Named, pkg *types.Package) *types.Named {
	direct := false
	var inst *types.Named
	seen := map[types.Type]bool{}
	var walk func(t types.Type, inInst bool) bool
	walk = func(t types.Type, inInst bool) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			switch {
			case t == named:
				direct = direct || !inInst
			case t.Obj().Pkg() != pkg:
			case t.TypeArgs().Len() == 0:
				walk(t.Underlying(), inInst)
			case argsMention(t, named) && selfGeneric(t):
				if inst == nil {
					inst = t
				}
			case argsMention(t, named):
				walk(t.Underlying(), true) // (List[*Item] holding a *node[*Item])
			}
			return false
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), inInst)
			}
			return false
		}
		return componentsAny(t, func(e types.Type) bool { return walk(e, inInst) })
	}
	walk(named.Underlying(), false)
	if !direct {
		return nil
	}
	return inst
}

// selfGeneric reports an instance of a generic type that refers to itself
// (Tree[T] with Left *Tree[T]).
func selfGeneric(inst *types.Named) bool {
	return mentions(inst.Origin().Underlying(), inst.Origin(), map[types.Type]bool{})
}

// holdsInstance reports whether the instance x is made of the instance
// y (List[*Job] of its *node[*Job]).
func holdsInstance(x, y *types.Named) bool {
	return anyNamed(x.Underlying(), func(n *types.Named) bool { return types.Identical(n, y) }, map[types.Type]bool{})
}

// otherInstance reports whether t is made of an instance of inst's
// generic type other than inst (W[string] beside W[U]).
func otherInstance(t types.Type, inst *types.Named, seen map[types.Type]bool) bool {
	return anyNamed(t, func(n *types.Named) bool { return n.Origin() == inst.Origin() && !types.Identical(n, inst) }, seen)
}

// argsMention reports whether a type argument of inst refers to target
// (Item, *Item, []*Item).
func argsMention(inst, target *types.Named) bool {
	for i := 0; i < inst.TypeArgs().Len(); i++ {
		if anyNamed(inst.TypeArgs().At(i), func(n *types.Named) bool { return n == target }, map[types.Type]bool{}) {
			return true
		}
	}
	return false
}

// holdsArg reports whether inst, an instance of a generic struct type of
// pkg, has target as a type argument that the struct holds by value, in
// a slice or in an array.
func holdsArg(inst, target *types.Named, pkg *types.Package) bool {
	st, ok := inst.Origin().Underlying().(*types.Struct)
	if !ok || inst.Obj().Pkg() != pkg {
		return false
	}
	for i := 0; i < inst.TypeArgs().Len(); i++ {
		if !types.Identical(inst.TypeArgs().At(i), target) {
			continue
		}
		tp := inst.Origin().TypeParams().At(i)
		for j := 0; j < st.NumFields(); j++ {
			ft := st.Field(j).Type()
			switch u := ft.(type) {
			case *types.Slice:
				ft = u.Elem()
			case *types.Array:
				ft = u.Elem()
			}
			if types.Identical(ft, tp) {
				return true
			}
		}
	}
	return false
}
