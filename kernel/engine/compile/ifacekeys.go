package compile

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Maps keyed by an interface type of the session (visited :=
// map[Node]bool{}) hash the interpreter's interface values, which hold
// where they were made: the same pointer put in at two places makes two
// keys, and a lookup made elsewhere finds nothing. To the interpreter such
// a map is keyed by any (typePrinter and ifaceMapKey write map[any]bool),
// every key goes in as the value it holds (__gk.MapKey), and a range over
// the map gives its keys their interface type again (ifaceKeyRange). Keys
// of such an interface type put into a map keyed by any go in the same
// way.

// sessionIface reports a named interface type with methods of the
// session's package.
func sessionIface(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg || n.TypeParams().Len() > n.TypeArgs().Len() {
		return false // (a generic type, not an instance)
	}
	it, ok := n.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0 && it.IsMethodSet()
}

// ifaceKeyMap returns the map type of t when it is keyed by a session
// interface.
func (r *rewriter) ifaceKeyMap(t types.Type) (*types.Map, bool) {
	t = r.concrete(t)
	if t == nil || hasTypeParam(t) {
		return nil, false
	}
	m, ok := t.Underlying().(*types.Map)
	if !ok || !sessionIface(m.Key(), r.pkg) {
		return nil, false
	}
	return m, true
}

// ifaceMapKey writes the key type of map[Node]V as any.
func (r *rewriter) ifaceMapKey(mt *ast.MapType) {
	t := r.concrete(r.info.TypeOf(mt.Key))
	if t == nil || hasTypeParam(t) || !sessionIface(t, r.pkg) || r.off(mt.Key.Pos()) < 0 || r.off(mt.Key.End()) < 0 {
		return
	}
	r.ed.replaceOuter(r.off(mt.Key.Pos()), r.off(mt.Key.End()), "any")
}

// ifaceKey writes a key of such a map (of type mt) as the value it holds.
func (r *rewriter) ifaceKey(key ast.Expr, mt types.Type) {
	if r.off(key.Pos()) < 0 || r.off(key.End()) < 0 {
		return
	}
	if tv, ok := r.info.Types[key]; ok && tv.IsNil() {
		return
	}
	at, arrayKey := anyArrayKey(r.concrete(mt))
	t := r.concrete(r.info.TypeOf(key))
	if r.desc != nil && r.taggable(t) && !arrayKey {
		r.withDesc(key, t, "__gk_tag") // as MapKey tags it from an interface
	}
	r.ed.insertFirst(r.off(key.Pos()), rtName+".MapKey(")
	if lit, ok := key.(*ast.CompositeLit); ok && lit.Type == nil && t != nil {
		r.ed.insert(r.off(key.Pos()), r.typeString(t)) // {p, "a"} of a [2]any key
	}
	if arrayKey {
		r.ed.insertLast(r.off(key.End()), ").("+r.typeString(at)+")")
		return
	}
	r.ed.insertLast(r.off(key.End()), ")")
}

// anyArrayKey returns the key type of map type mt when it is an array of
// empty interfaces ([2]any): its elements go in as the values they hold.
func anyArrayKey(mt types.Type) (types.Type, bool) {
	m, ok := mt.Underlying().(*types.Map)
	if !ok {
		return nil, false
	}
	a, ok := m.Key().Underlying().(*types.Array)
	return m.Key(), ok && emptyIface(a.Elem())
}

// ifaceKeyed reports a map type keyed by such an interface, or a key k of
// a map keyed by any whose type is an interface or one of the session's
// types (its value goes in: a P passed as an any parameter is the
// interpreter's wrapper, which makes a key of its own at every call).
func (r *rewriter) ifaceKeyed(mt types.Type, k ast.Expr) bool {
	if _, ok := r.ifaceKeyMap(mt); ok {
		return true
	}
	if _, ok := anyArrayKey(r.concrete(mt)); ok {
		return true
	}
	m, ok := r.concrete(mt).Underlying().(*types.Map)
	if !ok || !emptyIface(m.Key()) {
		return false
	}
	kt := r.concrete(r.info.TypeOf(k))
	if kt == nil || hasTypeParam(kt) {
		return false
	}
	if a, ok := kt.Underlying().(*types.Array); ok && emptyIface(a.Elem()) {
		return true // [1]any{p}
	}
	return types.IsInterface(kt) || r.cellValue(kt)
}

// ifaceMapIndex writes the key of m[k] on such a map.
func (r *rewriter) ifaceMapIndex(ix *ast.IndexExpr) {
	mt := r.info.TypeOf(ix.X)
	if mt == nil {
		return
	}
	r.nilMapKey(ix.Index, mt)
	if r.ifaceKeyed(mt, ix.Index) {
		r.ifaceKey(ix.Index, mt)
	}
}

// nilMapKey writes an untyped nil key of a map keyed by an interface with
// methods (counts[nil]++ of a map[error]int) as a nil of that type: the
// interpreter passes it as any, which reflect does not assign.
func (r *rewriter) nilMapKey(k ast.Expr, mt types.Type) {
	m, ok := r.concrete(mt).Underlying().(*types.Map)
	if !ok || !nonEmptyIface(m.Key()) || hasTypeParam(m.Key()) || r.off(k.Pos()) < 0 || r.off(k.End()) < 0 {
		return
	}
	if tv, ok := r.info.Types[k]; !ok || !tv.IsNil() {
		return
	}
	r.ed.insert(r.off(k.Pos()), "("+r.typeString(m.Key())+")(")
	r.ed.insert(r.off(k.End()), ")")
}

// ifaceMapLit writes the keys of a composite literal of such a map.
func (r *rewriter) ifaceMapLit(lit *ast.CompositeLit) {
	mt := r.concrete(r.info.TypeOf(lit))
	if mt == nil {
		return
	}
	if _, ok := mt.Underlying().(*types.Map); !ok {
		return
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		r.nilMapKey(kv.Key, mt)
		if r.ifaceKeyed(mt, kv.Key) {
			r.ifaceKey(kv.Key, mt)
		}
	}
}

// ifaceMapDelete writes the key of delete(m, k) on such a map.
func (r *rewriter) ifaceMapDelete(call *ast.CallExpr) {
	if !r.deleteCall(call) {
		return
	}
	mt := r.info.TypeOf(call.Args[0])
	if mt == nil {
		return
	}
	r.nilMapKey(call.Args[1], mt)
	if r.ifaceKeyed(mt, call.Args[1]) {
		r.ifaceKey(call.Args[1], mt)
	}
}

// ifaceKeyRange gives the key of a range over such a map its interface
// type at the start of the body, by a function made before the loop (the
// storage of a conversion made in the loop is reused by the next
// iteration, see valuecopy.go):
//
//	for k := range m {
//	→ __gk_kc2 := func(v any) Node { … }; for __gk_k1 := range m { k := __gk_kc2(__gk_k1); …
//
// or as the argument of the function literal the body moves into
// (frameLoop).
func (r *rewriter) ifaceKeyRange(rs *ast.RangeStmt) {
	name := r.ifaceRangeKey(rs)
	if name == "" {
		return
	}
	id := rs.Key.(*ast.Ident)
	r.makeParents()
	var at ast.Node = rs
	if l, ok := r.parents[rs].(*ast.LabeledStmt); ok {
		at = l
	}
	m, _ := r.ifaceKeyMap(r.info.TypeOf(rs.X))
	assert := r.ifaceAssertFunc(m.Key(), types.Universe.Lookup("any").Type(), true)
	r.ed.insert(r.off(at.Pos()), r.rangeKeys[rs].conv+" := func(v any) "+r.typeString(m.Key())+" { k, _ := "+assert+"(v); return k }; ")
	r.ed.replace(r.off(id.Pos()), r.off(id.End()), name)
	if !r.bodyMoved(rs, rs.Body, "") {
		r.ed.insertFirst(r.off(rs.Body.Lbrace)+1, " "+r.identName(id)+" := "+r.rangeKeys[rs].conv+"("+name+");")
	}
}

// rangeKey names the key variable of a range over a map keyed by an
// interface of the session, and the function that converts it.
type rangeKey struct{ name, conv string }

// ifaceRangeKey returns the new name of the key variable of a range over
// a map keyed by an interface of the session, or "".
func (r *rewriter) ifaceRangeKey(rs *ast.RangeStmt) string {
	if k, ok := r.rangeKeys[rs]; ok {
		return k.name
	}
	var k rangeKey
	id, ok := rs.Key.(*ast.Ident)
	if _, iface := r.ifaceKeyMap(r.info.TypeOf(rs.X)); ok && iface && id.Name != "_" && rs.Tok == token.DEFINE &&
		r.off(rs.Pos()) >= 0 && r.off(rs.Body.Lbrace) >= 0 {
		k = rangeKey{r.uniq("k"), r.uniq("kc")}
	}
	if r.rangeKeys == nil {
		r.rangeKeys = map[*ast.RangeStmt]rangeKey{}
	}
	r.rangeKeys[rs] = k
	return k.name
}

// ifaceKeyArg is the argument the function literal of a moved loop body
// gets for the key (see ifaceKeyRange): an element of a slice literal
// (the call's result alone would lose its dynamic type, see valuecopy.go).
func (r *rewriter) ifaceKeyArg(rs *ast.RangeStmt) string {
	m, _ := r.ifaceKeyMap(r.info.TypeOf(rs.X))
	k := r.rangeKeys[rs]
	return "[]" + r.typeString(m.Key()) + "{" + k.conv + "(" + k.name + ")}[0]"
}
