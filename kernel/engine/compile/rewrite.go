package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"gokernel/kernel/engine/stdgen"
	"strings"

	"gokernel/kernel/engine/cell"
)

// rewriter collects the edits that turn one cell's source into what the
// interpreter runs: names of redefined types and aliased packages,
// goroutines that report their panics, Go 1.22 loop variables, range over
// integers, and the builtins the interpreter lacks.
type rewriter struct {
	c    *Compiler
	cell *cell.Cell
	root *ast.File // the cell as checked: its declarations and statements
	info *types.Info
	pkg  *types.Package
	// name returns the interpreter's name for a package-level object of
	// the cell's package or an imported package name, or "".
	name func(obj types.Object) string
	// gen returns the interpreter name of a type of the cell package.
	gen func(name string) string
	// qual names imported packages as the interpreter knows them.
	qual types.Qualifier
	// desc returns the ID of a type's description for printing (0: none).
	desc func(types.Type) int
	// tmplDesc is desc for data handed to a template (with methods).
	tmplDesc func(types.Type) int
	// inst returns the concrete copy of an instance of a generic
	// declaration of the cell package (see generics.go).
	inst func(origin types.Object, args []string) string
	// subst binds type parameters (in an instance being written);
	// substTypes binds them to the type arguments, when known.
	subst      map[string]string
	substTypes map[string]types.Type
	// instArgs records the type arguments of the instances made (by
	// instance name), for their rewriters' substTypes.
	instArgs func(name string, targs []types.Type)
	// litDepth counts the function literals around the node walked.
	litDepth int
	// lateFunc names the variable that holds the latest version of a
	// session function, or "" (see lateCall).
	lateFunc func(name string) string
	// litTypeIdents are the type names of composite literals.
	litTypeIdents map[*ast.Ident]bool
	// located reports a session function whose calls record their
	// position (see callsites.go).
	located func(name string) bool
	// shadowAlias names a package where its usual name is shadowed.
	shadowAlias func(path, name string) string
	// conv lists identifiers used as conversions (T(x)).
	conv map[*ast.Ident]bool
	// inRewrittenLoop marks returns a loop rewrite took care of.
	inRewrittenLoop map[*ast.ReturnStmt]bool
	ed              edits
	done            map[ast.Node]bool
	// markers lists the marker variables this rewriter created.
	markers []string
	// lits counts the function literals of each function, for their names.
	lits map[string]int
	// parents maps the cell's nodes to their parents (see loopOf), made on
	// first use.
	parents map[ast.Node]ast.Node
	// indexKeys are the constant keys of array and slice literals, written
	// as plain integers (see litTypes).
	indexKeys map[ast.Expr]bool
	// litCalls are calls to wrap in a function literal (see std.go).
	litCalls map[*ast.CallExpr]bool
	// loops lists the loop statements met so far (see deferLit).
	loops []ast.Stmt
}

func (c *Compiler) newRewriter(cl *cell.Cell, ck *checked, name func(types.Object) string) *rewriter {
	return &rewriter{c: c, cell: cl, root: ck.cell, info: ck.info, pkg: ck.pkg, name: name, done: map[ast.Node]bool{},
		lits: map[string]int{}, inRewrittenLoop: map[*ast.ReturnStmt]bool{}}
}

// off returns the offset of pos in the cell.
func (r *rewriter) off(pos token.Pos) int { return r.cell.Offset(pos) }

// text returns the source of [from, to) with the edits applied.
func (r *rewriter) text(from, to token.Pos) string {
	a, b := r.off(from), r.off(to)
	if a < 0 || b < a {
		return ""
	}
	return r.ed.apply(r.cell.Src, a, b)
}

// innerText is text without the insertions at from and to (see
// edits.applyInner).
func (r *rewriter) innerText(from, to token.Pos) string {
	a, b := r.off(from), r.off(to)
	if a < 0 || b < a {
		return ""
	}
	return r.ed.applyInner(r.cell.Src, a, b)
}

// uniq returns a fresh name with the given stem.
func (r *rewriter) uniq(stem string) string {
	r.c.uniq++
	return fmt.Sprintf("__gk_%s%d", stem, r.c.uniq)
}

