package compile

import (
	"go/types"

	"gokernel/kernel/engine/format"
)

// Printing functions get, with each argument whose type involves a cell's
// named types, a description of that type (format.Desc): the interpreter's
// values carry neither the name nor the methods of such types.
//
//	fmt.Println(c)  →  fmt.Println(__gk.Box(c, ID))

// Desc returns the description with the given ID.
func (c *Compiler) Desc(id int) *format.Desc {
	if id <= 0 || id > len(c.descs) {
		return nil
	}
	d := c.descs[id-1]
	if d.Session && len(d.Methods) == 0 {
		// Code written before a later cell gave the type methods
		// prints and marshals it with them.
		if nd := c.TaggedDesc(d.Name); nd != nil {
			return nd
		}
	}
	return d
}

// descID returns the ID of the description of typ, or 0 when printing a
// value of typ needs none.
func (t *translation) descID(typ types.Type) int {
	typ = types.Unalias(typ) // type Km = Meters: a Meters
	// A method declared later changes the description: the key carries
	// the count of cells that declared methods.
	key := t.typeStr(typ) + "@" + itoa(t.c.methodCells)
	walkTypes(typ, func(n *types.Named) {
		// Types declared in functions may share a name (type item in
		// two functions): told apart by where they are declared.
		if o := n.Obj(); o.Pkg() == t.ck.pkg && o.Parent() != nil && o.Parent() != t.ck.pkg.Scope() {
			key += "#" + t.c.fset.Position(o.Pos()).String()
		}
	})
	if id, ok := t.c.descIDs[key]; ok {
		return id
	}
	d := t.desc(typ, map[types.Type]*format.Desc{})
	if d == nil {
		return 0
	}
	t.c.descs = append(t.c.descs, d)
	t.c.descIDs[key] = len(t.c.descs)
	if n, ok := typ.(*types.Named); ok && t.namedNonStruct(typ) && n.Obj().Parent() == t.ck.pkg.Scope() {
		// (A type declared in a function is not redefined, and may
		// share its name with the session's.)
		t.c.taggedMu.Lock()
		t.c.taggedDescs[d.Name] = d
		t.c.taggedMu.Unlock()
	}
	return len(t.c.descs)
}

// TaggedDesc returns the latest description of the cell's named
// non-struct type named name ("main.Color"), for its tagged values.
// Safe for concurrent use (goroutines of earlier cells print while a cell
// compiles).
func (c *Compiler) TaggedDesc(name string) *format.Desc {
	c.taggedMu.Lock()
	defer c.taggedMu.Unlock()
	return c.taggedDescs[name]
}

// cellIfaceName is %T's name of typ when it is a named interface type of the
// cells ("main.Shape"), else "".
func (t *translation) cellIfaceName(typ types.Type) string {
	n, ok := types.Unalias(typ).(*types.Named)
	if !ok || n.Obj().Pkg() != t.ck.pkg || !types.IsInterface(n) {
		return ""
	}
	return goTypeName(n)
}

// desc builds the description of typ (nil when reflection suffices).
func (t *translation) desc(typ types.Type, seen map[types.Type]*format.Desc) *format.Desc {
	if types.IsInterface(typ) || !mentionsPkg(typ, t.ck.pkg, map[types.Type]bool{}) && !anonUnexported(typ) {
		// An interface's value is printed by its dynamic type.
		return nil
	}
	if d, ok := seen[typ]; ok {
		return d
	}
	d := &format.Desc{Name: goTypeName(typ)}
	if n, ok := typ.(*types.Named); ok && t.namedNonStruct(typ) && n.Obj().Parent() == t.ck.pkg.Scope() {
		d.Session = true // (see format.Latest)
	}
	seen[typ] = d
	switch u := typ.Underlying().(type) {
	case *types.Pointer:
		d.Elem = t.desc(u.Elem(), seen)
	case *types.Slice:
		d.Elem, d.ElemIface = t.desc(u.Elem(), seen), t.cellIfaceName(u.Elem())
	case *types.Array:
		d.Elem, d.ElemIface = t.desc(u.Elem(), seen), t.cellIfaceName(u.Elem())
	case *types.Chan:
		d.Elem = t.desc(u.Elem(), seen)
	case *types.Map:
		d.Key = t.desc(u.Key(), seen)
		d.Elem, d.ElemIface = t.desc(u.Elem(), seen), t.cellIfaceName(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			d.Fields = append(d.Fields, format.Field{Name: f.Name(), Exported: f.Exported(),
				Embedded: f.Embedded(), Type: t.desc(f.Type(), seen), Iface: t.cellIfaceName(f.Type())})
		}
	}
	t.jsonMethods(d, typ)
	if t.withMethods {
		t.templateMethods(d, typ, seen)
	}
	t.registerStructDesc(typ, d)
	for _, m := range []string{"Error", "String", "GoString"} {
		if !hasStringMethod(typ, m) || types.IsInterface(typ) || t.mentionsLocal(typ, map[types.Type]bool{}) {
			// (A type declared in a function: the accessors, written at
			// the top level, cannot name it.)
			continue
		}
		acc := t.methodAccessor(typ, m)
		switch m {
		case "Error":
			d.Error = acc
		case "String":
			d.String = acc
		default:
			d.GoString = acc
		}
	}
	if hasFormatMethod(typ) && !types.IsInterface(typ) && !t.mentionsLocal(typ, map[types.Type]bool{}) {
		d.Format = t.methodAccessor(typ, "Format")
	}
	t.errorMethods(d, typ)
	return d
}

