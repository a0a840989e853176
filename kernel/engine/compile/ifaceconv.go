package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Conversions into interfaces, and results, that the interpreter gets
// wrong unless written otherwise (see copyToIface, toCompiledIface and
// copyReturned).

// typedNilError keeps a nil pointer of a cell type converted to error a
// non-nil error, as Go does (the interpreter makes it a nil interface):
//
//	return p  →  return func(x *T) error { if x == nil { return __gk.TypedNil(x, func() string { return x.Error() }) }; return x }(p)
//
// A pointer taken of a literal is never nil and stays as it is.
func (r *rewriter) typedNilError(e ast.Expr, t, to types.Type) bool {
	if !types.Identical(to, types.Universe.Lookup("error").Type()) {
		return r.typedNilIface(e, t, to)
	}
	if !nilable(t) || !r.cellValue(t) {
		return false
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return false
	}
	if r.typedNils[e] {
		return true
	}
	if r.typedNils == nil {
		r.typedNils = map[ast.Expr]bool{}
	}
	r.typedNils[e] = true
	ts := r.typeString(t)
	r.ed.insert(r.off(e.Pos()), "func(x "+ts+") error { if x == nil { return "+rtName+".TypedNil(x, func() string { return x.Error() }) }; return x }(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// nilable reports a pointer, or a named slice, map or function type (a
// nil MultiErr []error returned as an error is a non-nil error in Go).
func nilable(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return true
	case *types.Named:
		switch u.Underlying().(type) {
		case *types.Slice, *types.Map:
			return true
		case *types.Signature:
			return !isRecursiveFunc(u)
		}
	}
	return false
}

// typedNilIface is typedNilError for the other interfaces of the
// standard library: a nil pointer becomes the interface's wrapper (the
// symbols' _Closer of io.Closer) holding it, whose methods call the
// pointer's, so that the interface is not nil, as in Go:
//
//	return p  →  return func(x *T) io.Closer { if x == nil { if w, ok := __gk.TypedNilIface(x, "io", "Closer", func() error { return x.Close() }).(io.Closer); ok { return w } }; return x }(p)
func (r *rewriter) typedNilIface(e ast.Expr, t, to types.Type) bool {
	n, ok := types.Unalias(to).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == r.pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return false
	}
	if !nilable(t) || !r.cellValue(t) || hasTypeParam(t) {
		return false
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return false
	}
	if r.typedNils[e] {
		return true
	}
	var methods []string
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		sig, ok := m.Type().(*types.Signature)
		if !ok || !m.Exported() {
			return false
		}
		methods = append(methods, strconv.Quote(m.Name())+", "+r.forwarder(sig, "__gk_p", "x."+m.Name()))
	}
	if r.typedNils == nil {
		r.typedNils = map[ast.Expr]bool{}
	}
	r.typedNils[e] = true
	ts, is := r.typeString(t), r.typeString(to)
	r.ed.insert(r.off(e.Pos()), "func(x "+ts+") "+is+" { if x == nil { if w, ok := "+rtName+".TypedNilIface(x, "+
		strconv.Quote(n.Obj().Pkg().Path())+", "+strconv.Quote(n.Obj().Name())+", "+strings.Join(methods, ", ")+").("+is+"); ok { return w } }; return x }(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// operatorToIface converts the result of an operator (-n, c + 100, !b,
// <-ch) of a named non-struct type of the cell to its type before it goes
// into a non-empty interface: the interpreter makes it a nil interface,
// or fails. Named types of compiled packages too (d * 2 of a
// time.Duration returned as a fmt.Stringer), and basic types into any.
//
//	return c + 100  →  return Code(c + 100)
func (r *rewriter) operatorToIface(e ast.Expr, t, to types.Type) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return
		}
	case *ast.BinaryExpr:
	default:
		return
	}
	iface, ok := to.Underlying().(*types.Interface)
	if !ok || r.converted[e] || t == nil {
		return
	}
	if b, ok := t.(*types.Basic); ok && iface.Empty() {
		// An unnamed operand into any: -x, ^x, !b, x % y, x << y
		// and x >> y fail (or end the function silently) unless
		// converted.
		if tv := r.info.Types[e]; tv.Value != nil || b.Info()&types.IsUntyped != 0 {
			return // a constant
		}
		if x, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && x.Op != token.REM && x.Op != token.SHL && x.Op != token.SHR {
			return // the others are right (and == may be rewritten: see ifaceEqual)
		}
	} else {
		if iface.Empty() {
			return
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.TypeArgs().Len() > 0 {
			return
		}
		if _, basic := n.Underlying().(*types.Basic); !basic {
			return
		}
	}
	if r.converted == nil {
		r.converted = map[ast.Expr]bool{}
	}
	r.converted[e] = true
	r.ed.insertLast(r.off(e.Pos()), r.typeString(t)+"(")
	r.ed.insertFirst(r.off(e.End()), ")")
}

// valueCallResult converts to its type the result of a call through a
// function value (a struct field, a variable) that is one of several
// results returned: the interpreter returns the zero value otherwise
// (return t.fn(), true).
//
//	return t.fn(), true  →  return (int)(t.fn()), true
func (r *rewriter) valueCallResult(e ast.Expr, to types.Type) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	to = r.concrete(to) // in an instance, the type argument's type
	if !ok || to == nil || types.IsInterface(to) || hasTypeParam(to) || r.off(e.Pos()) < 0 {
		return
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if _, ok := r.info.Uses[f].(*types.Var); !ok {
			return // a function, a builtin, a conversion
		}
	case *ast.SelectorExpr:
		if sel := r.info.Selections[f]; sel == nil || sel.Kind() != types.FieldVal {
			return // a method or a package's function
		}
	default:
		return
	}
	t := r.concrete(r.info.TypeOf(call))
	if t == nil || isTuple(t) || !types.Identical(t, to) {
		return
	}
	r.ed.insert(r.off(e.Pos()), "("+r.typeString(t)+")(")
	r.ed.insert(r.off(e.End()), ")")
}

