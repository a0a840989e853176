package compile

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// typeSwitch rewrites a type switch, whose cases the interpreter matches
// by a weak comparison of type names (an interpreted struct value falls to
// a later interface case; an error to default), into a switch on the
// index of the matching clause, computed with comma-ok assertions:
//
//	switch x := v.(type) {          var __gk_v V; switch func() int { __gk_v = v; ... }() {
//	case A:                    →    case 0: x := __gk_v.(A); _ = x
//	case I:                         case 1: x := <I from __gk_v>; _ = x
//	default:                        default: x := __gk_v; _ = x
//
// Clauses keep their order and bodies, so break and default work as
// before. For an interface case the cell package's types that implement
// it are tried first, and those the interpreter would wrongly accept (the
// methods are those of the pointer) are ruled out: the interpreter's own
// assertion to an interface is right for compiled types only.
func (r *rewriter) typeSwitch(s *ast.TypeSwitchStmt, label *ast.LabeledStmt) bool {
	if s.Init != nil && label != nil {
		return false // no room for the init statement
	}
	var bind string // the variable the switch declares, if any
	var ta *ast.TypeAssertExpr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			return false
		}
		id, ok := a.Lhs[0].(*ast.Ident)
		if !ok {
			return false
		}
		bind = id.Name
		for _, st := range s.Body.List {
			if obj := r.info.Implicits[st]; obj != nil {
				bind = r.varName(obj) // the clauses' variables, maybe renamed
				break
			}
		}
		ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta == nil || r.off(s.Assign.Pos()) < 0 || r.off(s.Body.Lbrace) < 0 {
		return false
	}
	vt, ok := r.info.Types[ta.X]
	if !ok || vt.Type == nil {
		return false
	}
	v := r.uniq("tv")
	// The index of the matching clause is computed in front of the switch,
	// in a loop run once (a function literal called at each evaluation cost
	// the interpreter several times the switch); a labeled switch keeps its
	// label on it: the index comes from a function literal in its tag.
	exit := func(i int) string { return "return " + itoa(i) }
	ti := ""
	if label == nil {
		ti = r.uniq("ti")
		exit = func(i int) string { return ti + " = " + itoa(i) + "; break" }
	}
	var checks strings.Builder
	type clause struct {
		cc   *ast.CaseClause
		head string
	}
	var clauses []clause
	for i, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			return false
		}
		head := "default:"
		if cc.List != nil {
			head = "case " + itoa(i) + ":"
			for _, e := range cc.List {
				c, ok := r.caseCheck(v, e, exit(i), vt.Type, s.Body)
				if !ok {
					return false
				}
				checks.WriteString(c)
			}
		}
		if bind != "" {
			head += " " + bind + " := " + r.caseBinding(v, cc, vt.Type) + "; _ = " + bind + ";"
		}
		clauses = append(clauses, clause{cc, head})
	}
	// The interpreter matches no case of a switch with an init statement
	// (see switchInit): the guard variable is declared in front and set
	// in the tag.
	decl := "var " + v + " " + r.typeString(vt.Type) + "; "
	// The guard is evaluated in front of the switch (in a function
	// literal, recover would not stop the panic), but for a labeled one.
	hoist := label == nil
	switch {
	case s.Init != nil:
		r.ed.replace(r.off(s.Switch), r.off(s.Init.Pos()), "{ ")
		if hoist {
			r.ed.insert(r.off(s.Assign.Pos()), decl)
		} else {
			r.ed.insert(r.off(s.Assign.Pos()), decl+"switch ")
		}
		r.ed.insert(r.off(s.Body.Rbrace)+1, " }")
	case label != nil:
		r.ed.insert(r.off(label.Pos()), decl)
	case hoist:
		r.ed.replace(r.off(s.Switch), r.off(s.Switch)+len("switch"), decl)
	default:
		r.ed.insert(r.off(s.Switch), decl)
	}
	if hoist {
		r.ed.replace(r.off(s.Assign.Pos()), r.off(ta.X.Pos()), " "+v+" = ")
		r.ed.replace(r.off(ta.X.End()), r.off(s.Body.Lbrace), "; "+ti+" := -1; for { "+checks.String()+"break }; switch "+ti+" ")
	} else {
		r.ed.replace(r.off(s.Assign.Pos()), r.off(ta.X.Pos()), " func() int { "+v+" = ")
		r.ed.replace(r.off(ta.X.End()), r.off(s.Body.Lbrace), "; "+checks.String()+"return -1 }() ")
	}
	r.normOperand(ta.X) // (after what goes in front of the operand: "v = ")
	for _, c := range clauses {
		r.ed.replace(r.off(c.cc.Case), r.off(c.cc.Colon)+1, c.head)
	}
	return true
}

