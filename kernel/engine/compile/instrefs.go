package compile

import (
	"go/ast"
	"go/types"
	"strings"

	"gokernel/kernel/engine/stdgen"
)

// stdInstance replaces an instance of a generic type of the standard
// library the interpreter lacks (iter.Seq[int]) by its underlying type.
func (r *rewriter) stdInstance(e ast.Expr, x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	tn, ok := r.info.Uses[sel.Sel].(*types.TypeName)
	if !ok || tn.Pkg() == nil || tn.Pkg() == r.pkg {
		return false
	}
	if _, ok := stdgen.Name(tn.Pkg().Path(), tn.Name()); !ok && !stdGenericType(tn.Pkg().Path()) {
		return false
	}
	tv, ok := r.info.Types[e]
	if !ok || !tv.IsType() {
		return false
	}
	ts := r.typeString(tv.Type)
	if strings.HasPrefix(ts, "func(") && r.mayConvert(e) {
		ts = "(" + ts + ")" // iter.Seq[int](f) is a conversion, not a func type
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), ts)
	return true
}

// explicitInstance replaces an explicit instantiation (F[int], T[K, V])
// of a generic declaration of the cell package by its concrete copy.
func (r *rewriter) explicitInstance(e ast.Expr, x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	name, ok := r.instanceOf(id)
	if !ok {
		return false
	}
	if n := strings.Count(r.cell.Src[r.off(e.Pos()):r.off(e.End())], "\n"); n > 0 {
		// Over several lines: the lines kept (see keepNewlines) must end
		// no statement or field. Before a literal's type (after "=" or
		// "("), or in parentheses elsewhere (a field's type).
		if call := r.callOf(e); call != nil && r.off(call.Lparen) >= 0 {
			// Called: in its argument list ((f)() panics in the
			// interpreter: "call of reflect.Value.Call on ptr Value").
			r.ed.replaceMoved(r.off(e.Pos()), r.off(e.End()), name)
			r.ed.insert(r.off(call.Lparen)+1, strings.Repeat("\n", n))
			return true
		}
		if r.litTypeExprs[e] {
			name = strings.Repeat("\n", n) + name
		} else {
			name = "(" + name + ")"
		}
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), name)
	return true
}

// aliasInstance writes an instance of a generic alias type as the type
// it stands for (PtrTo[int] of type PtrTo[T any] = *T is *int): the
// interpreter fails on some (var p PtrTo[int] = &n: "index out of range
// [-1]").
func (r *rewriter) aliasInstance(e ast.Expr) bool {
	tv, ok := r.info.Types[e]
	if !ok || !tv.IsType() {
		return false
	}
	a, ok := tv.Type.(*types.Alias)
	if !ok || a.TypeArgs().Len() == 0 || r.off(e.Pos()) < 0 || r.off(e.End()) < 0 ||
		strings.Contains(r.cell.Src[r.off(e.Pos()):r.off(e.End())], "\n") {
		return false
	}
	text := r.typeString(types.Unalias(a))
	if r.called(e) {
		text = "(" + text + ")" // a conversion: (*int)(&n), not *int(&n) (elsewhere the interpreter refuses the parentheses)
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), text)
	return true
}

// markExplicit records the function name of an explicit instantiation
// f[T] or pkg.f[T].
func markExplicit(set map[*ast.Ident]bool, x ast.Expr) {
	switch x := x.(type) {
	case *ast.Ident:
		set[x] = true
	case *ast.SelectorExpr:
		set[x.Sel] = true
	}
}

// inferred spells out the type arguments the type checker inferred for a
// call of a generic function: the interpreter infers few of them.
func (r *rewriter) inferred(id *ast.Ident) {
	inst, ok := r.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return
	}
	fn, isFunc := r.info.Uses[id].(*types.Func)
	if !isFunc || fn.Pkg() == r.pkg {
		return // the cell package's generics are instantiated by the compiler
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeArgString(inst.TypeArgs.At(i))
	}
	r.ed.insert(r.off(id.End()), "["+strings.Join(args, ", ")+"]")
}

// instanceOf returns the concrete copy an identifier naming an instance
// of a generic declaration of the cell package refers to.
func (r *rewriter) instanceOf(id *ast.Ident) (string, bool) {
	if r.inst == nil {
		return "", false
	}
	inst, ok := r.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return "", false
	}
	obj := r.info.Uses[id]
	if obj == nil || obj.Pkg() != r.pkg {
		return "", false
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeArgString(inst.TypeArgs.At(i))
	}
	if tn, ok := obj.(*types.TypeName); ok {
		if tn.IsAlias() {
			// A generic alias (Go 1.24) stands for the type it spells.
			s := r.typeString(types.Unalias(inst.Type))
			if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "func") || strings.HasPrefix(s, "<-") {
				s = "(" + s + ")" // in a conversion
			}
			return s, true
		}
		if named, ok := tn.Type().(*types.Named); ok {
			obj = named.Origin().Obj()
		}
	}
	if fn, ok := obj.(*types.Func); ok {
		obj = fn.Origin()
	}
	name := r.inst(obj, args)
	if r.instArgs != nil {
		targs := make([]types.Type, inst.TypeArgs.Len())
		for i := range targs {
			targs[i] = r.concrete(inst.TypeArgs.At(i))
		}
		r.instArgs(name, targs)
	}
	return name, true
}

// simpleType reports a type written as a (qualified) name.
func simpleType(s string) bool {
	for _, c := range s {
		if !(c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 127) {
			return false
		}
	}
	return true
}

// mayConvert reports whether the type expression e may be a conversion's
// function (T(x)): not where the cell's tree shows it declares something
// (var seq iter.Seq[int] = …, where the interpreter fails on a
// parenthesized type).
func (r *rewriter) mayConvert(e ast.Expr) bool {
	r.makeParents()
	switch r.parents[e].(type) {
	case *ast.ValueSpec, *ast.Field:
		return false
	}
	return true
}
