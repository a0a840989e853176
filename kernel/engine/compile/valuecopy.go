package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter's interface values share the storage of the variable
// they were made from when its type is a struct or an array: after
// "animals := []Animal{d}; d.name = "max"", animals[0] sees "max" too, and
// in "for _, r := range rects { shapes = append(shapes, r) }" every
// element is the last r. What makes the copy Go makes depends on where the
// value goes (each was measured):
//
//   - into an empty interface element (append, a literal): a conversion,
//     any(v) (assigned to a variable, the any is yaegi's wrapper, which
//     any(v) is not: T(v) there);
//   - in a loop (where the storage of a conversion or of a call's result
//     is reused by the next iteration): a call of a function made before
//     the loop, __gk_cp(v) with __gk_cp := func(v T) I { return v }, whose
//     frame is new at every call (3 times cheaper than making the function
//     in the loop, 5 times dearer than a conversion); as a call's argument,
//     []I{__gk_cp(v)}[0] (the call's result alone would lose its dynamic
//     type);
//   - elsewhere: the conversion T(v).

// how says how copyToIface copies a value.
type how int

const (
	passed  how = iota // an argument or a result
	stored             // kept in a slice, map, struct or channel
	intoVar            // assigned to a variable
)

// copyToIface copies e, a value of struct or array type T that is
// converted to the interface type to: a variable (or a field or element of
// one) anywhere, any value but a literal in a loop.
func (r *rewriter) copyToIface(e ast.Expr, to types.Type, h how) {
	if e == nil || to == nil || r.off(e.Pos()) < 0 {
		return
	}
	t := r.info.TypeOf(e)
	if compiledFuncType(to, r.pkg) && r.funcToIface(e, to) {
		// A function of the session given as a bufio.SplitFunc or an
		// http.HandlerFunc: the interpreter would pass its own node.
		return
	}
	if r.unnamedToNamed(e, t, to) || !types.IsInterface(to) {
		return
	}
	if emptyIface(to) && t != nil && compiledIface(t, r.pkg) && !emptyIface(t) && !errorOrStringer(t) && !hasTypeParam(to) {
		// An io.Writer into an any: the value it holds, out of the
		// interpreter's wrapper, which assertions of the any to the
		// value's type would not see through (see selfWrap; an
		// assertion of the any to io.Writer wraps it again).
		r.ed.insert(r.off(e.Pos()), rtName+".Concrete(")
		r.ed.insert(r.off(e.End()), ")")
		return
	}
	if r.funcToIface(e, t) {
		return
	}
	if r.compiledCallToIface(e, t, to) {
		return
	}
	r.operatorToIface(e, t, to)
	if hasTypeParam(t) && !hasTypeParam(to) && r.substTypes != nil {
		// In an instance: a value of a type argument (any(v) of a T),
		// copied into an interface with methods as a value of its type
		// is (out = append(out, x) of a range over []T).
		ct := r.concrete(t)
		if emptyIface(to) || ct == nil || hasTypeParam(ct) {
			r.tagToAny(e, ct, to)
			return
		}
		t = ct
	}
	if t != nil && cellNonEmptyIface(t, r.pkg) && compiledIface(to, r.pkg) && !emptyIface(to) && !types.Identical(t, to) {
		r.convertToCompiled(e, t, to)
		return
	}
	if emptyIface(to) && t != nil && cellNonEmptyIface(t, r.pkg) && h != passed {
		// any(s) of a Shape holding a Circle: tagged, or it becomes a
		// bare float64.
		r.dynTag(e, t)
		return
	}
	if t == nil || types.IsInterface(t) || hasTypeParam(t) || hasTypeParam(to) {
		return
	}
	if r.typedNilError(e, t, to) || r.selfWrap(e, t, to) {
		return
	}
	// In a loop, the storage of a call's result is reused too.
	var loop ast.Node
	if l := r.loopOf(e); l != nil && r.off(l.Pos()) >= 0 {
		loop = l
	}
	// A literal of a named slice or map type in a loop: every one
	// stored is the last (vs = append(vs, List{i})).
	_, isLit := ast.Unparen(e).(*ast.CompositeLit)
	namedLitLoop := isLit && loop != nil && r.namedNonStruct(t) && nonEmptyIface(to)
	if h == intoVar && !namedLitLoop && r.sliceMapLitToIface(e, t, to) {
		return
	}
	// &T{…} of a cell type in a loop, into any interface: every one
	// stored is the last (errs = append(errs, &ParseError{…})).
	addrLit := false
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND && loop != nil && r.cellValue(t) {
		_, addrLit = ast.Unparen(u.X).(*ast.CompositeLit)
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if _, named := types.Unalias(t).(*types.Named); !named || u.NumFields() == 0 {
			return
		}
	case *types.Array:
		if emptyIface(to) && r.taggable(t) {
			r.tagToAny(e, t, to) // type IPAddr [4]byte in any: tagged, a copy
			return
		}
	default:
		// A pointer or a value of a named non-struct type converted to
		// an interface the cell declares, in a loop: the interpreter
		// keeps it in storage the next iteration reuses (every
		// &Rect{i} appended is the last one). A variable of a named
		// non-struct type converted to any non-empty interface: the
		// interpreter keeps a reference to the variable.
		named := r.namedNonStruct(t) && nonEmptyIface(to) && r.cellValue(t)
		if r.ptrVar(e, t) {
			r.copyPtr(e, t, to, loop, h)
			return
		}
		if !named && !addrLit && (loop == nil || !r.cellValue(t) || !cellNonEmptyIface(to, r.pkg)) {
			r.tagToAny(e, t, to)
			return
		}
	}
	if isLit && !namedLitLoop && (loop == nil || !compiledIface(to, r.pkg)) || loop == nil && !r.variable(e) {
		return // a literal is made anew each time, but not for an interface of compiled code
	}
	iface, _ := to.Underlying().(*types.Interface)
	var head, tail string
	switch {
	case iface != nil && iface.Empty() && h == stored && !addrLit:
		head, tail = r.typeString(to)+"(", ")"
	case (iface != nil && iface.Empty() || loop == nil) && !addrLit:
		if !r.variable(e) {
			return
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && r.shadowedType(n, e) {
			return // T := T{…}: no conversion can name the type here
		}
		// A copy of the variable: innermost, inside other rules'
		// wrappers of the value (a tag, a map key's).
		r.ed.insertLast(r.off(e.Pos()), r.typeString(t)+"(")
		r.ed.insertFirst(r.off(e.End()), ")")
		return
	default:
		// A function made once, before the loop, and called in it: each
		// call has a frame of its own. An argument goes through a slice
		// element: a call's result passed on as an argument would lose
		// its dynamic type.
		cp := r.uniq("cp")
		ts, is := r.typeString(t), r.typeString(to)
		r.ed.insertFirst(r.off(loop.Pos()), cp+" := func(v "+ts+") "+is+" { return v }; ")
		head, tail = cp+"(", ")"
		if h == passed {
			head, tail = "[]"+is+"{"+head, tail+"}[0]"
		}
	}
	r.ed.insert(r.off(e.Pos()), head)
	r.ed.insert(r.off(e.End()), tail)
}

// funcToIface converts a function of the session named as a value going
// into an interface to its type: the interpreter would store its own node
// ("*interp.node" to %T and assertions). It reports whether it did.
//
//	apply(double, 21)  →  apply((func(int) int)(double), 21)
func (r *rewriter) funcToIface(e ast.Expr, t types.Type) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || t == nil || hasTypeParam(t) {
		return false
	}
	f, ok := r.info.Uses[id].(*types.Func)
	if !ok || !r.pkgLevelFunc(f) || r.off(e.End()) < 0 {
		return false
	}
	r.ed.insertFirst(r.off(e.Pos()), "("+r.typeString(t)+")(")
	r.ed.insertLast(r.off(e.End()), ")")
	return true
}