// caseCheck is the code running exit (which gives the clause's index)
// when the value in v matches the case type e.
func (r *rewriter) caseCheck(v string, e ast.Expr, exit string, operand types.Type, body *ast.BlockStmt) (string, bool) {
	ret := " { " + exit + " }; "
	tv, ok := r.info.Types[e]
	if !ok {
		return "", false
	}
	if tv.IsNil() {
		return "if " + v + " == nil" + ret, true
	}
	if !tv.IsType() {
		return "", false
	}
	t := r.caseType(tv.Type)
	if sig, ok := recursiveFunc(t); ok {
		return "if _, ok := " + v + ".(" + r.typeString(sig) + "); ok" + ret, true
	}
	iface, isIface := t.Underlying().(*types.Interface)
	if !isIface {
		c := "if _, ok := " + r.assertTo(v, t, operand, r.underlyingCase(t, body)) + "; ok" + r.dynIs(v, t, operand) + ret
		if r.wrappedCell(t) {
			c += "if _, ok := " + r.concreteFunc(t) + "(" + v + ").(" + r.typeString(t) + "); ok" + ret
		}
		return c, true
	}
	if iface.Empty() {
		return "if " + v + " != nil" + ret, true
	}
	if late := r.lateAssert(e, t, operand, true); late != "" {
		return "if _, ok := " + late + "(" + v + "); ok" + ret, true
	}
	// A nil operand matches no interface case (the interpreter panics
	// on the assertion).
	var b strings.Builder
	b.WriteString("if " + v + " != nil { ")
	impl, confusable := r.sessionTypesFor(iface, operand)
	for _, c := range impl {
		b.WriteString("if _, ok := " + r.assertTo(v, c, operand, true) + "; ok" + r.dynIs(v, c, operand) + ret)
	}
	b.WriteString(r.namedTries(v, t, operand, exit))
	tries := r.compiledTries(t, operand, len(confusable) > 0)
	if len(confusable) == 0 {
		for _, c := range tries {
			b.WriteString("if _, ok := " + v + ".(" + c + "); ok" + ret)
		}
		b.WriteString("if _, ok := " + v + ".(" + r.typeString(t) + "); ok" + ret + "}; ")
		return b.String(), true
	}
	// The confusable types are ruled out first: the compiled interfaces
	// tried accept them too.
	b.WriteString("if func() bool { ")
	for _, c := range confusable {
		b.WriteString("if _, ok := " + v + ".(" + r.typeString(c) + "); ok { return false }; ")
	}
	for _, c := range tries {
		b.WriteString("if _, ok := " + v + ".(" + c + "); ok { return true }; ")
	}
	b.WriteString("_, ok := " + v + ".(" + r.typeString(t) + "); return ok }()" + ret + "}; ")
	return b.String(), true
}

// caseType is a case's type; in an instance of a generic function, a
// type parameter's case (case T) is its type argument.
func (r *rewriter) caseType(t types.Type) types.Type {
	if _, isParam := t.(*types.TypeParam); isParam && r.subst != nil {
		return r.concrete(t)
	}
	return t
}

