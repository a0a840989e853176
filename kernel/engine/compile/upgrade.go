package compile

import (
	"go/types"
	"strconv"
	"strings"
)

// A type gets a new version when a method of it is redefined (see the
// cascade in emit.go); variables of the type are migrated to the new
// version, but a value kept in an interface (var s Shape, []Shape,
// map[string]any) would go on calling the old methods. The upgrade step
// converts those values to the new version, as Python's late binding
// makes every existing object see a redefined method:
//
//	func() { up := func(v Shape) Shape { ... }; defer func() { recover() }(); for i := range shapes { ... shapes[i] = up(shapes[i]) } }()
//
// Values are converted field by field, as variables are migrated (a type
// redefined with a new field gets it zero); struct types, whose values
// the interpreter tells apart, and named non-struct types held in the
// cells' own interfaces, where it tells them by name.

// upgradeSteps returns the steps that convert the values held in the
// session's interface variables to the new versions of the types the
// cell declares anew, or nil.
func (t *translation) upgradeSteps(redeclared func(string) bool) []*Step {
	sess := t.c.sess
	type conv struct {
		old, new string
		named    types.Type
		plain    bool // a named non-struct type
	}
	var convs []conv
	for _, k := range sortedKeys(t.gens) {
		d := sess.Decls[k]
		g := t.gens[k]
		if d == nil || d.Kind != KindType || d.Gen == "" || d.Gen == g || isGeneric(d.Node) {
			continue
		}
		tn, ok := t.ck.pkg.Scope().Lookup(k).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue // (an interface has no values of its own: those it holds are converted)
		}
		_, isStruct := tn.Type().Underlying().(*types.Struct)
		// The interpreter tells a value of a named non-struct type from
		// one of another type with the same underlying type only in the
		// cells' own interfaces, by its name (tagged values in empty
		// interfaces find the new methods by name anyway).
		convs = append(convs, conv{d.Gen, g, tn.Type(), !isStruct})
	}
	// New instances of generic struct types whose methods changed, or
	// whose type arguments did.
	renamed := map[string]string{}
	for _, c := range convs {
		renamed[c.new] = c.old
	}
	for _, in := range t.typeInsts {
		old := t.c.typeInsts[argsKey(in)]
		if old == "" {
			// (Box[Item__gk2], whose argument got a new version: the
			// old instance is Box[Item].)
			old = t.c.typeInsts[in.origin.Name()+"["+strings.Join(olderArgs(in.args, renamed), ", ")+"]"]
		}
		tn, ok := in.origin.(*types.TypeName)
		if old == "" || old == in.name || !ok {
			continue
		}
		if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
			continue
		}
		targs, ok := t.instArgTypes(in)
		if !ok || anyTypeParam(targs) {
			continue
		}
		if inst, err := types.Instantiate(nil, tn.Type(), targs, false); err == nil {
			convs = append(convs, conv{old, in.name, inst, false})
		}
	}
	if len(convs) == 0 {
		return nil
	}
	var changed []*types.Named
	for _, c := range convs {
		if n, ok := types.Unalias(c.named).(*types.Named); ok {
			changed = append(changed, n)
		}
	}
	mentionsChanged := func(t types.Type) bool {
		for _, n := range changed {
			if mentions(t, n, map[types.Type]bool{}) {
				return true
			}
		}
		return false
	}
	var steps []*Step
	for _, d := range sess.sorted() {
		if d.Kind != KindVar || redeclared(d.Key) {
			continue
		}
		v, ok := t.ck.pkg.Scope().Lookup(d.Key).(*types.Var)
		if !ok {
			continue
		}
		var ups strings.Builder
		var both upgraders
		made := map[string]string{} // the function of each interface type
		upFor := func(iface types.Type) string {
			// A function of the interface type: the interpreter loses the
			// dynamic type of a non-empty interface value passed as any.
			is := t.typeStr(iface)
			if up, ok := made[is]; ok {
				return up // (a value inside a value of it: see descend)
			}
			t.c.uniq++
			up := "__gk_up" + itoa(t.c.uniq)
			made[is] = up
			// Declared first: the code of values inside its values
			// (written before its own) calls it.
			ups.WriteString("var " + up + " func(" + is + ") " + is + "; ")
			var fn strings.Builder
			defer func() { ups.WriteString(fn.String()) }()
			// (A value it cannot convert stays as it was.)
			fn.WriteString(up + " = func(__gk_uv " + is + ") (__gk_ur " + is + ") { __gk_ur = __gk_uv; defer func() { recover() }();")
			it, _ := iface.Underlying().(*types.Interface)
			for _, c := range convs {
				// In an interface of compiled code the value is the
				// interpreter's wrapper: Norm finds the cell's value
				// (NormNZ, but for an empty struct type: see concreteFunc).
				x := "__gk_uv"
				if compiledIface(iface, t.ck.pkg) {
					x = rtName + ".NormNZ(__gk_uv)"
					if st, ok := c.named.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
						x = rtName + ".Norm(__gk_uv)"
					}
				}
				if c.plain {
					// A conversion, or for a slice, map, array, channel
					// or function type (of a struct type that changed) the
					// runtime's, element by element.
					conv := c.new + "(__gk_ux)"
					_, basic := c.named.Underlying().(*types.Basic)
					_, isFunc := c.named.Underlying().(*types.Signature)
					if !basic && (!isFunc || mentionsChanged(c.named.Underlying())) {
						// (A func type's value converted stays a function of
						// the type, with its methods, unless its signature
						// names a type that changed.)
						conv = rtName + ".Upgrade(__gk_ux, *new(" + c.new + ")).(" + c.new + ")"
					}
					switch {
					case !types.Implements(c.named, it):
					case !compiledIface(iface, t.ck.pkg) && (basic || isFunc) && ifaceMentions(it, mentionsChanged):
						// The old version does not implement the interface's
						// new version (retries(3) in an Option whose method
						// takes a struct that changed): asserted to it, an
						// impossible assertion. The value is of the
						// underlying type, its dynamic type tells the old
						// one; the runtime converts a function.
						ut := t.typeStr(c.named.Underlying())
						fn.WriteString(" if " + rtName + ".DynIs([]" + is + "{__gk_uv}, \"" + c.old + "\") { if __gk_ux, ok := " +
							rtName + ".UpgradeFrom([]" + is + "{__gk_uv}, *new(" + c.old + "), *new(" + ut + ")); ok { var __gk_nv " + is +
							" = " + c.new + "(__gk_ux.(" + ut + ")); return __gk_nv } };")
					case !compiledIface(iface, t.ck.pkg):
						fn.WriteString(" if __gk_ux, ok := __gk_uv.(" + c.old + "); ok && " + rtName + ".DynIs([]" + is +
							"{__gk_uv}, \"" + c.old + "\") { var __gk_nv " + is + " = " + conv + "; return __gk_nv };")
					case hasStringMethod(c.named, "String") || types.Implements(c.named, errorType):
						// In error or fmt.Stringer, the interpreter's wrapper,
						// whose value tells its type (see format.WrappedNamed).
						fn.WriteString(" if __gk_ux, ok := " + rtName + ".WrappedNamed(__gk_uv, " + strconv.Quote(goTypeName(c.named)) +
							").(" + c.old + "); ok { var __gk_nv " + is + " = " + conv + "; return __gk_nv };")
					case t.soleUnderlying(c.named, it):
						// (In io.Writer or sort.Interface, a value of the
						// underlying type is of the one such type.)
						// (A nil slice or map stays: converted, the
						// interpreter makes it a nil interface.)
						cond := "ok"
						switch c.named.Underlying().(type) {
						case *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Pointer:
							cond = "ok && __gk_ux != nil"
						}
						fn.WriteString(" if __gk_ux, ok := " + rtName + ".WrappedUnnamed(__gk_uv).(" + c.old +
							"); " + cond + " { var __gk_nv " + is + " = " + conv + "; return __gk_nv };")
					}
					continue
				}
				if !compiledIface(iface, t.ck.pkg) {
					// The old version may not implement the interface's
					// new version (a method of it takes another type
					// redefined): the runtime tells the old type by its
					// reflect type.
					for _, p := range []string{"", "*"} {
						var named types.Type = c.named
						zero := func(g string) string { return g + "{}" }
						if p == "*" {
							named = types.NewPointer(c.named)
							zero = func(g string) string { return "(*" + g + ")(nil)" }
						}
						if types.Implements(named, it) {
							// (Converted, then walked: what it holds
							// may be of old versions still, see descend.)
							fn.WriteString(" if __gk_ux, ok := " + rtName + ".UpgradeFrom([]" + is + "{__gk_uv}, " + zero(c.old) +
								", " + zero(c.new) + "); ok { __gk_uv = __gk_ux.(" + p + c.new + ") };")
						}
					}
					continue
				}
				// The runtime's Upgrade converts field by field, sharing
				// pointers with the migrated variables.
				if types.Implements(c.named, it) {
					conv := rtName + ".Upgrade(__gk_ux, " + c.new + "{}).(" + c.new + ")"
					if _, isStruct := c.named.Underlying().(*types.Struct); isStruct && !errorOrStringer(iface) {
						// Its last field, else (see selfWrap).
						fn.WriteString(" if __gk_ux, ok := " + x + ".(" + c.old + "); ok { __gk_nx := " + conv +
							"; " + rewrapText(is, "__gk_nx") + "return __gk_w };")
					} else {
						fn.WriteString(" if __gk_ux, ok := " + x + ".(" + c.old + "); ok { return " + conv + " };")
					}
				}
				if types.Implements(types.NewPointer(c.named), it) {
					// (A nil pointer stays as it is, the runtime's typed
					// nil: converted, the interpreter makes it a nil
					// interface.)
					fn.WriteString(" if __gk_ux, ok := " + x + ".(*" + c.old + "); ok { if __gk_ux == nil { return __gk_uv }; return " + rtName +
						".Upgrade(__gk_ux, (*" + c.new + ")(nil)).(*" + c.new + ") };")
				}
			}
			if !compiledIface(iface, t.ck.pkg) {
				fn.WriteString(t.descend(it, both))
			}
			fn.WriteString(" return __gk_uv }; ")
			return up
		}
		keyFor := func(iface types.Type) string {
			// The keys of a map keyed by the interface, which the
			// interpreter has keyed by any (see ifacekeys.go): the values.
			it, _ := iface.Underlying().(*types.Interface)
			t.c.uniq++
			up := "__gk_up" + itoa(t.c.uniq)
			ups.WriteString(up + " := func(__gk_uv any) any {")
			for _, c := range convs {
				if c.plain {
					continue
				}
				if types.Implements(c.named, it) {
					ups.WriteString(" if __gk_ux, ok := __gk_uv.(" + c.old + "); ok { return " + rtName + ".Upgrade(__gk_ux, " + c.new + "{}) };")
				}
				if types.Implements(types.NewPointer(c.named), it) {
					ups.WriteString(" if __gk_ux, ok := __gk_uv.(*" + c.old + "); ok { return " + rtName + ".Upgrade(__gk_ux, (*" + c.new + ")(nil)) };")
				}
			}
			ups.WriteString(" return __gk_uv }; ")
			return up
		}
		walkers := map[string]string{} // the walker of each struct type
		ptrFor := func(n *types.Named) string {
			// A function walking the struct a pointer points to, once
			// (a list's nodes, a cyclic graph).
			ts := t.typeStr(n)
			if w, ok := walkers[ts]; ok {
				return w
			}
			walkers[ts] = ""
			if !ifaceWithin(n, t.ck.pkg, map[types.Type]bool{}) {
				return ""
			}
			t.c.uniq++
			w := "__gk_upw" + itoa(t.c.uniq)
			walkers[ts] = w
			ups.WriteString("var " + w + " func(*" + ts + "); ")
			body := t.upgradeExpr("__gk_wp", n, both, 0)
			// (Bounded: a long list is walked so far, never to a stack
			// overflow, nor for long.)
			ups.WriteString(w + " = func(__gk_wp *" + ts + ") { if __gk_useen[__gk_wp] || __gk_udepth >= " + itoa(maxWalkDepth) +
				" || len(__gk_useen) >= " + itoa(maxWalked) + " { return }; __gk_useen[__gk_wp] = true; __gk_udepth++; " + body + "; __gk_udepth-- }; ")
			return w
		}
		both = upgraders{upFor, keyFor, ptrFor}
		code := t.upgradeVar(d.Key, v.Type(), both)
		if code == "" {
			continue
		}
		bl := builder{}
		bl.addLine("func() { __gk_useen, __gk_udepth := map[any]bool{}, 0; _, _ = __gk_useen, __gk_udepth; " + ups.String() + "defer func() { recover() }(); " + code + " }()")
		steps = append(steps, bl.step("upgrade"))
	}
	return steps
}