// errorMethods names in d the accessors of the Unwrap, Is and As methods
// of a named non-struct type, which package errors calls (type MultiError
// []error with Unwrap() []error, type Code int with Is).
func (t *translation) errorMethods(d *format.Desc, typ types.Type) {
	if !t.namedNonStruct(typ) || t.mentionsLocal(typ, map[types.Type]bool{}) {
		return
	}
	errT := types.Universe.Lookup("error").Type()
	ms := types.NewMethodSet(typ)
	sigOf := func(name string) *types.Signature {
		sel := ms.Lookup(t.ck.pkg, name)
		if sel == nil {
			return nil
		}
		sig, _ := sel.Type().(*types.Signature)
		return sig
	}
	if sig := sigOf("Unwrap"); sig != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
		switch r := sig.Results().At(0).Type(); {
		case types.Identical(r, errT):
			d.Unwrap = t.methodAccessor(typ, "Unwrap")
		case types.Identical(r, types.NewSlice(errT)):
			d.UnwrapAll = t.methodAccessor(typ, "UnwrapAll")
		}
	}
	boolT := types.Typ[types.Bool]
	if sig := sigOf("Is"); sig != nil && sig.Params().Len() == 1 && types.Identical(sig.Params().At(0).Type(), errT) &&
		sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), boolT) {
		d.Is = t.methodAccessor(typ, "Is")
	}
	if sig := sigOf("As"); sig != nil && sig.Params().Len() == 1 && emptyIface(sig.Params().At(0).Type()) &&
		sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), boolT) {
		d.As = t.methodAccessor(typ, "As")
	}
}

// methodAccessor arranges a variable holding func(*T) string that calls
// method m of the named type T behind typ (typ is T or *T).
func (t *translation) methodAccessor(typ types.Type, m string) string {
	base := typ
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		if _, named := typ.(*types.Named); !named {
			base = p.Elem()
		}
	}
	ts := t.typeStr(base)
	key := ts + "." + m
	if _, index, _ := types.LookupFieldOrMethod(typ, true, t.ck.pkg, m); len(index) > 1 {
		// Promoted from an embedded field: an accessor made now would
		// keep calling it after T declares its own method.
		key += "@" + itoa(len(index))
	}
	if v, ok := t.c.descAccessors[key]; ok {
		return v
	}
	t.c.uniq++
	v := "__gk_acc" + itoa(t.c.uniq)
	t.c.descAccessors[key] = v
	t.newAccessors = append(t.newAccessors, accessor{Var: v, gen: ts, method: m})
	return v
}

// anonUnexported reports whether typ involves an unnamed struct type with
// unexported fields (a cell's struct{ v int }), whose fields the
// interpreter names Xv.
func anonUnexported(typ types.Type) bool {
	switch u := typ.(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if !u.Field(i).Exported() || anonUnexported(u.Field(i).Type()) {
				return true
			}
		}
	case *types.Pointer:
		return anonUnexported(u.Elem())
	case *types.Slice:
		return anonUnexported(u.Elem())
	case *types.Array:
		return anonUnexported(u.Elem())
	case *types.Map:
		return anonUnexported(u.Key()) || anonUnexported(u.Elem())
	}
	return false
}

