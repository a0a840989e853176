package compile

import (
	"go/ast"
	"go/types"
)

// kernelBuiltins are the predeclared names the rewrites write into code.
var kernelBuiltins = map[string]bool{"new": true, "len": true, "cap": true, "append": true, "make": true,
	"bool": true, "int": true, "rune": true, "string": true, "recover": true, "any": true, "error": true,
	"nil": true, "true": true, "false": true, "panic": true}

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
	if v, ok := obj.(*types.Var); ok && r.renamedLocal(v) && r.off(id.Pos()) >= 0 {
		// A local named after a builtin the rewrites call (func f(old,
		// new string)), after a type of the cell or an imported package
		// the rewrites write (func turn(dir dir) with a constant of type
		// dir; time := 3 with a time.Duration constant), after iota, or,
		// in an instance, after a name its type arguments are written
		// with (key func(T) K with K a type key): renamed, so that they
		// reach what they name.
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), localPrefix+v.Name())
		return
	}
	if l, ok := obj.(*types.Label); ok && r.labelClash(l.Name()) && r.off(id.Pos()) >= 0 {
		// A label named like a variable or function: the interpreter
		// looks labels up among them ("label rows not defined").
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), r.labelName(l))
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
	if r.localShadow(id, obj) {
		return
	}
	if r.lateCall(id, obj) || r.lateValue(id, obj) {
		return
	}
	if v, ok := obj.(*types.Var); ok && v.IsField() && v.Embedded() {
		if g := r.embeddedName(v); g != id.Name && r.off(id.Pos()) >= 0 {
			r.ed.replace(r.off(id.Pos()), r.off(id.End()), g)
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

// typeString writes t as the interpreter names it.
func (r *rewriter) typeString(t types.Type) string { return r.printer().print(t) }

// typeArgString is typeString for a type argument of an instance, which
// is written at the package level: types declared in functions are
// written as their underlying types.
func (r *rewriter) typeArgString(t types.Type) string {
	p := r.printer()
	p.spellLocal = spellAllLocal
	return p.print(t)
}

// printer returns the type printer of typeString.
func (r *rewriter) printer() *typePrinter {
	p := &typePrinter{pkg: r.pkg, qual: r.qual, gen: r.gen, subst: r.subst, std: r.c.useStd, anyKeys: true, concrete: r.concrete}
	if n := r.instNode; n != nil {
		// An instance is written at the package level: a type declared
		// in another function (its type argument) by its underlying type.
		p.spellLocal = func(tn *types.TypeName) bool { return tn.Pos() < n.Pos() || tn.Pos() >= n.End() }
	}
	if r.inst != nil {
		p.inst = func(origin *types.TypeName, args []string) string { return r.inst(origin, args) }
	}
	if r.instArgs != nil {
		p.instTypes = func(name string, targs *types.TypeList) {
			ts := make([]types.Type, targs.Len())
			for i := range ts {
				ts[i] = r.concrete(targs.At(i))
			}
			r.instArgs(name, ts)
		}
	}
	return p
}

// labelName is the label l as the rewritten source names it (see
// labelClash).
func (r *rewriter) labelName(l *types.Label) string {
	if r.labelClash(l.Name()) {
		return "__gk_L_" + l.Name()
	}
	return l.Name()
}