// descend is the code converting the values inside a value of interface
// it of the session's struct types that hold interface values (a tree's
// nodes: type Pair struct{ L, R Node } held in a Node), with the
// converters of ups: a pointer's struct is converted in place, once (by
// its walker); a value is converted as a copy, returned.
func (t *translation) descend(it *types.Interface, ups upgraders) string {
	var b strings.Builder
	for _, ss := range t.sessionStructs() {
		name := t.typeStr(ss.named)
		if types.Implements(types.NewPointer(ss.named), it) {
			if w := ups.ptr(ss.named); w != "" {
				b.WriteString(" if __gk_ux, ok := __gk_uv.(*" + name + "); ok && __gk_ux != nil { " + w + "(__gk_ux); return __gk_uv };")
			}
		}
		if types.Implements(ss.named, it) {
			if sub := t.upgradeExpr("__gk_ux", ss.named, ups, 0); sub != "" {
				b.WriteString(" if __gk_ux, ok := __gk_uv.(" + name + "); ok { " + sub + "; return __gk_ux };")
			}
		}
	}
	return b.String()
}

// maxWalkDepth and maxWalked bound the walk of the structs pointers lead
// to (see ptrFor in upgradeSteps): how deep, and how many.
const (
	maxWalkDepth = 2000
	maxWalked    = 200000
)

