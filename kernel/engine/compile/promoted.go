package compile

import (
	"go/types"
	"strings"
)

// promotedMethods declares, on the cell type named key, the methods it
// gets from an embedded interface and does not declare itself (and the pointer methods of an embedded struct of one,
// see pointerMethods):
//
//	type reverse struct{ sort.Interface }  →  … func (r reverse) Len() int { return r.Interface.Len() } …
//
// The interpreter cannot make a value of such a type into an interface of
// compiled code ("reflect: StructOf does not support methods of embedded
// interfaces"); with the methods declared, it can. A method the cell
// declares later replaces the generated one, as any redefinition does.
func (t *translation) promotedMethods(key string, b *builder) {
	tn, ok := t.ck.pkg.Scope().Lookup(key).(*types.TypeName)
	if !ok {
		return
	}
	named, ok := tn.Type().(*types.Named)
	if !ok || named.TypeParams().Len() > 0 {
		return
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return
	}
	mset := types.NewMethodSet(named)
	declared := map[string]bool{}
	defer func() {
		if len(declared) > 0 {
			t.c.promoted[key] = declared
		} else {
			delete(t.c.promoted, key)
		}
	}()
	pmset := types.NewMethodSet(types.NewPointer(named))
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !t.promoting(f) {
			continue
		}
		if t.pointerMethods(key, i, f, pmset, b, declared) || t.valueErrorMethods(key, i, f, mset, b, declared) ||
			t.cellPointerMethods(key, i, f, mset, b, declared) {
			continue
		}
		t.ifaceField(i, f, mset, t.gen(key), declared, b)
	}
	t.depthMethods(key, named, mset, pmset, b, declared)
}

// ifaceField declares on the struct type named gen (of method set mset)
// the methods it gets from field i, f, when f embeds an interface: the
// interpreter promotes them to calls, but not to assertions and type
// switches (W does not implement I "missing M method").
func (t *translation) ifaceField(i int, f *types.Var, mset *types.MethodSet, gen string, declared map[string]bool, b *builder) {
	embeddedError := types.Identical(f.Type(), types.Universe.Lookup("error").Type())
	iface, ok := f.Type().Underlying().(*types.Interface)
	if !ok {
		return
	}
	n, ok := types.Unalias(f.Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil && !embeddedError {
		return
	}
	field := f.Name()
	if n.Obj().Pkg() != nil && n.Obj().Pkg() == t.ck.pkg {
		if n.TypeArgs().Len() > 0 {
			field = t.typeStr(n) // an instance: Getter[int] is Getter__gki4
		} else if g := t.gen(n.Obj().Name()); g != "" {
			field = g
		}
	}
	for j := 0; j < iface.NumMethods(); j++ {
		m := iface.Method(j)
		sel := mset.Lookup(m.Pkg(), m.Name())
		if sel == nil || len(sel.Index()) != 2 || sel.Index()[0] != i || declared[m.Name()] || !m.Exported() && !embeddedError {
			continue // declared by the type, or ambiguous
		}
		if sig := m.Type().(*types.Signature); (m.Name() == "Error" || m.Name() == "String") && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
			// With the capture test (see valueErrorMethods): held in
			// error, the value is the interpreter's wrapper's.
			b.addLine(captureForward(gen, field, m.Name()))
		} else {
			b.addLine(t.forward(gen, field, m))
		}
		declared[m.Name()] = true
	}
}

// ifaceFieldMethods is ifaceField for the embedded interfaces of typ, an
// instance of a generic struct type written as gen.
func (t *translation) ifaceFieldMethods(typ types.Type, gen string, declared map[string]bool, b *builder) {
	st, ok := typ.Underlying().(*types.Struct)
	if !ok {
		return
	}
	mset := types.NewMethodSet(typ)
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); t.promoting(f) {
			t.ifaceField(i, f, mset, gen, declared, b)
		}
	}
}

// promoting reports an embedded field whose methods the struct may get
// declared: exported, embedding error, or of a cell type.
func (t *translation) promoting(f *types.Var) bool {
	embeddedError := types.Identical(f.Type(), types.Universe.Lookup("error").Type())
	return f.Embedded() && (f.Exported() || embeddedError || t.cellType(f.Type()))
}

// pointerMethods declares on *T the pointer methods T gets from field i,
// an embedded struct of a compiled package (type A struct{ bytes.Buffer }):
// the interpreter lets &a call them but not satisfy an interface with
// them ("cannot use type *main.A as type io.Writer"). It reports whether
// field i is such a struct.
func (t *translation) pointerMethods(key string, i int, f *types.Var, pmset *types.MethodSet, b *builder, declared map[string]bool) bool {
	tn, ok := t.ck.pkg.Scope().Lookup(key).(*types.TypeName)
	if !ok {
		return false
	}
	return t.compiledFieldMethods(tn.Type(), t.gen(key), i, f, pmset, b, declared)
}

