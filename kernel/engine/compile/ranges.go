package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// rangeStmt rewrites range over an integer (Go 1.22) into a three-clause
// loop, and gives range loop variables per-iteration copies.
func (r *rewriter) rangeStmt(s *ast.RangeStmt) {
	if _, isFunc := r.typeOf(s.X).(*types.Signature); isFunc {
		return // see rangefunc.go
	}
	tv, ok := r.info.Types[s.X]
	if !ok || tv.Type == nil {
		return
	}
	if r.chanRange(s, r.concrete(tv.Type)) || r.chanElemRange(s, r.concrete(tv.Type)) || r.rangeArrayPointer(s, tv.Type) || r.rangeAssign(s, tv.Type) {
		return
	}
	if st := r.concrete(tv.Type); isString(st) && r.stringRange(s) {
		return
	}
	if isString(r.concrete(tv.Type)) && s.Key != nil && s.Value == nil && r.off(s.Key.End()) >= 0 {
		// The interpreter counts runes, not bytes, for "for i := range
		// s" (not for "for i, _ := range s").
		r.ed.insert(r.off(s.Key.End()), ", _")
	}
	r.rangeVarsWritten(s)
	if n, ok := r.unevaluatedArray(s, tv.Type); ok {
		// The interpreter overwrites a local pointer it ranges over
		// with the array ("call of reflect.Value.Elem on array Value"
		// at the next use), and evaluates *p. Go does not evaluate the
		// range expression (the pointer may be nil): the length is the
		// type's.
		r.ed.replace(r.off(s.X.Pos()), r.off(s.X.End()), "["+strconv.FormatInt(n, 10)+"]struct{}{}")
		return
	}
	xt := r.concrete(tv.Type) // in an instance, a type parameter's argument
	b, ok := xt.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return
	}
	typ, conv := "int", ""
	if b.Info()&types.IsUntyped == 0 {
		typ = r.typeString(xt)
		if tv.Value != nil {
			// A constant, typed by the loop (for u = range 10 with a
			// uint8 u): the count is of that type too.
			conv = typ + "("
		}
	}
	xStart, xEnd := r.off(s.X.Pos()), r.off(s.X.End())
	if xStart < 0 || xEnd < 0 {
		return
	}
	rangePos := r.off(s.Range)
	if conv != "" {
		r.ed.insertFirst(xEnd, ")")
	}
	n := r.uniq("rn")
	inc := "++"
	if b.Kind() == types.Uintptr {
		inc = " += 1" // see uintptrIncDec
	}
	switch {
	case s.Key == nil:
		i := r.uniq("ri")
		r.ed.replace(rangePos, xStart, i+", "+n+" := "+typ+"(0), "+conv)
		r.ed.insert(xEnd, "; "+i+" < "+n+"; "+i+inc)
	case s.Tok == token.DEFINE:
		k := r.exprText(s.Key)
		r.ed.replace(r.off(s.Key.End()), xStart, ", "+n+" := "+typ+"(0), "+conv)
		r.ed.insert(xEnd, "; "+k+" < "+n+"; "+k+inc)
	default:
		// for i = range n: a counter of its own, assigned to i at the
		// start of each iteration (i ends at n-1, or unchanged for n <= 0).
		k := r.exprText(s.Key)
		i := r.uniq("ri")
		if r.off(s.Key.Pos()) < 0 || r.off(s.Body.Lbrace) < 0 {
			return
		}
		r.ed.replace(r.off(s.Key.Pos()), xStart, i+", "+n+" := "+typ+"(0), "+conv)
		r.ed.insert(xEnd, "; "+i+" < "+n+"; "+i+inc)
		r.ed.insertFirst(r.off(s.Body.Lbrace)+1, " "+k+" = "+i+";")
	}
}

// unevaluatedArray returns the length of the array a range statement
// without a value variable goes over, when Go does not evaluate its
// expression: an array or a pointer to one, with no call or receive in
// the expression (len of it is a constant).
func (r *rewriter) unevaluatedArray(s *ast.RangeStmt, t types.Type) (int64, bool) {
	if id, ok := s.Value.(*ast.Ident); s.Value != nil && (!ok || id.Name != "_") {
		return 0, false
	}
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	a, ok := u.(*types.Array)
	if !ok || r.off(s.X.Pos()) < 0 || r.off(s.X.End()) < 0 {
		return 0, false
	}
	evaluated := false
	ast.Inspect(s.X, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			evaluated = true
		case *ast.UnaryExpr:
			evaluated = evaluated || n.Op == token.ARROW
		}
		return !evaluated
	})
	return a.Len(), !evaluated
}