// walk collects the edits of every node under n (once per node).
func (r *rewriter) walk(n ast.Node) {
	if n == nil || r.done[n] {
		return
	}
	r.done[n] = true
	explicit := map[*ast.Ident]bool{}
	labeled := map[ast.Stmt]bool{}
	labels := map[ast.Stmt]string{}
	labelOf := map[ast.Stmt]*ast.LabeledStmt{}
	commaOk := map[*ast.TypeAssertExpr]bool{}
	handledComm := map[*ast.CommClause]bool{}
	called := map[*ast.SelectorExpr]bool{}   // method selectors that are called
	deferredOrGo := map[*ast.CallExpr]bool{} // calls of go and defer statements
	var open []ast.Node                      // the nodes being walked, for litDepth
	visit := func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && r.foldConst(e) {
			return false
		}
		switch n := n.(type) {
		case *ast.LabeledStmt:
			labelOf[n.Stmt] = n
			labeled[n.Stmt] = true
			labels[n.Stmt] = n.Label.Name
		case *ast.ForStmt:
			r.loops = append(r.loops, n)
			r.continueInSelect(n, n.Body, labels[n])
		case *ast.SwitchStmt:
			r.switchInit(n, labeled[n])
			r.taglessCases(n)
			r.tagCases(n)
		case *ast.TypeSwitchStmt:
			if !r.typeSwitch(n, labelOf[n]) {
				r.switchInit(n, labeled[n])
			}
		case *ast.SelectStmt:
			if r.selectStmt(n, labelOf[n]) {
				for _, c := range n.Body.List {
					handledComm[c.(*ast.CommClause)] = true
				}
			}
		case *ast.CommClause:
			if !handledComm[n] {
				r.selectAssign(n)
			}
		case *ast.CompositeLit:
			r.markLitCalls(n)
			r.litTypes(n)
			if id, ok := n.Type.(*ast.Ident); ok {
				if r.litTypeIdents == nil {
					r.litTypeIdents = map[*ast.Ident]bool{}
				}
				r.litTypeIdents[id] = true
			}
		case *ast.DeclStmt:
			r.localAliasDecl(n)
		case *ast.BinaryExpr:
			r.constShift(n)
			r.ifaceEqual(n)
		case *ast.AssignStmt:
			if ta, ok := n.Rhs[0].(*ast.TypeAssertExpr); ok && len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				commaOk[ta] = true
			}
			r.multiRecv(n)
			r.parallelAssign(n)
			r.copyAssigned(n)
			r.structLitAssign(n)
			r.compiledFieldAssign(n)
		case *ast.SendStmt:
			r.copyAssigned(n)
		case *ast.ValueSpec:
			r.parallelAssign(n)
			r.copyAssigned(n)
			if len(n.Values) == 1 && len(n.Names) == 2 {
				if ta, ok := n.Values[0].(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			r.typeAssert(n, commaOk[n])
		case *ast.FuncDecl:
			r.nameParams(n.Recv, n.Type)
			r.selfPrologue(n)
			r.zeroResults(n.Type, n.Body)
			r.copyReturned(n.Type, n.Body)
			if obj, ok := r.info.Defs[n.Name].(*types.Func); ok {
				r.boolReturns(obj.Type().(*types.Signature), n.Body)
			}
		case *ast.FuncLit:
			r.nameParams(nil, n.Type)
			r.zeroResults(n.Type, n.Body)
			r.copyReturned(n.Type, n.Body)
			if sig, ok := r.info.Types[n].Type.(*types.Signature); ok {
				r.boolReturns(sig, n.Body)
			}
		case *ast.SelectorExpr:
			if r.methodExpr(n) || r.stdRef(n, n) {
				return false
			}
			if called[n] {
				r.promotedViaIface(n)
			}
			if !called[n] && r.methodValue(n) {
				return false
			}
		case *ast.IndexExpr:
			r.tagMapKey(n)
			markExplicit(explicit, n.X)
			if r.explicitInstance(n, n.X) || r.stdInstance(n, n.X) || r.stdSelector(n, n.X) {
				return false
			}
		case *ast.IndexListExpr:
			markExplicit(explicit, n.X)
			if r.explicitInstance(n, n.X) || r.stdInstance(n, n.X) || r.stdSelector(n, n.X) {
				return false
			}

		case *ast.Ident:
			r.ident(n)
			if !explicit[n] {
				r.inferred(n)
			}
		case *ast.GoStmt:
			deferredOrGo[n.Call] = true // the function value is made at once
			r.goStmt(n)
		case *ast.DeferStmt:
			deferredOrGo[n.Call] = true
			r.deferStmt(n)
		case *ast.RangeStmt:
			r.loops = append(r.loops, n)
			r.continueInSelect(n, n.Body, labels[n])
			r.rangeStmt(n)
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && !deferredOrGo[n] {
				called[sel] = true
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && r.info.Types[n.Fun].IsType() {
				if r.conv == nil {
					r.conv = map[*ast.Ident]bool{}
				}
				r.conv[id] = true
			}
			r.stdCallInLit(n)
			r.viaCall(n)
			r.copyCallArgs(n)
			r.tagDeleteKey(n)
			r.reflectArgs(n)
			r.builtin(n)
			r.boxArgs(n)
			r.errorsAs(n)
			r.errorsJoin(n)
			r.displayArgs(n)
			r.ifaceArgs(n)
			if !r.logCall(n) && !r.jsonCall(n) && !r.templateCall(n) {
				r.callerCall(n)
			}
		}
		return true
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			if _, ok := open[len(open)-1].(*ast.FuncLit); ok {
				r.litDepth--
			}
			open = open[:len(open)-1]
			return true
		}
		if !visit(n) {
			return false
		}
		open = append(open, n)
		if _, ok := n.(*ast.FuncLit); ok {
			r.litDepth++
		}
		return true
	})
}

