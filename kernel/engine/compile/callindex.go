package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// callResultIndex writes an index of a call's result (strings.Fields(s)[1],
// f()[3] = 1, grid()[1][4]) as a call of a function that checks the
// index, as Go's message has it ("index out of range [1] with length 1"): the
// statement's check in front (see checkedIndexes) cannot evaluate the
// call twice, and the interpreter's panic names neither index nor length.
// A slice's element is reached through a pointer, so that the expression
// stays assignable (&f()[i] is the pointer). Not in a loop: the
// interpreter's call costs several times the index.
//
//	f()[i]  →  (*__gk_ix1(f(), i))  with  func __gk_ix1(__gk_s []int, __gk_i int) *int { if …; return &__gk_s[__gk_i] }
func (r *rewriter) callResultIndex(x *ast.IndexExpr) {
	if r.off(x.Pos()) < 0 || r.off(x.End()) < 0 || r.off(x.Lbrack) < 0 || r.off(x.Rbrack) < 0 {
		return
	}
	xt, it := r.info.TypeOf(x.X), r.info.TypeOf(x.Index)
	if !r.callBased(x.X) || r.inLoop(x) {
		return
	}
	if _, sel := r.parents[x].(*ast.SelectorExpr); sel {
		return // (f()[i].M: the method value's rewrite wraps it too)
	}
	if xt == nil || it == nil || hasTypeParam(xt) || hasTypeParam(it) || r.info.Types[x].Value != nil {
		return
	}
	it = types.Default(it)
	b, ok := it.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return
	}
	var elem types.Type
	ptr := false
	switch u := xt.Underlying().(type) {
	case *types.Slice:
		elem, ptr = u.Elem(), true
	case *types.Array:
		elem = u.Elem()
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return
		}
		elem = types.Typ[types.Byte]
	default:
		return
	}
	if hasTypeParam(elem) || r.unnameable(xt) {
		return
	}
	check := "if __gk_i < 0 || int64(__gk_i) >= int64(len(__gk_s)) { " + rtName + ".PanicIndex(int(__gk_i), len(__gk_s)) }; "
	if b.Info()&types.IsUnsigned != 0 {
		check = "if uint64(__gk_i) >= uint64(len(__gk_s)) { " + rtName + ".PanicIndexU(uint64(__gk_i), len(__gk_s)) }; "
	}
	params := "(__gk_s " + r.typeString(xt) + ", __gk_i " + r.typeString(it) + ") "
	var head string
	if ptr {
		deref := "(*"
		r.makeParents()
		if u, ok := r.parents[x].(*ast.UnaryExpr); ok && u.Op == token.AND && r.off(u.OpPos) >= 0 {
			// &f()[i]: the pointer itself (the interpreter takes no
			// address of a dereferenced call).
			r.ed.replace(r.off(u.OpPos), r.off(u.OpPos)+1, "")
			deref = "("
		}
		head = deref + r.helper("ix", params+"*"+r.typeString(elem)+" { "+check+"return &__gk_s[__gk_i] }") + "("
	} else {
		head = r.helper("ix", params+r.typeString(elem)+" { "+check+"return __gk_s[__gk_i] }") + "("
	}
	r.ed.insert(r.off(x.Pos()), head)
	r.ed.replace(r.off(x.Lbrack), r.off(x.Lbrack)+1, ", ")
	tail := ")"
	if ptr {
		tail = "))"
	}
	r.ed.replace(r.off(x.Rbrack), r.off(x.Rbrack)+1, tail)
}

// callBased reports an expression that is a call's result, a slice
// expression or an assertion, or an index, field or dereference of one
// (grid()[1], f().rows, *p(), s[1:]).
func (r *rewriter) callBased(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
		// (Also a conversion, append(s, 1)[i], s[1:][i] and x.([]int)[i]:
		// the statement's checks take no such operands.)
		return true
	case *ast.IndexExpr:
		if _, isMap := r.typeOf(e.X).(*types.Map); isMap || r.info.Types[e.X].IsType() {
			return false
		}
		return r.callBased(e.X)
	case *ast.SelectorExpr:
		if sel, ok := r.info.Selections[e]; !ok || sel.Kind() != types.FieldVal {
			return false
		}
		return r.callBased(e.X)
	case *ast.StarExpr:
		return r.callBased(e.X)
	}
	return false
}

