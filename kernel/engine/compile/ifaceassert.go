package compile

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"gokernel/kernel/engine/ifaces"
)

// Assertions to interfaces, written for the session's types (see
// typeAssert), and the texts of their panics.

// sessionTypes returns the cell package's types an assertion of an
// operand of type operand to iface must look for.
func (r *rewriter) sessionTypes(iface *types.Interface, operand types.Type) []types.Type {
	impl, confusable := r.sessionTypesFor(iface, operand)
	return append(impl, confusable...)
}

// namedImpls lists, for an assertion of a value of the cells' non-empty
// interface type xt to the compiled interface type it, the named
// non-struct types of the session that may be in it and implement it.
// Each is tried by the interpreter's name (see dynIs), and a value found
// is converted from a variable: so it keeps its methods (the
// interpreter's own assertion of such a value made in a function literal
// fails on them).
func (r *rewriter) namedImpls(it, xt types.Type) []types.Type {
	if !cellNonEmptyIface(xt, r.pkg) || !compiledIface(it, r.pkg) || r.pkg == nil {
		return nil
	}
	iface, _ := it.Underlying().(*types.Interface)
	from, _ := xt.Underlying().(*types.Interface)
	if iface == nil || from == nil {
		return nil
	}
	var out []types.Type
	for _, named := range r.sessionNamed(r.pkg.Scope()) {
		if r.namedNonStruct(named) && types.Implements(named, iface) && types.Implements(named, from) {
			out = append(out, named)
		}
	}
	return out
}

// namedTries writes the tries of namedImpls for v, each ending with ret
// (c holds the value as it).
//
//	if t, ok := v.(Kind); ok && DynIs([]Shape{v}, "Kind") { var c fmt.Stringer = t; return c, true };
func (r *rewriter) namedTries(v string, it, xt types.Type, ret string) string {
	var b strings.Builder
	for _, named := range r.namedImpls(it, xt) {
		b.WriteString("if t, ok := " + v + ".(" + r.typeString(named) + "); ok" + r.dynIs(v, named, xt) +
			" { var c " + r.typeString(it) + " = t; _ = c; " + ret + " }; ")
	}
	for _, named := range r.namedPtrImpls(it, xt) {
		if compiledIface(xt, r.pkg) && !emptyIface(xt) {
			// (The wrapper of a compiled interface holds a bare
			// pointer: of the one such type, see namedPtrImpls.)
			b.WriteString("if t, ok := " + rtName + ".Norm(" + v + ").(*" + r.typeString(named) + "); ok { var c " +
				r.typeString(it) + " = t; _ = c; " + ret + " }; ")
			continue
		}
		// (The pointer converted here: the interpreter's conversion of
		// the value as v holds it reads another frame.)
		b.WriteString("if t, ok := " + v + ".(*" + r.typeString(named) + "); ok && " + rtName + ".DynPtrIs([]any{" + v + "}, " +
			strconv.Quote(r.typeString(named)) + ") { var c " + r.typeString(it) + " = t; _ = c; " + ret + " }; ")
	}
	return b.String()
}

// namedPtrImpls lists the named non-struct types of the cells whose
// pointers implement it, an interface of compiled code, and xt, for an
// assertion from xt (var p any = &status; p.(json.Unmarshaler)). The
// interpreter's value in an empty interface or one of the cells' tells
// its type (see DynPtrIs); in another compiled interface (an io.Writer)
// it is a bare pointer, so there the type must be the one whose pointers
// implement xt among those of its underlying type.
func (r *rewriter) namedPtrImpls(it, xt types.Type) []*types.Named {
	if !compiledIface(it, r.pkg) || r.pkg == nil {
		return nil
	}
	iface, _ := it.Underlying().(*types.Interface)
	from, _ := xt.Underlying().(*types.Interface)
	if iface == nil || iface.Empty() || from == nil {
		return nil
	}
	bare := compiledIface(xt, r.pkg) && !from.Empty()
	session := r.sessionNamed(r.pkg.Scope())
	sole := func(named *types.Named) bool {
		for _, o := range session {
			if o != named && r.nodedPtr(o) && types.Identical(o.Underlying(), named.Underlying()) &&
				types.Implements(types.NewPointer(o), from) {
				return false
			}
		}
		return true
	}
	var out []*types.Named
	for _, named := range session {
		p := types.NewPointer(named)
		if r.nodedPtr(named) && types.Implements(p, iface) && types.Implements(p, from) && (!bare || sole(named)) {
			out = append(out, named)
		}
	}
	return out
}