// boxArgs gives the arguments of a call of fmt's and log's printing
// functions the description of their static type, when it involves the
// cell's types (see desc.go).
func (r *rewriter) boxArgs(call *ast.CallExpr) {
	if r.desc == nil {
		return
	}
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
		return
	}
	if call.Ellipsis.IsValid() || len(call.Args) == 1 && isTuple(r.info.Types[call.Args[0]].Type) {
		return
	}
	errorf := fn.Name() == "Errorf"
	for i, a := range call.Args {
		pt := r.paramType(call, i)
		if pt == nil {
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); !ok || iface.NumMethods() != 0 {
			continue
		}
		t := r.concrete(r.info.Types[a].Type)
		if t == nil || errorf && types.Implements(t, errorType) && !r.namedNonStruct(t) {
			continue // an error keeps its identity for %w (a named string has none)
		}
		if !r.dynTag(a, t) {
			r.withDesc(a, t, "__gk_box")
		}
	}
}

// namedNonStruct reports a named type of the cell package whose
// underlying type is not a struct: the interpreter's values of it look
// like values of the underlying type (type E string is a string).
func (r *rewriter) namedNonStruct(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	return true
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// foldConst replaces a constant expression (other than a literal) by its
// value, spelled with its type: the interpreter's constant arithmetic is
// unreliable (iota in implicit repetitions, untyped floats of compiled
// packages, redefined constants seen by code compiled before).
func (r *rewriter) foldConst(e ast.Expr) bool {
	tv, ok := r.info.Types[e]
	if !ok || tv.Value == nil || tv.Type == nil {
		return false
	}
	switch x := e.(type) {
	case *ast.BasicLit:
		return false
	case *ast.Ident:
		if x.Name == "true" || x.Name == "false" || x.Name == "iota" {
			return false
		}
	}
	a, b := r.off(e.Pos()), r.off(e.End())
	if a < 0 || b < a {
		return false
	}
	if r.indexKeys[e] {
		r.ed.replace(a, b, constLiteral(tv))
		return true
	}
	r.ed.replace(a, b, "("+r.constText(tv)+")")
	return true
}

// constText writes a constant with its type: T(value) for a typed one.
func (r *rewriter) constText(tv types.TypeAndValue) string {
	lit := constLiteral(tv)
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return lit
	}
	return r.typeString(tv.Type) + "(" + lit + ")"
}

