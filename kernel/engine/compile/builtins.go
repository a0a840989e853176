package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// builtin rewrites calls of builtins the interpreter lacks or gets wrong:
// min, max and clear (Go 1.21), new(expr) (Go 1.26), make of a
// directional channel type, named functions
// appended to slices, and the values panic and recover carry.
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
	case "make":
		// A directional channel: the interpreter asks reflect for one
		// ("reflect.MakeChan: unidirectional channel type").
		t := r.info.TypeOf(call)
		if c, ok := t.Underlying().(*types.Chan); ok && c.Dir() != types.SendRecv && len(call.Args) > 0 && r.off(call.Pos()) >= 0 {
			r.ed.insert(r.off(call.Pos()), "("+r.typeString(t)+")(")
			r.ed.replace(r.off(call.Args[0].Pos()), r.off(call.Args[0].End()), "chan "+r.typeString(c.Elem()))
			r.ed.insert(r.off(call.End()), ")")
			return
		}
		// A named type of the cells (type Q chan int): converted, or the
		// interpreter's value has no type (its methods are lost going
		// into fmt.Stringer).
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == r.pkg && !hasTypeParam(t) &&
			r.off(call.Pos()) >= 0 && r.off(call.End()) >= 0 && types.NewMethodSet(n).Len() > 0 {
			r.ed.insertLast(r.off(call.Pos()), "("+r.typeString(t)+")(") // innermost
			r.ed.insertFirst(r.off(call.End()), ")")
		}
	case "new":
		if len(call.Args) == 1 && r.info.Types[call.Args[0]].IsType() {
			r.newIface(call)
			r.newStruct(call)
			return
		}
		// Go 1.26's new(expr): a pointer to a variable holding expr.
		if len(call.Args) == 1 && !r.info.Types[call.Args[0]].IsType() && r.off(call.Pos()) >= 0 && r.off(call.Rparen) >= 0 {
			t := r.info.TypeOf(call)
			if p, ok := t.(*types.Pointer); ok {
				ts := r.typeString(p.Elem())
				r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1, "func() *"+ts+" { var __gk_nv "+ts+" = (")
				r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, "); return &__gk_nv }()")
			}
		}
	case "print", "println":
		if call == r.cell.Tuple {
			return // a trailing list of expressions (see cell.Cell.Tuple)
		}
		// Go's go to stderr, println's with spaces between the operands;
		// the interpreter's go to stdout, print's spaced as println's.
		if r.off(call.Fun.Pos()) >= 0 && r.off(call.Fun.End()) >= 0 {
			r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), rtName+".Builtin"+strings.ToUpper(b.Name()[:1])+b.Name()[1:])
		}
	case "len", "cap":
		// Of a call's pointer to an array: the array's length, without
		// the dereference the interpreter makes (a nil result panicked).
		if len(call.Args) == 1 && r.info.Types[call].Value == nil && r.off(call.Pos()) >= 0 && r.off(call.End()) >= 0 {
			if p, ok := r.typeOf(call.Args[0]).(*types.Pointer); ok {
				if a, ok := p.Elem().Underlying().(*types.Array); ok {
					if _, isCall := ast.Unparen(call.Args[0]).(*ast.CallExpr); isCall {
						r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1,
							"func(_ "+r.typeString(r.info.TypeOf(call.Args[0]))+") int { return "+itoa(int(a.Len()))+" }(")
					}
				}
			}
		}
	case "append":
		// An untyped nil appended: the interpreter types it by the last
		// nil it converted to an interface ("reflect.Set: value of type
		// interface {} is not assignable to type *int"); converted to
		// the element type, it is a typed nil.
		if s, ok := r.info.TypeOf(call).Underlying().(*types.Slice); ok && !call.Ellipsis.IsValid() {
			for _, a := range call.Args[1:] {
				if isNil(r.info.TypeOf(a)) && r.off(a.Pos()) >= 0 && r.off(a.End()) >= 0 {
					r.ed.insertFirst(r.off(a.Pos()), "("+r.typeString(s.Elem())+")(")
					r.ed.insertLast(r.off(a.End()), ")")
				}
			}
		}
		// A function of the cell appended by name: the interpreter would
		// store its own node ("*interp.node is not assignable"); converted
		// to the element type, it is a function value.
		if s, ok := r.info.TypeOf(call).Underlying().(*types.Slice); ok && !call.Ellipsis.IsValid() && !types.IsInterface(s.Elem()) {
			for _, a := range call.Args[1:] {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && r.off(a.Pos()) >= 0 {
					if f, ok := r.info.Uses[id].(*types.Func); ok && r.pkgLevelFunc(f) {
						r.ed.insertFirst(r.off(a.Pos()), "("+r.typeString(s.Elem())+")(")
						r.ed.insertLast(r.off(a.End()), ")")
					}
				}
			}
		}
	case "panic":
		// The interpreter panics with a reflect.Value, which compiled
		// code that recovers (net/http, text/template, encoding/json)
		// takes for the value: the runtime panics with the value itself.
		// (Not for defer panic(x): the interpreter runs a deferred call
		// of compiled code outside the recovery of the deferred calls
		// after it.)
		if r.nilablePanic(call) {
			return
		}
		if r.off(call.Fun.Pos()) >= 0 && r.off(call.Fun.End()) >= 0 && !r.deferredOrGo(call) {
			r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), rtName+".Panic")
		}
		// panic(nil) panics with a *runtime.PanicNilError (Go 1.21).
		if len(call.Args) == 1 && isNil(r.info.TypeOf(call.Args[0])) && r.off(call.Args[0].Pos()) >= 0 {
			r.ed.replace(r.off(call.Args[0].Pos()), r.off(call.Args[0].End()), rtName+".PanicNil()")
			return
		}
		// A value of a cell type is printed with its Error or String
		// method: the description makes their accessors.
		if len(call.Args) == 1 && r.desc != nil {
			if t := r.info.TypeOf(call.Args[0]); t != nil && !types.IsInterface(t) {
				r.desc(t)
			}
		}
		r.panicArg(call)
	case "recover":
		// What Go would have panicked with (see engine/panics.go); recover
		// stays called by the deferred function itself. In a closure
		// deferred through a variable, also the panic DeferValue holds.
		fix := ".FixPanic("
		if lit, fd := r.enclosingFunc(call); r.pendingLits[lit] || lit == nil && fd != nil || r.recoverTarget(lit) {
			// A method may be deferred as a method value, a function
			// through DeferValue (see deferRecovering).
			fix = ".FixPending("
		}
		if r.hoistRecover(call, fix) {
			return
		}
		r.ed.insert(r.off(call.Pos()), rtName+fix)
		r.ed.insert(r.off(call.End()), ")")
	case "min", "max":
		tv := r.info.Types[call]
		if tv.Value != nil {
			// A constant: the value itself.
			r.ed.replace(r.off(call.Pos()), r.off(call.End()), "("+constLiteral(tv)+")")
			return
		}
		if r.compiledMinMax(call, b.Name(), tv.Type) {
			return
		}
		typ := r.typeString(tv.Type)
		cmp := "<"
		if b.Name() == "max" {
			cmp = ">"
		}
		nan, better := "", "y "+cmp+" x"
		if isFloat(tv.Type) {
			// Go's min and max return NaN when any argument is NaN, and
			// take -0 as less than +0.
			nan = "if x != x { return x }; "
			if b.Name() == "min" {
				better += " || y == 0 && x == 0 && 1/y < 0"
			} else {
				better += " || y == 0 && x == 0 && 1/x < 0"
			}
		}
		r.ed.replace(r.off(id.Pos()), r.off(id.End()),
			"func(x "+typ+", ys ..."+typ+") "+typ+" { "+nan+"for _, y := range ys { if y != y { return y }; if "+better+" { x = y } }; return x }")
	case "clear":
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), "__gk.Clear")
	case "delete":
		if len(call.Args) == 2 {
			r.unhashableArg(call.Args[0], call.Args[1], true)
		}
	}
}