// sliceMapLitToIface converts a literal of a named slice, map or array type
// assigned to a variable of a non-empty interface type to the interface:
// the interpreter stores the bare slice ("reflect.Set: value of type
// []int is not assignable to type interp.valueInterface").
//
//	var s Shape = Dims{2, 3}  →  var s Shape = (Shape)(Dims{2, 3})
func (r *rewriter) sliceMapLitToIface(e ast.Expr, t, to types.Type) bool {
	if _, ok := ast.Unparen(e).(*ast.CompositeLit); !ok {
		return false
	}
	if iface, ok := to.Underlying().(*types.Interface); !ok || iface.Empty() {
		return false
	}
	if _, named := types.Unalias(t).(*types.Named); !named {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map, *types.Array:
	default:
		return false
	}
	r.ed.insertLast(r.off(e.Pos()), "("+r.typeString(to)+")(")
	r.ed.insertFirst(r.off(e.End()), ")")
	return true
}

// newToIface writes new(T) of a named non-struct type T going into a
// non-empty interface as the address of a variable: the interpreter's
// new(T) is a *int without T's methods ("*int is not assignable to
// type fmt.Stringer").
//
//	var s fmt.Stringer = new(Count)  →  … = func(p *Count) *Count { v := *p; return &v }(new(Count))
func (r *rewriter) newToIface(e ast.Expr, to types.Type) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || r.off(e.Pos()) < 0 {
		return
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	if b, ok := r.info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" {
		return
	}
	if iface, ok := to.Underlying().(*types.Interface); !ok || iface.Empty() {
		return
	}
	t := r.info.TypeOf(call.Args[0])
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() > 0 {
		return
	}
	if _, basic := n.Underlying().(*types.Basic); !basic {
		return
	}
	ts := r.typeString(t)
	r.ed.insertLast(r.off(e.Pos()), "func(p *"+ts+") *"+ts+" { v := *p; return &v }(")
	r.ed.insertFirst(r.off(e.End()), ")")
}

// returnRecv writes a receive returned as a result as a function's
// result: the interpreter panics on "return <-c" ("reflect.Value.Set
// using unaddressable value").
//
//	return <-c  →  return func() int { v := <-c; return v }()
func (r *rewriter) returnRecv(e ast.Expr) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	t := r.info.TypeOf(e)
	if t == nil || isTuple(t) {
		return
	}
	r.ed.insert(r.off(e.Pos()), "func() "+r.typeString(t)+" { __gk_rv := ")
	r.ed.insert(r.off(e.End()), "; return __gk_rv }()")
}

// returnTupleConv writes "return f()" of a call whose results need
// converting to the function's result types (an int returned as any) as
// a function's results converted one by one: the interpreter keeps only
// the first ("return f(7)" of (int, error) as (any, error) lost the error).
//
//	return f(7)  →  return func() (any, error) { r0, r1 := f(7); return r0, r1 }()
func (r *rewriter) returnTupleConv(e ast.Expr, results []types.Type) {
	tup, ok := r.info.TypeOf(e).(*types.Tuple)
	if !ok || tup.Len() != len(results) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	same := true
	var ts, names []string
	for i, rt := range results {
		if rt == nil || hasTypeParam(rt) {
			return
		}
		if !types.Identical(tup.At(i).Type(), rt) {
			same = false
		}
		ts = append(ts, r.typeString(rt))
		names = append(names, "__gk_tr"+itoa(i))
	}
	if same {
		return
	}
	vars := strings.Join(names, ", ")
	r.ed.insert(r.off(e.Pos()), "func() ("+strings.Join(ts, ", ")+") { "+vars+" := ")
	r.ed.insert(r.off(e.End()), "; return "+vars+" }()")
}

// ownResult writes a result after the first that calls a builtin as a
// function's result (see laterBuiltin).
//
//	return s, len(s)  →  return s, func() int { return len(s) }()
func (r *rewriter) ownResult(e ast.Expr) {
	t := r.info.TypeOf(e)
	if t == nil || isTuple(t) || isNil(t) || hasTypeParam(t) || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return
	}
	// Innermost: other wrappers of the result (a copy into an
	// interface) go around it.
	r.ed.insertLast(r.off(e.Pos()), "func() "+r.typeString(t)+" { return ")
	r.ed.insertFirst(r.off(e.End()), " }()")
}

// nonEmptyIface reports an interface type with methods.
func nonEmptyIface(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// cellNonEmptyIface reports a non-empty interface type a cell declared.
func cellNonEmptyIface(t types.Type, cellPkg *types.Package) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Obj().Pkg() != cellPkg {
			return false
		}
	case *types.Interface:
		// An interface literal of the cell (interface{ Timeout() bool }).
	default:
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// compiledIface reports an interface type of compiled code (error,
// fmt.Stringer), not one a cell declared.
func compiledIface(t types.Type, cellPkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != cellPkg && types.IsInterface(n)
}
