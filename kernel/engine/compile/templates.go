package compile

import (
	"go/ast"
	"go/types"
)

// text/template and html/template call methods and read fields by
// reflection, which sees no method of the cell's types: executing a
// template goes to the runtime, with a description of the data's static
// type that lists its methods (templateDescID).
//
//	t.Execute(w, data)               →  __gk.TemplateExecute(t, w, data, ID)
//	t.ExecuteTemplate(w, name, data) →  __gk.TemplateExecuteNamed(t, w, name, data, ID)
//	t.Funcs(m)                       →  t.Funcs((template.FuncMap)(__gk.ViewFuncMap(m)))
func (r *rewriter) templateCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() || r.tmplDesc == nil {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	if p := fn.Pkg().Path(); p != "text/template" && p != "html/template" {
		return false
	}
	var name string
	switch {
	case fn.Name() == "Funcs" && len(call.Args) == 1 && r.off(call.Args[0].Pos()) >= 0 && r.off(call.Args[0].End()) >= 0:
		// The functions get the values a template's view stands for.
		sig := fn.Type().(*types.Signature)
		if sig.Recv() == nil || sig.Params().Len() != 1 {
			return false
		}
		r.ed.insert(r.off(call.Args[0].Pos()), "("+r.typeString(sig.Params().At(0).Type())+")("+rtName+".ViewFuncMap(")
		r.ed.insert(r.off(call.Args[0].End()), "))")
		return false
	case fn.Name() == "Execute" && len(call.Args) == 2:
		name = "TemplateExecute"
	case fn.Name() == "ExecuteTemplate" && len(call.Args) == 3:
		name = "TemplateExecuteNamed"
	default:
		return false
	}
	if fn.Type().(*types.Signature).Recv() == nil || r.off(call.Rparen) < 0 {
		return false
	}
	data := call.Args[len(call.Args)-1]
	t := r.info.Types[data].Type
	if t == nil || !mentionsPkg(t, r.pkg, map[types.Type]bool{}) && !mentionsIface(t, map[types.Type]bool{}) {
		return false // compiled types: templates see them as they are
	}
	id := 0
	if !types.IsInterface(t) {
		id = r.tmplDesc(t)
	}
	if mentionsIface(t, map[types.Type]bool{}) {
		// Values of any of the session's types may turn up in the data
		// (data of type any, a map[string]any): the runtime finds their
		// descriptions by their struct tags.
		r.describeSession(true)
	}
	r.ed.replace(r.off(call.Fun.Pos()), r.off(sel.X.Pos()), rtName+"."+name+"(")
	r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, ", ")
	r.ed.insert(r.off(call.Rparen), ", "+itoa(id))
	return true
}

// mentionsIface reports whether values of t may hold interface values:
// t is an interface, or has interface elements, fields or keys.
func mentionsIface(t types.Type, seen map[types.Type]bool) bool {
	return ifaceWithin(t, nil, seen)
}

// ifaceWithin is mentionsIface looking into the named types of package
// within only, when it is not nil (a compiled type's fields are its own).
func ifaceWithin(t types.Type, within *types.Package, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return true
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && within != nil && n.Obj().Pkg() != within {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return ifaceWithin(u.Elem(), within, seen)
	case *types.Slice:
		return ifaceWithin(u.Elem(), within, seen)
	case *types.Array:
		return ifaceWithin(u.Elem(), within, seen)
	case *types.Map:
		return ifaceWithin(u.Key(), within, seen) || ifaceWithin(u.Elem(), within, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if ifaceWithin(u.Field(i).Type(), within, seen) {
				return true
			}
		}
	}
	return false
}
