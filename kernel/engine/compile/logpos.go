package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Package log and runtime.Caller find the caller's file and line in the
// Go stack, which holds the interpreter's frames, not the cell's. The
// compiler knows where each call is written: it passes the position.

// logMethods are the printing functions of package log and *log.Logger.
var logMethods = map[string]bool{
	"Print": true, "Printf": true, "Println": true,
	"Fatal": true, "Fatalf": true, "Fatalln": true,
	"Panic": true, "Panicf": true, "Panicln": true,
}

// logCall rewrites a call of log's printing functions so that the runtime
// prints the cell's position for the Lshortfile and Llongfile flags:
//
//	log.Println(x)  →  __gk.LogCall("cell3.go:5", __gk.LogStd(), "Println", "", x)
//	l.Printf(f, x)  →  __gk.LogCall("cell3.go:5", l, "Printf", f, x)
func (r *rewriter) logCall(call *ast.CallExpr) bool {
	sel, fn := r.logFunc(call)
	if fn == nil || r.logStmts[call] {
		return fn != nil
	}
	sig := fn.Type().(*types.Signature)
	pos := strconv.Quote(r.position(call))
	name := strconv.Quote(fn.Name())
	if s := r.info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
		// (*log.Logger).Printf(l, f, x): the first argument is the
		// receiver.
		if len(call.Args) == 0 || r.off(call.Args[0].End()) < 0 {
			return true
		}
		r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1, rtName+".LogCall("+pos+", ")
		if isFormat(fn.Name()) {
			r.ed.insert(r.off(call.Args[0].End()), ", "+name)
		} else {
			r.ed.insert(r.off(call.Args[0].End()), ", "+name+`, ""`)
		}
		return true
	}
	format := `"", `
	if isFormat(fn.Name()) {
		format = ""
	}
	if params, args, _ := r.tupleParams(call); params != "" && !isFormat(fn.Name()) {
		// log.Println(f()) of several results: through a function
		// literal taking them.
		recv := rtName + ".LogStd()"
		if sig.Recv() != nil {
			recv = r.logRecvAddr(sel) + r.renamedSrc(sel.X) + r.embeddedPath(sel)
		}
		r.ed.replace(r.off(call.Pos()), r.off(call.Args[0].Pos()), "func("+params+") { "+rtName+".LogCall("+pos+", "+
			recv+", "+name+", "+format+args+") }(")
		return true
	}
	if sig.Recv() == nil {
		r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1, rtName+".LogCall("+pos+", "+rtName+".LogStd(), "+name+", "+format)
		return true
	}
	r.ed.replace(r.off(call.Fun.Pos()), r.off(sel.X.Pos()), rtName+".LogCall("+pos+", "+r.logRecvAddr(sel))
	r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, r.embeddedPath(sel)+", "+name+", "+format)
	return true
}

// logRecvAddr is "&" when the logger a log method is called on is a
// log.Logger value (LogCall takes a pointer, as Go takes its address for
// the call), or "".
func (r *rewriter) logRecvAddr(sel *ast.SelectorExpr) string {
	t := r.info.TypeOf(sel.X)
	if s := r.info.Selections[sel]; s != nil && len(s.Index()) > 1 {
		_, t, _ = r.embeddedField(sel)
	}
	if t == nil || isPointer(t) {
		return ""
	}
	return "&"
}

