package compile

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// A value of a named non-struct type of the cell (type Color int) is, to
// the interpreter, a value of the underlying type: in an empty interface
// it loses its name and methods (a Meters is an int to a type switch). A
// value put into an empty interface is tagged with its type
// (format.Tagged), and taken out again where the cell asserts its type:
//
//	args := []any{Green}       →  args := []any{__gk_tag(Green, ID)}
//	c, ok := x.(Color)         →  c, ok := __gk.Untag(x, "main.Color").(Color)
//	m[Green] (map[any]…)       →  m[__gk_tag(Green, ID)]
//
// Values of basic underlying types (enums, units) handed to compiled code
// as empty interfaces are tagged too, so that they come back as they went
// (container/heap, container/list, sync.Map) and print as Go prints them
// (log/slog); not for packages that look into them by reflection.

// taggable reports a named non-struct type of the cell package, whose
// values are tagged in empty interfaces.
func (r *rewriter) taggable(t types.Type) bool {
	return t != nil && r.namedNonStruct(t) && !hasTypeParam(t)
}

// emptyIface reports the empty interface type (any, interface{}, or a
// named one).
func emptyIface(t types.Type) bool {
	if t == nil {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && iface.Empty() && !hasTypeParam(t)
}

// tagToAny tags e, of type t, converted to the interface type to.
func (r *rewriter) tagToAny(e ast.Expr, t, to types.Type) {
	if r.desc == nil || !emptyIface(to) || !r.taggable(t) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	if _, isType := to.(*types.TypeParam); isType {
		return
	}
	r.withDesc(e, t, "__gk_tag")
}

// withDesc writes e, of type t, as fn(e, ID) with the ID of t's
// description (__gk_tag, __gk_box); it reports whether t has one.
func (r *rewriter) withDesc(e ast.Expr, t types.Type, fn string) bool {
	id := r.desc(t)
	if id == 0 {
		return false
	}
	r.ed.insert(r.off(e.Pos()), fn+"(")
	r.ed.insert(r.off(e.End()), ", "+itoa(id)+")")
	return true
}

// tagMapKey tags the key of an index expression on a map whose key type
// is an empty interface, as it is tagged where the map was filled.
func (r *rewriter) tagMapKey(ix *ast.IndexExpr) {
	m, ok := r.typeOf(ix.X).(*types.Map)
	if !ok {
		return
	}
	r.tagToAny(ix.Index, r.info.TypeOf(ix.Index), m.Key())
}

// tagDeleteKey tags the key of delete(m, k) on such a map.
func (r *rewriter) tagDeleteKey(call *ast.CallExpr) {
	if !r.deleteCall(call) {
		return
	}
	if m, ok := r.typeOf(call.Args[0]).(*types.Map); ok {
		r.tagToAny(call.Args[1], r.info.TypeOf(call.Args[1]), m.Key())
	}
}

// deleteCall reports a call of the builtin delete.
func (r *rewriter) deleteCall(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 2 {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "delete"
}

// tagCases tags the case values of a switch on a value of an empty
// interface type.
func (r *rewriter) tagCases(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	tt := r.info.TypeOf(s.Tag)
	if !emptyIface(tt) {
		return
	}
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				r.tagToAny(e, r.info.TypeOf(e), tt)
			}
		}
	}
}

// untagOperand takes the value out of the tag of its type before the
// assertion x.(T) of an empty interface x to a taggable type T.
func (r *rewriter) untagOperand(x ast.Expr, t types.Type) {
	if !r.taggable(t) || !emptyIface(r.info.TypeOf(x)) || r.off(x.Pos()) < 0 || r.off(x.End()) < 0 {
		return
	}
	r.ed.insert(r.off(x.Pos()), rtName+"."+untagFunc(t, false)+"(")
	r.ed.insert(r.off(x.End()), ", "+strconv.Quote(goTypeName(t))+")")
}

// untagFunc names the runtime's function taking a value of the named
// non-struct type t out of its tag for an assertion (see assertTo).
func untagFunc(t types.Type, strict bool) string {
	switch {
	case strict:
		return "UntagStrict"
	case isBasicType(t.Underlying()):
		return "UntagExact"
	}
	return "Untag"
}

// isBasicType reports one of Go's basic types.
func isBasicType(t types.Type) bool {
	_, ok := t.(*types.Basic)
	return ok
}