// unnameable reports a type the cell cannot write at the package level
// (where helper declares its functions): one that refers to an
// unexported type of another package, or to a type declared in a
// function.
func (r *rewriter) unnameable(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if o := u.Obj(); o.Pkg() == r.pkg && r.pkg != nil && o.Parent() != nil && o.Parent() != r.pkg.Scope() {
			return true
		}
		return u.Obj().Pkg() != nil && u.Obj().Pkg() != r.pkg && !u.Obj().Exported()
	case *types.Slice:
		return r.unnameable(u.Elem())
	case *types.Array:
		return r.unnameable(u.Elem())
	case *types.Pointer:
		return r.unnameable(u.Elem())
	case *types.Chan:
		return r.unnameable(u.Elem())
	case *types.Map:
		return r.unnameable(u.Key()) || r.unnameable(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Pkg() != r.pkg && !f.Exported() || r.unnameable(f.Type()) {
				return true
			}
		}
	}
	return false
}

// unhashableKey makes an index of a map keyed by an interface with a key
// of a type that cannot be hashed (a slice) panic as Go does, naming the
// key's type: the interpreter's panic names its own interface values
// ("hash of unhashable type []interp.valueInterface").
//
//	m[k]  →  m[__gk.Unhashable(k, "[]main.Shape", len(m) == 0)]
//
// (A lookup or a delete in an empty map panics with a plain error, as
// Go's does.)
func (r *rewriter) unhashableKey(x *ast.IndexExpr) {
	r.makeParents()
	lookup := true
	switch p := r.parents[x].(type) {
	case *ast.AssignStmt:
		lookup = !slices.Contains(p.Lhs, ast.Expr(x))
	case *ast.IncDecStmt:
		lookup = false
	}
	r.unhashableArg(x.X, x.Index, lookup)
}

// unhashableArg writes the key k of map m as unhashableKey does; lookup
// is a read or a delete, which Go words otherwise in an empty map.
func (r *rewriter) unhashableArg(m, k ast.Expr, lookup bool) {
	mt, ok := r.typeOf(m).(*types.Map)
	if !ok || !types.IsInterface(mt.Key()) || r.off(k.Pos()) < 0 || r.off(k.End()) < 0 {
		return
	}
	kt := r.info.TypeOf(k)
	if kt == nil || types.IsInterface(kt) || isNil(kt) || types.Comparable(kt) || hasTypeParam(kt) {
		return
	}
	empty := "false"
	if id, ok := ast.Unparen(m).(*ast.Ident); ok && lookup {
		empty = "len(" + r.exprText(id) + ") == 0"
	}
	// (Inside the key's tag, see tagMapKey.)
	r.ed.insert(r.off(k.Pos()), rtName+".Unhashable(")
	r.ed.insertFirst(r.off(k.End()), ", "+strconv.Quote(goTypeString(kt))+", "+empty+")")
}

// inLoop reports whether n is in the body, condition or post statement of
// a for or range statement of its function.
func (r *rewriter) inLoop(n ast.Node) bool {
	r.makeParents()
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		switch p.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		}
	}
	return false
}

// callResultSlice writes a slice expression of a call's result (as
// callBased says; mk()[:i], s[1:][2:]) outside loops as a call of a
// function that checks the bounds as Go words it ("slice bounds out of
// range [:5] with capacity 3"), as callResultIndex does indexes.
//
//	f()[lo:hi]  →  __gk_sl1(f(), lo, hi)  with  func __gk_sl1(__gk_s []int, __gk_lo, __gk_hi int) []int { if …; return __gk_s[__gk_lo:__gk_hi] }
func (r *rewriter) callResultSlice(x *ast.SliceExpr) {
	p := r.slicePlan(x)
	if p == nil {
		return
	}
	r.ed.insert(r.off(x.Pos()), p.head)
	// X[lo:hi]  →  X, lo, hi)
	sep := func(b bool) string {
		if b {
			return ", "
		}
		return ""
	}
	r.ed.replace(r.off(x.Lbrack), r.off(x.Lbrack)+1, sep(x.Low != nil))
	r.ed.replace(p.colon, p.colon+1, sep(x.High != nil))
	r.ed.replace(r.off(x.Rbrack), r.off(x.Rbrack)+1, ")")
}