// caseBinding is the value the switch variable has in a clause.
func (r *rewriter) caseBinding(v string, cc *ast.CaseClause, operand types.Type) string {
	if len(cc.List) != 1 {
		return v
	}
	tv := r.info.Types[cc.List[0]]
	if tv.IsNil() || !tv.IsType() {
		return v
	}
	t := r.caseType(tv.Type)
	ts := r.typeString(t)
	if isRecursiveFunc(t) {
		return ts + "(" + v + ")" // (the interpreter's any)
	}
	iface, isIface := t.Underlying().(*types.Interface)
	if !isIface {
		if r.wrappedCell(t) {
			return "func() " + ts + " { if t, ok := " + v + ".(" + ts + "); ok { return t }; return " +
				r.concreteFunc(t) + "(" + v + ").(" + ts + ") }()"
		}
		return r.assertTo(v, t, operand, false)
	}
	if iface.Empty() {
		return ts + "(" + v + ")"
	}
	if late := r.lateAssert(cc, t, operand, true); late != "" {
		return "func() " + ts + " { t, _ := " + late + "(" + v + "); return t }()"
	}
	impl, confusable := r.sessionTypesFor(iface, operand)
	var b strings.Builder
	b.WriteString("func() " + ts + " { ")
	for _, c := range impl {
		b.WriteString("if t, ok := " + r.assertTo(v, c, operand, true) + "; ok { " + r.returnWrapped(c, t, "t") + " }; ")
	}
	b.WriteString(r.namedTries(v, t, operand, "return c"))
	for _, c := range r.compiledTries(t, operand, len(confusable) > 0) {
		b.WriteString("if c, ok := " + v + ".(" + c + "); ok { return c }; ")
	}
	b.WriteString("t, _ := " + v + ".(" + ts + "); return t }()")
	return b.String()
}

// sessionTypesFor returns the types of the cell package (T and *T, as
// the interpreter names them) that implement iface, and those that do
// not but have methods of all its names (the interpreter's assertion
// would accept them).
func (r *rewriter) sessionTypesFor(iface *types.Interface, operand types.Type) (impl, confusable []types.Type) {
	var from *types.Interface // the operand's interface (only its types can be in it)
	if operand != nil {
		from, _ = operand.Underlying().(*types.Interface)
	}
	if r.pkg == nil {
		return nil, nil
	}
	scope := r.pkg.Scope()
	for _, named := range r.sessionNamed(scope) {
		if r.taggable(named) && emptyIface(operand) {
			// A tagged value is taken out of its tag (see tagged.go).
			if types.Implements(named, iface) {
				impl = append(impl, named)
			}
			if ptr := types.NewPointer(named); r.nodedPtr(named) && types.Implements(ptr, iface) {
				impl = append(impl, ptr) // (told apart by the runtime: see ambiguousPtr)
			}
			continue
		}
		if r.wrappedNamed(named, operand) {
			if types.Implements(named, iface) && (from == nil || types.Implements(named, from)) {
				impl = append(impl, named)
			}
			continue
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			// Its values look like those of other types to the interpreter
			// (type S int is an int): the interpreter's own assertion is
			// left to tell them apart.
			continue
		}
		ptr := types.NewPointer(named)
		hasNames := hasMethodNames(ptr, iface)
		for _, t := range []types.Type{named, ptr} {
			switch {
			case from != nil && !types.Implements(t, from):
				continue // cannot be in the operand
			case t == named && (viaEmbeddedPointer(named, from) || viaEmbeddedPointer(named, iface)):
				// The interpreter calls an assertion to such a type
				// impossible ("method has a pointer receiver").
				continue
			case types.Implements(t, iface):
				impl = append(impl, t)
			case hasNames:
				confusable = append(confusable, t)
			}
		}
	}
	return impl, confusable
}

