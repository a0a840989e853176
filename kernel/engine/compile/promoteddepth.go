package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter finds a promoted field or method by walking the embedded
// fields depth first, in their order, where Go takes the shallowest: with
// type S struct{ W; B } and W embedding A, s.n is A's n to it and B's to
// Go when both A and B have an n. Where the name is found at more than one
// place, the cell spells the path out (s.n → s.B.n), and a type declares
// the methods the interpreter would take from the wrong place as calls of
// the right one (for interfaces).

// promotedDepth writes the path to a promoted field or method that the
// embedded fields hold more than once.
func (r *rewriter) promotedDepth(sel *ast.SelectorExpr) {
	s, ok := r.info.Selections[sel]
	if !ok || s.Kind() == types.MethodExpr || len(s.Index()) < 2 || r.off(sel.X.End()) < 0 {
		return
	}
	if len(namePaths(s.Recv(), sel.Sel.Name)) < 2 {
		return
	}
	names, _, ok := embeddedPath(s.Recv(), s.Index(), r.pkg, r.embeddedName)
	if !ok {
		return
	}
	r.ed.insert(r.off(sel.X.End()), "."+strings.Join(names, "."))
}

// embeddedPath returns the names of the embedded fields that lead from a
// value of type t along index (the last index, the field or method
// itself, left out) and the type of the last, or false when one is
// another package's unexported field. name spells an embedded field.
func embeddedPath(t types.Type, index []int, pkg *types.Package, name func(*types.Var) string) ([]string, types.Type, bool) {
	var names []string
	for _, i := range index[:len(index)-1] {
		st, ok := derefStruct(t)
		if !ok || i >= st.NumFields() {
			return nil, nil, false
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != pkg {
			return nil, nil, false
		}
		names = append(names, name(f))
		t = f.Type()
	}
	return names, t, true
}

// derefStruct returns the struct under t or under the type t points to.
func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// namePaths returns the paths (field indexes) at which a value of type t
// has a field or method named name, itself or through embedded fields,
// at any depth (up to a few levels, each type once per path).
func namePaths(t types.Type, name string) [][]int {
	var paths [][]int
	var walk func(t types.Type, path []int, seen map[types.Type]bool)
	walk = func(t types.Type, path []int, seen map[types.Type]bool) {
		if len(path) > 6 || len(paths) > 1 {
			return
		}
		base := t
		if p, ok := t.Underlying().(*types.Pointer); ok {
			base = p.Elem()
		}
		if seen[base] {
			return
		}
		seen[base] = true
		defer delete(seen, base)
		if n, ok := types.Unalias(base).(*types.Named); ok {
			for i := 0; i < n.NumMethods(); i++ {
				if n.Method(i).Name() == name {
					paths = append(paths, append(path[:len(path):len(path)], -1))
				}
			}
		}
		if it, ok := base.Underlying().(*types.Interface); ok {
			for i := 0; i < it.NumMethods(); i++ {
				if it.Method(i).Name() == name {
					paths = append(paths, append(path[:len(path):len(path)], -1))
				}
			}
			return
		}
		st, ok := base.Underlying().(*types.Struct)
		if !ok {
			return
		}
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if f.Name() == name {
				paths = append(paths, append(path[:len(path):len(path)], i))
			}
			if f.Embedded() {
				walk(f.Type(), append(path[:len(path):len(path)], i), seen)
			}
		}
	}
	walk(t, nil, map[types.Type]bool{})
	return paths
}

// depthMethods declares on the cell's struct type named key the methods
// of its method sets (mset: T's, pmset: *T's) promoted from embedded
// fields that hold a method of that name more than once, as calls along
// Go's path: the interpreter would give an interface the one it finds
// first.
func (t *translation) depthMethods(key string, named *types.Named, mset, pmset *types.MethodSet, b *builder, declared map[string]bool) {
	for _, set := range []*types.MethodSet{mset, pmset} {
		for j := 0; j < set.Len(); j++ {
			sel := set.At(j)
			m, ok := sel.Obj().(*types.Func)
			if !ok || len(sel.Index()) < 2 || declared[m.Name()] || !m.Exported() && m.Pkg() != t.ck.pkg ||
				len(namePaths(named, m.Name())) < 2 {
				continue
			}
			names, _, ok := embeddedPath(named, sel.Index(), t.ck.pkg, t.embeddedField)
			if !ok {
				continue
			}
			recv := "*" + t.gen(key)
			if mset.Lookup(m.Pkg(), m.Name()) != nil {
				recv = t.gen(key)
			}
			b.addLine(t.forward(recv, strings.Join(names, "."), m))
			declared[m.Name()] = true
		}
	}
}

// embeddedField is the interpreter's name of the embedded field f: a cell
// type's version name, or f's own.
func (t *translation) embeddedField(f *types.Var) string {
	ft := f.Type()
	if p, ok := types.Unalias(ft).(*types.Pointer); ok {
		ft = p.Elem()
	}
	if n, ok := types.Unalias(ft).(*types.Named); ok && n.Obj().Pkg() == t.ck.pkg {
		if n.TypeArgs().Len() > 0 {
			if s := t.typeStr(n); token.IsIdentifier(s) {
				return s
			}
			return f.Name()
		}
		if g := t.gen(n.Obj().Name()); g != "" {
			return g
		}
	}
	return f.Name()
}