// uintptrIncDec writes x++ and x-- of a uintptr as x += 1 and x -= 1,
// which the interpreter gets right (its ++ on a uintptr ends the cell
// without a word).
func (r *rewriter) uintptrIncDec(s *ast.IncDecStmt) {
	b, ok := r.concrete(r.info.TypeOf(s.X)).Underlying().(*types.Basic)
	if !ok || b.Kind() != types.Uintptr || r.off(s.TokPos) < 0 {
		return
	}
	op := " += 1"
	if s.Tok == token.DEC {
		op = " -= 1"
	}
	r.ed.replace(r.off(s.TokPos), r.off(s.TokPos)+2, op)
}

// rangeArrayPointer writes a range with a value variable over a pointer
// to an array, which the interpreter cannot do ("call of reflect.Value.Elem
// on array Value"), as a range over the array's indexes that reads each
// element when its iteration starts, as Go does:
//
//	for i, v := range pa {B}  →  for i := range *pa { v := (*pa)[i]; B}
//
// (only for a pointer named by an identifier, evaluated once either way).
func (r *rewriter) rangeArrayPointer(s *ast.RangeStmt, t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, isArray := p.Elem().Underlying().(*types.Array); !isArray {
		return false
	}
	switch ast.Unparen(s.X).(type) {
	case *ast.CallExpr, *ast.IndexExpr:
		// A call's or a map's pointer: the interpreter fails the second
		// time the loop runs ("value of type *[3]int is not assignable
		// to type [3]int"); its slice is read the same way.
		if s.Value != nil && r.off(s.X.End()) >= 0 {
			r.ed.insertLast(r.off(s.X.End()), "[:]")
			return true
		}
	}
	if s.Tok == token.ASSIGN && s.Value != nil && r.off(s.X.End()) >= 0 {
		// Into existing variables: over the array's slice, as
		// rangeAssign writes it.
		r.ed.insertLast(r.off(s.X.End()), "[:]")
		return false
	}
	if s.Tok != token.DEFINE || s.Key == nil || s.Value == nil || s.Body == nil {
		return false
	}
	x, ok := ast.Unparen(s.X).(*ast.Ident)
	val, ok2 := s.Value.(*ast.Ident)
	if !ok || !ok2 || val.Name == "_" || r.off(s.Key.Pos()) < 0 || r.off(s.Body.Lbrace) < 0 {
		return false
	}
	key := s.Key.(*ast.Ident).Name
	if key == "_" {
		key = r.uniq("ak")
		r.ed.replace(r.off(s.Key.Pos()), r.off(s.Key.End()), key)
	}
	r.ed.replace(r.off(s.Key.End()), r.off(s.Value.End()), "")
	r.ed.insert(r.off(s.X.Pos()), "*")
	r.ed.insertFirst(r.off(s.Body.Lbrace)+1, " "+val.Name+" := (*"+x.Name+")["+key+"]; _ = "+val.Name+";")
	return true
}

// arrayPointerIndex writes an index of a pointer to an array whose
// address is taken as an index of the array: the interpreter cannot take
// the address of p[i] ("cannot take address of int").
//
//	&p[i]  →  &(*p)[i]
func (r *rewriter) arrayPointerIndex(x *ast.IndexExpr) {
	p, ok := r.typeOf(x.X).(*types.Pointer)
	if !ok || r.root == nil {
		return
	}
	if _, isArray := p.Elem().Underlying().(*types.Array); !isArray {
		return
	}
	r.makeParents() // (only for the index of a pointer to an array)
	u, ok := r.parents[x].(*ast.UnaryExpr)
	if !ok || u.Op != token.AND || r.off(x.X.Pos()) < 0 || r.off(x.X.End()) < 0 {
		return
	}
	r.ed.insertFirst(r.off(x.X.Pos()), "(*")
	r.ed.insertLast(r.off(x.X.End()), ")")
}

// rangeVarsWritten gives a range statement whose body assigns to its
// iteration variables hidden ones, and declares the variables at the top
// of the body: assigning to them must not change the iteration (the
// interpreter's range over a slice, and the counting loop of a range over
// an integer, would take the new value).
//
//	for i, v := range x { i += 5 }  →  for __gk_k, __gk_v := range x { i, v := __gk_k, __gk_v; i += 5 }
func (r *rewriter) rangeVarsWritten(s *ast.RangeStmt) {
	if s.Tok != token.DEFINE || s.Body == nil || r.off(s.Body.Lbrace) < 0 {
		return
	}
	var ids []*ast.Ident
	written := false
	for _, e := range []ast.Expr{s.Key, s.Value} {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name == "_" || r.off(id.Pos()) < 0 || r.info.Defs[id] == nil {
			continue
		}
		ids = append(ids, id)
		if assigned(r.info, s.Body, r.info.Defs[id]) {
			written = true
		}
	}
	if !written {
		return
	}
	var names, hidden []string
	for _, id := range ids {
		h := r.uniq("it")
		names, hidden = append(names, r.identName(id)), append(hidden, h)
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), h)
	}
	decl := strings.Join(names, ", ") + " := " + strings.Join(hidden, ", ") + "; "
	for _, n := range names {
		decl += "_ = " + n + "; "
	}
	r.ed.insertFirst(r.off(s.Body.Lbrace)+1, " "+decl)
}