// logStmt rewrites a go or defer statement (kw at kwPos) calling one of
// log's printing functions: the receiver and the arguments are taken where
// the statement stands, and the call is made through LogCall:
//
//	defer l.Println(x)  →  { __gk_d1 := (func(__gk_r *log.Logger) func(...any) func() { return func(__gk_v ...any) func() {
//		return func() { __gk.LogCall("cell3.go:5", __gk_r, "Println", "", __gk_v...) } } })(l)(x); defer __gk_d1() }
//
// It reports false, changing nothing, when it cannot write the call.
func (r *rewriter) logStmt(kwPos token.Pos, call *ast.CallExpr, defer_ bool) bool {
	sel, fn := r.logFunc(call)
	if fn == nil || r.off(kwPos) < 0 || r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		return false
	}
	mexpr := false
	if s := r.info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
		// (*log.Logger).Println(l, x): the receiver is the first argument.
		if len(call.Args) == 0 || r.off(call.Args[0].Pos()) < 0 || r.off(call.Args[0].End()) < 0 {
			return false
		}
		mexpr = true
	}
	recvParam, recvArg := "", rtName+".LogStd()"
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if s := r.info.Selections[sel]; s != nil && len(s.Index()) > 1 {
			if _, _, ok := r.embeddedField(sel); !ok {
				return false
			}
		}
		recvParam, recvArg = "__gk_r "+r.typeString(recv.Type()), "__gk_r"
	}
	params, format := "__gk_v ...any", `""`
	if isFormat(fn.Name()) {
		params, format = "__gk_f string, __gk_v ...any", "__gk_f"
	}
	pos := r.position(call)
	if lit, fd := r.enclosingFunc(call); defer_ && (lit != nil || fd != nil) {
		// Go's deferred call is made from where its function returns:
		// Lshortfile names the closing brace.
		end := ast.Node(lit)
		if lit == nil {
			end = fd
		}
		pos = r.cell.Name + ".go:" + strconv.Itoa(r.c.fset.Position(end.End()-1).Line)
	}
	name := r.uniq("d")
	inner := "func(" + params + ") func() { return func() { " + rtName + ".LogCall(" + strconv.Quote(pos) +
		", " + recvArg + ", " + strconv.Quote(fn.Name()) + ", " + format + ", __gk_v...) } }"
	head := "(" + inner + ")("
	if recvParam != "" {
		head = "(func(" + recvParam + ") func(" + params + ") func() { return " + inner + " })("
	}
	tail := ")"
	if defer_ {
		head = "{ " + name + " := " + head
		tail = "); defer " + name + "() }"
	} else {
		head = rtName + ".Go(" + head
		tail = "))"
	}
	for i, a := range call.Args {
		if !mexpr || i > 0 {
			r.copyArg(a, r.info.TypeOf(a))
		}
	}
	switch {
	case mexpr:
		r.ed.replace(r.off(kwPos), r.off(call.Args[0].Pos()), head)
		if len(call.Args) > 1 {
			r.ed.replace(r.off(call.Args[0].End()), r.off(call.Args[1].Pos()), ")(")
		} else {
			r.ed.replace(r.off(call.Args[0].End()), r.off(call.Rparen), ")(")
		}
	case recvParam != "":
		r.ed.replace(r.off(kwPos), r.off(sel.X.Pos()), head+r.logRecvAddr(sel))
		r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, r.embeddedPath(sel)+")(")
	default:
		r.ed.replace(r.off(kwPos), r.off(call.Lparen)+1, head)
	}
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1, tail)
	r.logStmts[call] = true
	return true
}

// logFunc is the printing function of package log that call calls, and
// its selector; fn is nil for other calls.
func (r *rewriter) logFunc(call *ast.CallExpr) (sel *ast.SelectorExpr, fn *types.Func) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	fn, ok = r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log" || !logMethods[fn.Name()] {
		return nil, nil
	}
	return sel, fn
}

// embeddedPath is the selector path (".Logger") from sel.X to the
// embedded field whose method sel selects (promoted from a
// struct{ *log.Logger }); "" for a method of sel.X's own type.
func (r *rewriter) embeddedPath(sel *ast.SelectorExpr) string {
	path, _, _ := r.embeddedField(sel)
	return path
}

// embeddedField is embeddedPath with the type of that field; ok is false
// when it cannot be written.
func (r *rewriter) embeddedField(sel *ast.SelectorExpr) (path string, last types.Type, ok bool) {
	s := r.info.Selections[sel]
	if s == nil || len(s.Index()) < 2 {
		return "", nil, false
	}
	t := s.Recv()
	var b strings.Builder
	for _, i := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return "", nil, false
		}
		f := st.Field(i)
		name := f.Name()
		ft := f.Type()
		if p, ok := ft.(*types.Pointer); ok {
			ft = p.Elem()
		}
		if n, ok := ft.(*types.Named); ok && n.Obj().Pkg() == r.pkg {
			// The interpreter's name of the field: a version, an instance.
			if n.TypeArgs().Len() > 0 {
				g := r.typeString(r.concrete(n))
				if !token.IsIdentifier(g) {
					return "", nil, false
				}
				name = g
			} else if g := r.name(n.Obj()); g != "" {
				name = g
			}
		}
		b.WriteString("." + name)
		t = f.Type()
	}
	return b.String(), t, true
}

