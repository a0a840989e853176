package compile

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/engine/format"
)

// The arguments of fmt's and log's printing functions.

// boxArgs gives the arguments of a call of fmt's and log's printing
// functions the description of their static type, when it involves the
// cell's types (see desc.go).
func (r *rewriter) boxArgs(call *ast.CallExpr) {
	if r.desc == nil {
		return
	}
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" {
		return
	}
	if call.Ellipsis.IsValid() {
		return
	}
	if len(call.Args) == 1 && isTuple(r.info.Types[call.Args[0]].Type) {
		r.boxTuple(call)
		return
	}
	if strings.Contains(strings.ToLower(fn.Name()), "scan") {
		return // Sscan(s, &v) stores into its arguments
	}
	errorf := fn.Name() == "Errorf"
	stars := r.starArgs(call, fn)
	for i, a := range call.Args {
		pt := r.paramType(call, i)
		if pt == nil || stars[i] {
			continue
		}
		if iface, ok := pt.Underlying().(*types.Interface); !ok || iface.NumMethods() != 0 {
			continue
		}
		t := r.concrete(r.info.Types[a].Type)
		if t == nil || errorf && types.Implements(t, errorType) && !r.namedNonStruct(t) {
			continue // an error keeps its identity for %w (a named string has none)
		}
		if r.dynTag(a, t) {
			continue
		}
		_, call := ast.Unparen(a).(*ast.CallExpr)
		if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			call = true // (fmt.Println(<-ch) of a chan Shape too)
		}
		if call && cellNonEmptyIface(t, r.pkg) && r.off(a.Pos()) >= 0 {
			// A call's nil result of a cell interface passed on to
			// compiled code makes the interpreter fail (fmt.Println(st.Pop())):
			// it goes through a slice element.
			r.ed.insert(r.off(a.Pos()), "[]"+r.typeString(t)+"{")
			r.ed.insert(r.off(a.End()), "}[0]")
			continue
		}
		box := "__gk_box"
		if _, deref := ast.Unparen(a).(*ast.StarExpr); deref && !types.IsInterface(t) {
			box = "__gk_boxd" // (fmt.Println(*p) with p nil printed <nil>)
		}
		r.withDesc(a, t, box)
	}
}

// boxTuple is boxArgs for the one argument f() of several results: the
// results pass through a function literal that boxes them.
//
//	fmt.Println(two())  →  func(__gk_t0 HR, __gk_t1 int) (int, error) { return fmt.Println(__gk_box(__gk_t0, 3), __gk_t1) }(two())
//
// log's functions are logCall's, but for a tuple holding a cell's
// interface, which goes through variables here.
func (r *rewriter) boxTuple(call *ast.CallExpr) {
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log" || r.off(call.Fun.Pos()) < 0 {
		return
	}
	params, args, boxed := r.tupleParams(call)
	ifaces := r.tupleCellIfaces(call)
	if fn.Pkg().Path() == "log" {
		boxed = false // (logCall boxes log's arguments)
	}
	if params == "" || !boxed && !ifaces {
		return
	}
	sig, _ := r.info.TypeOf(call.Fun).(*types.Signature)
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		results = append(results, r.typeString(sig.Results().At(i).Type()))
	}
	if ifaces {
		// The results through variables: the interpreter spreads a tuple
		// holding a cell's interface wrongly into parameters too (a nil
		// Shape panicked).
		end := r.off(call.Args[0].End())
		if end < 0 || r.off(call.End()) < 0 {
			return
		}
		var vars []string
		for _, p := range strings.Split(params, ", ") {
			vars = append(vars, strings.SplitN(p, " ", 2)[0])
		}
		nl := strings.Repeat("\n", strings.Count(r.cell.Src[end:r.off(call.End())], "\n"))
		head, ret := "func() ("+strings.Join(results, ", ")+") { ", "return "
		if len(results) == 0 {
			head, ret = "func() { ", ""
		}
		r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), head+strings.Join(vars, ", ")+" := ")
		r.ed.replace(end, r.off(call.End()), "; "+ret+r.renamedSrc(call.Fun)+"("+args+")"+nl+" }()")
		return
	}
	head := "func(" + params + ") (" + strings.Join(results, ", ") + ") { return "
	fun := r.renamedSrc(call.Fun)
	r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), head+fun+"("+args+") }(")
}

// tupleParams returns, for a call of a variadic function of one ...any
// parameter whose argument is a call of several results, the parameters
// of a function literal taking those results and the arguments passing
// them on, boxed with their descriptions (boxed reports whether one is).
func (r *rewriter) tupleParams(call *ast.CallExpr) (params, args string, boxed bool) {
	if len(call.Args) != 1 || r.off(call.Args[0].Pos()) < 0 {
		return "", "", false
	}
	tup, _ := r.info.Types[call.Args[0]].Type.(*types.Tuple)
	sig, ok := r.info.TypeOf(call.Fun).(*types.Signature)
	if tup == nil || !ok || !sig.Variadic() || sig.Params().Len() != 1 {
		return "", "", false
	}
	var ps, as []string
	for i := 0; i < tup.Len(); i++ {
		t := r.concrete(tup.At(i).Type())
		if hasTypeParam(t) {
			return "", "", false
		}
		p := "__gk_t" + itoa(i)
		ps = append(ps, p+" "+r.typeString(t))
		if id := r.desc(t); id != 0 {
			p, boxed = "__gk_box("+p+", "+itoa(id)+")", true
		}
		as = append(as, p)
	}
	return strings.Join(ps, ", "), strings.Join(as, ", "), boxed
}

// tupleCellIfaces reports a call of one argument, a call of several
// results one of which is of an interface type of the cells.
func (r *rewriter) tupleCellIfaces(call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	tup, _ := r.info.Types[call.Args[0]].Type.(*types.Tuple)
	if tup == nil {
		return false
	}
	for i := 0; i < tup.Len(); i++ {
		if cellNonEmptyIface(tup.At(i).Type(), r.pkg) {
			return true
		}
	}
	return false
}

// starArgs returns the arguments of a Printf-like call with a constant
// format that its verbs' * widths and precisions take: fmt wants them
// as integers, not boxed (a named int, type ID int, is one to fmt).
func (r *rewriter) starArgs(call *ast.CallExpr, fn *types.Func) map[int]bool {
	out := map[int]bool{}
	for i, v := range r.argVerbs(call, fn) {
		if v == '*' {
			out[i] = true
		}
	}
	return out
}

// argVerbs gives the verbs of a printing call's constant format by
// argument index ('*' for a width or precision), or nil.
func (r *rewriter) argVerbs(call *ast.CallExpr, fn *types.Func) map[int]rune {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || sig.Params().Len() < 2 || len(call.Args) < sig.Params().Len() {
		return nil
	}
	fi := sig.Params().Len() - 2 // the format, before the ...any
	tv := r.info.Types[call.Args[fi]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	verbs, ok := format.ArgVerbsAt(constant.StringVal(tv.Value))
	if !ok {
		return nil
	}
	out := map[int]rune{}
	for i, v := range verbs {
		out[fi+1+i] = rune(v.Verb)
	}
	return out
}