// compiledFuncType reports a named function type of a compiled package
// (bufio.SplitFunc).
func compiledFuncType(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == pkg {
		return false
	}
	_, ok = n.Underlying().(*types.Signature)
	return ok
}

// variable reports whether e names storage: a variable, a field or element
// of one, or a pointer's target.
func (r *rewriter) variable(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := r.info.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		sel, ok := r.info.Selections[e]
		return ok && sel.Kind() == types.FieldVal
	case *ast.IndexExpr:
		switch r.typeOf(e.X).(type) {
		case *types.Slice, *types.Array, *types.Map, *types.Pointer:
			return true
		}
	case *ast.StarExpr:
		return true
	}
	return false
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		if t.TypeParams().Len() > 0 && t.TypeArgs().Len() == 0 {
			return true // the generic type itself
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if hasTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
		return false
	case *types.Pointer:
		return hasTypeParam(t.Elem())
	case *types.Slice:
		return hasTypeParam(t.Elem())
	case *types.Map:
		return hasTypeParam(t.Key()) || hasTypeParam(t.Elem())
	case *types.Array:
		return hasTypeParam(t.Elem())
	}
	return false
}

// copyCallArgs copies the arguments of calls of the cell's functions,
// conversions and append.
func (r *rewriter) copyCallArgs(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		if !r.cellCallee(call.Fun) {
			r.tagCompiledArgs(call) // (a slice of any for log/slog)
		}
		return
	}
	if r.isConversion(call) {
		if to := r.info.TypeOf(call.Fun); len(call.Args) == 1 && types.IsInterface(to) {
			if !r.toCompiledIface(call.Args[0], to) { // error(T{…}) too
				r.copyToIface(call.Args[0], to, passed)
			}
		}
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := r.info.Uses[id].(*types.Builtin); ok {
			if b.Name() != "append" || len(call.Args) < 2 {
				return
			}
			s, ok := r.typeOf(call.Args[0]).(*types.Slice)
			if !ok {
				return
			}
			for _, a := range call.Args[1:] {
				r.copyToIface(a, s.Elem(), stored)
			}
			return
		}
	}
	if !r.cellCallee(call.Fun) {
		sig, _ := r.info.TypeOf(call.Fun).(*types.Signature)
		for i, a := range call.Args {
			if r.callResultToIface(a, r.paramType(call, i)) {
				continue
			}
			if pt := r.paramType(call, i); pt != nil && sig != nil && (!sig.Variadic() || i < sig.Params().Len()-1) &&
				r.off(a.Pos()) >= 0 && r.off(a.End()) >= 0 {
				// (io.LimitReader(B{…}, 2): see selfWrap; variadic
				// arguments are written otherwise, see variadic.go.)
				r.selfWrap(a, r.info.TypeOf(a), pt)
			}
		}
		r.tagCompiledArgs(call)
		r.untagSlogAny(call)
		return
	}
	for i, a := range call.Args {
		if r.callResultToIface(a, r.paramType(call, i)) {
			continue
		}
		r.copyToIface(a, r.paramType(call, i), passed)
	}
}

