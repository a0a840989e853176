package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Index checks: the interpreter reports an index out of range as
// "reflect: slice index out of range", without the index and the length
// Go's message has. Statements that index a slice, array or string with
// simple operands get a check in front that panics as Go would:
//
//	x := a[i]  →  if i < 0 || i >= len(a) { __gk.PanicIndex(int(i), len(a)) }; x := a[i]
//
// Indexes a loop bounds already (for i := range a; for i := 0; i < len(a);
// i++) are not checked.

// safePair is an index known to be in range for a slice: both objects
// (or, for a slice that is an index expression, grid[r], its text); a
// pair without the slice is an index known not to be negative.
type safePair struct {
	slice, index types.Object
	expr         string
}

// checkedIndexes returns the index and slice expressions of statement s
// that get a check in front of it; safe are the pairs enclosing loops
// bound.
func (r *rewriter) checkedIndexes(s ast.Stmt, safe map[safePair]bool) []ast.Expr {
	var exprs []ast.Expr
	var shifts []ast.Expr // y of x <<= y, x >>= y
	switch s := s.(type) {
	case *ast.AssignStmt:
		exprs = append(append(exprs, s.Lhs...), s.Rhs...)
		if (s.Tok == token.SHL_ASSIGN || s.Tok == token.SHR_ASSIGN) && len(s.Rhs) == 1 && r.shiftCheckable(s.Rhs[0]) && !r.nonNeg(s.Rhs[0], safe) {
			shifts = append(shifts, &ast.BinaryExpr{X: s.Lhs[0], OpPos: s.TokPos, Op: token.SHL, Y: s.Rhs[0]})
		}
	case *ast.ExprStmt:
		exprs = append(exprs, s.X)
	case *ast.ReturnStmt:
		exprs = append(exprs, s.Results...)
	case *ast.IncDecStmt:
		exprs = append(exprs, s.X)
	case *ast.SendStmt:
		exprs = append(exprs, s.Chan, s.Value)
	case *ast.IfStmt:
		if s.Init == nil {
			exprs = append(exprs, s.Cond)
		} else {
			// The init runs first (if n = n.kids[w[i]-'a']; n == nil).
			return r.checkedIndexes(s.Init, safe)
		}
	case *ast.SwitchStmt:
		if s.Init == nil && s.Tag != nil {
			exprs = append(exprs, s.Tag)
		} else if s.Init != nil {
			return r.checkedIndexes(s.Init, safe)
		}
	case *ast.RangeStmt:
		exprs = append(exprs, s.X)
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			// (Not values reading a variable the group declares, var
			// ( low = 1; x = s[low] ): the checks go in front of it.)
			own := groupObjects(r.info, gd)
			for _, sp := range gd.Specs {
				for _, v := range sp.(*ast.ValueSpec).Values {
					if !usesAny(r.info, v, own) {
						exprs = append(exprs, v)
					}
				}
			}
		}
	}
	// A call evaluated before an index may change what it indexes
	// (fmt.Println(fill(&a), a[2])): such indexes are not checked ahead.
	firstCall := token.NoPos // the end of the call that ends first
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if !r.isConversion(n) && !r.isSafeBuiltin(n) && (!firstCall.IsValid() || n.End() < firstCall) {
					firstCall = n.End()
				}
			}
			return true
		})
	}
	// The assertion of v, ok := x.(T) does not panic.
	commaOk := map[ast.Expr]bool{}
	switch s := s.(type) {
	case *ast.AssignStmt:
		if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
			commaOk[ast.Unparen(s.Rhs[0])] = true
		}
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok {
			for _, sp := range gd.Specs {
				if vs, ok := sp.(*ast.ValueSpec); ok && len(vs.Names) == 2 && len(vs.Values) == 1 {
					commaOk[ast.Unparen(vs.Values[0])] = true
				}
			}
		}
	}
	xs := shifts
	for _, e := range exprs {
		r.collectIndexes(e, safe, func(x ast.Expr) {
			if (!firstCall.IsValid() || x.Pos() < firstCall) && !commaOk[x] {
				xs = append(xs, x)
			}
		})
	}
	// An inner index before the outer one, whose check evaluates it
	// again (grid[r] of grid[r][c], perm[k] of a[perm[k]]): by where they
	// end, then the inner first.
	sort.SliceStable(xs, func(i, j int) bool {
		if xs[i].End() != xs[j].End() {
			return xs[i].End() < xs[j].End()
		}
		return xs[i].Pos() > xs[j].Pos()
	})
	return xs
}

