package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/engine/cell"
)

// rewriter collects the edits that turn one cell's source into what the
// interpreter runs: names of redefined types and aliased packages,
// goroutines that report their panics, Go 1.22 loop variables, range over
// integers, and the builtins the interpreter lacks.
type rewriter struct {
	c    *Compiler
	cell *cell.Cell
	info *types.Info
	pkg  *types.Package
	// name returns the interpreter's name for a package-level object of
	// the cell's package or an imported package name, or "".
	name func(obj types.Object) string
	// gen returns the interpreter name of a type of the cell package.
	gen func(name string) string
	// qual names imported packages as the interpreter knows them.
	qual types.Qualifier
	ed   edits
	done map[ast.Node]bool
	// markers lists the marker variables this rewriter created.
	markers []string
	// lits counts the function literals of each function, for their names.
	lits map[string]int
}

func (c *Compiler) newRewriter(cl *cell.Cell, ck *checked, name func(types.Object) string) *rewriter {
	return &rewriter{c: c, cell: cl, info: ck.info, pkg: ck.pkg, name: name, done: map[ast.Node]bool{},
		lits: map[string]int{}}
}

// off returns the offset of pos in the cell.
func (r *rewriter) off(pos token.Pos) int { return r.cell.Offset(pos) }

// text returns the source of [from, to) with the edits applied.
func (r *rewriter) text(from, to token.Pos) string {
	a, b := r.off(from), r.off(to)
	if a < 0 || b < a {
		return ""
	}
	return r.ed.apply(r.cell.Src, a, b)
}

// uniq returns a fresh name with the given stem.
func (r *rewriter) uniq(stem string) string {
	r.c.uniq++
	return fmt.Sprintf("__gk_%s%d", stem, r.c.uniq)
}

// walk collects the edits of every node under n (once per node).
func (r *rewriter) walk(n ast.Node) {
	if n == nil || r.done[n] {
		return
	}
	r.done[n] = true
	explicit := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			markExplicit(explicit, n.X)
		case *ast.IndexListExpr:
			markExplicit(explicit, n.X)
		case *ast.Ident:
			r.ident(n)
			if !explicit[n] {
				r.inferred(n)
			}
		case *ast.GoStmt:
			r.goStmt(n)
		case *ast.ForStmt:
			r.forStmt(n)
		case *ast.RangeStmt:
			r.rangeStmt(n)
		case *ast.CallExpr:
			r.builtin(n)
		}
		return true
	})
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
	if _, isFunc := r.info.Uses[id].(*types.Func); !isFunc {
		return
	}
	args := make([]string, inst.TypeArgs.Len())
	for i := range args {
		args[i] = r.typeString(inst.TypeArgs.At(i))
	}
	r.ed.insert(r.off(id.End()), "["+strings.Join(args, ", ")+"]")
}

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
	if n := r.name(obj); n != "" && n != id.Name {
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), n)
	}
}

// goStmt makes a goroutine report a panic instead of killing the kernel:
//
//	go f(a, b)  →  { f_, a0, a1 := f, a, b; go func() { defer __gk_recover(); f_(a0, a1) }() }
//
// which evaluates the function and its arguments where the go statement
// stands, as Go does.
func (r *rewriter) goStmt(g *ast.GoStmt) {
	call := g.Call
	if r.off(call.Lparen) < 0 || r.off(call.Rparen) < 0 {
		return
	}
	n := 0
	for _, a := range call.Args {
		if t, ok := r.info.Types[a].Type.(*types.Tuple); ok && len(call.Args) == 1 {
			n = t.Len()
		} else {
			n++
		}
	}
	args := make([]string, n)
	for i := range args {
		args[i] = r.uniq("ga")
	}
	list := strings.Join(args, ", ")
	if call.Ellipsis.IsValid() {
		list += "..."
		r.ed.replace(r.off(call.Ellipsis), r.off(call.Ellipsis)+3, "")
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, builtin := r.info.Uses[id].(*types.Builtin); builtin {
			if n == 0 {
				return
			}
			r.ed.replace(r.off(g.Go), r.off(call.Lparen)+1, "{ "+strings.Join(args, ", ")+" := ")
			r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1,
				"; go func() { defer __gk_recover(); "+id.Name+"("+list+") }() }")
			return
		}
	}
	fn := r.uniq("gf")
	r.ed.replace(r.off(g.Go), r.off(call.Fun.Pos()), "{ "+fn+" := ")
	if n == 0 {
		r.ed.replace(r.off(call.Lparen), r.off(call.Rparen)+1,
			"; go func() { defer __gk_recover(); "+fn+"() }() }")
		return
	}
	r.ed.replace(r.off(call.Lparen), r.off(call.Lparen)+1, "; "+strings.Join(args, ", ")+" := ")
	r.ed.replace(r.off(call.Rparen), r.off(call.Rparen)+1,
		"; go func() { defer __gk_recover(); "+fn+"("+list+") }() }")
}