// ifaceAssertFunc writes a function literal that asserts its argument, of
// type xt, to the interface type it as Go would (see typeAssert).
func (r *rewriter) ifaceAssertFunc(it, xt types.Type, commaOk bool) string {
	iface := it.Underlying().(*types.Interface)
	impl, confusable := r.sessionTypesFor(iface, xt)
	v := r.uniq("av")
	its := r.typeString(it)
	var b strings.Builder
	b.WriteString("func(" + v + " " + r.typeString(xt) + ") ")
	if commaOk {
		b.WriteString("(" + its + ", bool) { if " + v + " == nil { var z " + its + "; return z, false }; ")
	} else {
		b.WriteString(its + " { " + nilAssertPanic(v, it))
	}
	for _, c := range impl {
		ret := r.returnWrapped(c, it, "t")
		if commaOk {
			ret += ", true"
		}
		b.WriteString("if t, ok := " + r.assertTo(v, c, xt, true) + "; ok { " + ret + " }; ")
	}
	for _, c := range confusable {
		cs := r.typeString(c)
		if commaOk {
			b.WriteString("if _, ok := " + v + ".(" + cs + "); ok { var z " + its + "; return z, false }; ")
			continue
		}
		msg := "interface conversion: " + goTypeString(c) + " is not " + goTypeString(it) +
			": missing method " + missingMethod(c, iface)
		b.WriteString("if _, ok := " + v + ".(" + cs + "); ok { " + rtName + ".PanicAssert(" + strconv.Quote(msg) + ") }; ")
	}
	ret := "return c"
	if commaOk {
		ret += ", true"
	}
	b.WriteString(r.namedTries(v, it, xt, ret))
	for _, c := range r.compiledTries(it, xt, false) { // (the confusable types are ruled out above)
		b.WriteString("if c, ok := " + v + ".(" + c + "); ok { " + ret + " }; ")
	}
	if commaOk {
		b.WriteString("t, ok := " + v + ".(" + its + "); return t, ok }")
	} else {
		b.WriteString(r.ifaceAssertReturn(v, it, xt) + " }")
	}
	return b.String()
}

// ifaceAssertReturn is the statements returning v (non-nil, of type xt)
// asserted to the interface type it, panicking with Go's message when it
// does not implement it (the interpreter names neither type as Go does).
func (r *rewriter) ifaceAssertReturn(v string, it, xt types.Type) string {
	is := r.typeString(it)
	iface, _ := it.Underlying().(*types.Interface)
	if iface == nil {
		return "return " + v + ".(" + is + ")"
	}
	var names []string
	for i := 0; i < iface.NumMethods(); i++ {
		names = append(names, strconv.Quote(iface.Method(i).Name()))
	}
	sort.Strings(names)
	args := strconv.Quote(goTypeString(it))
	if len(names) > 0 {
		args += ", " + strings.Join(names, ", ")
	}
	fail := rtName + ".PanicAssertIface(" + v + ", " + args + ")"
	if cellNonEmptyIface(xt, r.pkg) && !hasTypeParam(xt) {
		// (A slice keeps the interpreter's interface value, which names
		// the held value's type.)
		fail = rtName + ".PanicAssertIfaceIn([]" + r.typeString(xt) + "{" + v + "}, " + args + ")"
	}
	return "if c, ok := " + v + ".(" + is + "); ok { return c }; " + r.missingChecks(v, iface, it, xt) + fail + "; return nil"
}

// missingChecks is the statements panicking with Go's message when v (of
// type xt) holds a value of a cell's struct type, or a pointer to one,
// that has the first of iface's methods but lacks a later one (reflect
// sees no methods of such types, so PanicAssertIface would name the
// first), or a value of a cell's named non-struct type in a cell's
// interface or tagged in an any (which PanicAssertIface would name by its
// underlying type, or as the tag).
func (r *rewriter) missingChecks(v string, iface *types.Interface, it, xt types.Type) string {
	if r.pkg == nil || iface.NumMethods() == 0 {
		return ""
	}
	from, _ := xt.Underlying().(*types.Interface)
	first := iface.Method(0).Name()
	var b strings.Builder
	for _, named := range r.sessionNamed(r.pkg.Scope()) {
		if hasTypeParam(named) {
			continue
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			// A value of a named non-struct type in a cell's interface
			// (the interpreter's and reflect's names are of its
			// underlying type), or tagged in an any.
			if !r.namedNonStruct(named) || types.Implements(named, iface) {
				continue
			}
			msg := strconv.Quote("interface conversion: " + goTypeString(named) + " is not " + goTypeString(it) + ": missing method " + missingMethod(named, iface))
			switch {
			case from != nil && cellNonEmptyIface(xt, r.pkg) && types.Implements(named, from):
				b.WriteString("if _, ok := " + v + ".(" + r.typeString(named) + "); ok" + r.dynIs(v, named, xt) + " { " +
					rtName + ".PanicAssert(" + msg + ") }; ")
			case emptyIface(xt) && r.taggable(named):
				b.WriteString("if _, ok := " + r.assertTo(v, named, xt, true) + "; ok { " + rtName + ".PanicAssert(" + msg + ") }; ")
			}
			continue
		}
		for _, t := range []types.Type{named, types.NewPointer(named)} {
			missing := missingMethod(t, iface)
			if missing == "" || missing == first || from != nil && !types.Implements(t, from) {
				continue
			}
			msg := "interface conversion: " + goTypeString(t) + " is not " + goTypeString(it) + ": missing method " + missing
			b.WriteString("if _, ok := " + v + ".(" + r.typeString(t) + "); ok { " + rtName + ".PanicAssert(" + strconv.Quote(msg) + ") }; ")
		}
	}
	return b.String()
}

