package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// A function literal a cell assigns to a session variable at its top
// level (norm := func(r Rec) Rec { … }) is compiled once, with the types,
// constants and signatures of its time: a later cell redefining one of
// them would leave it working on old versions (a Rec that gained a field
// loses it on the way through). Such a literal is kept, and evaluated
// again, as a cell of its own placed at its line, after a cell changes
// what it refers to — as long as nothing else assigns the variable (a
// decorator's fib = memo(fib)), and the literal captures no local
// variable (evaluating it again changes nothing else).

// Closure is a function literal kept to be evaluated again.
type Closure struct {
	// Var is the session variable the literal is assigned to.
	Var string
	// Cell and Line are where it was written; Text is its source.
	Cell string
	Line int
	Text string
	// Refs are the package-level names the literal refers to, and the
	// named types their types mention.
	Refs map[string]bool
}

// Reeval is source to run as a cell named Cell: the assignments of kept
// function literals to Vars, each at the line it was written on (see
// Closure). Each holds them one by one, for when one of them no longer
// compiles.
type Reeval struct {
	Cell string
	Vars []string
	Src  string
	Each []Reeval
}

// reevals groups kept literals by cell, in one source each.
func reevals(cls []*Closure) []Reeval {
	byCell := map[string][]*Closure{}
	var cells []string
	for _, cl := range cls {
		if byCell[cl.Cell] == nil {
			cells = append(cells, cl.Cell)
		}
		byCell[cl.Cell] = append(byCell[cl.Cell], cl)
	}
	var out []Reeval
	for _, cell := range cells {
		group := byCell[cell]
		sort.Slice(group, func(i, j int) bool { return group[i].Line < group[j].Line })
		re := reevalOf(cell, group)
		if len(group) > 1 {
			for _, cl := range group {
				re.Each = append(re.Each, reevalOf(cell, []*Closure{cl}))
			}
		}
		out = append(out, re)
	}
	return out
}

// reevalOf writes the assignments of kept literals of one cell, sorted
// by line, at their lines.
func reevalOf(cell string, cls []*Closure) Reeval {
	re := Reeval{Cell: cell}
	var b strings.Builder
	line := 1
	for _, cl := range cls {
		for ; line < cl.Line; line++ {
			b.WriteString("\n")
		}
		if len(re.Vars) > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteString("; ") // (two literals of one statement)
		}
		b.WriteString(cl.Var + " = " + cl.Text)
		line += strings.Count(cl.Text, "\n")
		re.Vars = append(re.Vars, cl.Var)
	}
	re.Src = b.String()
	return re
}

// closureChanges returns the kept literals the cell makes stale (those
// referring to what it changes); forget drops those of the variables the
// cell assigns (at commit), keep records the cell's own literals (once
// its statements ran: a literal after a panic was never assigned).
func (t *translation) closureChanges() (stale []Reeval, forget, keep func()) {
	sess := t.c.sess
	assigned := t.assignedNames()
	changed := t.reboundImports() // (literals naming them no longer compile)
	for k := range t.changed {
		changed[k] = true
	}
	for k := range t.bump {
		changed[k] = true
	}
	var cls []*Closure
	for _, name := range sortedKeys(sess.Closures) {
		cl := sess.Closures[name]
		if assigned[name] > 0 {
			continue
		}
		for r := range cl.Refs {
			if changed[r] {
				cls = append(cls, cl)
				break
			}
		}
	}
	kept := t.keptLiterals(assigned)
	forget = func() {
		for name := range assigned {
			delete(sess.Closures, name)
		}
	}
	keep = func() {
		for _, cl := range kept {
			sess.Closures[cl.Var] = cl
		}
	}
	return reevals(cls), forget, keep
}

// keptLiterals returns the function literals of the cell's top-level
// statements to keep (see Closure); assigned counts the cell's
// assignments of each name.
func (t *translation) keptLiterals(assigned map[string]int) []*Closure {
	var out []*Closure
	for _, it := range t.u.stmts {
		for name, lit := range literalAssigns(it.node) {
			if cl := t.keptLiteral(name, lit, assigned); cl != nil {
				out = append(out, cl)
			}
		}
	}
	return out
}

// keptLiteral returns the Closure of the literal lit assigned to name, if
// it is to be kept.
func (t *translation) keptLiteral(name string, lit *ast.FuncLit, assigned map[string]int) *Closure {
	if assigned[name] != 1 || t.assignedBySession(name) {
		return nil
	}
	if _, isVar := t.ck.pkg.Scope().Lookup(name).(*types.Var); !isVar {
		return nil
	}
	refs, ok := t.literalRefs(lit)
	if !ok {
		return nil
	}
	if v := t.ck.pkg.Scope().Lookup(name); foreignInstance(v.Type(), t.ck.pkg) {
		// (The session declares the variable with such a type spelled
		// by its underlying type: func(int) iter.Seq[int] would not be
		// assignable to it.)
		return nil
	}
	pos := t.c.fset.Position(lit.Pos())
	from, to := t.u.cell.Offset(lit.Pos()), t.u.cell.Offset(lit.End())
	if from < 0 || to < from || to > len(t.u.cell.Src) || pos.Line < 1 {
		return nil
	}
	return &Closure{Var: name, Cell: t.u.cell.Name, Line: pos.Line, Text: t.u.cell.Src[from:to], Refs: refs}
}