// stdInstance replaces an instance of a generic type of the standard
// library the interpreter lacks (iter.Seq[int]) by its underlying type.
func (r *rewriter) stdInstance(e ast.Expr, x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	tn, ok := r.info.Uses[sel.Sel].(*types.TypeName)
	if !ok || tn.Pkg() == nil || tn.Pkg() == r.pkg {
		return false
	}
	if _, ok := stdgen.Name(tn.Pkg().Path(), tn.Name()); !ok && !stdGenericType(tn.Pkg().Path()) {
		return false
	}
	tv, ok := r.info.Types[e]
	if !ok || !tv.IsType() {
		return false
	}
	ts := r.typeString(tv.Type)
	if strings.HasPrefix(ts, "func(") {
		ts = "(" + ts + ")" // iter.Seq[int](f) is a conversion, not a func type
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), ts)
	return true
}

// explicitInstance replaces an explicit instantiation (F[int], T[K, V])
// of a generic declaration of the cell package by its concrete copy.
func (r *rewriter) explicitInstance(e ast.Expr, x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	name, ok := r.instanceOf(id)
	if !ok {
		return false
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), name)
	return true
}

// markExplicit records the function name of an explicit instantiation
// f[T] or pkg.f[T].
func markExplicit(set map[*ast.Ident]bool, x ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		set[x] = true
	case *ast.SelectorExpr:
		set[x.Sel] = true
	}
}

// inferred spells out the type arguments the type checker inferred for a
// call of a generic function: the interpreter infers few of them.
func (r *rewriter) inferred(id *ast.Ident) {
	inst, ok := r.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return
	}
	fn, isFunc := r.info.Uses[id].(*types.Func)
	if !isFunc || fn.Pkg() == r.pkg {
		return // the cell package's generics are instantiated by the compiler
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeString(inst.TypeArgs.At(i))
	}
	r.ed.insert(r.off(id.End()), "["+strings.Join(args, ", ")+"]")
}

// ident renames references to redefined types, aliased packages and the
// functions the kernel renames (main, init).
func (r *rewriter) ident(id *ast.Ident) {
	obj := r.info.Uses[id]
	if obj == nil {
		obj = r.info.Defs[id]
	}
	if obj == nil {
		return
	}
	if r.localAlias(id, obj) {
		return
	}
	if tn, ok := obj.(*types.TypeName); ok {
		if _, isParam := tn.Type().(*types.TypeParam); isParam {
			if s, ok := r.subst[tn.Name()]; ok {
				if r.conv[id] && !simpleType(s) {
					s = "(" + s + ")"
				}
				r.ed.replace(r.off(id.Pos()), r.off(id.End()), s)
			}
			return
		}
	}
	if name, ok := r.instanceOf(id); ok {
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), name)
		return
	}
	if r.lateCall(id, obj) {
		return
	}
	if v, ok := obj.(*types.Var); ok && v.IsField() && v.Embedded() {
		// An embedded field is named after its type's version in the
		// interpreter: o.Inner is o.Inner__gk2 once Inner is redefined.
		t := v.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == r.pkg && n.TypeArgs().Len() == 0 {
			if g := r.name(n.Obj()); g != "" && g != id.Name && r.off(id.Pos()) >= 0 {
				r.ed.replace(r.off(id.Pos()), r.off(id.End()), g)
			}
		}
		return
	}
	n := r.name(obj)
	if pn, ok := obj.(*types.PkgName); ok && n != "" && r.shadowAlias != nil && r.shadowed(n, pn, id.Pos()) {
		n = r.shadowAlias(pn.Imported().Path(), pn.Imported().Name())
	}
	if n != "" && n != id.Name {
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), n)
	}
}

// instanceOf returns the concrete copy an identifier naming an instance
// of a generic declaration of the cell package refers to.
func (r *rewriter) instanceOf(id *ast.Ident) (string, bool) {
	if r.inst == nil {
		return "", false
	}
	inst, ok := r.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return "", false
	}
	obj := r.info.Uses[id]
	if obj == nil || obj.Pkg() != r.pkg {
		return "", false
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeString(inst.TypeArgs.At(i))
	}
	if tn, ok := obj.(*types.TypeName); ok {
		if named, ok := tn.Type().(*types.Named); ok {
			obj = named.Origin().Obj()
		}
	}
	if fn, ok := obj.(*types.Func); ok {
		obj = fn.Origin()
	}
	name := r.inst(obj, args)
	if r.instArgs != nil {
		targs := make([]types.Type, inst.TypeArgs.Len())
		for i := range targs {
			targs[i] = r.concrete(inst.TypeArgs.At(i))
		}
		r.instArgs(name, targs)
	}
	return name, true
}