// callResultToIface converts the result of a call, of a cell type, passed
// as an argument of an interface type with methods, to that type first:
// the interpreter fails on the implicit conversion (writeReport(NewWriter())
// with an io.Writer parameter: "reflect.Set: value of type *struct {…}
// is not assignable to type io.Writer"; show(parse("green")) of a Color
// to a Labeler parameter called its method on nil). It reports whether
// it did.
func (r *rewriter) callResultToIface(a ast.Expr, pt types.Type) bool {
	call, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok || pt == nil || r.isConversion(call) || !nonEmptyIface(pt) || hasTypeParam(pt) {
		return false
	}
	t := r.info.TypeOf(a)
	if t == nil || isTuple(t) || types.IsInterface(t) || !r.cellValue(t) || hasTypeParam(t) {
		return false
	}
	if compiledIface(pt, r.pkg) {
		return r.toCompiledIface(a, pt)
	}
	if !cellNonEmptyIface(pt, r.pkg) || !r.namedNonStruct(t) || r.off(a.Pos()) < 0 || r.off(a.End()) < 0 {
		return false // (a struct's goes through copyToIface)
	}
	r.ed.insert(r.off(a.Pos()), "("+r.typeString(pt)+")(")
	r.ed.insertLast(r.off(a.End()), ")")
	return true
}

// copyAssigned copies the values of "a, b = x, y", "var v I = x" and of
// "w, n := x, y" into the variables := assigns again.
func (r *rewriter) copyAssigned(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE || len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, l := range n.Lhs {
			if id, ok := l.(*ast.Ident); ok && n.Tok == token.DEFINE && (r.info.Defs[id] != nil || id.Name == "_") {
				continue // (only a variable := declares again: w, n := S{}, 2)
			}
			if r.toCompiledIface(n.Rhs[i], r.info.TypeOf(l)) {
				continue
			}
			h := intoVar
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && emptyIface(r.info.TypeOf(l)) {
				switch r.typeOf(ix.X).(type) {
				case *types.Slice, *types.Array, *types.Map:
					// An element, as append stores it: s[i] = T(t) in a
					// loop left every element the last t.
					h = stored
				}
			}
			r.copyToIface(n.Rhs[i], r.info.TypeOf(l), h)
			r.litToIfaceField(l, n.Rhs[i])
		}
	case *ast.ValueSpec:
		if n.Type == nil || len(n.Names) != len(n.Values) {
			return
		}
		for _, v := range n.Values {
			if !r.toCompiledIface(v, r.info.TypeOf(n.Type)) {
				r.copyToIface(v, r.info.TypeOf(n.Type), intoVar)
			}
		}
	case *ast.SendStmt:
		if c, ok := r.typeOf(n.Chan).(*types.Chan); ok {
			r.copyToIface(n.Value, c.Elem(), stored)
		}
	}
}

// unnamedToNamed writes e as T(e) when a value of an unnamed struct type
// is assigned to the named type T with that underlying type, which the
// interpreter refuses ("cannot use type struct {…} as type main.T").
func (r *rewriter) unnamedToNamed(e ast.Expr, t, to types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(to).(*types.Named)
	if !ok {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Struct); !ok || !types.Identical(t, n.Underlying()) {
		return false
	}
	r.ed.insert(r.off(e.Pos()), r.typeString(n)+"(")
	r.ed.insert(r.off(e.End()), ")")
	return true
}