// missingMethod names the first method of iface that t lacks (or has
// with another signature).
func missingMethod(t types.Type, iface *types.Interface) string {
	ms := types.NewMethodSet(t)
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		if sel := ms.Lookup(m.Pkg(), m.Name()); sel == nil || !types.Identical(sel.Type(), m.Type()) {
			return m.Name() // (Go names a method of another signature missing too)
		}
	}
	return ""
}

// selfName names an unnamed receiver.
const selfName = "__gk_self"

// compiledEquiv names the compiled interface (see package ifaces) with
// the methods of it, an interface type the cell declares or writes, or
// "": the interpreter asserts compiled values only to compiled
// interfaces.
func (r *rewriter) compiledEquiv(it types.Type) string {
	if n, ok := types.Unalias(it).(*types.Named); ok && n.Obj().Pkg() != r.pkg {
		return "" // a compiled package's own interface
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return ""
	}
	if name := ifaces.Lookup(ifaces.Key(iface)); name != "" {
		return rtName + "." + name
	}
	return ""
}

// nilAssertPanic is the statement panicking as Go does when v, asserted
// to the interface type it, is nil.
func nilAssertPanic(v string, it types.Type) string {
	msg := "interface conversion: interface is nil, not " + goTypeString(it)
	return "if " + v + " == nil { " + rtName + ".PanicAssert(" + strconv.Quote(msg) + ") }; "
}

// nilAssertPanicFor is nilAssertPanic for an assertion of an operand of
// interface type operand to the concrete type t, which Go's message names
// ("interface conversion: error is nil, not main.Code").
func nilAssertPanicFor(v string, operand, t types.Type) string {
	msg := "interface conversion: " + goTypeString(operand) + " is nil, not " + goTypeString(t)
	return "if " + v + " == nil { " + rtName + ".PanicAssert(" + strconv.Quote(msg) + ") }; "
}

// viaEmbeddedPointer reports a struct type that has a method of iface
// (nil: none) of a compiled type (sync.Mutex's Lock) only through an
// embedded pointer to a struct of the cells.
func viaEmbeddedPointer(t types.Type, iface *types.Interface) bool {
	if iface == nil {
		return false
	}
	named, _ := t.(*types.Named)
	for m := range iface.Methods() {
		obj, index, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
		if named == nil || obj == nil || obj.Pkg() == named.Obj().Pkg() {
			continue
		}
		cur := t
		for _, i := range index[:max(len(index)-1, 0)] {
			st, ok := cur.Underlying().(*types.Struct)
			if !ok {
				break
			}
			cur = st.Field(i).Type()
			if p, ok := cur.(*types.Pointer); ok {
				// (Through a pointer to a compiled type, such as
				// *bytes.Buffer, the interpreter finds the method.)
				if n, ok := types.Unalias(p.Elem()).(*types.Named); ok && n.Obj().Pkg() == named.Obj().Pkg() {
					return true
				}
				break
			}
		}
	}
	return false
}

// wrapAssert writes assertion ta as a call of a function, head ending in
// its "(", on the operand. The newlines of the asserted type (an interface
// literal written over several lines) go after that "(": after the call's
// ")" they would end an if statement's header.
func (r *rewriter) wrapAssert(ta *ast.TypeAssertExpr, head string) {
	a, b := r.off(ta.X.End()), r.off(ta.End())
	if a < 0 || b < a {
		return
	}
	r.ed.replace(r.off(ta.Pos()), r.off(ta.X.Pos()), head+strings.Repeat("\n", strings.Count(r.cell.Src[a:b], "\n")))
	r.ed.replaceMoved(a, b, ")")
}