// checksText is the text of the checks of xs (see checkedIndexes); onFail
// starts each failing branch (the line marker, when the statement needs
// none otherwise).
func (r *rewriter) checksText(xs []ast.Expr, safe map[safePair]bool, onFail string) string {
	var checks []string
	seen := map[string]bool{}
	for _, x := range xs {
		var c string
		switch x := x.(type) {
		case *ast.IndexExpr:
			n := r.lenText(x.X)
			i := r.intText(x.Index)
			cond := i + " < 0 || " + i + " >= " + n
			if r.nonNeg(x.Index, safe) {
				cond = i + " >= " + n
			}
			panicCall := rtName + ".PanicIndex(" + i
			if unsignedExpr(r.info, x.Index) {
				// (Its value as Go prints it, not as an int.)
				panicCall = rtName + ".PanicIndexU(uint64(" + r.innerText(x.Index.Pos(), x.Index.End()) + ")"
			}
			c = "if " + cond + " { " + onFail + panicCall + ", " + n + ") }; "
		case *ast.SliceExpr:
			c = r.sliceCheck(x, safe, onFail)
		case *ast.BinaryExpr:
			y := r.innerText(x.Y.Pos(), x.Y.End())
			c = "if " + y + " < 0 { " + onFail + rtName + ".PanicShift() }; "
		case *ast.TypeAssertExpr:
			v, t := r.innerText(x.X.Pos(), x.X.End()), r.info.TypeOf(x.Type)
			if emptyIface(r.info.TypeOf(x.X)) {
				// (See anyAssertCheckable.)
				c = "if _, ok := " + v + ".(" + r.typeString(t) + "); !ok { " + onFail + rtName + ".PanicAssertAny(" + v + ", " +
					strconv.Quote(goTypeString(t)) + ") }; "
				break
			}
			from := goTypeString(r.info.TypeOf(x.X))
			if structOrPtr(t) {
				// Any failure: the interpreter's text names "interface {}".
				c = "if _, ok := " + v + ".(" + r.typeString(t) + "); !ok { " + onFail + rtName + ".PanicAssertFrom(" + v + ", " +
					strconv.Quote(from) + ", " + strconv.Quote(goTypeString(t)) + ") }; "
				break
			}
			msg := "interface conversion: " + from + " is nil, not " + goTypeString(t)
			c = "if " + v + " == nil { " + onFail + rtName + ".PanicAssert(" + strconv.Quote(msg) + ") }; "
		}
		if !seen[c] {
			seen[c] = true
			checks = append(checks, c)
		}
	}
	return strings.Join(checks, "")
}

// sliceCheck is the check of s[lo:hi], which panics as Go does: "slice
// bounds out of range [:5] with capacity 3" (length, for a string or an
// array, or when hi is left out), or "[4:2]".
func (r *rewriter) sliceCheck(x *ast.SliceExpr, safe map[safePair]bool, onFail string) string {
	a := r.innerText(x.X.Pos(), x.X.End())
	if x.Slice3 {
		return r.slice3Check(x, a, safe, onFail)
	}
	lo, hi := "0", r.lenText(x.X)
	bound, kind := hi, "length"
	var conds []string
	if x.Low != nil {
		lo = r.intText(x.Low)
		if !r.nonNeg(x.Low, safe) {
			conds = append(conds, lo+" < 0")
		}
	}
	if x.High != nil {
		hi = r.intText(x.High)
		if _, ok := r.typeOf(x.X).(*types.Slice); ok {
			bound, kind = "cap("+a+")", "capacity"
			if n, lit := r.litLen(x.X); lit {
				bound = strconv.FormatInt(n, 10) // (a literal's capacity is its length)
			}
		}
	}
	switch {
	case x.Low != nil:
		conds = append(conds, hi+" < "+lo)
	case !r.nonNeg(x.High, safe):
		conds = append(conds, hi+" < 0")
	}
	if x.High != nil {
		conds = append(conds, hi+" > "+bound)
	}
	return "if " + strings.Join(conds, " || ") + " { " + onFail +
		rtName + ".PanicSlice(" + lo + ", " + hi + ", " + bound + ", \"" + kind + "\") }; "
}

