package compile

import (
	"go/ast"
	"go/types"
)

// The standard library's generic functions compare elements with == in
// the interpreter, which compares its own representation of interface
// values: two equal values of a cell's interface type were not equal
// there (slices.Compact, maps.Equal on []Shape{Sq{1}}; see also
// sliceSearch). A call comparing interface values (or structs and arrays
// holding some) calls the Func variant instead, with the runtime's Equal:
//
//	slices.Compact(xs)  →  __gk_slices_CompactFunc[[]Shape, Shape](xs, func(a, b Shape) bool { return __gk.Equal(a, b) })

// eqVariant is the Func variant of a comparing generic function.
type eqVariant struct {
	name string
	// elem is the index of the compared type argument.
	elem int
	// typeArgs returns the variant's type arguments from the function's.
	typeArgs func(args []string) []string
}

var eqVariants = map[string]map[string]eqVariant{
	"slices": {
		"Compact": {name: "CompactFunc", elem: 1, typeArgs: func(a []string) []string { return a }},
	},
	"maps": {
		"Equal": {name: "EqualFunc", elem: 3, typeArgs: func(a []string) []string { return []string{a[0], a[1], a[2], a[3], a[3]} }},
	},
}

// stdEqualCall rewrites the call of fn (the function expression e, of type
// arguments targs and args spelled out) into its Func variant when it
// compares interface values; it reports whether it did.
func (r *rewriter) stdEqualCall(e ast.Expr, fn *types.Func, targs *types.TypeList, args []string) bool {
	v, ok := eqVariants[fn.Pkg().Path()][fn.Name()]
	if !ok || v.elem >= targs.Len() {
		return false
	}
	elem := targs.At(v.elem)
	if !r.cellIface(elem) && !emptyIface(elem) && !ifaceParts(elem) {
		return false
	}
	call := r.callOf(e)
	if call == nil || len(call.Args) == 0 || call.Ellipsis.IsValid() || r.off(call.Args[len(call.Args)-1].End()) < 0 {
		return false
	}
	name, ok := r.c.useStd(fn.Pkg().Path(), v.name)
	if !ok {
		return false
	}
	ref := name + "["
	for i, a := range v.typeArgs(args) {
		if i > 0 {
			ref += ", "
		}
		ref += a
	}
	r.ed.replace(r.off(e.Pos()), r.off(e.End()), ref+"]")
	last := call.Args[len(call.Args)-1]
	r.ed.insertLast(r.off(last.End()), ", func(__gk_a, __gk_b "+args[v.elem]+") bool { return "+rtName+".Equal(__gk_a, __gk_b) }")
	return true
}

// callOf returns the call whose function is e (through parentheses), or
// nil.
func (r *rewriter) callOf(e ast.Expr) *ast.CallExpr {
	r.makeParents()
	var n ast.Node = e
	for {
		switch p := r.parents[n].(type) {
		case *ast.ParenExpr:
			n = p
		case *ast.CallExpr:
			if p.Fun == n {
				return p
			}
			return nil
		default:
			return nil
		}
	}
}