// mentionsPkg reports whether typ involves a named type of pkg.
func mentionsPkg(typ types.Type, pkg *types.Package, seen map[types.Type]bool) bool {
	if seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := typ.(type) {
	case *types.Named:
		if u.Obj().Pkg() == pkg {
			return true
		}
		if args := u.TypeArgs(); args != nil {
			for i := 0; i < args.Len(); i++ {
				if mentionsPkg(args.At(i), pkg, seen) {
					return true
				}
			}
		}
		return false
	case *types.Alias:
		return mentionsPkg(types.Unalias(u), pkg, seen)
	case *types.Pointer:
		return mentionsPkg(u.Elem(), pkg, seen)
	case *types.Slice:
		return mentionsPkg(u.Elem(), pkg, seen)
	case *types.Array:
		return mentionsPkg(u.Elem(), pkg, seen)
	case *types.Chan:
		return mentionsPkg(u.Elem(), pkg, seen)
	case *types.Map:
		return mentionsPkg(u.Key(), pkg, seen) || mentionsPkg(u.Elem(), pkg, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mentionsPkg(u.Field(i).Type(), pkg, seen) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mentionsPkg(tup.At(i).Type(), pkg, seen) {
					return true
				}
			}
		}
	}
	return false
}

// jsonMethods records in d the accessors of typ's methods that
// encoding/json calls: MarshalJSON and MarshalText in typ's method set,
// UnmarshalJSON and UnmarshalText in that of a pointer to it.
func (t *translation) jsonMethods(d *format.Desc, typ types.Type) {
	if types.IsInterface(typ) || t.mentionsLocal(typ, map[types.Type]bool{}) {
		return // (accessors, written at the top level, cannot name a type declared in a function)
	}
	ptr := typ
	if _, isPtr := typ.(*types.Pointer); !isPtr {
		ptr = types.NewPointer(typ)
	}
	for _, m := range []struct {
		name    string
		in      types.Type
		unmarsh bool
		set     *string
	}{
		{"MarshalJSON", typ, false, &d.MarshalJSON},
		{"MarshalText", typ, false, &d.MarshalText},
		{"UnmarshalJSON", ptr, true, &d.UnmarshalJSON},
		{"UnmarshalText", ptr, true, &d.UnmarshalText},
	} {
		if hasBytesMethod(m.in, m.name, m.unmarsh) {
			*m.set = t.methodAccessor(m.in, m.name)
		}
	}
	if ptr == typ {
		return
	}
	if d.MarshalJSON == "" && hasBytesMethod(ptr, "MarshalJSON", false) {
		d.PtrMarshalJSON = t.methodAccessor(ptr, "MarshalJSON")
	}
	if d.MarshalText == "" && hasBytesMethod(ptr, "MarshalText", false) {
		d.PtrMarshalText = t.methodAccessor(ptr, "MarshalText")
	}
}

// hasBytesMethod reports whether t's method set has M() ([]byte, error)
// (or M([]byte) error, when unmarshal is set).
func hasBytesMethod(t types.Type, name string, unmarshal bool) bool {
	sel := types.NewMethodSet(t).Lookup(nil, name)
	if sel == nil {
		return false
	}
	sig, ok := sel.Obj().Type().(*types.Signature)
	if !ok {
		return false
	}
	isBytes := func(t types.Type) bool {
		s, ok := t.(*types.Slice)
		if !ok {
			return false
		}
		b, ok := s.Elem().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	isError := func(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }
	if unmarshal {
		return sig.Params().Len() == 1 && isBytes(sig.Params().At(0).Type()) &&
			sig.Results().Len() == 1 && isError(sig.Results().At(0).Type())
	}
	return sig.Params().Len() == 0 && sig.Results().Len() == 2 &&
		isBytes(sig.Results().At(0).Type()) && isError(sig.Results().At(1).Type())
}

// registerStructDesc keeps the description of a struct type of the cell
// package by its tag ID, for values met through interfaces.
func (t *translation) registerStructDesc(typ types.Type, d *format.Desc) {
	n, ok := typ.(*types.Named)
	if !ok || n.Obj().Pkg() != t.ck.pkg {
		return
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return
	}
	id := t.structIDs[n.Obj().Name()]
	if id == 0 {
		if decl := t.c.sess.Decls[n.Obj().Name()]; decl != nil {
			id = decl.StructID
		}
	}
	if id == 0 {
		return
	}
	descs := &t.c.structDescs
	if t.withMethods {
		descs = &t.c.tmplStructDescs
	}
	if *descs == nil {
		*descs = map[int]*format.Desc{}
	}
	(*descs)[id] = d
}

// registerStructDescs keeps the descriptions of the session's struct
// types that values met through interfaces need current: those of the
// types the cell declares, of all types when code of the cell described
// the session (see describeSession: it ran before the cell's types had
// their IDs), and, when the cell declares methods, those already kept
// (json.Marshal in a helper finds a MarshalJSON declared later).
func (t *translation) registerStructDescs() {
	var want [2]bool
	for _, r := range t.extraRewriters {
		want[0], want[1] = want[0] || r.describedSession[0], want[1] || r.describedSession[1]
	}
	for _, r := range t.rewriters {
		want[0], want[1] = want[0] || r.describedSession[0], want[1] || r.describedSession[1]
	}
	if !want[0] && !want[1] && !t.declaresMethods && len(t.structIDs) == 0 {
		return // (a cell that declares no type nor method: most cells)
	}
	for _, ss := range t.sessionStructs() {
		n, id, fresh := ss.named, ss.id, ss.fresh
		if fresh || want[0] || t.declaresMethods && t.c.structDescs[id] != nil {
			t.desc(n, map[types.Type]*format.Desc{})
		}
		if want[1] || t.declaresMethods && t.c.tmplStructDescs[id] != nil {
			t.withMethods = true
			t.desc(n, map[types.Type]*format.Desc{})
			t.withMethods = false
		}
	}
}

// sessionStruct is a non-generic struct type of the session with its tag
// ID; fresh when the cell declares it.
type sessionStruct struct {
	named *types.Named
	id    int
	fresh bool
}

// sessionStructs lists the session's non-generic struct types that have a
// tag ID, as the cell's checker sees them.
func (t *translation) sessionStructs() []sessionStruct {
	scope := t.ck.pkg.Scope()
	var out []sessionStruct
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := n.Underlying().(*types.Struct); !ok {
			continue
		}
		id := t.structIDs[name]
		fresh := id != 0
		if d := t.c.sess.Decls[name]; !fresh && d != nil {
			id = d.StructID
		}
		if id != 0 {
			out = append(out, sessionStruct{n, id, fresh})
		}
	}
	return out
}