// slice3Check is the check of a[lo:hi:max], which panics as Go does:
// "slice bounds out of range [::5] with capacity 4", "[:3:2]", "[3:2:]".
func (r *rewriter) slice3Check(x *ast.SliceExpr, a string, safe map[safePair]bool, onFail string) string {
	lo, hi, max := "0", r.intText(x.High), r.intText(x.Max)
	bound, kind := "cap("+a+")", "capacity"
	if _, ok := r.typeOf(x.X).(*types.Slice); !ok {
		bound, kind = "len("+a+")", "length" // an array, or a pointer to one
	}
	var conds []string
	if x.Low != nil {
		lo = r.intText(x.Low)
		if !r.nonNeg(x.Low, safe) {
			conds = append(conds, lo+" < 0")
		}
		conds = append(conds, hi+" < "+lo)
	} else if !r.nonNeg(x.High, safe) {
		conds = append(conds, hi+" < 0")
	}
	conds = append(conds, max+" < "+hi, max+" > "+bound)
	return "if " + strings.Join(conds, " || ") + " { " + onFail +
		rtName + ".PanicSlice3(" + lo + ", " + hi + ", " + max + ", " + bound + ", \"" + kind + "\") }; "
}

// intText is the text of integer expression e as an int: converted
// unless it is one (a conversion costs the interpreter as much as the
// comparison it feeds).
func (r *rewriter) intText(e ast.Expr) string {
	e = ast.Unparen(e)
	tv, ok := r.info.Types[e]
	if ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
		return tv.Value.ExactString()
	}
	t := r.innerText(e.Pos(), e.End())
	if ok && tv.Type == types.Typ[types.Int] {
		if _, id := e.(*ast.Ident); id {
			return t
		}
		return "(" + t + ")"
	}
	return "int(" + t + ")"
}

// collectIndexes calls f for the index and slice expressions of e that
// are always evaluated when e is (not behind && or ||, not in function
// literals) and whose operands are simple.
func (r *rewriter) collectIndexes(e ast.Expr, safe map[safePair]bool, f func(ast.Expr)) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				r.collectIndexes(n.X, safe, f) // the left side always runs
				return false
			}
			if (n.Op == token.SHL || n.Op == token.SHR) && r.shiftCheckable(n.Y) && !r.nonNeg(n.Y, safe) {
				f(n)
			}
		case *ast.TypeAssertExpr:
			if r.nilAssertCheckable(n) || r.anyAssertCheckable(n) {
				f(n)
			}
		case *ast.IndexExpr:
			if r.checkable(n, safe) {
				f(n)
			}
		case *ast.SliceExpr:
			if r.sliceable(n) {
				f(n)
			}
		}
		return true
	})
}

// sliceable reports a slice expression of a slice, string or array
// variable, with simple integer operands.
func (r *rewriter) sliceable(x *ast.SliceExpr) bool {
	if _, lit := r.litLen(x.X); !lit && !r.pure(x.X) {
		return false
	}
	constant := r.info.Types[x.X].Value != nil // a constant string: only with a variable bound
	switch t := r.typeOf(x.X).(type) {
	case *types.Slice:
	case *types.Array:
		if _, ok := ast.Unparen(x.X).(*ast.Ident); !ok {
			return false
		}
	case *types.Pointer:
		if _, ok := t.Elem().Underlying().(*types.Array); !ok {
			return false
		}
	case *types.Basic:
		if t.Info()&types.IsString == 0 {
			return false
		}
	default:
		return false
	}
	for _, b := range []ast.Expr{x.Low, x.High, x.Max} {
		if b == nil {
			continue
		}
		tv, ok := r.info.Types[b]
		if !ok || tv.Type == nil || !r.pureIndexed(b) {
			return false
		}
		if bt, ok := tv.Type.Underlying().(*types.Basic); !ok || bt.Info()&types.IsInteger == 0 {
			return false
		}
		constant = constant && tv.Value != nil
	}
	return (x.Low != nil || x.High != nil) && !constant
}

