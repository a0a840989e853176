package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// errorsAs rewrites errors.As with a pointer to an interface (other than
// error) or to a named non-struct type (which the interpreter represents
// as its underlying type) as target, which the runtime cannot match
// against interpreted types, into a walk of the chain with an assertion
// written here:
//
//	errors.As(err, &t)  →  rt.ErrorsAsFunc(err, func(p *I) func(any) bool { return func(x any) bool { ... } }(&t))
func (r *rewriter) errorsAs(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
		return false
	}
	pt, ok := r.info.Types[call.Args[1]].Type.(*types.Pointer)
	if !ok {
		return false
	}
	if errT := types.Universe.Lookup("error").Type(); !types.IsInterface(pt.Elem()) && !hasTypeParam(pt.Elem()) &&
		!types.Implements(pt.Elem(), errT.Underlying().(*types.Interface)) {
		// (The runtime's check sees no methods of the cells' types.)
		r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), rtName+".ErrorsAsBadTarget")
		return true
	}
	match, ok := r.asMatch(call, pt.Elem())
	if !ok {
		return false
	}
	r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), rtName+".ErrorsAsFunc(")
	r.ed.replace(r.off(call.Args[0].End()), r.off(call.Args[1].Pos()), ", "+match)
	// The target again, for the errors' own As methods, when reading it
	// twice changes nothing (&t, p).
	target := "nil"
	switch a := ast.Unparen(call.Args[1]).(type) {
	case *ast.Ident:
		target = a.Name
	case *ast.UnaryExpr:
		if id, ok := ast.Unparen(a.X).(*ast.Ident); ok && a.Op == token.AND {
			target = "&" + id.Name
		}
	}
	r.ed.insert(r.off(call.Args[1].End()), "), "+target)
	return true
}

// asMatch returns the start of the match errorsAs passes the runtime for
// a target of type target (its pointer is the argument that follows), if
// the target needs one; n is the call.
func (r *rewriter) asMatch(n ast.Node, target types.Type) (string, bool) {
	// The runtime calls the match with each error's value and, for a
	// named non-struct value, also with the wrapper that tells its type.
	errT := types.Universe.Lookup("error").Type()
	if _, isParam := target.(*types.TypeParam); isParam {
		target = r.concrete(target) // in an instance: its type argument
	}
	its := r.typeString(target)
	var test string
	switch _, isIface := target.Underlying().(*types.Interface); {
	case isIface && target != errT && !emptyIface(target):
		// (An empty interface takes the first error of the chain: the
		// runtime's errors.As.)
		fromAny, fromErr := r.lateAssert(n, target, types.NewInterfaceType(nil, nil), true), r.lateAssert(n, target, errT, true)
		if fromAny == "" || fromErr == "" {
			fromAny, fromErr = r.ifaceAssertFunc(target, types.NewInterfaceType(nil, nil), true), r.ifaceAssertFunc(target, errT, true)
		}
		test = "t, ok := " + fromAny + "(x); " +
			"if e, isErr := x.(error); !ok && isErr { t, ok = " + fromErr + "(e) }; "
	case r.wrappedNamed(target, errT):
		test = "var t " + its + "; e, ok := x.(error); if ok { t, ok = " + r.assertTo("e", target, errT, true) + " }; "
	default:
		return "", false
	}
	return "func(p *" + its + ") func(any) bool { return func(x any) bool { " + test + "if ok { *p = t }; return ok } }(", true
}