// upgraders write the functions that convert the values of one interface
// type (iface) and the keys of a map keyed by one (key), and return their
// names.
type upgraders struct {
	iface, key func(types.Type) string
	ptr        func(*types.Named) string // the walker of a pointer to a struct type of the cells, or ""
}

// upgradeVar is the code converting the values of variable name, of type
// typ, that are held in interfaces (with the converters of ups), or "".
func (t *translation) upgradeVar(name string, typ types.Type, ups upgraders) string {
	return t.upgradeExpr(name, typ, ups, 0)
}

// maxUpgradeDepth bounds how deep upgradeExpr looks into structs, pointers
// and slices for interface values.
const maxUpgradeDepth = 3

// upgradeExpr is upgradeVar for the expression x of type typ, depth levels
// into a variable.
func (t *translation) upgradeExpr(x string, typ types.Type, ups upgraders, depth int) string {
	if depth > maxUpgradeDepth {
		return ""
	}
	if types.IsInterface(typ) {
		return "if " + x + " != nil { " + x + " = " + ups.iface(typ) + "(" + x + ") }"
	}
	if n, ok := types.Unalias(typ).(*types.Named); ok && n.Obj().Pkg() != t.ck.pkg {
		return "" // a compiled package's type: its fields are its own
	}
	i := "__gk_ui" + itoa(depth)
	switch u := typ.Underlying().(type) {
	case *types.Slice:
		if sub := t.upgradeExpr(x+"["+i+"]", u.Elem(), ups, depth+1); sub != "" {
			return "for " + i + " := range " + x + " { " + sub + " }"
		}
	case *types.Array:
		if sub := t.upgradeExpr(x+"["+i+"]", u.Elem(), ups, depth+1); sub != "" {
			return "for " + i + " := range " + x + " { " + sub + " }"
		}
	case *types.Map:
		var code []string
		if sessionIface(u.Key(), t.ck.pkg) {
			// Each key is replaced by its new version (the keys are
			// listed first: the map changes).
			ks, k, nk := "__gk_uks"+itoa(depth), "__gk_uk"+itoa(depth), "__gk_unk"+itoa(depth)
			code = append(code, ks+" := make([]any, 0, len("+x+")); for "+k+" := range "+x+" { "+ks+" = append("+ks+", "+k+") }; "+
				"for _, "+k+" := range "+ks+" { if "+nk+" := "+ups.key(u.Key())+"("+k+"); "+nk+" != "+k+" { "+
				x+"["+nk+"] = "+x+"["+k+"]; delete("+x+", "+k+") } }")
		}
		k, w := "__gk_uk"+itoa(depth), "__gk_uw"+itoa(depth)
		if types.IsInterface(u.Elem()) {
			code = append(code, "for "+k+", "+w+" := range "+x+" { if "+w+" != nil { "+x+"["+k+"] = "+ups.iface(u.Elem())+"("+w+") } }")
		} else if sub := t.upgradeExpr(w, u.Elem(), ups, depth+1); sub != "" {
			// Elements holding interfaces (map[string][]Shape): a copy
			// converted, stored back.
			code = append(code, "for "+k+", "+w+" := range "+x+" { "+sub+"; "+x+"["+k+"] = "+w+" }")
		}
		return strings.Join(code, "; ")
	case *types.Pointer:
		_, isStruct := u.Elem().Underlying().(*types.Struct)
		if n, ok := types.Unalias(u.Elem()).(*types.Named); ok && isStruct && n.Obj().Pkg() == t.ck.pkg && ups.ptr != nil {
			// Through the struct type's walker: it may point on to
			// values of its own type (l.Next.V of a list).
			if w := ups.ptr(n); w != "" {
				return "if " + x + " != nil { " + w + "(" + x + ") }"
			}
			return ""
		}
		elem := x // a struct's fields are reached through the pointer
		if !isStruct {
			elem = "(*" + x + ")" // (&[]Shape{…})
		}
		if sub := t.upgradeExpr(elem, u.Elem(), ups, depth+1); sub != "" {
			return "if " + x + " != nil { " + sub + " }"
		}
	case *types.Struct:
		var subs []string
		for j := 0; j < u.NumFields(); j++ {
			f := u.Field(j)
			name := f.Name()
			if name == "_" {
				continue
			}
			if f.Embedded() {
				ft := f.Type()
				if p, ok := ft.(*types.Pointer); ok {
					ft = p.Elem()
				}
				if n, ok := ft.(*types.Named); ok && n.Obj().Pkg() == t.ck.pkg {
					if g := t.gen(n.Obj().Name()); g != "" {
						name = g // a versioned type's field
					}
				}
			}
			if sub := t.upgradeExpr(x+"."+name, f.Type(), ups, depth+1); sub != "" {
				subs = append(subs, sub)
			}
		}
		return strings.Join(subs, "; ")
	}
	return ""
}

