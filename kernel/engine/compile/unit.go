package compile

import (
	"go/ast"
	"go/token"
	"strconv"

	"gokernel/kernel/engine/cell"
)

// unit is a parsed cell sorted into what the compiler treats differently:
// imports, declarations (hoisted, as at package level) and statements (run
// in source order, top-level var declarations included).
type unit struct {
	cell    *cell.Cell
	imports []*ast.ImportSpec
	decls   []ast.Decl // funcs, methods, types and consts
	stmts   []item     // statements and top-level var declarations, in order
	// result is the trailing expression, whose value is the cell's result.
	result ast.Expr
	// resultStmt is the statement holding result.
	resultStmt *ast.ExprStmt
	// program is set for a cell with a package clause and a func main.
	program bool
}

// item is one top-level statement (an ast.Stmt) or var declaration (an
// *ast.GenDecl), with its chunk of the cell.
type item struct {
	node  ast.Node
	chunk cell.Chunk
}

// newUnit sorts the parsed cell c.
func newUnit(c *cell.Cell) *unit {
	u := &unit{cell: c}
	for _, d := range c.File.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			switch d.Tok {
			case token.IMPORT:
				for _, s := range d.Specs {
					u.imports = append(u.imports, s.(*ast.ImportSpec))
				}
			case token.VAR:
				u.stmts = append(u.stmts, item{node: d})
			default:
				u.decls = append(u.decls, d)
			}
		case *ast.FuncDecl:
			u.decls = append(u.decls, d)
			if c.Program && d.Recv == nil && d.Name.Name == "main" && c.File.Name.Name == "main" {
				u.program = true
			}
		}
	}
	for _, s := range c.Stmts {
		u.stmts = append(u.stmts, item{node: s})
	}
	// Order statements and var declarations as in the cell.
	for i := 1; i < len(u.stmts); i++ {
		for j := i; j > 0 && c.Offset(u.stmts[j].node.Pos()) < c.Offset(u.stmts[j-1].node.Pos()); j-- {
			u.stmts[j], u.stmts[j-1] = u.stmts[j-1], u.stmts[j]
		}
	}
	if n := len(u.stmts); n > 0 && !c.Program {
		if es, ok := u.stmts[n-1].node.(*ast.ExprStmt); ok && lastChunkIs(c, es) {
			u.result, u.resultStmt = es.X, es
		}
	}
	return u
}

// lastChunkIs reports whether s is the cell's last chunk (a trailing
// expression followed by a declaration is not the cell's result).
func lastChunkIs(c *cell.Cell, s ast.Stmt) bool {
	if len(c.Chunks) == 0 {
		return false
	}
	last := c.Chunks[len(c.Chunks)-1]
	return c.Offset(s.Pos()) == last.Start
}

// isTopDefine reports whether s is a top-level := of the cell (and not one
// nested in a block).
func (u *unit) isTopDefine(s *ast.AssignStmt) bool {
	for _, it := range u.stmts {
		if it.node == s {
			return s.Tok == token.DEFINE
		}
	}
	return false
}

// definedNames lists the names a top-level := or var declaration binds.
func definedNames(n ast.Node) []string {
	var out []string
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok != token.DEFINE {
			return nil
		}
		for _, e := range n.Lhs {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				out = append(out, id.Name)
			}
		}
	case *ast.GenDecl:
		for _, s := range n.Specs {
			for _, id := range s.(*ast.ValueSpec).Names {
				if id.Name != "_" {
					out = append(out, id.Name)
				}
			}
		}
	}
	return out
}

// anyHoisted reports whether a top-level := or var declaration binds a
// name that is checked as a new variable.
func (u *unit) anyHoisted(n ast.Node, hoist map[string]bool) bool {
	for _, name := range definedNames(n) {
		if hoist[name] {
			return true
		}
	}
	return false
}

func (u *unit) allHoisted(d *ast.GenDecl, hoist map[string]bool) bool {
	return u.anyHoisted(d, hoist)
}

// readsName reports whether the values of the untyped spec of a var
// declaration that declares n read n (outside function literals).
func readsName(gd *ast.GenDecl, n string) bool {
	found := false
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		if vs.Type != nil {
			continue // (typed: declared anew, its value carried over)
		}
		declares := false
		for _, id := range vs.Names {
			declares = declares || id.Name == n
		}
		if !declares {
			continue
		}
		values := vs.Values
		if len(values) == len(vs.Names) {
			// var a, b = 3, a * 2: only a's own value reads the
			// session's a; b's reads the a declared beside it.
			for i, id := range vs.Names {
				if id.Name == n {
					values = values[i : i+1]
				}
			}
		}
		for _, v := range values {
			ast.Inspect(v, func(x ast.Node) bool {
				switch x := x.(type) {
				case *ast.FuncLit:
					return false
				case *ast.Ident:
					found = found || x.Name == n
				}
				return !found
			})
		}
	}
	return found
}

// varNames lists every name bound by top-level := and var declarations.
func (u *unit) varNames() []string {
	var out []string
	for _, it := range u.stmts {
		out = append(out, definedNames(it.node)...)
	}
	return out
}

// declKeys returns the session keys of the cell's declarations.
func (u *unit) declKeys() []string {
	var out []string
	for _, d := range u.decls {
		out = append(out, keysOf(d)...)
	}
	return out
}

// declaredKeys is the set of session keys the cell (re)declares when the
// variables named in hoist are declared anew.
func (u *unit) declaredKeys(hoist map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, k := range u.declKeys() {
		out[k] = true
	}
	for _, it := range u.stmts {
		for _, n := range definedNames(it.node) {
			if hoist[n] {
				out[n] = true // (k, j := k+1, 0 keeps the session's k)
			}
		}
	}
	return out
}

// keysOf returns the session keys a declaration binds.
func keysOf(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			return []string{recvTypeName(d.Recv.List[0].Type) + "." + d.Name.Name}
		}
		if d.Name.Name == "init" || d.Name.Name == "_" {
			return nil
		}
		return []string{d.Name.Name}
	case *ast.GenDecl:
		var out []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				out = append(out, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if n.Name != "_" {
						out = append(out, n.Name)
					}
				}
			}
		}
		return out
	}
	return nil
}

// recvTypeName returns the base type name of a method receiver type.
func recvTypeName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return "?"
		}
	}
}

// importName returns the local name an import spec binds, given the
// package's declared name.
func importName(s *ast.ImportSpec, pkgName func(path string) string) (name, path string) {
	path, _ = strconv.Unquote(s.Path.Value)
	if s.Name != nil {
		return s.Name.Name, path
	}
	return pkgName(path), path
}

// noNewVars reports, as Go does, a top-level ":=" of the cell that
// declares no variable the cell has not declared before it (x := 1 then
// x := 2 in one cell). Across cells a ":=" declares the variable anew.
func (u *unit) noNewVars(fset *token.FileSet) ErrorList {
	declared := map[string]bool{}
	var errs ErrorList
	for _, it := range u.stmts {
		switch n := it.node.(type) {
		case *ast.GenDecl:
			for _, spec := range n.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok {
					for _, id := range vs.Names {
						declared[id.Name] = true
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				continue
			}
			fresh := false
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" && !declared[id.Name] {
					fresh = true
					declared[id.Name] = true
				}
			}
			if !fresh {
				errs = append(errs, &CheckError{Pos: fset.Position(n.TokPos), Msg: "no new variables on left side of :="})
			}
		}
	}
	return errs
}
