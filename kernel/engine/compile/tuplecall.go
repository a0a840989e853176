package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// tupleCall passes the results of a call of several results to a
// function of the cell through variables when one of them, or the
// parameter it goes to, is of an interface type a cell declared: the
// interpreter spreads such a tuple wrongly ("reflect.Set: value of type
// interp.valueInterface is not assignable to type error"). The function
// is taken first, as Go evaluates it before the arguments.
//
//	use(two())  →  func() string { __gk_f := use; __gk_t0, __gk_t1 := two(); return __gk_f(__gk_t0, __gk_t1) }()
//
// fmt's and log's functions are boxTuple's and logCall's; calls in go and
// defer statements, whose arguments are evaluated at once, keep theirs.
func (r *rewriter) tupleCall(call *ast.CallExpr) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() || !r.plainCallee(call.Fun) {
		return
	}
	tup, _ := r.info.Types[call.Args[0]].Type.(*types.Tuple)
	sig, ok := r.info.TypeOf(call.Fun).(*types.Signature)
	if tup == nil || !ok || !r.tupleNeedsVars(tup, sig) {
		return
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if hasTypeParam(t) {
			return
		}
		results = append(results, r.typeString(t))
	}
	start, fun, arg, end := r.off(call.Pos()), r.off(call.Fun.End()), r.off(call.Args[0].Pos()), r.off(call.Args[0].End())
	if start < 0 || fun < 0 || arg < 0 || end < 0 {
		return
	}
	vars := make([]string, tup.Len())
	for i := range vars {
		vars[i] = "__gk_t" + itoa(i)
	}
	head, ret := "func() ", "return "
	switch len(results) {
	case 0:
		ret = ""
	case 1:
		head += results[0] + " "
	default:
		head += "(" + strings.Join(results, ", ") + ") "
	}
	list := strings.Join(vars, ", ")
	r.ed.insert(start, head+"{ __gk_f := ")
	r.ed.replace(fun, arg, "; "+list+" := ")
	// The newlines of the arguments' end go inside the literal, where
	// they end its last statement, not the call.
	nl := strings.Repeat("\n", strings.Count(r.cell.Src[end:r.off(call.End())], "\n"))
	r.ed.replace(end, r.off(call.End()), "; "+ret+"__gk_f("+list+")"+nl+" }()")
}

// tupleNeedsVars reports a tuple with an element, or a parameter of sig
// it goes to, of a non-empty interface type a cell declared.
func (r *rewriter) tupleNeedsVars(tup *types.Tuple, sig *types.Signature) bool {
	params := sig.Params()
	for i := 0; i < tup.Len(); i++ {
		if hasTypeParam(tup.At(i).Type()) {
			return false
		}
		if cellNonEmptyIface(tup.At(i).Type(), r.pkg) {
			return true
		}
		if i < params.Len() && !(sig.Variadic() && i == params.Len()-1) && cellNonEmptyIface(params.At(i).Type(), r.pkg) {
			return true
		}
	}
	return false
}

// plainCallee reports a callee of the cell that may be taken as a value:
// a function's name (possibly instantiated), a function variable, or a
// method named directly on a variable.
func (r *rewriter) plainCallee(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		switch o := r.info.Uses[f].(type) {
		case *types.Func:
			return o.Pkg() == r.pkg
		case *types.Var:
			return o.Pkg() == r.pkg
		}
	case *ast.IndexExpr:
		return r.plainCallee(f.X)
	case *ast.IndexListExpr:
		return r.plainCallee(f.X)
	case *ast.SelectorExpr:
		if _, ok := f.X.(*ast.Ident); !ok {
			return false
		}
		s := r.info.Selections[f]
		return s != nil && s.Kind() == types.MethodVal && len(s.Index()) == 1 && s.Obj().Pkg() == r.pkg
	}
	return false
}