// forStmt gives each iteration its own copy of the loop variables (Go
// 1.22) when a closure captures them or their address is taken.
func (r *rewriter) forStmt(f *ast.ForStmt) {
	init, ok := f.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return
	}
	r.perIteration(f.Body, init.Lhs)
}

// perIteration inserts "v := v" at the start of body for each loop
// variable among vars that the body captures and does not assign.
func (r *rewriter) perIteration(body *ast.BlockStmt, vars []ast.Expr) {
	var copies []string
	for _, e := range vars {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := r.info.Defs[id]
		if obj == nil || !captured(r.info, body, obj) || assigned(r.info, body, obj) {
			continue
		}
		copies = append(copies, id.Name)
	}
	if len(copies) == 0 || r.off(body.Lbrace) < 0 {
		return
	}
	r.ed.insert(r.off(body.Lbrace)+1, " "+strings.Join(copies, ", ")+" := "+strings.Join(copies, ", ")+";")
}

// captured reports whether obj is used inside a function literal in n or
// has its address taken there.
func captured(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			if uses(info, n, obj) {
				found = true
			}
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == obj {
					found = true
				}
			}
		case *ast.CallExpr:
			// A method with a pointer receiver called on the variable
			// takes its address too.
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == obj {
					if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
						if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
							if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
								found = true
							}
						}
					}
				}
			}
		}
		return true
	})
	return found
}

func uses(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// assigned reports whether n assigns to obj (directly, not through a
// pointer).
func assigned(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if is(l) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				found = true
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// rangeStmt rewrites range over an integer (Go 1.22) into a three-clause
// loop, and gives range loop variables per-iteration copies.
func (r *rewriter) rangeStmt(s *ast.RangeStmt) {
	if _, isFunc := r.typeOf(s.X).(*types.Signature); isFunc {
		return // see rangefunc.go
	}
	if s.Tok == token.DEFINE {
		r.perIteration(s.Body, []ast.Expr{s.Key, s.Value})
	}
	tv, ok := r.info.Types[s.X]
	if !ok || tv.Type == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return
	}
	typ := "int"
	if b.Info()&types.IsUntyped == 0 {
		typ = r.typeString(tv.Type)
	}
	xStart, xEnd := r.off(s.X.Pos()), r.off(s.X.End())
	if xStart < 0 || xEnd < 0 {
		return
	}
	rangePos := r.off(s.Range)
	n := r.uniq("rn")
	switch {
	case s.Key == nil:
		i := r.uniq("ri")
		r.ed.replace(rangePos, xStart, i+", "+n+" := "+typ+"(0), ")
		r.ed.insert(xEnd, "; "+i+" < "+n+"; "+i+"++")
	case s.Tok == token.DEFINE:
		k := r.text(s.Key.Pos(), s.Key.End())
		r.ed.replace(r.off(s.Key.End()), xStart, ", "+n+" := "+typ+"(0), ")
		r.ed.insert(xEnd, "; "+k+" < "+n+"; "+k+"++")
	default: // for i = range n
		k := r.text(s.Key.Pos(), s.Key.End())
		r.ed.replace(r.off(s.Key.End()), xStart, " = "+typ+"(0); "+k+" < (")
		r.ed.insert(xEnd, "); "+k+"++")
	}
}

// builtin rewrites calls of the Go 1.21 builtins min, max and clear.
func (r *rewriter) builtin(call *ast.CallExpr) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	if !ok {
		return
	}
	switch b.Name() {
	case "min", "max":
		tv := r.info.Types[call]
		if tv.Value != nil {
			// A constant: the value itself.
			r.ed.replace(r.off(call.Pos()), r.off(call.End()), "("+constLiteral(tv)+")")
			return
		}
		typ := r.typeString(tv.Type)
		cmp := "<"
		if b.Name() == "max" {
			cmp = ">"
		}
		nan := ""
		if isFloat(tv.Type) {
			// Go's min and max return NaN when any argument is NaN.
			nan = "if x != x { return x }; "
		}
		r.ed.replace(r.off(id.Pos()), r.off(id.End()),
			"func(x "+typ+", ys ..."+typ+") "+typ+" { "+nan+"for _, y := range ys { if y != y { return y }; if y "+cmp+" x { x = y } }; return x }")
	case "clear":
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), "__gk.Clear")
	}
}

func isFloat(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0
}

// typeString writes t as the interpreter names it.
func (r *rewriter) typeString(t types.Type) string {
	return typeString(t, r.qual, r.gen)
}