// emptyStructSafe reports an assertion of an operand of an interface type
// of compiled code (io.Writer) to a concrete type of compiled code
// (*strings.Builder), which the interpreter makes through any: its own
// panics when the operand holds a value of an empty struct type
// (io.Discard: "reflect: Field index out of bounds").
func (r *rewriter) emptyStructSafe(t, operand types.Type) bool {
	return compiledIface(operand, r.pkg) && !emptyIface(operand) && !types.IsInterface(t) && !hasTypeParam(t) &&
		!r.cellValue(t) && !r.cellElems(t)
}

// cellStructFrom reports an assertion of an operand of an interface type
// of compiled code (io.Writer) to a struct type of the cells or a pointer
// to one, made through format's view of the interpreter's wrapper (see
// concrete): the interpreter's own assertion panics when the operand
// holds a value of an empty struct type of compiled code (io.Discard).
func (r *rewriter) cellStructFrom(t, operand types.Type) bool {
	return compiledIface(operand, r.pkg) && !emptyIface(operand) && !hasTypeParam(t) && r.cellValue(t) && structOrPtr(t) &&
		!r.wrappedCell(t) && !r.wrappedNamed(t, operand)
}

// assertTo is the assertion of the variable v, of type operand, to the
// concrete type t, taking a tagged value of t out of its tag; strict
// (for a type tried for an interface case) matches tagged values only.
func (r *rewriter) assertTo(v string, t, operand types.Type, strict bool) string {
	if hasTypeParam(t) {
		t = r.concrete(t) // case List[E] in an instance: of its type arguments
	}
	ts := r.typeString(t)
	if r.wrappedCell(t) && (compiledIface(operand, r.pkg) || emptyIface(operand)) {
		// Out of the interpreter's wrapper (see format.Recover).
		return r.concreteFunc(t) + "(" + v + ").(" + ts + ")"
	}
	if r.wrappedNamed(t, operand) {
		// Out of the interpreter's wrapper, told by its type's name.
		return rtName + ".WrappedNamed(" + v + ", " + strconv.Quote(goTypeName(t)) + ").(" + ts + ")"
	}
	if r.emptyStructSafe(t, operand) {
		return "any(" + v + ").(" + ts + ")"
	}
	if r.cellStructFrom(t, operand) {
		return rtName + ".ConcreteNZ(" + v + ").(" + ts + ")"
	}
	if name, ok := r.ambiguousPtr(t); ok && emptyIface(operand) {
		return rtName + ".PtrAs(" + v + ", " + strconv.Quote(name) + ", " + strconv.FormatBool(strict) + ").(" + ts + ")"
	}
	if !r.taggable(t) || !emptyIface(operand) {
		return v + ".(" + ts + ")"
	}
	return rtName + "." + untagFunc(t, strict) + "(" + v + ", " + strconv.Quote(goTypeName(t)) + ").(" + ts + ")"
}

// ambiguousPtr reports a pointer type t whose values the interpreter
// holds in an any as those of another type: a pointer to a named
// non-struct type of the cells with methods (*Status, name is the
// interpreter's name of Status) or to the underlying type of one (*int,
// name is ""). The runtime's PtrAs and PtrMust tell them apart.
func (r *rewriter) ambiguousPtr(t types.Type) (name string, ok bool) {
	p, isPtr := types.Unalias(t).(*types.Pointer)
	if !isPtr || hasTypeParam(t) || r.pkg == nil {
		return "", false
	}
	elem := types.Unalias(p.Elem())
	if n, named := elem.(*types.Named); named && n.Obj().Pkg() == r.pkg {
		if !r.nodedPtr(n) || n.TypeArgs().Len() > 0 {
			return "", false
		}
		return r.typeString(n), true
	}
	if _, named := elem.(*types.Named); named {
		return "", false
	}
	for _, n := range r.sessionNamed(r.pkg.Scope()) {
		if r.nodedPtr(n) && types.Identical(n.Underlying(), elem) {
			return "", true
		}
	}
	return "", false
}