// sessionNamed returns the named types of the cell package that values
// can have: its types other than aliases and generic ones, then the
// instances of its generic struct types the code uses.
func (r *rewriter) sessionNamed(scope *types.Scope) []*types.Named {
	var out []*types.Named
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() == 0 {
			out = append(out, named)
		}
	}
	seen := map[string]bool{}
	var insts []*types.Named
	add := func(t *types.Named) {
		if t.TypeArgs().Len() == 0 || t.Obj().Pkg() != r.pkg || hasTypeParam(t) {
			return
		}
		if _, ok := t.Underlying().(*types.Struct); !ok {
			return
		}
		if key := types.TypeString(t, nil); !seen[key] {
			seen[key] = true
			insts = append(insts, t)
		}
	}
	for _, inst := range r.info.Instances {
		// Types written as instances (Stack[int]{}), and those that
		// instances of functions take and give (NewStack(1, 2)).
		walkTypes(inst.Type, add)
	}
	// And those of earlier cells, whose values session variables may
	// hold (var x any = Box[int]{5}).
	for _, t := range r.sessionInstances(scope) {
		add(t)
	}
	sort.Slice(insts, func(i, j int) bool { return types.TypeString(insts[i], nil) < types.TypeString(insts[j], nil) })
	return append(out, insts...)
}

// hasMethodNames reports whether t's method set has a method of each
// name of iface.
func hasMethodNames(t types.Type, iface *types.Interface) bool {
	ms := types.NewMethodSet(t)
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		if ms.Lookup(m.Pkg(), m.Name()) == nil {
			return false
		}
	}
	return true
}

// assertNamingIface writes the assertion ta of an operand of interface
// type xt to at as a function whose failure names xt, as Go's does; held
// is the operand as the function asserts it.
func (r *rewriter) assertNamingIface(ta *ast.TypeAssertExpr, at, xt types.Type, held string) {
	ts, xs := r.typeString(at), r.typeString(xt)
	r.wrapAssert(ta, "func(__gk_x "+xs+") "+ts+" { if t, ok := "+held+".("+ts+"); ok { return t }; "+rtName+
		".PanicAssertFrom(__gk_x, "+strconv.Quote(goTypeString(xt))+", "+strconv.Quote(goTypeString(at))+"); var z "+ts+"; return z }(")
}

// failNamesIface reports an assertion of x, a call returning a cell's
// interface xt, to at, a struct type or a pointer to one: its failure
// must name xt.
func (r *rewriter) failNamesIface(x ast.Expr, at, xt types.Type) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	return ok && !r.isConversion(call) && cellNonEmptyIface(xt, r.pkg) && !hasTypeParam(xt) && !hasTypeParam(at) &&
		structOrPtr(at) && !r.wrappedCell(at) && r.off(x.Pos()) >= 0 && r.off(x.End()) >= 0
}

// callOperand writes the operand of an assertion that is a call returning
// a cell's interface as an element of a slice of it: the interpreter
// asserts the call's result as it came back (New(3).(Sq) was false, a
// Rect in it panicked).
//
//	New(3).(Sq)  →  []Shape{New(3)}[0].(Sq)
func (r *rewriter) callOperand(x ast.Expr, t types.Type) {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || r.isConversion(call) || !cellNonEmptyIface(t, r.pkg) || hasTypeParam(t) || r.off(x.Pos()) < 0 || r.off(x.End()) < 0 {
		return
	}
	// After the assertion's own rewrites (their head goes first), before
	// those of the operand's inner nodes.
	r.ed.insert(r.off(x.Pos()), "[]"+r.typeString(t)+"{")
	r.ed.insertLast(r.off(x.End()), "}[0]")
}