// cellCallee reports whether fun is a function or method of the cell's
// package, or a function value (the printing functions and other compiled
// code get their arguments rewritten by other rules).
func (r *rewriter) cellCallee(fun ast.Expr) bool {
	switch ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.TypeAssertExpr, *ast.CallExpr:
		// A function value out of an any or made by a call (env["add"].
		// (func(a, b any) any)(x, y), get()(x)): the cells' own, as far
		// as its arguments go (one of compiled code prints them as Go
		// does from their tags).
		return true
	}
	id := calleeIdent(fun)
	if id == nil {
		return false
	}
	switch o := r.info.Uses[id].(type) {
	case *types.Func:
		return o.Pkg() == r.pkg
	case *types.Var:
		return o.Pkg() == r.pkg
	}
	return false
}

// copyReturned copies the results a function returns as interfaces.
func (r *rewriter) copyReturned(ft *ast.FuncType, body *ast.BlockStmt) {
	if body == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		t := r.info.TypeOf(f.Type)
		for range max(1, len(f.Names)) {
			results = append(results, t)
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				r.returnRecv(e)
			}
			if len(n.Results) == 1 && len(results) > 1 {
				r.returnTupleConv(n.Results[0], results)
			}
			if len(n.Results) > 1 && r.laterBuiltin(n.Results) {
				for _, e := range n.Results[1:] {
					r.ownResult(e)
				}
			}
			if len(n.Results) == len(results) {
				for i, e := range n.Results {
					r.copyToIface(e, results[i], passed)
					if len(results) > 1 {
						r.valueCallResult(e, results[i])
					}
				}
			}
		}
		return true
	})
}

// litToIfaceField writes "x.f = T{…}" as "x.f = I(T{…})" when x.f (or
// x[i], *p) is of interface type I: the interpreter stores the literal as
// a T there and panics ("reflect.Set: value of type interp.valueInterface
// is not assignable").
func (r *rewriter) litToIfaceField(lhs, rhs ast.Expr) {
	if _, ok := ast.Unparen(rhs).(*ast.CompositeLit); !ok || r.off(rhs.Pos()) < 0 {
		return
	}
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		return // a variable takes the literal as it is
	case *ast.SelectorExpr:
		if s := r.info.Selections[l]; s != nil && s.Obj().Pkg() != r.pkg {
			return // a field of a compiled struct (compiledFieldAssign)
		}
	}
	to, t := r.info.TypeOf(lhs), r.info.TypeOf(rhs)
	if to == nil || t == nil || !types.IsInterface(to) || types.IsInterface(t) || hasTypeParam(to) {
		return
	}
	if n, ok := types.Unalias(to).(*types.Named); ok && n.Obj().Pkg() != r.pkg {
		return // an interface of compiled code (error, fmt.Stringer) takes it as it is
	}
	// (Around the literal's other wrappers: I(__gk_tag(T{…}, ID)).)
	r.ed.insertFirst(r.off(rhs.Pos()), r.typeString(to)+"(")
	r.ed.insertLast(r.off(rhs.End()), ")")
}

// toCompiledIface writes a value of a cell type assigned to an interface
// of compiled code (error, fmt.Stringer, io.Reader) as a function's
// result, func() I { return v }(): assigned as it is, the interpreter
// stores the bare value, which it cannot put anywhere else afterwards
// ("reflect.Set: value of type struct {…} is not assignable to type
// error"). It reports whether it did.
func (r *rewriter) toCompiledIface(e ast.Expr, to types.Type) bool {
	if e == nil || to == nil || r.off(e.Pos()) < 0 {
		return false
	}
	n, ok := types.Unalias(to).(*types.Named)
	if !ok || n.Obj().Pkg() == r.pkg || !types.IsInterface(n) {
		return false
	}
	if iface, _ := n.Underlying().(*types.Interface); iface == nil || iface.Empty() {
		return false
	}
	t := r.info.TypeOf(e)
	if t == nil || !r.cellValue(t) || hasTypeParam(t) {
		return false
	}
	r.operatorToIface(e, t, to)
	r.newToIface(e, to)
	if r.typedNilError(e, t, to) || r.selfWrap(e, t, to) {
		return true
	}
	head := "func() " + r.typeString(to) + " { return "
	tail := " }()"
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && r.variable(e) {
		// A copy: the interpreter keeps a reference to the variable.
		head, tail = head+r.typeString(t)+"(", ")"+tail
	} else if r.ptrVar(e, t) {
		// The pointer, not the variable (see copyPtr; the literal's
		// frame is new at each call, in a loop too).
		r.copyPtr(e, t, to, nil, intoVar)
	}
	r.ed.insert(r.off(e.Pos()), head)
	r.ed.insert(r.off(e.End()), tail)
	return true
}
