package compile

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Composite literals the interpreter gets wrong.

// litTypes fixes two things of composite literals the interpreter gets
// wrong: an element whose type is elided when it is a pointer to a type of
// a compiled package (fstest.MapFS{"f": {Data: b}} crashes it), which gets
// its "&T" written out, and the constant keys of array and slice literals
// ([...]string{Debug + 1: "DEBUG"} is "non-constant" to it), which are
// written as plain integers.
func (r *rewriter) litTypes(lit *ast.CompositeLit) {
	t := r.info.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	var key, elem types.Type
	indexed := false
	switch u := t.Underlying().(type) {
	case *types.Map:
		key, elem = u.Key(), u.Elem()
	case *types.Slice:
		elem, indexed = u.Elem(), true
	case *types.Array:
		elem, indexed = u.Elem(), true
	case *types.Struct:
	default:
		return
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := r.info.Uses[id].(*types.Var); ok {
						r.fieldValue(kv.Value, f)
					}
				}
			} else if i < st.NumFields() {
				r.fieldValue(e, st.Field(i))
			}
		}
		return
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if !r.anyKey(kv.Key, key) {
				r.copyToIface(kv.Key, key, stored)
			}
			if indexed {
				if r.indexKeys == nil {
					r.indexKeys = map[ast.Expr]bool{}
				}
				r.indexKeys[kv.Key] = true
			} else {
				r.elidedPointer(kv.Key, key)
			}
			e = kv.Value
		}
		r.elidedPointer(e, elem)
		r.copyToIface(e, elem, stored)
	}
}

// elidedPointer writes out the "&T" of an element literal of type *T
// when T belongs to a compiled package.
func (r *rewriter) elidedPointer(e ast.Expr, want types.Type) {
	cl, ok := e.(*ast.CompositeLit)
	if !ok || cl.Type != nil || want == nil {
		return
	}
	p, ok := want.(*types.Pointer)
	if !ok || r.off(cl.Lbrace) < 0 {
		return
	}
	switch p.Elem().Underlying().(type) {
	case *types.Array, *types.Slice, *types.Map:
		// A pointer to an array, slice or map (the interpreter converts
		// the elements to the whole: "value of type int cannot be
		// converted to type [2]int").
		if !hasTypeParam(p.Elem()) {
			r.ed.insert(r.off(cl.Lbrace), "&"+r.typeString(p.Elem()))
		}
		return
	}
	n, ok := p.Elem().(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == r.pkg {
		return
	}
	r.ed.insert(r.off(cl.Lbrace), "&"+r.typeString(n))
}

// anyKey writes a key of a map[any]… literal as any(k): the interpreter
// keeps a literal's key of a type with methods in its own wrapper, which
// a lookup m[k] never finds. It reports whether it did.
func (r *rewriter) anyKey(k ast.Expr, key types.Type) bool {
	if key == nil {
		return false
	}
	iface, ok := key.Underlying().(*types.Interface)
	t := r.info.TypeOf(k)
	if !ok || !iface.Empty() || t == nil || types.IsInterface(t) || !r.cellValue(t) || r.off(k.Pos()) < 0 {
		return false
	}
	if r.taggable(t) {
		return false // tagged (see tagged.go)
	}
	r.ed.insert(r.off(k.Pos()), r.typeString(key)+"(")
	r.ed.insert(r.off(k.End()), ")")
	return true
}

// fieldValue copies a value going into an interface field of a struct
// literal (see copyToIface). A compiled struct's interface field
// (io.LimitedReader{R: src}, exec.Cmd{Stdout: &w}) gets the value as a
// function's result (see toCompiledIface): the interpreter would store it
// bare ("reflect.Set: value of type *struct {…} is not assignable to type
// io.Writer").
func (r *rewriter) fieldValue(e ast.Expr, f *types.Var) {
	if f.Pkg() != nil && f.Pkg() != r.pkg && r.toCompiledIface(e, f.Type()) {
		return
	}
	r.copyToIface(e, f.Type(), stored)
}

// litSliceElems writes the operand of a slice expression that is an
// element of a composite literal, when it is an index or a call, as a
// conversion to its own type: the interpreter finds no type for
// []string{p[0][1:]} when p is of a compiled package's type (from
// strings.Split) and crashes.
func (r *rewriter) litSliceElems(lit *ast.CompositeLit) {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		s, ok := ast.Unparen(e).(*ast.SliceExpr)
		if !ok || r.slicePlan(s) != nil {
			continue // (callResultSlice slices inside a function)
		}
		x := ast.Unparen(s.X)
		switch x := x.(type) {
		case *ast.IndexExpr:
		case *ast.CallExpr:
			if r.isConversion(x) {
				continue
			}
		default:
			continue
		}
		t := r.info.TypeOf(x)
		if t == nil || hasTypeParam(t) || r.off(x.Pos()) < 0 || r.off(x.End()) < 0 {
			continue
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != r.pkg && !n.Obj().Exported() {
			continue // not to be named here
		}
		switch u := t.Underlying().(type) {
		case *types.Slice:
		case *types.Basic:
			if u.Info()&types.IsString == 0 {
				continue
			}
		default:
			continue // an array is not addressable in a conversion
		}
		r.ed.insert(r.off(x.Pos()), r.typeString(t)+"(")
		r.ed.insert(r.off(x.End()), ")")
	}
}

// arrayLen writes the length of an array literal [...]T{…} whose keys go
// back (the interpreter makes [...]int{5: 1, 2: 2, 3} one element too
// long when a later element follows a lower key).
func (r *rewriter) arrayLen(lit *ast.CompositeLit) {
	at, ok := lit.Type.(*ast.ArrayType)
	if !ok {
		return
	}
	if _, ok := at.Len.(*ast.Ellipsis); !ok || r.off(at.Len.Pos()) < 0 || r.off(at.Len.End()) < 0 {
		return
	}
	a, ok := r.info.TypeOf(lit).Underlying().(*types.Array)
	if !ok {
		return
	}
	keyed := false
	for _, e := range lit.Elts {
		if _, ok := e.(*ast.KeyValueExpr); ok {
			keyed = true
		}
	}
	if keyed {
		r.ed.replace(r.off(at.Len.Pos()), r.off(at.Len.End()), strconv.FormatInt(a.Len(), 10))
	}
}

// compiledSliceLit writes a composite literal of another package's named
// slice type of interface elements holding values of the cells
// (color.Palette{Gray{0}}) as a conversion of a slice literal, which the
// interpreter builds: its literal of the named type panics ("reflect.Set:
// value of type struct {…} is not assignable to type color.Color").
//
//	color.Palette{a, b}  →  color.Palette([]color.Color{a, b})
func (r *rewriter) compiledSliceLit(lit *ast.CompositeLit) {
	if lit.Type == nil || r.off(lit.Type.Pos()) < 0 || r.off(lit.Type.End()) < 0 || r.off(lit.End()) < 0 {
		return
	}
	n, ok := types.Unalias(r.info.TypeOf(lit)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == r.pkg || !n.Obj().Exported() || n.TypeArgs() != nil {
		return
	}
	s, ok := n.Underlying().(*types.Slice)
	if !ok || !types.IsInterface(s.Elem()) {
		return
	}
	cell := false
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if t := r.info.TypeOf(e); t != nil && !types.IsInterface(t) && r.mentionsCell(t) {
			cell = true
		}
	}
	if !cell {
		return
	}
	r.ed.replace(r.off(lit.Type.Pos()), r.off(lit.Type.End()), r.typeString(n)+"([]"+r.typeString(s.Elem()))
	r.ed.insertLast(r.off(lit.End()), ")")
}