// StructDesc returns the description of the struct type with tag ID id,
// if a cell used one.
func (c *Compiler) StructDesc(id int) *format.Desc {
	return c.structDescs[id]
}

// namedNonStruct reports a named type of the cell package that is not a
// struct or an interface (its Format method is called through its
// description; a struct's through its tag).
func (t *translation) namedNonStruct(typ types.Type) bool {
	n, ok := typ.(*types.Named)
	if !ok || n.Obj().Pkg() != t.ck.pkg {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	return true
}

// hasPrintMethod reports whether typ's method set has the printing method
// name: String, Error or GoString returning a string, or Format.
func hasPrintMethod(typ types.Type, name string) bool {
	if name == "Format" {
		return hasFormatMethod(typ)
	}
	return hasStringMethod(typ, name)
}

// hasFormatMethod reports whether typ's method set has
// Format(fmt.State, rune).
func hasFormatMethod(typ types.Type) bool {
	sel := types.NewMethodSet(typ).Lookup(nil, "Format")
	if sel == nil {
		return false
	}
	sig, ok := sel.Obj().Type().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	st, ok := sig.Params().At(0).Type().(*types.Named)
	return ok && st.Obj().Pkg() != nil && st.Obj().Pkg().Path() == "fmt" && st.Obj().Name() == "State"
}

// mentionsLocal reports whether typ involves a named type declared inside
// a function of the cell package.
func (t *translation) mentionsLocal(typ types.Type, seen map[types.Type]bool) bool {
	if typ == nil || seen[typ] {
		return false
	}
	seen[typ] = true
	switch u := types.Unalias(typ).(type) {
	case *types.Named:
		if o := u.Obj(); o.Pkg() == t.ck.pkg && o.Parent() != nil && o.Parent() != t.ck.pkg.Scope() {
			return true
		}
		for i := 0; i < u.TypeArgs().Len(); i++ {
			if t.mentionsLocal(u.TypeArgs().At(i), seen) {
				return true
			}
		}
		if u.Obj().Pkg() != t.ck.pkg {
			return false
		}
		return t.mentionsLocal(u.Underlying(), seen)
	case *types.Pointer:
		return t.mentionsLocal(u.Elem(), seen)
	case *types.Slice:
		return t.mentionsLocal(u.Elem(), seen)
	case *types.Array:
		return t.mentionsLocal(u.Elem(), seen)
	case *types.Map:
		return t.mentionsLocal(u.Key(), seen) || t.mentionsLocal(u.Elem(), seen)
	case *types.Chan:
		return t.mentionsLocal(u.Elem(), seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if t.mentionsLocal(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}
