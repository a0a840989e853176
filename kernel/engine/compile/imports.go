package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// cellImports returns the imports the cell is checked with: the
// session's, and the cell's own (an import line rebinds a name).
func (c *Compiler) cellImports(u *unit) (map[string]string, error) {
	out := map[string]string{}
	for n, p := range c.sess.Imports {
		out[n] = p
	}
	var errs ErrorList
	own := map[string]bool{} // the names the cell's imports bind so far
	for _, s := range u.imports {
		name, path := importName(s, c.opt.PackageName)
		if own[name] && name != "_" && name != "." {
			errs = append(errs, &CheckError{Pos: c.fset.Position(s.Pos()), Msg: name + " redeclared in this block"})
			continue
		}
		own[name] = true
		switch name {
		case "_":
			continue // a blank import has no effect on interpreted code
		case ".":
			errs = append(errs, &CheckError{Pos: c.fset.Position(s.Pos()),
				Msg: fmt.Sprintf("dot imports are not supported in cells; import %q and use its name", path)})
			continue
		case "":
			errs = append(errs, &CheckError{Pos: c.fset.Position(s.Pos()),
				Msg: fmt.Sprintf("could not import %s (no package with that path)", path)})
			continue
		}
		out[name] = path
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// autoImport adds to imports the packages the cell uses without importing
// them (as goimports would): an "undefined: name" error on the package part
// of a selector name.X, when a package of that name exists. It reports
// whether it added any.
func (c *Compiler) autoImport(u *unit, errs ErrorList, imports map[string]string) bool {
	bases := selectorBases(u)
	added := false
	for _, e := range errs {
		name, ok := strings.CutPrefix(e.Msg, "undefined: ")
		if !ok || !bases[posKey(e.Pos.Line, e.Pos.Column, name)] {
			continue
		}
		if _, have := imports[name]; have {
			continue
		}
		paths := c.opt.Lookup(name)
		if len(paths) == 0 {
			continue
		}
		imports[name] = paths[0]
		added = true
	}
	return added
}

func posKey(line, col int, name string) string { return fmt.Sprintf("%d:%d:%s", line, col, name) }

// selectorBases lists the positions of identifiers used as X in X.Sel.
func selectorBases(u *unit) map[string]bool {
	out := map[string]bool{}
	visit := func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := s.X.(*ast.Ident); ok {
				p := u.cell.Fset.Position(id.Pos())
				out[posKey(p.Line, p.Column, id.Name)] = true
			}
		}
		return true
	}
	for _, d := range u.decls {
		ast.Inspect(d, visit)
	}
	for _, it := range u.stmts {
		ast.Inspect(it.node, visit)
	}
	return out
}

// redeclare handles a top-level := or var of a name the session already
// has, checked as an assignment: when that fails (the value has another
// type), the name is declared anew. It reports whether it changed hoist.
func (c *Compiler) redeclare(u *unit, errs ErrorList, hoist map[string]bool) bool {
	changed := false
	for _, it := range u.stmts {
		names := definedNames(it.node)
		if len(names) == 0 || u.anyHoisted(it.node, hoist) {
			continue
		}
		from, to := u.cell.Fset.Position(it.node.Pos()), u.cell.Fset.Position(it.node.End())
		for _, e := range errs {
			if inRange(e.Pos, from, to) {
				for _, n := range names {
					hoist[n] = true
				}
				changed = true
				break
			}
		}
	}
	return changed
}

// mixedRedeclare declares anew the session's variables that a top-level
// := declaring new ones too (b, err := io.ReadAll(r)) assigns a value of
// another type (checked, they stand aside: see defineDecl). It reports
// whether it changed hoist.
func (c *Compiler) mixedRedeclare(u *unit, ck *checked, hoist map[string]bool) bool {
	return redeclareDefined(u, ck, hoist, func(as *ast.AssignStmt, i int, v *types.Var) bool {
		if !u.anyHoisted(as, hoist) {
			return false
		}
		var t types.Type
		if len(as.Rhs) == len(as.Lhs) {
			t = ck.info.TypeOf(as.Rhs[i])
		} else if tup, ok := ck.info.TypeOf(as.Rhs[0]).(*types.Tuple); ok && i < tup.Len() {
			t = tup.At(i).Type()
		}
		return t != nil && !types.AssignableTo(t, v.Type())
	})
}