// checkable reports an index of a slice, array or string by an integer
// (a constant one only for a slice or string), with simple operands, not
// known to be in range.
func (r *rewriter) checkable(ix *ast.IndexExpr, safe map[safePair]bool) bool {
	if r.info.Types[ix.X].IsType() || r.info.Types[ix].IsType() {
		return false // an instance of a generic type: Stack[int]
	}
	array := false
	switch t := r.typeOf(ix.X).(type) {
	case *types.Slice:
	case *types.Array:
		array = true
	case *types.Pointer:
		// p[i] of a *[4]int (a method of type Ring [4]int with a
		// pointer receiver): len(p) is the array's.
		if _, ok := t.Elem().Underlying().(*types.Array); !ok {
			return false
		}
		array = true
	case *types.Basic:
		if t.Info()&types.IsString == 0 {
			return false
		}
	default:
		return false
	}
	tv, ok := r.info.Types[ix.Index]
	if !ok || tv.Type == nil || tv.Value != nil && array {
		return false // a constant index of an array is checked by the compiler
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	_, lit := r.litLen(ix.X)
	if r.info.Types[ix.X].Value != nil && r.info.Types[ix.Index].Value != nil || !lit && !r.pureIndexed(ix.X) || !r.pureIndexed(ix.Index) {
		return false
	}
	if i, ok := ast.Unparen(ix.Index).(*ast.Ident); ok {
		if x, ok := ast.Unparen(ix.X).(*ast.Ident); ok && safe[safePair{slice: r.info.Uses[x], index: r.info.Uses[i]}] {
			return false
		}
		if safe[safePair{index: r.info.Uses[i], expr: types.ExprString(ast.Unparen(ix.X))}] {
			return false
		}
	}
	return true
}

// pure reports an expression without calls (but len and cap), receives,
// conversions or indexes (but map lookups), which can be evaluated twice;
// a dereference may be ((*s)[i]: a nil s panics in the check as it would
// in the index).
func (r *rewriter) pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if isBuiltinNamed(r.info, n.Fun, "len", "cap") {
				return true
			}
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.IndexExpr:
			if _, isMap := r.typeOf(n.X).(*types.Map); !isMap {
				ok = false // a map lookup never panics; an index may
			}
		case *ast.FuncLit, *ast.CompositeLit, *ast.TypeAssertExpr, *ast.SliceExpr:
			ok = false
		}
		return ok
	})
	return ok
}

// pureIndexed is pure that also allows indexes of slices, arrays and
// strings whose operands are pure (grid[r][c]): checkedIndexes checks
// the inner index first, before the outer check evaluates it again.
func (r *rewriter) pureIndexed(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		if r.info.Types[x.X].IsType() {
			return false
		}
		switch r.typeOf(x.X).(type) {
		case *types.Slice, *types.Array, *types.Basic, *types.Map:
		default:
			return false
		}
		return r.pureIndexed(x.X) && r.pureIndexed(x.Index)
	case *ast.SelectorExpr:
		// A field of an indexed struct (confs[0].Ports).
		if s := r.info.Selections[x]; s != nil && s.Kind() == types.FieldVal {
			return r.pureIndexed(x.X)
		}
	case *ast.StarExpr:
		return r.pureIndexed(x.X)
	case *ast.BinaryExpr:
		// Arithmetic on indexes (a[b[0]+1], kids[w[i]-'a']).
		return r.pureIndexed(x.X) && r.pureIndexed(x.Y)
	case *ast.UnaryExpr:
		if x.Op != token.ARROW && x.Op != token.AND {
			return r.pureIndexed(x.X)
		}
	case *ast.CallExpr:
		if isBuiltinNamed(r.info, x.Fun, "len", "cap") && len(x.Args) == 1 {
			return r.pureIndexed(x.Args[0])
		}
	}
	return r.pure(e)
}

// isBuiltinNamed reports a use of one of the builtin functions names.
func isBuiltinNamed(info *types.Info, fun ast.Expr, names ...string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && slices.Contains(names, b.Name())
}