// nodedPtr reports a named non-struct type of the cells whose pointers
// have methods: the interpreter's any keeps such a pointer with its type
// (a methodless one is a bare *int, told apart by nothing).
func (r *rewriter) nodedPtr(n *types.Named) bool {
	return r.namedNonStruct(n) && types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// ptrAssert writes an assertion x.(*T) of an empty interface operand to
// such a pointer type through the runtime (see ambiguousPtr).
func (r *rewriter) ptrAssert(ta *ast.TypeAssertExpr, t types.Type, commaOk bool) bool {
	name, ok := r.ambiguousPtr(t)
	if !ok || !emptyIface(r.info.TypeOf(ta.X)) || r.off(ta.X.Pos()) < 0 || r.off(ta.X.End()) < 0 {
		return false
	}
	if commaOk {
		r.ed.insert(r.off(ta.X.Pos()), rtName+".PtrAs(")
		r.ed.insert(r.off(ta.X.End()), ", "+strconv.Quote(name)+", false)")
		return true
	}
	r.ed.insert(r.off(ta.X.Pos()), rtName+".PtrMust(")
	r.ed.insert(r.off(ta.X.End()), ", "+strconv.Quote(name)+", "+strconv.Quote(goTypeString(t))+")")
	return true
}

// wrappedNamed reports a named non-struct type of the cell whose values
// in the compiled interface type operand tell their type (selfPrologue
// gives its Error or String method the test).
func (r *rewriter) wrappedNamed(t, operand types.Type) bool {
	if !compiledIface(operand, r.pkg) || emptyIface(operand) || !r.namedNonStruct(t) {
		return false
	}
	if n, ok := t.(*types.Named); !ok || n.TypeParams().Len() > 0 {
		return false
	}
	// The runtime asks the wrapper's Error method, or else its String
	// method: the type's own must have the test.
	switch {
	case types.Implements(operand, errorType):
		if !types.Implements(t, errorType) {
			return false
		}
	case hasStringMethod(operand, "String"):
		if !hasStringMethod(t, "String") {
			return false
		}
	default:
		return false
	}
	return r.desc(t) != 0
}

// wrappedAssert writes an assertion x.(T) of a compiled interface value
// to a wrappedNamed type T as a function that checks the type's name.
func (r *rewriter) wrappedAssert(ta *ast.TypeAssertExpr, t, operand types.Type, commaOk bool) bool {
	if !r.wrappedNamed(t, operand) || r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	ts, os := r.typeString(t), r.typeString(operand)
	w := rtName + ".WrappedNamed(__gk_wv, " + strconv.Quote(goTypeName(t)) + ")"
	var fn string
	if commaOk {
		fn = "func(__gk_wv " + os + ") (" + ts + ", bool) { t, ok := " + w + ".(" + ts + "); return t, ok }("
	} else {
		msg := strconv.Quote("interface conversion: "+goTypeString(operand)+" is ") + " + " + rtName +
			".TypeName(__gk_wv) + " + strconv.Quote(", not "+goTypeString(t))
		fn = "func(__gk_wv " + os + ") " + ts + " { " + nilAssertPanicFor("__gk_wv", operand, t) +
			"if w := " + w + "; w != nil { return w.(" + ts + ") }; " + rtName + ".PanicAssert(" + msg + "); var z " + ts + "; return z }("
	}
	r.wrapAssert(ta, fn)
	return true
}

// underlyingCase reports whether a type switch's body has a case of
// another type with t's underlying type (case Color … case int): an
// untagged value is then of that type, not of t.
func (r *rewriter) underlyingCase(t types.Type, body *ast.BlockStmt) bool {
	for _, st := range body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			tv := r.info.Types[e]
			if tv.IsType() && !types.Identical(tv.Type, t) && !types.IsInterface(tv.Type) &&
				types.Identical(tv.Type.Underlying(), t.Underlying()) {
				return true
			}
		}
	}
	return false
}

// untaggedPkgs are the compiled packages whose functions get their
// arguments untagged: fmt, log, json and templates get descriptions by
// rules of their own, the others look into values by reflection.
var untaggedPkgs = map[string]bool{
	"fmt": true, "log": true, "errors": true, "reflect": true, "unsafe": true,
	"encoding/json": true, "encoding/xml": true, "encoding/gob": true,
	"encoding/binary": true, "encoding/csv": true, "text/template": true,
	"html/template": true, "sort": true, "testing": true,
}