func isFormat(name string) bool {
	return name == "Printf" || name == "Fatalf" || name == "Panicf"
}

// callerCall rewrites runtime.Caller(skip) to the runtime's, which knows
// the position of the call: runtime.Caller(0) → __gk.Caller(0, "cell3.go", 5).
func (r *rewriter) callerCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "runtime" || fn.Name() != "Caller" {
		return false
	}
	p := r.c.fset.Position(call.Pos())
	r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1, rtName+".Caller(")
	r.ed.insert(r.off(call.Rparen), ", "+strconv.Quote(r.cell.Name+".go")+", "+strconv.Itoa(p.Line)+", "+strconv.Quote(r.funcNameOf(call)))
	return true
}

// funcForPCName rewrites runtime.FuncForPC(pc).Name() to the runtime's,
// which names the functions whose program counters its Caller gave:
// runtime.FuncForPC(pc).Name() → __gk.FuncName(pc).
func (r *rewriter) funcForPCName(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Name" || len(call.Args) != 0 {
		return
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(inner.Args) != 1 {
		return
	}
	isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := r.info.Uses[isel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "runtime" || fn.Name() != "FuncForPC" ||
		r.off(call.Pos()) < 0 || r.off(inner.Args[0].Pos()) < 0 || r.off(inner.Args[0].End()) < 0 || r.off(call.End()) < 0 {
		return
	}
	r.ed.replace(r.off(call.Pos()), r.off(inner.Args[0].Pos()), rtName+".FuncName(")
	r.ed.replace(r.off(inner.Args[0].End()), r.off(call.End()), ")")
}

// funcNameOf is the name runtime.FuncForPC gives the function n is in:
// main.f, main.(*T).M, main.T.M, main.f.func1 (a literal), main.f.func1.2.
func (r *rewriter) funcNameOf(n ast.Node) string {
	r.makeParents()
	var lits []*ast.FuncLit
	for p := r.parents[n]; p != nil; p = r.parents[p] {
		switch f := p.(type) {
		case *ast.FuncLit:
			lits = append(lits, f)
		case *ast.FuncDecl:
			name := "main." + f.Name.Name
			if f.Recv != nil && len(f.Recv.List) > 0 {
				t := f.Recv.List[0].Type
				star := false
				if st, ok := t.(*ast.StarExpr); ok {
					t, star = st.X, true
				}
				switch b := t.(type) {
				case *ast.IndexExpr:
					t = b.X
				case *ast.IndexListExpr:
					t = b.X
				}
				recv := types.ExprString(t)
				if star {
					recv = "(*" + recv + ")"
				}
				name = "main." + recv + "." + f.Name.Name
			}
			return r.litNames(name, f.Body, lits)
		}
	}
	return r.litNames("main.main", nil, lits)
}

// litNames appends to name the numbers of the function literals lits
// (innermost first) inside the function whose body is body: func1 for the
// outermost, then .1, .2 for those inside it, as Go numbers them.
func (r *rewriter) litNames(name string, body ast.Node, lits []*ast.FuncLit) string {
	for i := len(lits) - 1; i >= 0; i-- {
		outer := body
		if i < len(lits)-1 {
			outer = lits[i+1].Body
		}
		k := 0 // the literals of outer up to lits[i], in source order (not theirs)
		if outer != nil {
			ast.Inspect(outer, func(n ast.Node) bool {
				if l, ok := n.(*ast.FuncLit); ok {
					if l.Pos() <= lits[i].Pos() {
						k++
					}
					return false
				}
				return true
			})
		}
		if i == len(lits)-1 {
			name += ".func" + strconv.Itoa(k)
		} else {
			name += "." + strconv.Itoa(k)
		}
	}
	return name
}

// position is how log names the place of a call: "cell3.go:5".
func (r *rewriter) position(n ast.Node) string {
	return r.cell.Name + ".go:" + strconv.Itoa(r.c.fset.Position(n.Pos()).Line)
}
