package compile

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
)

// runtime.Caller(1) in a function asks where the function was called
// from, which the interpreter's frames do not tell. A session function
// that calls runtime.Caller with a skip other than 0 is "located": each
// call of it in the cells goes through a function that records the call's
// position for the runtime first:
//
//	where()  →  __gk_via_where("cell3.go", 7)()
//
// with func __gk_via_where(file string, line int) func() {
// __gk.SetSite(file, line); return __gk_lb_where } (the variable lateCall
// uses: the interpreter cannot return the function itself there).

// locatedFuncs returns the names of the cell's functions that call
// runtime.Caller with a skip that is not the constant 0.
func (t *translation) locatedFuncs(decls []*cellDecl) map[string]bool {
	out := map[string]bool{}
	for _, d := range decls {
		fd, ok := d.node.(*ast.FuncDecl)
		if !ok || d.kind != KindFunc || fd.Body == nil || isGeneric(fd) {
			continue
		}
		found := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found || len(call.Args) != 1 {
				return !found
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			fn, ok := t.ck.info.Uses[sel.Sel].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "runtime" || fn.Name() != "Caller" {
				return true
			}
			tv := t.ck.info.Types[call.Args[0]]
			if tv.Value == nil || constant.Sign(tv.Value) != 0 {
				found = true
			}
			return !found
		})
		out[d.key] = found
	}
	return out
}

// viaName names the recording function of a located function.
func viaName(fn string) string { return "__gk_via_" + fn }

// viaDecl declares the recording function of the located function fn.
func (t *translation) viaDecl(fn string) string {
	f, ok := t.ck.pkg.Scope().Lookup(fn).(*types.Func)
	if !ok {
		return ""
	}
	sig, ok := f.Type().(*types.Signature)
	if !ok {
		return ""
	}
	v, _ := t.lateVarFor(fn, sig)
	return "func " + viaName(fn) + "(__gk_file string, __gk_line int) " + t.typeStr(unnamedSig(sig)) +
		" { " + rtName + ".SetSite(__gk_file, __gk_line); return " + v + " }"
}

// located reports whether the session function name is located.
func (t *translation) located(name string) bool {
	if v, ok := t.locatedHere[name]; ok {
		return v
	}
	return t.c.located[name]
}

// viaCall writes a call of a located function through its recording
// function.
func (r *rewriter) viaCall(call *ast.CallExpr) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || r.located == nil || r.off(id.Pos()) < 0 {
		return
	}
	fn, ok := r.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != r.pkg || fn.Parent() != r.pkg.Scope() || !r.located(fn.Name()) {
		return
	}
	p := r.c.fset.Position(call.Pos())
	r.ed.replace(r.off(id.Pos()), r.off(id.End()),
		viaName(fn.Name())+"("+strconv.Quote(r.cell.Name+".go")+", "+strconv.Itoa(p.Line)+")")
}