// mentionsNames reports whether typ refers to a named type of pkg whose
// name is in names.
func mentionsNames(typ types.Type, pkg *types.Package, names map[string]bool, seen map[types.Type]bool) bool {
	if seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := typ.(type) {
	case *types.Named:
		return u.Obj().Pkg() == pkg && names[u.Obj().Name()]
	case *types.Alias:
		return mentionsNames(types.Unalias(u), pkg, names, seen)
	case *types.Pointer:
		return mentionsNames(u.Elem(), pkg, names, seen)
	case *types.Slice:
		return mentionsNames(u.Elem(), pkg, names, seen)
	case *types.Array:
		return mentionsNames(u.Elem(), pkg, names, seen)
	case *types.Chan:
		return mentionsNames(u.Elem(), pkg, names, seen)
	case *types.Map:
		return mentionsNames(u.Key(), pkg, names, seen) || mentionsNames(u.Elem(), pkg, names, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mentionsNames(u.Field(i).Type(), pkg, names, seen) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mentionsNames(tup.At(i).Type(), pkg, names, seen) {
					return true
				}
			}
		}
	}
	return false
}

// soleUnderlying reports whether named is the only named non-struct type
// of the session with its underlying type that implements it: a value
// the interpreter's wrapper of an interface of compiled code holds as a
// value of that type is then one of named.
func (t *translation) soleUnderlying(named types.Type, it *types.Interface) bool {
	u := named.Underlying()
	scope := t.ck.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.Identical(tn.Type(), named) {
			continue
		}
		if types.Identical(tn.Type().Underlying(), u) && types.Implements(tn.Type(), it) {
			return false
		}
	}
	return true
}

// olderArgs returns type arguments spelled with the names the types in
// renamed (new version → old) had before.
func olderArgs(args []string, renamed map[string]string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = identWords.ReplaceAllStringFunc(a, func(id string) string {
			if o, ok := renamed[id]; ok {
				return o
			}
			return id
		})
	}
	return out
}

// ifaceMentions reports whether a method of it has a signature that
// satisfies mentions.
func ifaceMentions(it *types.Interface, mentions func(types.Type) bool) bool {
	if it == nil {
		return false
	}
	for i := 0; i < it.NumMethods(); i++ {
		if mentions(it.Method(i).Type()) {
			return true
		}
	}
	return false
}