// errorsAsType writes errors.AsType[T] as a function walking the chain
// as errorsAs does, with errorsAs's match where T needs one (an
// interface, a named non-struct type), else an assertion:
//
//	errors.AsType[coder](err)  →  func(e error) (coder, bool) { var t coder; ok := rt.ErrorsAsFunc(e, match(&t)); return t, ok }(err)
func (r *rewriter) errorsAsType(e ast.Expr, fn *types.Func, targs *types.TypeList) bool {
	if fn.Pkg().Path() != "errors" || fn.Name() != "AsType" || targs.Len() != 1 {
		return false
	}
	target := r.concrete(targs.At(0))
	ts := r.typeString(target)
	match, ok := r.asMatch(e, target)
	if !ok {
		// The runtime's walk follows the cells' Unwrap methods, and
		// finds a struct with a value Error method in the interpreter's
		// wrapper, which hides it from the generic code.
		match, ok = "func(p *"+ts+") func(any) bool { return func(x any) bool { t, ok := x.("+ts+"); if ok { *p = t }; return ok } }(", true
	}
	// (In parentheses: the newlines of a type argument over several lines
	// go after the "(".)
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), "(func(__gk_e error) ("+ts+", bool) { var __gk_t "+ts+"; __gk_ok := "+
		rtName+".ErrorsAsFunc(__gk_e, "+match+"&__gk_t), &__gk_t); return __gk_t, __gk_ok })")
	return true
}

// valueError reports a struct type of the cell package whose Error or
// String method has a value receiver: the interpreter loses such values
// in the wrappers it makes for error and fmt.Stringer values (see
// format.Recover), which selfPrologue lets the runtime get back.
func (r *rewriter) valueError(t types.Type) bool {
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || hasTypeParam(named) && r.subst == nil {
		// A generic type's methods get the prologue per instance (their
		// rewriters bind the type parameters).
		return false
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	return types.Implements(named, errorType) || hasStringMethod(named, "String")
}

// wrappedCell reports a type whose values the interpreter keeps in a
// wrapper in an error or fmt.Stringer (and in an any converted from one),
// where its assertions do not find them: a valueError type, or a pointer
// to a struct type of the cell package with an Error or String method.
func (r *rewriter) wrappedCell(t types.Type) bool {
	if r.valueError(t) {
		return true
	}
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := p.Elem().(*types.Named)
	if !ok || named.Obj().Pkg() != r.pkg || hasTypeParam(named) && r.subst == nil {
		return false
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return false
	}
	return types.Implements(t, errorType) || hasStringMethod(t, "String")
}

// concreteFunc names the runtime's function that takes a value of t out
// of the interpreter's wrapper for an assertion to t: ConcreteNZ, which
// gives nil for a value of an empty struct type (the interpreter's
// assertion of one to a struct type with fields panics, "Field index out
// of bounds"), when t has fields or is a pointer.
func (r *rewriter) concreteFunc(t types.Type) string {
	if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
		return rtName + ".ConcreteNZ" // (never an empty struct)
	}
	if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() > 0 {
		return rtName + ".ConcreteNZ"
	}
	return rtName + ".Concrete"
}

// valueErrorAssert rewrites an assertion to a wrappedCell type so that it
// also looks inside the interpreter's wrapper.
func (r *rewriter) valueErrorAssert(ta *ast.TypeAssertExpr, t, xt types.Type, commaOk bool) bool {
	if !r.wrappedCell(t) || r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	v, ts, conc := r.uniq("av"), r.typeString(t), r.concreteFunc(t)
	var head string
	if commaOk {
		head = "func(" + v + " " + r.typeString(xt) + ") (" + ts + ", bool) { if t, ok := " + v + ".(" + ts +
			"); ok { return t, true }; t, ok := " + conc + "(" + v + ").(" + ts + "); return t, ok }("
	} else {
		fail := rtName + ".PanicAssertAny(" + v + ", " + strconv.Quote(goTypeString(t)) + ")"
		if !emptyIface(xt) {
			fail = rtName + ".PanicAssertFrom(" + v + ", " + strconv.Quote(goTypeString(xt)) + ", " + strconv.Quote(goTypeString(t)) + ")"
		}
		head = "func(" + v + " " + r.typeString(xt) + ") " + ts + " { if t, ok := " + v + ".(" + ts +
			"); ok { return t }; if t, ok := " + conc + "(" + v + ").(" + ts + "); ok { return t }; " + fail + "; var z " + ts + "; return z }("
	}
	r.wrapAssert(ta, head)
	return true
}