// instancePointerMethods is pointerMethods for typ, an instance of a
// generic struct type written as gen (type Q[T any] struct{ sync.Mutex; … }).
func (t *translation) instancePointerMethods(typ types.Type, gen string, declared map[string]bool, b *builder) {
	st, ok := typ.Underlying().(*types.Struct)
	if !ok {
		return
	}
	pmset := types.NewMethodSet(types.NewPointer(typ))
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); t.promoting(f) {
			t.compiledFieldMethods(typ, gen, i, f, pmset, b, declared)
		}
	}
}

// compiledFieldMethods is pointerMethods for the struct type typ, written
// as gen.
func (t *translation) compiledFieldMethods(typ types.Type, gen string, i int, f *types.Var, pmset *types.MethodSet, b *builder, declared map[string]bool) bool {
	ft := types.Unalias(f.Type())
	ptrField := false
	if p, ok := ft.(*types.Pointer); ok {
		ft, ptrField = types.Unalias(p.Elem()), true
	}
	n, ok := ft.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == t.ck.pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct || ptrField {
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			return false
		}
		// A compiled non-struct type (sort.IntSlice) or a pointer
		// (*strings.Builder) embedded next to other fields: the
		// interpreter finds none of their methods when the value goes
		// into a compiled interface ("method not found: Len").
		return t.allMethods(typ, gen, i, f, pmset, b, declared)
	}
	last := i // the index of the struct's last field
	if st, ok := typ.Underlying().(*types.Struct); ok {
		last = st.NumFields() - 1
	}
	for j := 0; j < pmset.Len(); j++ {
		sel := pmset.At(j)
		m, ok := sel.Obj().(*types.Func)
		if !ok || !m.Exported() || len(sel.Index()) != 2 || sel.Index()[0] != i || declared[m.Name()] {
			continue
		}
		recv := m.Type().(*types.Signature).Recv()
		if _, ptr := recv.Type().(*types.Pointer); !ptr {
			if i == last {
				continue // a value method: the interpreter promotes it
			}
			// Unless the field is not the struct's last (type Event
			// struct{ time.Time; Name string } in an interface:
			// "method not found: Year").
			b.addLine(t.forward(gen, f.Name(), m))
			declared[m.Name()] = true
			continue
		}
		b.addLine(t.forward("*"+gen, f.Name(), m))
		declared[m.Name()] = true
	}
	return true
}

// valueErrorMethods declares on T the value-receiver Error and String
// methods it gets from field i, an embedded struct of the cell, with the
// capture test of format.Recover (see selfPrologue): held in error or
// fmt.Stringer, a T is kept by the interpreter's wrapper as its last
// field, and only its own method can hand the runtime the whole value
// (err.(NotFound), errors.As). It reports whether field i is such a
// struct.
func (t *translation) valueErrorMethods(key string, i int, f *types.Var, mset *types.MethodSet, b *builder, declared map[string]bool) bool {
	field, ok := t.cellStructField(f.Type())
	if !ok {
		return false
	}
	for _, name := range []string{"Error", "String"} {
		sel := mset.Lookup(nil, name)
		if sel == nil || len(sel.Index()) < 2 || sel.Index()[0] != i {
			continue // (deeper down, through a pointer too: type A struct{ B } with B embedding *C)
		}
		m, ok := sel.Obj().(*types.Func)
		if !ok {
			continue
		}
		if sig := m.Type().(*types.Signature); sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			continue
		}
		b.addLine(captureForward(t.gen(key), field, name))
		declared[name] = true
	}
	return true
}

// cellStructField returns the interpreter's name of an embedded field of
// type ft when ft is a struct type of the cell (a version's name).
func (t *translation) cellStructField(ft types.Type) (string, bool) {
	n, ok := types.Unalias(ft).(*types.Named)
	if !ok || n.Obj().Pkg() != t.ck.pkg || n.TypeArgs().Len() > 0 {
		return "", false
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return "", false
	}
	if g := t.gen(n.Obj().Name()); g != "" {
		return g, true
	}
	return n.Obj().Name(), true
}