// constRedeclare declares anew the session's variables that a top-level
// := gives an untyped constant whose default type is not theirs (avg :=
// 10 after avg := 0.0 declares an int, as Go does; checked as an
// assignment, the constant would take the variable's type). It reports
// whether it changed hoist.
func (c *Compiler) constRedeclare(u *unit, ck *checked, hoist map[string]bool) bool {
	return redeclareDefined(u, ck, hoist, func(as *ast.AssignStmt, i int, v *types.Var) bool {
		if len(as.Lhs) != len(as.Rhs) {
			return false
		}
		t := untypedDefault(as.Rhs[i], ck.info)
		return t != nil && !types.Identical(t, v.Type())
	})
}

// redeclareDefined hoists the session's variables that a top-level :=
// names (the i-th of as's left-hand side, checked as an assignment to
// v) when anew says so. It reports whether it changed hoist.
func redeclareDefined(u *unit, ck *checked, hoist map[string]bool, anew func(as *ast.AssignStmt, i int, v *types.Var) bool) bool {
	changed := false
	for _, it := range u.stmts {
		as, ok := it.node.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		for i, e := range as.Lhs {
			id, ok := e.(*ast.Ident)
			if !ok || id.Name == "_" || hoist[id.Name] {
				continue
			}
			if v, ok := ck.pkg.Scope().Lookup(id.Name).(*types.Var); ok && anew(as, i, v) {
				hoist[id.Name] = true
				changed = true
			}
		}
	}
	return changed
}

// untypedDefault returns the default type of e when e is an untyped
// constant made of literals and untyped constants' names, else nil.
func untypedDefault(e ast.Expr, info *types.Info) types.Type {
	switch x := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		switch x.Kind {
		case token.INT:
			return types.Typ[types.Int]
		case token.FLOAT:
			return types.Typ[types.Float64]
		case token.IMAG:
			return types.Typ[types.Complex128]
		case token.CHAR:
			return types.Universe.Lookup("rune").Type()
		case token.STRING:
			return types.Typ[types.String]
		}
	case *ast.UnaryExpr:
		if x.Op == token.SUB || x.Op == token.ADD {
			return untypedDefault(x.X, info)
		}
	case *ast.Ident:
		if k, ok := info.Uses[x].(*types.Const); ok && isUntyped(k.Type()) {
			return types.Default(k.Type())
		}
	case *ast.BinaryExpr:
		l, r := untypedDefault(x.X, info), untypedDefault(x.Y, info)
		switch {
		case l == nil || r == nil:
			return nil
		case x.Op == token.SHL || x.Op == token.SHR:
			return l
		case x.Op == token.EQL || x.Op == token.NEQ || x.Op == token.LSS || x.Op == token.LEQ ||
			x.Op == token.GTR || x.Op == token.GEQ:
			return nil // an untyped bool
		case constRank(r) > constRank(l):
			return r
		}
		return l
	}
	return nil
}

// constRank orders the default types of numeric constants: an operation
// on two untyped constants takes the kind that comes later.
func constRank(t types.Type) int {
	b, _ := t.(*types.Basic)
	if b == nil {
		return 0
	}
	switch b.Kind() {
	case types.Int32:
		return 1
	case types.Float64:
		return 2
	case types.Complex128:
		return 3
	}
	return 0
}

func inRange(p, from, to token.Position) bool {
	after := p.Line > from.Line || p.Line == from.Line && p.Column >= from.Column
	before := p.Line < to.Line || p.Line == to.Line && p.Column <= to.Column
	return after && before
}