// foreignInstance reports whether t mentions an instance of another
// package's generic type (iter.Seq[int]).
func foreignInstance(t types.Type, pkg *types.Package) bool {
	found := false
	walkTypes(t, func(n *types.Named) {
		if n.TypeArgs().Len() > 0 && n.Obj().Pkg() != pkg {
			found = true
		}
	})
	return found
}

// literalAssigns returns the variables a statement assigns function
// literals to, with the literals (f := func…, f, g = func…, func…, var f
// = func…).
func literalAssigns(n ast.Node) map[string]*ast.FuncLit {
	var lhs []*ast.Ident
	var rhs []ast.Expr
	switch s := n.(type) {
	case *ast.AssignStmt:
		if len(s.Lhs) != len(s.Rhs) || s.Tok != token.DEFINE && s.Tok != token.ASSIGN {
			return nil
		}
		for _, e := range s.Lhs {
			id, _ := e.(*ast.Ident)
			lhs = append(lhs, id)
		}
		rhs = s.Rhs
	case *ast.GenDecl:
		if s.Tok != token.VAR {
			return nil
		}
		for _, sp := range s.Specs {
			vs := sp.(*ast.ValueSpec)
			if len(vs.Names) != len(vs.Values) {
				continue
			}
			lhs = append(lhs, vs.Names...)
			rhs = append(rhs, vs.Values...)
		}
	}
	out := map[string]*ast.FuncLit{}
	for i, id := range lhs {
		if lit, ok := ast.Unparen(rhs[i]).(*ast.FuncLit); ok && id != nil && id.Name != "_" {
			out[id.Name] = lit
		}
	}
	return out
}

// literalRefs returns the package-level names a function literal refers
// to, with the named types of the cell package their types mention; ok
// is false when it captures a variable that is not package-level.
func (t *translation) literalRefs(lit *ast.FuncLit) (map[string]bool, bool) {
	refs := map[string]bool{}
	scope := t.ck.pkg.Scope()
	ok := true
	ast.Inspect(lit, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || !ok {
			return ok
		}
		obj := t.ck.info.Uses[id]
		if _, isPkg := obj.(*types.PkgName); !isPkg && (obj == nil || obj.Parent() == nil || obj.Parent() == types.Universe || obj.Pkg() != t.ck.pkg) {
			return true // a field, a method, a builtin, another package's
		}
		if _, isPkg := obj.(*types.PkgName); isPkg {
			refs[obj.Name()] = true // (an import a later cell binds anew)
			return true
		}
		if obj.Parent() != scope {
			if obj.Pos() < lit.Pos() || obj.Pos() >= lit.End() {
				ok = false // a captured local
			}
			return true
		}
		refs[obj.Name()] = true
		for _, k := range typeDeps(obj.Type(), t.ck.pkg) {
			refs[k] = true
		}
		return true
	})
	if tv, has := t.ck.info.Types[lit]; has {
		for _, k := range typeDeps(tv.Type, t.ck.pkg) {
			refs[k] = true
		}
	}
	return refs, ok
}

// assignedBySession reports whether a declaration of the session assigns
// the variable name, or takes its address.
func (t *translation) assignedBySession(name string) bool {
	v := t.ck.pkg.Scope().Lookup(name)
	for _, d := range t.c.sess.Decls {
		if d.Node != nil && d.Kind != KindVar && t.assigns(d.Node, v) {
			return true
		}
	}
	return false
}

// assignedNames counts, by name, the assignments of session variables in
// the cell (in its statements and declarations, at any depth; a local
// variable of the same name is another), its declarations of each name,
// and the addresses it takes of variables.
func (t *translation) assignedNames() map[string]int {
	out := map[string]int{}
	scope := t.ck.pkg.Scope()
	count := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			for _, id := range assignedIdents(n) {
				obj := t.ck.info.Uses[id]
				if obj == nil {
					obj = t.ck.info.Defs[id]
				}
				if obj == nil || obj.Parent() == scope {
					out[id.Name]++
				}
			}
			return true
		})
	}
	for _, d := range t.u.decls {
		count(d)
		for _, k := range keysOf(d) {
			out[k]++
		}
	}
	for _, it := range t.u.stmts {
		count(it.node)
	}
	return out
}

// assigns reports whether code under n assigns the package-level
// variable v (or takes its address).
func (t *translation) assigns(n ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		for _, id := range assignedIdents(n) {
			if obj := t.ck.info.Uses[id]; obj == v || obj == nil && id.Name == v.Name() {
				found = true
			}
		}
		return !found
	})
	return found
}

// assignedIdents returns the identifiers node n assigns, declares as
// variables, or takes the address of.
func assignedIdents(n ast.Node) []*ast.Ident {
	var out []*ast.Ident
	for _, e := range assignedExprs(n) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			out = append(out, id)
		}
	}
	if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) > 0 { // (var f func() alone assigns nothing)
		out = append(out, vs.Names...)
	}
	return out
}

// assignedExprs returns the operands node n assigns (a statement's left
// side, x of x++ and of a range with =) or takes the address of.
func assignedExprs(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{n.X}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			return []ast.Expr{n.X}
		}
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			var out []ast.Expr
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return nil
}