// tagCompiledArgs tags the values of basic underlying types passed as
// empty interfaces to a function of a compiled package.
func (r *rewriter) tagCompiledArgs(call *ast.CallExpr) {
	fn := r.calledFunc(call.Fun)
	if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "DeepEqual" && !call.Ellipsis.IsValid() {
		// Tagged, as any values of such types are: the kernel's DeepEqual
		// compares their type names.
		for i, a := range call.Args {
			if t := r.info.TypeOf(a); t != nil {
				r.tagToAny(a, t, r.paramType(call, i))
			}
		}
		return
	}
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == r.pkg || untaggedPkgs[fn.Pkg().Path()] {
		return
	}
	slog := fn.Pkg().Path() == "log/slog"
	if call.Ellipsis.IsValid() {
		// lg.Info("msg", args...): each any of the slice, as below.
		last := call.Args[len(call.Args)-1]
		if s, ok := types.Unalias(r.info.TypeOf(last)).(*types.Slice); slog && ok && emptyIface(s.Elem()) &&
			r.off(last.Pos()) >= 0 && r.off(last.End()) >= 0 {
			r.ed.insert(r.off(last.Pos()), rtName+".TagAnys(")
			r.ed.insert(r.off(last.End()), ")")
		}
		return
	}
	for i, a := range call.Args {
		t := r.info.TypeOf(a)
		if t == nil {
			continue
		}
		if slog && r.logValuer(a, t, fn.Pkg(), r.paramType(call, i)) {
			continue
		}
		switch _, basic := t.Underlying().(*types.Basic); {
		case slog && r.slogIface(a, t, r.paramType(call, i)):
			// (Before the tag of a basic type: type Code int with an
			// Error method is an error to slog.)
		case basic:
			r.tagToAny(a, t, r.paramType(call, i))
		case slog && emptyIface(t) && emptyIface(r.paramType(call, i)) && r.off(a.Pos()) >= 0 && r.off(a.End()) >= 0:
			// An any: tagged by what it holds, when the cell runs.
			r.ed.insert(r.off(a.Pos()), rtName+".TagAny(")
			r.ed.insert(r.off(a.End()), ")")
		case slog:
			r.tagForPrinting(a, t, r.paramType(call, i))
		}
	}
}

// tagForPrinting tags a value of any cell type (a struct, a pointer to
// one) passed as an empty interface to compiled code that prints it with
// fmt (log/slog's handlers): the tag formats it as Go would, with its
// String or Error method and its declared field names.
func (r *rewriter) tagForPrinting(e ast.Expr, t, to types.Type) {
	if r.desc == nil || !emptyIface(to) || types.IsInterface(t) || !r.cellValue(t) && !r.cellElems(t) || hasTypeParam(t) ||
		r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	r.withDesc(e, t, "__gk_tag")
}

// cellElems reports a slice, array or map type (not a named one) whose
// elements are of a cell type or pointers to one.
func (r *rewriter) cellElems(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Slice:
		return r.cellValue(u.Elem())
	case *types.Array:
		return r.cellValue(u.Elem())
	case *types.Map:
		return r.cellValue(u.Elem())
	}
	return false
}

// untagSlogAny takes the value a slog.Value holds out of the tag
// tagForPrinting gave it, or out of the slog.LogValuer logValuer made,
// so that the cell's assertions, type switches and comparisons see its
// own type (a handler's a.Value.Any().(UserID)):
//
//	v := a.Value.Any()  →  v := __gk.SlogAny(a.Value.Any())
func (r *rewriter) untagSlogAny(call *ast.CallExpr) {
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Name() != "Any" || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || len(call.Args) != 0 ||
		r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return
	}
	r.ed.insert(r.off(call.Pos()), rtName+".SlogAny(")
	// (Before the end of an assertion's Untag around it: see untagOperand.)
	r.ed.insertFirst(r.off(call.End()), ")")
}

// dynTag writes a value of an interface type a cell declared, handed to a
// printing function, as a function that tags it when it holds a value of
// a named non-struct type (passed on as it is, the interpreter hands fmt
// the bare underlying value):
//
//	fmt.Println(r)  →  fmt.Println(func(v Ranked) any { if x, ok := v.(Level); ok { return __gk_tag(x, ID) }; return v }(r))
func (r *rewriter) dynTag(e ast.Expr, t types.Type) bool {
	if r.desc == nil || !cellNonEmptyIface(t, r.pkg) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return false
	}
	iface := t.Underlying().(*types.Interface)
	var checks strings.Builder
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || !r.taggable(tn.Type()) || !types.Implements(tn.Type(), iface) {
			continue
		}
		id := r.desc(tn.Type())
		if id == 0 {
			continue
		}
		checks.WriteString("if __gk_x, ok := __gk_v.(" + r.typeString(tn.Type()) + "); ok" + r.dynIs("__gk_v", tn.Type(), t) +
			" { return __gk_tag(__gk_x, " + itoa(id) + ") }; ")
	}
	if checks.Len() == 0 {
		return false
	}
	r.notesTypeSet(e)
	head, tail := "(", ")"
	if _, call := ast.Unparen(e).(*ast.CallExpr); call {
		// A call's nil result passed on as an argument makes the
		// interpreter fail: it goes through a slice element.
		head, tail = "([]"+r.typeString(t)+"{", "}[0])"
	}
	r.ed.insert(r.off(e.Pos()), "func(__gk_v "+r.typeString(t)+") any { if __gk_v == nil { return nil }; "+checks.String()+"return __gk_v }"+head)
	r.ed.insert(r.off(e.End()), tail)
	return true
}