// rangeAssign writes a range that assigns existing variables (for i =
// range xs) with variables of its own, assigned to them at the start of
// each iteration: the interpreter leaves them as they were.
//
//	for k, v = range X {B}  →  for __gk_k, __gk_v := range X { k, v = __gk_k, __gk_v; B }
func (r *rewriter) rangeAssign(s *ast.RangeStmt, xt types.Type) bool {
	if s.Tok != token.ASSIGN || s.Key == nil {
		return false
	}
	if b, ok := r.concrete(xt).Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
		return false // see rangeStmt
	}
	if r.off(s.Key.Pos()) < 0 || r.off(s.TokPos) < 0 || r.off(s.Body.Lbrace) < 0 {
		return false
	}
	var lhs, tmp []string
	for _, e := range []ast.Expr{s.Key, s.Value} {
		if e == nil {
			continue
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			tmp = append(tmp, "_")
			continue
		}
		lhs = append(lhs, r.exprText(e))
		tmp = append(tmp, r.uniq("rv"))
	}
	if len(lhs) == 0 {
		return false
	}
	if s.Value == nil && isString(xt) {
		tmp = append(tmp, "_") // see rangeStmt
	}
	var used []string
	for _, t := range tmp {
		if t != "_" {
			used = append(used, t)
		}
	}
	if isString(r.concrete(xt)) && len(tmp) == 2 && r.off(s.X.Pos()) >= 0 && r.off(s.X.End()) >= 0 && !r.bodyMoved(s, s.Body, r.labelOf(s)) {
		// Over the runes at their offsets, as stringRange does (the
		// interpreter steps over an invalid byte by three).
		if tmp[1] == "_" {
			tmp[1] = r.uniq("rv")
		}
		r.ed.insert(r.off(s.X.Pos()), rtName+".RunesAt(")
		r.ed.insert(r.off(s.X.End()), ")")
		r.ed.insertFirst(r.off(s.Body.Lbrace)+1, " if "+tmp[1]+" < 0 { continue };")
	}
	last := s.Key
	if s.Value != nil {
		last = s.Value
	}
	r.ed.replace(r.off(s.Key.Pos()), r.off(last.End()), strings.Join(tmp, ", "))
	r.ed.replace(r.off(s.TokPos), r.off(s.TokPos)+1, ":=")
	r.ed.insert(r.off(s.Body.Lbrace)+1, " "+strings.Join(lhs, ", ")+" = "+strings.Join(used, ", ")+";")
	return true
}

// labelOf returns the name of the label of statement s, or "".
func (r *rewriter) labelOf(s ast.Stmt) string {
	r.makeParents()
	if l, ok := r.parents[s].(*ast.LabeledStmt); ok {
		return l.Label.Name
	}
	return ""
}

// isString reports a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// stringRange writes a range over a string as a range over its runes: the
// interpreter finds each rune's offset by converting the runes before it
// back to a string, which makes a loop over a long string quadratic (a
// minute for 100 kB). Without the offsets the runes are []rune(s); with
// them, __gk.RunesAt(s) has a rune at each rune's offset and -1 at the
// other bytes, which the body skips:
//
//	for _, c := range s  →  for _, c := range []rune(s)
//	for i, c := range s  →  for i, c := range __gk.RunesAt(s) { if c < 0 { continue }; …
//
// It reports whether it did.
func (r *rewriter) stringRange(s *ast.RangeStmt) bool {
	if s.Tok == token.ASSIGN || r.off(s.X.Pos()) < 0 || r.off(s.X.End()) < 0 || r.off(s.Body.Lbrace) < 0 {
		return false
	}
	named := func(e ast.Expr) *ast.Ident {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			return id
		}
		return nil
	}
	if named(s.Key) == nil {
		r.ed.insert(r.off(s.X.Pos()), "[]rune(")
		r.ed.insert(r.off(s.X.End()), ")")
		return true
	}
	if r.bodyMoved(s, s.Body, r.labelOf(s)) {
		return false // its continue statements become returns
	}
	v := named(s.Value)
	name := ""
	switch {
	case v != nil:
		name = v.Name
	case s.Value != nil && r.off(s.Value.Pos()) >= 0:
		name = r.uniq("rv")
		r.ed.replace(r.off(s.Value.Pos()), r.off(s.Value.End()), name)
	case s.Value == nil && r.off(s.Key.End()) >= 0:
		name = r.uniq("rv")
		r.ed.insert(r.off(s.Key.End()), ", "+name)
	default:
		return false
	}
	r.ed.insert(r.off(s.X.Pos()), rtName+".RunesAt(")
	r.ed.insert(r.off(s.X.End()), ")")
	r.ed.insertFirst(r.off(s.Body.Lbrace)+1, " if "+name+" < 0 { continue };")
	return true
}