// enclosingFunc returns the innermost function literal n is in, or the
// declaration of the function it is in.
func (r *rewriter) enclosingFunc(n ast.Node) (*ast.FuncLit, *ast.FuncDecl) {
	r.makeParents()
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		switch p := p.(type) {
		case *ast.FuncLit:
			return p, nil
		case *ast.FuncDecl:
			return nil, p
		}
	}
	return nil, nil
}

// compiledMinMax writes min or max of two or three operands of a
// predeclared ordered type (or a named type of one) as a call of the
// runtime's compiled function for the type: MinInt(a, b); a named type's
// operands are converted to and from the underlying type. It reports
// whether it did.
func (r *rewriter) compiledMinMax(call *ast.CallExpr, name string, t types.Type) bool {
	if len(call.Args) < 2 || len(call.Args) > 3 || call.Ellipsis.IsValid() || hasTypeParam(t) || r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsOrdered == 0 || b.Info()&types.IsUntyped != 0 {
		return false
	}
	basic := types.Typ[b.Kind()].Name() // byte and rune are uint8 and int32
	fn := rtName + "." + strings.ToUpper(name[:1]) + name[1:]
	if len(call.Args) == 3 {
		fn += "3"
	}
	fn += strings.ToUpper(basic[:1]) + basic[1:]
	_, named := t.(*types.Named)
	if named {
		fn = r.typeString(t) + "(" + fn
		for _, a := range call.Args {
			if r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
				return false
			}
		}
		for _, a := range call.Args {
			r.ed.insert(r.off(a.Pos()), basic+"(")
			r.ed.insert(r.off(a.End()), ")")
		}
		// Inside the closings of rewrites around the call (fmt's
		// arguments are tagged: __gk_tag(min(a, b), 1)).
		r.ed.insertFirst(r.off(call.End()), ")")
	}
	r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Fun.End()), fn)
	return true
}

func isFloat(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0
}

// pkgLevelFunc reports a function declared by a cell (not a method).
func (r *rewriter) pkgLevelFunc(f *types.Func) bool {
	return f.Pkg() == r.pkg && f.Parent() == r.pkg.Scope()
}