// typeAssert rewrites an assertion to an interface type that a type of
// the cell package implements, or could be mistaken for implementing,
// for the reasons typeSwitch gives:
//
//	x.(I)         →  func(v X) I { if t, ok := v.(T); ok { return t }; ...; return v.(I) }(x)
//	a, ok := x.(I) → a, ok := func(v X) (I, bool) { ...; t, ok := v.(I); return t, ok }(x)
func (r *rewriter) typeAssert(ta *ast.TypeAssertExpr, commaOk bool) bool {
	if ta.Type == nil {
		return false // x.(type), see typeSwitch
	}
	tv, ok := r.info.Types[ta.Type]
	if !ok || !tv.IsType() {
		return false
	}
	xt, ok := r.info.Types[ta.X]
	if !ok || xt.Type == nil {
		return false
	}
	at := tv.Type
	if hasTypeParam(at) {
		at = r.concrete(at) // x.(T), x.(List[T]) in an instance: of its type arguments
	}
	if r.recursiveFuncAssert(ta, at, xt.Type, commaOk) {
		return true
	}
	iface, ok := at.Underlying().(*types.Interface)
	if !ok && (r.dynAssert(ta, at, xt.Type, commaOk) || r.wrappedAssert(ta, at, xt.Type, commaOk)) {
		return true
	}
	if !ok {
		if r.emptyStructSafe(at, xt.Type) && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0 {
			if commaOk {
				r.ed.insert(r.off(ta.X.Pos()), "any(")
				r.ed.insert(r.off(ta.X.End()), ")")
				return true
			}
			r.assertNamingIface(ta, at, xt.Type, "any(__gk_x)") // (Go's text names the operand's interface)
			return true
		}
		if r.ptrAssert(ta, at, commaOk) {
			return true
		}
		if r.cellStructFrom(at, xt.Type) && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0 {
			held := rtName + ".ConcreteNZ(__gk_x)"
			if commaOk {
				ts := r.typeString(at)
				r.wrapAssert(ta, "func(__gk_x "+r.typeString(xt.Type)+") ("+ts+", bool) { t, ok := "+held+".("+ts+"); return t, ok }(")
				return true
			}
			r.assertNamingIface(ta, at, xt.Type, held)
			return true
		}
		r.untagOperand(ta.X, at)
		done := r.valueErrorAssert(ta, at, xt.Type, commaOk)
		// The interpreter's failure names "interface {}" where Go's names
		// the operand's interface: a cell type from io.Writer, or a
		// call's result (f().(*S); a simple operand is checked first,
		// see nilAssertCheckable).
		compiledFrom := compiledIface(xt.Type, r.pkg) && !emptyIface(xt.Type) && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0
		if !done && !commaOk && (compiledFrom || r.failNamesIface(ta.X, at, xt.Type)) {
			r.assertNamingIface(ta, at, xt.Type, "__gk_x")
			done = true
		}
		r.normOperand(ta.X)
		return done
	}
	if iface.Empty() {
		return false
	}
	if late := r.lateAssert(ta, at, xt.Type, commaOk); late != "" && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0 {
		r.wrapAssert(ta, late+"(")
		r.normOperand(ta.X)
		return true
	}
	if len(r.sessionTypes(iface, xt.Type)) == 0 && r.compiledEquiv(at) == "" && len(r.compiledImpls(at, xt.Type)) == 0 {
		defer r.normOperand(ta.X) // (after the assertion function's head)
		if commaOk && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0 {
			// The interpreter panics on "v, ok := x.(I)" when x is nil.
			is, xs := r.typeString(at), "any"
			if cellNonEmptyIface(xt.Type, r.pkg) {
				// (Passed as any, a value of the cell's interface panics
				// the interpreter's assertion: "reflect.Set".)
				xs = r.typeString(xt.Type)
			}
			r.wrapAssert(ta, "func(__gk_x "+xs+") ("+is+", bool) { if __gk_x == nil { return nil, false }; "+
				r.namedTries("__gk_x", at, xt.Type, "return c, true")+"__gk_v, __gk_ok := __gk_x.("+is+"); return __gk_v, __gk_ok }(")
			return true
		}
		if !commaOk && r.off(ta.Pos()) >= 0 && r.off(ta.End()) >= 0 {
			// A nil operand panics as Go's (the interpreter dereferences
			// nil, or names no interface).
			is := r.typeString(at)
			r.wrapAssert(ta, "func(__gk_x "+r.typeString(xt.Type)+") "+is+" { "+
				nilAssertPanic("__gk_x", at)+r.namedTries("__gk_x", at, xt.Type, "return c")+r.ifaceAssertReturn("__gk_x", at, xt.Type)+" }(")
			return true
		}
		return false
	}
	if r.off(ta.Pos()) < 0 || r.off(ta.End()) < 0 {
		return false
	}
	fn := r.ifaceAssertFunc(at, xt.Type, commaOk)
	// The operand keeps its place (and its own rewrites).
	r.wrapAssert(ta, fn+"(")
	r.normOperand(ta.X)
	return true
}