// selfPrologue starts a value-receiver Error or String method of a struct
// type, or of a named non-struct type, with the capture test of
// format.Recover (an unnamed receiver gets a name for it).
func (r *rewriter) selfPrologue(fd *ast.FuncDecl) {
	if fd.Recv == nil || fd.Body == nil || fd.Name.Name != "Error" && fd.Name.Name != "String" || len(fd.Recv.List) != 1 {
		return
	}
	f := fd.Recv.List[0]
	if len(f.Names) > 1 || r.off(fd.Body.Lbrace) < 0 {
		return
	}
	sig, ok := r.info.Defs[fd.Name].Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return
	}
	t := r.info.TypeOf(f.Type)
	if t == nil {
		return
	}
	self := selfName
	if len(f.Names) == 1 && f.Names[0].Name != "_" {
		self = f.Names[0].Name
	}
	var capture string
	switch {
	case r.valueError(t):
		capture = self
	case r.namedNonStruct(t) && !hasTypeParam(t):
		// The wrapper keeps such a value whole, but as its underlying
		// type: the prologue tells the type too.
		id := r.desc(t)
		if id == 0 {
			return
		}
		capture = rtName + ".Box(" + self + ", " + itoa(id) + ")"
	default:
		return
	}
	if len(f.Names) == 1 && f.Names[0].Name == "_" {
		r.ed.replace(r.off(f.Names[0].Pos()), r.off(f.Names[0].End()), self)
	} // an unnamed receiver: nameParams names it
	r.ed.insert(r.off(fd.Body.Lbrace)+1, " if "+rtName+".SelfWanted() { "+rtName+".SelfIs("+capture+"); return \"\" };")
}

// errorsJoin sends errors.Join(a, b) to the runtime's JoinAny: the
// interpreter loses the cell's error values passed in a compiled ...error
// (a spread slice, errors.Join(errs...), is fine).
func (r *rewriter) errorsJoin(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "Join" {
		return
	}
	r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), rtName+".JoinAny")
	r.boxNamedArgs(call.Args)
}

// errorsIs boxes the named non-struct arguments of errors.Is (and the
// error of errors.Unwrap and errors.As) with their descriptions, which tell their types apart
// (type A int, type B int) and give their methods.
func (r *rewriter) errorsIs(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" {
		return
	}
	switch fn.Name() {
	case "Is", "Unwrap":
		r.boxNamedArgs(call.Args)
	case "As":
		r.boxNamedArgs(call.Args[:min(1, len(call.Args))])
	}
}

// boxNamedArgs boxes the arguments of named non-struct types with their
// descriptions.
func (r *rewriter) boxNamedArgs(args []ast.Expr) {
	for _, a := range args {
		if t := r.info.Types[a].Type; t != nil && r.namedNonStruct(t) {
			if id := r.desc(t); id != 0 {
				r.ed.insert(r.off(a.Pos()), "__gk_box(")
				r.ed.insert(r.off(a.End()), ", "+itoa(id)+")")
			}
		}
	}
}

// sliceSearch sends slices.Index, slices.Contains and slices.Equal over a
// slice of interface values (or of structs or arrays with interfaces in
// them) to the runtime's Equal: the generic code compares the
// interpreter's interface values, which differ for equal cell values.
//
//	slices.Index(shapes, s)  →  __gk.SliceIndex(shapes, []Shape{s})
//	slices.Equal(a, b)       →  __gk.SliceEqual(a, b)
func (r *rewriter) sliceSearch(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() || r.off(call.Pos()) < 0 {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "slices" || fn.Name() != "Index" && fn.Name() != "Contains" && fn.Name() != "Equal" {
		return
	}
	st, ok := r.info.TypeOf(call.Args[0]).Underlying().(*types.Slice)
	if !ok || !types.IsInterface(st.Elem()) && !ifaceParts(st.Elem()) || hasTypeParam(st.Elem()) {
		return
	}
	if fn.Name() == "Equal" {
		r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), rtName+".SliceEqual(")
		return
	}
	es := r.typeString(st.Elem())
	r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), "("+rtName+".SliceIndex(")
	r.ed.replace(r.off(call.Args[0].End()), r.off(call.Args[1].Pos()), ", []"+es+"{")
	tail := "}))"
	if fn.Name() == "Contains" {
		tail = "}) >= 0)"
	}
	r.ed.replace(r.off(call.Args[1].End()), r.off(call.End()), tail)
}