// simpleType reports a type written as a (qualified) name.
func simpleType(s string) bool {
	for _, c := range s {
		if !(c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 127) {
			return false
		}
	}
	return true
}

// goStmt starts goroutines from compiled code, which reports their
// panics instead of letting them end the kernel:
//
//	go f(a, b)  →  __gk.Go(f, a, b)
//
// The function and its arguments are evaluated where the go statement
// stands, as Go does. The interpreter's own go statement races on the
// frame of a loop that starts goroutines (a function value read as nil).
// Builtins, and calls taking a tuple, keep a go statement:
//
//	go close(c)  →  go func(a0 C) { defer __gk_recover(); close(a0) }(c)
func (r *rewriter) goStmt(g *ast.GoStmt) {
	call := g.Call
	builtin := false
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		_, builtin = r.info.Uses[id].(*types.Builtin)
	}
	tuple := false
	if len(call.Args) == 1 {
		_, tuple = r.info.Types[call.Args[0]].Type.(*types.Tuple)
	}
	if builtin || tuple || r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		r.wrapCall(g.Go, call, func(call string) string {
			return "go func(%s) { defer __gk_recover(); " + call + " }"
		})
		return
	}
	start := rtName + ".Go("
	if call.Ellipsis.IsValid() {
		start = rtName + ".GoSlice("
		r.ed.replace(r.off(call.Ellipsis), r.off(call.Ellipsis)+3, "")
	}
	r.ed.replace(r.off(g.Go), r.off(call.Fun.Pos()), start)
	if len(call.Args) == 0 {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, "")
	} else {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, ", ")
	}
	for i, a := range call.Args {
		// An untyped constant takes the parameter's type (passed as any,
		// it would take its default type).
		if b, ok := r.info.Types[a].Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			if pt := r.paramType(call, i); pt != nil {
				if b.Kind() == types.UntypedNil {
					r.ed.insert(r.off(a.Pos()), "("+r.typeString(pt)+")(")
				} else {
					r.ed.insert(r.off(a.Pos()), r.typeString(pt)+"(")
				}
				r.ed.insert(r.off(a.End()), ")")
			}
		}
	}
}

// deferStmt evaluates a deferred call's arguments where the defer statement
// stands (the interpreter evaluates them when the call runs, but takes the
// deferred function's value at once):
//
//	defer f(x)  →  { d := (func(f_ F, a0 X) func() { return func() { f_(a0) } })(f, x); defer d() }
//
// A deferred call without arguments is left alone (recover must stay
// directly in the deferred function).
func (r *rewriter) deferStmt(d *ast.DeferStmt) {
	if r.deferLit(d) {
		return
	}
	if len(d.Call.Args) == 0 {
		return
	}
	constant := true
	for _, a := range d.Call.Args {
		if r.info.Types[a].Value == nil {
			constant = false
		}
	}
	if constant {
		return
	}
	name := r.uniq("d")
	r.wrapCall(d.Defer, d.Call, func(call string) string {
		return "{ " + name + " := (func(%s) func() { return func() { " + call + " } })"
	}, "; defer "+name+"() }")
}