// addressTaken reports &v in n, through which v may change.
func addressTaken(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && info.Uses[id] == obj {
				found = true
			}
		}
		return !found
	})
	return found
}

// unsignedExpr reports a non-constant expression of an unsigned integer
// type.
func unsignedExpr(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value != nil || tv.Type == nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsUnsigned != 0
}

// litLen returns the length of e when e is a composite literal of a slice
// or array type ([...]string{"N", "E"}[d]) whose elements have no calls
// nor receives: its check needs no second evaluation of e, and panics
// before the statement runs as the index would after it.
func (r *rewriter) litLen(e ast.Expr) (int64, bool) {
	cl, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return 0, false
	}
	effects := false
	ast.Inspect(cl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if !r.isConversion(n) && !isBuiltinNamed(r.info, n.Fun, "len", "cap") {
				effects = true
			}
		case *ast.UnaryExpr:
			effects = effects || n.Op == token.ARROW
		case *ast.FuncLit:
			return false
		}
		return !effects
	})
	if effects {
		return 0, false
	}
	switch t := r.typeOf(cl).(type) {
	case *types.Array:
		return t.Len(), true
	case *types.Slice:
		var n, next int64
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				tv := r.info.Types[kv.Key]
				if tv.Value == nil {
					return 0, false
				}
				k, ok := constant.Int64Val(constant.ToInt(tv.Value))
				if !ok {
					return 0, false
				}
				next = k
			}
			next++
			n = max(n, next)
		}
		return n, true
	}
	return 0, false
}

// lenText is the text of len(e), a constant for a literal (see litLen).
func (r *rewriter) lenText(e ast.Expr) string {
	if n, ok := r.litLen(e); ok {
		return strconv.FormatInt(n, 10)
	}
	return "len(" + r.innerText(e.Pos(), e.End()) + ")"
}

// shiftCheckable reports a shift count of a signed integer type, not
// constant, with simple operands: a negative one panics in Go ("negative
// shift amount"), and the interpreter shifts by it.
func (r *rewriter) shiftCheckable(y ast.Expr) bool {
	tv, ok := r.info.Types[y]
	if !ok || tv.Value != nil || tv.Type == nil || !r.pure(y) {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUnsigned == 0
}

// nilAssertCheckable reports an assertion x.(T) of a simple operand (or an
// element of one, g[i]) of an
// interface type the cells declare to a concrete type: the interpreter's
// panic for a nil x names the interface as "interface {}".
func (r *rewriter) nilAssertCheckable(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil || !r.pureIndexed(ta.X) {
		return false
	}
	xt, t := r.info.TypeOf(ta.X), r.info.TypeOf(ta.Type)
	return xt != nil && t != nil && cellNonEmptyIface(xt, r.pkg) && !types.IsInterface(t) && !hasTypeParam(t) && !r.wrappedCell(t)
}

// anyAssertCheckable reports an assertion x.(T) of a simple operand of
// type any to a type that is not an interface nor a named non-struct type
// of the cells (whose assertions are written otherwise), when the session
// has such types: a value of one is held in an any as a tag (see
// tagToAny), which the interpreter's panic would name (format.Tagged).
// The check in front panics with the value's type as Go names it.
func (r *rewriter) anyAssertCheckable(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil || !r.pureIndexed(ta.X) || !emptyIface(r.info.TypeOf(ta.X)) {
		return false
	}
	t := r.info.TypeOf(ta.Type)
	if t == nil || types.IsInterface(t) || hasTypeParam(t) || r.namedNonStruct(t) || r.wrappedCell(t) || !r.sessionHasTaggable() {
		return false // (a wrappedCell type's assertion looks inside wrappers: see valueErrorAssert)
	}
	return true
}

// sessionHasTaggable reports whether the cells declare a named non-struct
// type at the top level (see taggable).
func (r *rewriter) sessionHasTaggable() bool {
	if r.hasTaggable == nil {
		has := false
		scope := r.pkg.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && r.taggable(tn.Type()) {
				has = true
				break
			}
		}
		r.hasTaggable = &has
	}
	return *r.hasTaggable
}

// structOrPtr reports a struct type, or a pointer to one.
func structOrPtr(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}