// slicePlan is how callResultSlice writes a slice expression.
type slicePlan struct {
	head  string // the function literal, up to its call's "("
	colon int    // the offset of the colon between the bounds
}

// slicePlan returns how callResultSlice writes x, or nil when it leaves
// x alone (remembered: litSliceElems asks too).
func (r *rewriter) slicePlan(x *ast.SliceExpr) *slicePlan {
	if p, ok := r.slicePlans[x]; ok {
		return p
	}
	p := r.makeSlicePlan(x)
	if r.slicePlans == nil {
		r.slicePlans = map[*ast.SliceExpr]*slicePlan{}
	}
	r.slicePlans[x] = p
	return p
}

func (r *rewriter) makeSlicePlan(x *ast.SliceExpr) *slicePlan {
	if x.Slice3 || !r.callBased(x.X) || r.off(x.Lbrack) < 0 || r.off(x.Rbrack) < 0 || r.off(x.Pos()) < 0 || r.inLoop(x) {
		return nil
	}
	if _, sel := r.parents[x].(*ast.SelectorExpr); sel {
		return nil
	}
	xt := r.info.TypeOf(x.X)
	if xt == nil || hasTypeParam(xt) || r.unnameable(xt) {
		return nil
	}
	kind := "length"
	switch u := xt.Underlying().(type) {
	case *types.Slice:
		if x.High != nil {
			kind = "capacity"
		}
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return nil
		}
	default:
		return nil
	}
	// The colon between the bounds (the syntax tree keeps no position).
	from, to := r.off(x.Lbrack)+1, r.off(x.Rbrack)
	if x.Low != nil {
		from = r.off(x.Low.End())
	}
	if x.High != nil {
		to = r.off(x.High.Pos())
	}
	colon := -1
	if from >= 0 && to >= from && to <= len(r.cell.Src) {
		colon = strings.IndexByte(string(r.cell.Src[from:to]), ':')
	}
	if colon < 0 {
		return nil
	}
	params := []string{"__gk_s " + r.typeString(xt)}
	lo, hi, bound := "0", "len(__gk_s)", "len(__gk_s)"
	if kind == "capacity" {
		bound = "cap(__gk_s)"
	}
	for _, b := range []struct {
		e    ast.Expr
		name string
	}{{x.Low, "__gk_lo"}, {x.High, "__gk_hi"}} {
		if b.e == nil {
			continue
		}
		t := types.Default(r.info.TypeOf(b.e))
		if bt, ok := t.Underlying().(*types.Basic); !ok || bt.Info()&types.IsInteger == 0 || bt.Info()&types.IsUnsigned != 0 {
			return nil // (an unsigned bound: left to the interpreter)
		}
		params = append(params, b.name+" "+r.typeString(t))
		if b.name == "__gk_lo" {
			lo = "int(__gk_lo)"
		} else {
			hi = "int(__gk_hi)"
		}
	}
	var conds []string
	if x.Low != nil {
		conds = append(conds, lo+" < 0", hi+" < "+lo)
	} else {
		conds = append(conds, hi+" < 0")
	}
	conds = append(conds, hi+" > "+bound)
	sl := "__gk_s["
	if x.Low != nil {
		sl += "__gk_lo"
	}
	sl += ":"
	if x.High != nil {
		sl += "__gk_hi"
	}
	sl += "]"
	head := r.helper("sl", "("+strings.Join(params, ", ")+") "+r.typeString(xt)+" { if "+strings.Join(conds, " || ")+" { "+
		rtName+".PanicSlice("+lo+", "+hi+", "+bound+", \""+kind+"\") }; return "+sl+" }") + "("
	return &slicePlan{head: head, colon: colon + from}
}

// helper returns the name of a function the cell's code calls, declared
// with the cell's variables as func NAME sig (one per stem and sig): a
// function literal in the code would be made again at each evaluation,
// which costs the interpreter more than the call.
func (r *rewriter) helper(stem, sig string) string {
	if name, ok := r.helpers[stem+sig]; ok {
		return name
	}
	name := r.uniq(stem)
	if r.helpers == nil {
		r.helpers = map[string]string{}
	}
	r.helpers[stem+sig] = name
	r.helperDecls = append(r.helperDecls, "func "+name+sig)
	return name
}