// logValuer hands log/slog a value of a cell type with a LogValue method
// as a compiled slog.LogValuer calling it (the interpreter's value has no
// methods for slog), called when the record is handled, as slog does:
//
//	slog.Info("login", "pw", pw)  →  slog.Info("login", "pw", func(v Secret) any { return __gk.LogValuer(func() slog.Value { return v.LogValue() }, v) }(pw))
func (r *rewriter) logValuer(e ast.Expr, t types.Type, slog *types.Package, to types.Type) bool {
	if !emptyIface(to) || types.IsInterface(t) || !r.cellValue(t) || hasTypeParam(t) || r.off(e.Pos()) < 0 {
		return false
	}
	lv, ok := slog.Scope().Lookup("LogValuer").(*types.TypeName)
	if !ok {
		return false
	}
	iface, ok := lv.Type().Underlying().(*types.Interface)
	if !ok || !types.Implements(t, iface) {
		return false
	}
	val := slog.Scope().Lookup("Value")
	if val == nil {
		return false
	}
	ts, vs := r.typeString(t), r.typeString(val.Type())
	held := "v" // (what slog.Value's Any gives back, and prints)
	if r.namedNonStruct(t) {
		if id := r.desc(t); id != 0 {
			held = "__gk_tag(v, " + itoa(id) + ")"
		}
	}
	r.ed.insert(r.off(e.Pos()), "func(v "+ts+") any { return "+rtName+".LogValuer(func() "+vs+" { return v.LogValue() }, "+held+") }(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// dynIs is the condition, to add to an assertion's ok, that v, of a
// non-empty interface type a cell declares, holds a value of t, a named
// non-struct type of the cell, as the interpreter's node for the value
// tells: its assertion x.(Circle) takes any value of Circle's underlying
// type (a Square too). "" when t is not such a type.
func (r *rewriter) dynIs(v string, t, operand types.Type) string {
	if !cellNonEmptyIface(operand, r.pkg) || !r.namedNonStruct(t) {
		return ""
	}
	return " && " + rtName + ".DynIs([]" + r.typeString(operand) + "{" + v + "}, " + strconv.Quote(r.typeString(t)) + ")"
}

// dynAssert writes an assertion x.(T) of such an interface value to such
// a type as a function checking the interpreter's type name too.
//
//	s.(Square)  →  func(v Shape) Square { if v != nil && !DynIs(…, "Square") { PanicAssert(…) }; return v.(Square) }(s)
func (r *rewriter) dynAssert(ta *ast.TypeAssertExpr, t, operand types.Type, commaOk bool) bool {
	is := r.dynIs("__gk_dv", t, operand)
	if is == "" || r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	ts, os := r.typeString(t), r.typeString(operand)
	var fn string
	if commaOk {
		fn = "func(__gk_dv " + os + ") (" + ts + ", bool) { if t, ok := __gk_dv.(" + ts + "); ok" + is +
			" { return t, true }; var z " + ts + "; return z, false }("
	} else {
		msg := strconv.Quote("interface conversion: "+goTypeString(operand)+" is ") + " + " + rtName +
			".DynType([]" + os + "{__gk_dv}) + " + strconv.Quote(", not "+goTypeString(t))
		fn = "func(__gk_dv " + os + ") " + ts + " { if __gk_dv != nil && !(true" + is + ") { " + rtName +
			".PanicAssert(" + msg + ") }; return __gk_dv.(" + ts + ") }("
	}
	r.wrapAssert(ta, fn)
	return true
}

// notesTypeSet notes the top-level function declaration n is in as one
// whose rewrite lists the session's types: a later cell's new type or
// method has it written again.
func (r *rewriter) notesTypeSet(n ast.Node) {
	if r.typeSetUse == nil {
		return
	}
	r.makeParents()
	var top ast.Node
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		if fd, ok := p.(*ast.FuncDecl); ok {
			top = fd
		}
	}
	if top != nil {
		r.typeSetUse(top)
	}
}
