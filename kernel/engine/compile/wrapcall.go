package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// variadicValue reports whether call calls a variadic function value (a
// variable, a field, a method value), not a declared function.
func (r *rewriter) variadicValue(call *ast.CallExpr) bool {
	sig, ok := r.info.TypeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || r.calledFunc(call.Fun) != nil {
		return false
	}
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsBuiltin() {
		return false
	}
	return true
}

// madeMethodCall reports a call of an interface's method on a receiver
// made by an expression (see madeReceiver).
func (r *rewriter) madeMethodCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := r.info.Selections[sel]
	return s != nil && s.Kind() == types.MethodVal && types.IsInterface(s.Recv()) && madeReceiver(sel.X)
}

// madeReceiver reports a receiver made by an expression (v.(io.Closer),
// io.Closer(x)) rather than read from a variable: the interpreter fails
// on the deferred call of its method ("cannot use type any as type
// io.Closer").
func madeReceiver(x ast.Expr) bool {
	switch ast.Unparen(x).(type) {
	case *ast.TypeAssertExpr, *ast.CallExpr:
		return true
	}
	return false
}

// wrapCall rewrites "kw f(args)" (kw at kwPos) into a function literal
// taking the function and its arguments as parameters: head builds the
// text before the argument list from the call of the parameters ("%s"
// stands for the parameter list); tail follows the argument list.
func (r *rewriter) wrapCall(kwPos token.Pos, call *ast.CallExpr, head func(call string) string, tail ...string) {
	if r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		return
	}
	var params, names []string
	add := func(t types.Type) bool {
		if t == nil {
			return false
		}
		n := r.uniq("a")
		names = append(names, n)
		params = append(params, n+" "+r.typeString(t))
		return true
	}
	if len(call.Args) == 1 {
		if tup, ok := r.info.Types[call.Args[0]].Type.(*types.Tuple); ok {
			for i := 0; i < tup.Len(); i++ {
				add(tup.At(i).Type())
			}
		}
	}
	if len(names) == 0 {
		for i, a := range call.Args {
			t := r.info.Types[a].Type
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				// An untyped constant argument takes the parameter's type.
				t = r.paramType(call, i)
			}
			if pt := r.paramType(call, i); pt != nil && emptyIface(pt) && !call.Ellipsis.IsValid() {
				// Into an any (fmt.Println's): converted where the defer
				// stands, as other rewrites may have given it another
				// type (the tag of fmt's arguments), and copied first (the
				// interpreter's interface value shares a struct's storage).
				r.copyArg(a, t)
				t = pt
			} else if pt != nil && !call.Ellipsis.IsValid() && r.selfWrappable(t, pt) {
				// A struct into an interface of compiled code: converted
				// where the defer stands too (see selfWrap).
				if r.wrappedArgs == nil {
					r.wrappedArgs = map[ast.Expr]bool{}
				}
				r.wrappedArgs[a] = true
				t = pt
			}
			if !add(t) {
				return
			}
		}
	}
	args := strings.Join(names, ", ")
	if sig, ok := r.info.TypeOf(call.Fun).(*types.Signature); ok && r.variadicValue(call) && !call.Ellipsis.IsValid() && len(names) == len(call.Args) {
		// The variadic arguments go in as one variadic parameter, and on
		// to the function spread (see variadicValueCall).
		fixed := sig.Params().Len() - 1
		n := r.uniq("a")
		params = append(params[:fixed:fixed], n+" ..."+r.typeString(sig.Params().At(fixed).Type().(*types.Slice).Elem()))
		names = append(names[:fixed:fixed], n)
		args = strings.Join(names, ", ") + "..."
	}
	if call.Ellipsis.IsValid() {
		args += "..."
		r.ed.replace(r.off(call.Ellipsis), r.off(call.Ellipsis)+3, "")
	}
	var fn string
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
			fn = id.Name
		}
	}
	tl := strings.Join(tail, "")
	if fn != "" { // a builtin: only the arguments are passed
		if len(names) == 0 {
			return
		}
		if fn == "clear" {
			fn = rtName + ".Clear" // see builtins.go
		}
		h := head(fn + "(" + args + ")")
		r.ed.replace(r.off(kwPos), r.off(call.Lparen)+1, strings.Replace(h, "%s", strings.Join(params, ", "), 1)+"(")
		r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && r.compiledMethodCall(kwPos, call, sel, params, args, head, tl) {
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(names) > 0 {
		if s := r.info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			// (*T).M(t, x): the method is called on the first parameter
			// (the function literal the method expression becomes,
			// made in this function and called by its deferred call,
			// would deadlock the interpreter; see closureFrames).
			rest := strings.Join(names[1:], ", ")
			if call.Ellipsis.IsValid() {
				rest += "..."
			}
			h := head(names[0] + "." + sel.Sel.Name + "(" + rest + ")")
			r.ed.replace(r.off(kwPos), r.off(call.Lparen)+1, strings.Replace(h, "%s", strings.Join(params, ", "), 1)+"(")
			r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
			return
		}
	}
	ft := r.info.Types[call.Fun].Type
	if ft == nil {
		return
	}
	f := r.uniq("f")
	all := append([]string{f + " " + r.typeString(ft)}, params...)
	h := head(f + "(" + args + ")")
	if tup := r.tupleArg(call); tup != nil {
		// The function and a call's results: Go allows no other argument
		// next to the call, so the function is passed first.
		r.ed.replace(r.off(kwPos), r.off(call.Fun.Pos()), strings.Replace(h, "%s", strings.Join(all, ", "), 1)+"("+r.tuplePrepend(ft, tup)+"(")
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, ")(")
		r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, "))"+tl)
		return
	}
	r.ed.replace(r.off(kwPos), r.off(call.Fun.Pos()), strings.Replace(h, "%s", strings.Join(all, ", "), 1)+"(")
	if len(call.Args) == 0 {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, "")
	} else {
		r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, ", ")
	}
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
}