// wrapCall rewrites "kw f(args)" (kw at kwPos) into a function literal
// taking the function and its arguments as parameters: head builds the
// text before the argument list from the call of the parameters ("%s"
// stands for the parameter list); tail follows the argument list.
func (r *rewriter) wrapCall(kwPos token.Pos, call *ast.CallExpr, head func(call string) string, tail ...string) {
	if r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		return
	}
	var params, names []string
	add := func(t types.Type) bool {
		if t == nil {
			return false
		}
		n := r.uniq("a")
		names = append(names, n)
		params = append(params, n+" "+r.typeString(t))
		return true
	}
	if len(call.Args) == 1 {
		if tup, ok := r.info.Types[call.Args[0]].Type.(*types.Tuple); ok {
			for i := 0; i < tup.Len(); i++ {
				add(tup.At(i).Type())
			}
		}
	}
	if len(names) == 0 {
		for i, a := range call.Args {
			t := r.info.Types[a].Type
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				// An untyped constant argument takes the parameter's type.
				t = r.paramType(call, i)
			}
			if !add(t) {
				return
			}
		}
	}
	args := strings.Join(names, ", ")
	if call.Ellipsis.IsValid() {
		args += "..."
		r.ed.replace(r.off(call.Ellipsis), r.off(call.Ellipsis)+3, "")
	}
	var fn string
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
			fn = id.Name
		}
	}
	tl := strings.Join(tail, "")
	if fn != "" { // a builtin: only the arguments are passed
		if len(names) == 0 {
			return
		}
		h := head(fn + "(" + args + ")")
		r.ed.replace(r.off(kwPos), r.off(call.Lparen)+1, strings.Replace(h, "%s", strings.Join(params, ", "), 1)+"(")
		r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
		return
	}
	ft := r.info.Types[call.Fun].Type
	if ft == nil {
		return
	}
	f := r.uniq("f")
	all := append([]string{f + " " + r.typeString(ft)}, params...)
	h := head(f + "(" + args + ")")
	r.ed.replace(r.off(kwPos), r.off(call.Fun.Pos()), strings.Replace(h, "%s", strings.Join(all, ", "), 1)+"(")
	if len(call.Args) == 0 {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, "")
	} else {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, ", ")
	}
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
}

// paramType returns the type of the parameter of call's function that
// argument i goes to.
func (r *rewriter) paramType(call *ast.CallExpr, i int) types.Type {
	sig, ok := r.typeOf(call.Fun).(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return nil
	}
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		last := sig.Params().At(sig.Params().Len() - 1).Type()
		if s, ok := last.(*types.Slice); ok && !call.Ellipsis.IsValid() {
			return s.Elem()
		}
		return last
	}
	if i < sig.Params().Len() {
		return sig.Params().At(i).Type()
	}
	return nil
}

// assigned reports whether n assigns to obj (directly, not through a
// pointer).
func assigned(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// builtin rewrites calls of the Go 1.21 builtins min, max and clear.
func (r *rewriter) builtin(call *ast.CallExpr) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	if !ok {
		return
	}
	switch b.Name() {
	case "panic":
		// A value of a cell type is printed with its Error or String
		// method: the description makes their accessors.
		if len(call.Args) == 1 && r.desc != nil {
			if t := r.info.TypeOf(call.Args[0]); t != nil && !types.IsInterface(t) {
				r.desc(t)
			}
		}
	case "recover":
		// What Go would have panicked with (see engine/panics.go); recover
		// stays called by the deferred function itself.
		r.ed.insert(r.off(call.Pos()), rtName+".FixPanic(")
		r.ed.insert(r.off(call.End()), ")")
	case "min", "max":
		tv := r.info.Types[call]
		if tv.Value != nil {
			// A constant: the value itself.
			r.ed.replace(r.off(call.Pos()), r.off(call.End()), "("+constLiteral(tv)+")")
			return
		}
		typ := r.typeString(tv.Type)
		cmp := "<"
		if b.Name() == "max" {
			cmp = ">"
		}
		nan := ""
		if isFloat(tv.Type) {
			// Go's min and max return NaN when any argument is NaN.
			nan = "if x != x { return x }; "
		}
		r.ed.replace(r.off(id.Pos()), r.off(id.End()),
			"func(x "+typ+", ys ..."+typ+") "+typ+" { "+nan+"for _, y := range ys { if y != y { return y }; if y "+cmp+" x { x = y } }; return x }")
	case "clear":
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), "__gk.Clear")
	}
}

func isFloat(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0
}

// typeString writes t as the interpreter names it.
func (r *rewriter) typeString(t types.Type) string {
	p := &typePrinter{pkg: r.pkg, qual: r.qual, gen: r.gen, subst: r.subst, std: r.c.useStd}
	if r.inst != nil {
		p.inst = func(origin *types.TypeName, args []string) string { return r.inst(origin, args) }
	}
	return p.print(t)
}