// cellType reports a named type of the cell package, or a pointer to one:
// its fields, exported or not, are the cell's to name.
func (t *translation) cellType(ft types.Type) bool {
	if p, ok := types.Unalias(ft).(*types.Pointer); ok {
		ft = p.Elem()
	}
	n, ok := types.Unalias(ft).(*types.Named)
	return ok && n.Obj().Pkg() == t.ck.pkg
}

// captureForward writes method name (Error or String) of typ calling its
// field's, with the capture test of format.Recover (see selfPrologue).
func captureForward(typ, field, name string) string {
	return "func (__gk_r " + typ + ") " + name + "() string { if " + rtName + ".SelfWanted() { " + rtName +
		".SelfIs(__gk_r); return \"\" }; return __gk_r." + field + "." + name + "() }"
}

// cellPointerMethods declares on T the methods it gets from field i, an
// embedded pointer to a struct of the cell (type Cat struct{ *Base }), or
// through it (type Puppy struct{ *Dog } with Dog embedding Animal):
// the interpreter gives T none of *Base's pointer methods, so that a Cat
// in a Namer could not be asserted back ("impossible type assertion"),
// and keeps a T held in error by its last field. Error and String get the
// capture test of format.Recover (see selfPrologue). It reports whether
// field i is such a field.
func (t *translation) cellPointerMethods(key string, i int, f *types.Var, mset *types.MethodSet, b *builder, declared map[string]bool) bool {
	p, ok := types.Unalias(f.Type()).(*types.Pointer)
	if !ok {
		return false
	}
	field, ok := t.cellStructField(p.Elem())
	if !ok {
		return false
	}
	for j := 0; j < mset.Len(); j++ {
		sel := mset.At(j)
		m, ok := sel.Obj().(*types.Func)
		if !ok || len(sel.Index()) < 2 || sel.Index()[0] != i || m.Pkg() != t.ck.pkg {
			continue // (a compiled type's methods deeper down: the interpreter's own)
		}
		sig := m.Type().(*types.Signature)
		if (m.Name() == "Error" || m.Name() == "String") && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
			b.addLine(captureForward(t.gen(key), field, m.Name()))
		} else {
			b.addLine(t.forward(t.gen(key), field, m))
		}
		declared[m.Name()] = true
	}
	return true
}

// allMethods declares the methods T (typ, written as gen) and *T get from
// field i, with the receiver they have in Go; it reports true.
func (t *translation) allMethods(typ types.Type, gen string, i int, f *types.Var, pmset *types.MethodSet, b *builder, declared map[string]bool) bool {
	mset := types.NewMethodSet(typ)
	for j := 0; j < pmset.Len(); j++ {
		sel := pmset.At(j)
		m, ok := sel.Obj().(*types.Func)
		if !ok || !m.Exported() || len(sel.Index()) != 2 || sel.Index()[0] != i || declared[m.Name()] {
			continue
		}
		recv := "*" + gen
		if mset.Lookup(m.Pkg(), m.Name()) != nil {
			recv = gen // in T's method set: a value receiver
		}
		b.addLine(t.forward(recv, f.Name(), m))
		declared[m.Name()] = true
	}
	return true
}

// forward writes a method of type typ calling method m of its field.
func (t *translation) forward(typ, field string, m *types.Func) string {
	params, args, res := sigParts(m.Type().(*types.Signature), t.typeStr)
	call := "__gk_r." + field + "." + m.Name() + "(" + args + ")"
	if res != "" {
		call = "return " + call
	}
	return "func (__gk_r " + typ + ") " + m.Name() + "(" + params + ")" + res + " { " + call + " }"
}

// sigParts spells a signature's parameters, named __gk_p0, __gk_p1…
// ("__gk_p0 int, __gk_p1 ...string"), the arguments passing them on
// ("__gk_p0, __gk_p1..."), and its results (" int", " (int, error)",
// or ""), with types spelled by typeStr.
func sigParts(sig *types.Signature, typeStr func(types.Type) string) (params, args, results string) {
	var ps, as, rs []string
	for i := 0; i < sig.Params().Len(); i++ {
		p, pt := "__gk_p"+itoa(i), typeStr(sig.Params().At(i).Type())
		a := p
		if sig.Variadic() && i == sig.Params().Len()-1 {
			pt, a = "..."+strings.TrimPrefix(pt, "[]"), p+"..."
		}
		ps = append(ps, p+" "+pt)
		as = append(as, a)
	}
	for i := 0; i < sig.Results().Len(); i++ {
		rs = append(rs, typeStr(sig.Results().At(i).Type()))
	}
	switch len(rs) {
	case 0:
	case 1:
		results = " " + rs[0]
	default:
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	return strings.Join(ps, ", "), strings.Join(as, ", "), results
}