// compiledMethodCall is wrapCall for a method of a compiled type called
// on a value (b.WriteString(s), sem.Release(n)): the receiver is passed,
// and the method called on it (the interpreter's method value of a
// compiled method does not fit the function type it has: "cannot use
// type func(*strings.Builder, string) (int, error) as type func(string)
// (int, error)"). It reports whether it did.
func (r *rewriter) compiledMethodCall(kwPos token.Pos, call *ast.CallExpr, sel *ast.SelectorExpr, params []string, args string, head func(string) string, tl string) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 || s.Obj().Pkg() == nil {
		return false
	}
	if s.Obj().Pkg() == r.pkg && !(types.IsInterface(s.Recv()) && madeReceiver(sel.X)) {
		return false // (a cell interface's method on v.(I) or I(x): called on a parameter)
	}
	recv := s.Obj().Type().(*types.Signature).Recv().Type()
	xt := r.info.TypeOf(sel.X)
	if xt == nil || r.off(sel.X.Pos()) < 0 || r.off(sel.X.End()) < 0 {
		return false
	}
	base := recv
	if p, ok := recv.(*types.Pointer); ok {
		base = p.Elem()
	}
	if n, ok := types.Unalias(base).(*types.Named); ok && !n.Obj().Exported() {
		return false // a type the cell cannot name
	}
	amp := ""
	if isPointer(recv) && !isPointer(xt) && !types.IsInterface(xt) {
		amp = "&" // Go takes the address for the call
	}
	rv := r.uniq("r")
	all := append([]string{rv + " " + r.typeString(recv)}, params...)
	if types.IsInterface(recv) {
		all[0] = rv + " " + r.typeString(xt)
	}
	h := head(rv + "." + sel.Sel.Name + "(" + args + ")")
	sep := ""
	if len(call.Args) > 0 {
		sep = ", "
	}
	r.ed.replace(r.off(kwPos), r.off(sel.X.Pos()), strings.Replace(h, "%s", strings.Join(all, ", "), 1)+"("+amp)
	r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, sep)
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, ")"+tl)
	r.calledSels[sel] = true
	return true
}