// newStruct writes new(T) of a struct type of the cell as &T{}: the
// interpreter's new(T) returned as an interface of compiled code fails
// ("reflect.Set: value of type *struct {…} is not assignable to type
// io.Reader").
func (r *rewriter) newStruct(call *ast.CallExpr) {
	arg := call.Args[0]
	if _, paren := arg.(*ast.ParenExpr); paren || !r.cellValue(r.info.TypeOf(arg)) {
		return
	}
	if _, ok := r.info.TypeOf(arg).Underlying().(*types.Struct); !ok {
		return
	}
	start, a, end := r.off(call.Pos()), r.off(arg.Pos()), r.off(arg.End())
	if start < 0 || a < 0 || end < 0 || r.off(call.End()) < 0 {
		return
	}
	// In parentheses: new(T).x, new(T).M() and if headers need them.
	r.ed.replace(start, a, "(&")
	r.ed.replace(end, r.off(call.End()), "{})")
}

// newIface writes new of an interface type of the cells as the address
// of a variable: the interpreter's new(I) points to a non-nil value.
//
//	new(Shape)  →  func() *Shape { var __gk_nv Shape; return &__gk_nv }()
func (r *rewriter) newIface(call *ast.CallExpr) {
	t := r.info.TypeOf(call.Args[0])
	if ct := r.concrete(t); hasTypeParam(t) && ct != nil && !hasTypeParam(ct) {
		t = ct // (in an instance: new(T) of a T that is Shape)
	}
	if t == nil || !types.IsInterface(t) || compiledIface(t, r.pkg) || emptyIface(t) || hasTypeParam(t) {
		return
	}
	if r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return
	}
	ts := r.typeString(t)
	r.ed.replace(r.off(call.Pos()), r.off(call.End()), "func() *"+ts+" { var __gk_nv "+ts+"; return &__gk_nv }()")
}

// panicArg gives panic's argument what recover needs to see what Go
// gives it: a nil interface value becomes a *runtime.PanicNilError (Go
// 1.21); a value of a named non-struct type goes into error (its Error
// method tells its type) or is tagged (it would be a bare value of its
// underlying type).
func (r *rewriter) panicArg(call *ast.CallExpr) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	a := call.Args[0]
	t := r.info.TypeOf(a)
	if t == nil || isNil(t) || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 || hasTypeParam(t) {
		return
	}
	if types.IsInterface(t) {
		if compiledIface(t, r.pkg) || emptyIface(t) {
			r.ed.insertFirst(r.off(a.Pos()), rtName+".PanicArg(")
			r.ed.insertLast(r.off(a.End()), ")")
		}
		return
	}
	if !r.namedNonStruct(t) {
		// A struct embedding an interface: the interpreter cannot panic
		// with it ("StructOf does not support methods of embedded
		// interfaces"), but can with it as an error. Any error type of
		// the cells panics as an error: compiled code that recovers
		// (net/http, text/template) finds its Error method.
		if !types.Implements(t, errorType) {
			return
		}
	} else if !types.Implements(t, errorType) {
		r.tagToAny(a, t, types.Universe.Lookup("any").Type())
		return
	}
	r.ed.insertFirst(r.off(a.Pos()), "func() error { return ")
	r.ed.insertLast(r.off(a.End()), " }()")
}

// nilablePanic rewrites the statement panic(p) of a pointer p to an error
// type of the cells: a nil p would reach the compiled panic as a nil error
// (a *runtime.PanicNilError), so the interpreter's panic takes it.
//
//	panic(p)  →  if __gk_pv := (p); __gk_pv == nil { panic(__gk_pv) } else { __gk.Panic(func() error { return __gk_pv }()) }
func (r *rewriter) nilablePanic(call *ast.CallExpr) bool {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	r.makeParents()
	if _, stmt := r.parents[call].(*ast.ExprStmt); !stmt {
		return false
	}
	t := r.info.TypeOf(call.Args[0])
	if t == nil || hasTypeParam(t) || !types.Implements(t, errorType) || !r.cellValue(t) {
		return false
	}
	if _, ptr := t.Underlying().(*types.Pointer); !ptr {
		return false
	}
	if r.off(call.Pos()) < 0 || r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		return false
	}
	p := r.uniq("pv")
	r.ed.replace(r.off(call.Pos()), r.off(call.Lparen)+1, "if "+p+" := (")
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, "); "+p+" == nil { panic("+p+") } else { "+
		rtName+".Panic(func() error { return "+p+" }()) }")
	return true
}

// deferredOrGo reports whether call is the call of a defer or go
// statement.
func (r *rewriter) deferredOrGo(call *ast.CallExpr) bool {
	r.makeParents()
	switch p := r.parents[call].(type) {
	case *ast.DeferStmt:
		return p.Call == call
	case *ast.GoStmt:
		return p.Call == call
	}
	return false
}

// embedsIface reports whether t is a struct type of the cell's package
// with an embedded interface field.
func (r *rewriter) embedsIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Embedded() && types.IsInterface(f.Type()) {
			return true
		}
	}
	return false
}
