package compile

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// cellFunc names the function that holds a cell's statements when type
// checking.
const cellFunc = "__gk_cell"

// checkInput is one type-checking of a cell against the session.
type checkInput struct {
	unit *unit
	// hoist lists names of top-level := and var statements checked as new
	// package-level variables; the others (names the session already has)
	// are checked as assignments to the existing variables.
	hoist map[string]bool
	// imports are the imports of the cell file (local name → path).
	imports map[string]string
}

// checked is the result of a successful check.
type checked struct {
	info    *types.Info
	pkg     *types.Package
	session *ast.File
	cell    *ast.File
	// stmts is the body of the cell function as checked: top-level
	// statements in source order, var declarations of existing variables
	// turned into assignments.
	hoisted map[string]*types.Var
	// earlier are the errors in earlier cells' declarations, which this
	// cell's changes cause.
	earlier ErrorList
}

// CheckError is a compile error located in a cell.
type CheckError struct {
	Pos token.Position
	Msg string
	at  token.Pos // (of an error in an earlier cell's declaration)
}

func (e *CheckError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

// ErrorList is the compile errors of a cell, in source order.
type ErrorList []*CheckError

func (l ErrorList) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	return l[0].Error()
}

// importDecls builds the import declaration for the given local names.
func importDecls(imports map[string]string) []ast.Decl {
	if len(imports) == 0 {
		return nil
	}
	return []ast.Decl{importDecl(imports)}
}

// importDecl builds an import declaration for the given local names.
func importDecl(imports map[string]string) *ast.GenDecl {
	names := make([]string, 0, len(imports))
	for n := range imports {
		names = append(names, n)
	}
	sort.Strings(names)
	d := &ast.GenDecl{Tok: token.IMPORT}
	for _, n := range names {
		d.Specs = append(d.Specs, &ast.ImportSpec{
			Name: ast.NewIdent(n),
			Path: &ast.BasicLit{Kind: token.STRING, Value: fmt.Sprintf("%q", imports[n])},
		})
	}
	return d
}

// check type-checks the cell against the session. On success it returns
// the type information; on failure the compile errors found in the cell.
func (c *Compiler) check(in checkInput) (*checked, ErrorList, error) {
	u := in.unit
	redeclared := u.declaredKeys(in.hoist)

	// The session file: imports and every declaration the cell does not
	// replace.
	sessionImports := map[string]string{}
	for n, p := range c.sess.Imports {
		sessionImports[n] = p
	}
	// A cell's import that binds a name the session bound to another
	// package (math/rand, then math/rand/v2) binds it for the session's
	// declarations too, as the interpreter does: those no longer
	// compiling are the cell's errors (redefine them in the cell).
	for n, p := range in.imports {
		if old, ok := sessionImports[n]; ok && old != p {
			sessionImports[n] = p
		}
	}
	// The session's declarations name packages as the interpreter imported
	// them, some of which the user never imported (var info fs.FileInfo
	// from os.Stat).
	for a, p := range c.bound {
		if _, taken := sessionImports[a]; !taken {
			sessionImports[a] = p
		}
	}
	sf := &ast.File{Name: ast.NewIdent("main"), Decls: importDecls(sessionImports)}
	for _, d := range c.sess.sorted() {
		if redeclared[d.Key] {
			continue
		}
		sf.Decls = append(sf.Decls, d.Node)
	}

	// The cell file: imports, declarations, new variables, and a function
	// holding the statements.
	cf := &ast.File{Name: ast.NewIdent("main"), Decls: importDecls(in.imports)}
	for _, d := range u.decls {
		cf.Decls = append(cf.Decls, d)
	}
	body := &ast.BlockStmt{}
	declared := map[string]bool{} // the names the cell's statements declare so far
	for _, s := range u.stmts {
		switch s := s.node.(type) {
		case *ast.GenDecl: // a top-level var declaration
			// Blank variables (var _ = f()) stay declarations: they take
			// part in the initialization order (var _ = register(…)
			// above the registry's var).
			if u.allHoisted(s, in.hoist) || allBlank(s) {
				for _, sp := range s.Specs {
					for _, n := range sp.(*ast.ValueSpec).Names {
						declared[n.Name] = true
					}
				}
				cf.Decls = append(cf.Decls, s)
				continue
			}
			body.List = append(body.List, varAssign(s)...)
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE && u.isTopDefine(s) && u.anyHoisted(s, in.hoist) {
				cf.Decls = append(cf.Decls, defineDecl(s, declared, in.hoist))
				continue
			}
			if s.Tok == token.DEFINE && u.isTopDefine(s) {
				body.List = append(body.List, &ast.AssignStmt{Lhs: s.Lhs, TokPos: s.TokPos, Tok: token.ASSIGN, Rhs: s.Rhs})
				continue
			}
			body.List = append(body.List, s)
		case ast.Stmt:
			body.List = append(body.List, s)
		}
	}
	cf.Decls = append(cf.Decls, &ast.FuncDecl{
		Name: ast.NewIdent(cellFunc),
		Type: &ast.FuncType{Params: &ast.FieldList{}},
		Body: body,
	})

	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	var errs, earlier ErrorList
	var lastEarlier *CheckError // the error just reported in an earlier cell
	seen := map[string]bool{}
	var cycles []*initCycle // a cell's initialization cycles (see varCycles)
	conf := types.Config{
		Importer:  c.imp,
		GoVersion: c.goVersion,
		Error: func(err error) {
			var te types.Error
			if !errors.As(err, &te) {
				return
			}
			pos := c.fset.Position(te.Pos)
			if pos.Filename != u.cell.Name {
				// An earlier cell's declaration that this cell breaks:
				// an error if it is to be declared again (translate).
				lastEarlier = &CheckError{Pos: pos, Msg: te.Msg, at: te.Pos}
				earlier = append(earlier, lastEarlier)
				return
			}
			if strings.HasPrefix(te.Msg, "\t") && lastEarlier != nil {
				// The note of an error in an earlier cell's declaration
				// that this cell's conflicts with: the error, here.
				te.Msg = lastEarlier.Msg + " (the other declaration is in an earlier cell)"
			}
			lastEarlier = nil
			if !u.program && strings.HasPrefix(te.Msg, "initialization cycle") {
				cycles = append(cycles, &initCycle{head: te})
				return
			}
			if strings.HasPrefix(te.Msg, "\t") && strings.Contains(te.Msg, " refers to ") && len(cycles) > 0 {
				cycles[len(cycles)-1].steps = append(cycles[len(cycles)-1].steps, strings.TrimSpace(te.Msg))
				return
			}
			if c.ignorable(u, te) {
				return
			}
			if u.cell.Tuple != nil && te.Pos >= u.cell.Tuple.Pos() && te.Pos < u.cell.Tuple.End() {
				// A trailing list of values is the builtin print's arguments
				// to the checker (see cell.Cell.Tuple).
				te.Msg = strings.ReplaceAll(te.Msg, "argument to built-in print", "a list of values")
			}
			key := fmt.Sprintf("%d:%d:%s", pos.Line, pos.Column, te.Msg)
			if seen[key] {
				return
			}
			seen[key] = true
			errs = append(errs, &CheckError{Pos: pos, Msg: te.Msg})
		},
	}
	pkg, _ := conf.Check("main", c.fset, []*ast.File{sf, cf}, info)
	errs = append(errs, c.varCycles(pkg, cycles)...)
	if t := u.cell.Tuple; t != nil {
		if _, builtin := info.Uses[t.Fun.(*ast.Ident)].(*types.Builtin); !builtin {
			// The session declares its own print (see cell.Cell.Tuple).
			from, to := c.fset.Position(t.Args[0].Pos()), c.fset.Position(t.End())
			kept := ErrorList{&CheckError{Pos: from, Msg: "a list of values as a cell's result needs Go's builtin print, " +
				"which the session declares anew: show them with fmt.Println(…)"}}
			for _, e := range errs {
				if e.Pos.Line < from.Line || e.Pos.Line > to.Line {
					kept = append(kept, e) // (not about the list)
				}
			}
			errs = kept
		}
	}
	if len(errs) > 0 {
		errs = sortErrors(errs)
		// The partial information serves completion and inspection.
		return &checked{info: info, pkg: pkg, session: sf, cell: cf, earlier: earlier}, errs, nil
	}
	if errs := c.laterVars(u, pkg, info, in.hoist); len(errs) > 0 {
		return &checked{info: info, pkg: pkg, session: sf, cell: cf, earlier: earlier}, errs, nil
	}
	return &checked{info: info, pkg: pkg, session: sf, cell: cf, earlier: earlier}, nil, nil
}

// sortErrors orders errors by position, each with the notes go/types
// reports after it ("\tother declaration of f") kept behind it.
func sortErrors(errs ErrorList) ErrorList {
	var groups []ErrorList
	for _, e := range errs {
		if strings.HasPrefix(e.Msg, "\t") && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], e)
			continue
		}
		groups = append(groups, ErrorList{e})
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i][0].Pos, groups[j][0].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	var out ErrorList
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// laterVars reports the cell's statements and variable declarations that
// read a new variable the cell declares further down (x := n * 2 before
// var n = 5): they run in order, and would read it still zero (var
// declarations among themselves initialize in Go's order); and those that
// read the variable they declare (n := n + 1), undefined there as in a
// function. Function literals, called later, may read them.
func (c *Compiler) laterVars(u *unit, pkg *types.Package, info *types.Info, hoist map[string]bool) ErrorList {
	if u.program || pkg == nil {
		return nil
	}
	var nodes []ast.Node                // each statement, each spec of a var declaration
	declVars := map[types.Object]bool{} // the variables of var declarations
	for _, it := range u.stmts {
		if d, ok := it.node.(*ast.GenDecl); ok {
			for _, sp := range d.Specs {
				nodes = append(nodes, sp)
				for _, n := range sp.(*ast.ValueSpec).Names {
					declVars[info.Defs[n]] = true
				}
			}
			continue
		}
		nodes = append(nodes, it.node)
	}
	// (Statements and declarations are parsed apart: positions are
	// compared in the cell's lines and columns.)
	before := func(a, b token.Position) bool { return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column }
	var errs ErrorList
	for _, node := range nodes {
		start, end := c.fset.Position(node.Pos()), c.fset.Position(node.End())
		ast.Inspect(node, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.Ident:
				v, ok := info.Uses[n].(*types.Var)
				if !ok || !hoist[v.Name()] || v.Parent() != pkg.Scope() {
					return true
				}
				decl := c.fset.Position(v.Pos())
				if decl.Filename != u.cell.Name || before(decl, start) {
					return true
				}
				if vs, ok := node.(*ast.ValueSpec); ok && specOrders(info, vs, v) {
					return true // var a, b = 3, a * 2: sequentialSpec
				}
				msg := "undefined: " + n.Name
				if d, ok := c.sess.Decls[v.Name()]; ok && d.Kind == KindVar {
					if vs, ok := node.(*ast.ValueSpec); !before(decl, end) || ok && vs.Type != nil {
						// The session's variable, until declared anew; a
						// typed var reading it (var k int = k * 2) gets
						// its value carried over.
						return true
					}
					// w := float64(w): declared anew (another type), it
					// cannot read the session's.
					msg = fmt.Sprintf("%s gets another type here and cannot read its old value in the same statement: assign the new value to another name first (%s2 := …)", n.Name, n.Name)
				}
				if !before(decl, end) {
					if _, spec := node.(*ast.ValueSpec); spec && declVars[v] {
						return true // var declarations initialize in Go's order
					}
					msg = fmt.Sprintf("%s is declared on line %d, after this use: a cell's statements and variables run in order (declare %s first)", n.Name, decl.Line, n.Name)
				}
				errs = append(errs, &CheckError{Pos: c.fset.Position(n.Pos()), Msg: msg})
			}
			return true
		})
	}
	return errs
}

// specOrders reports whether v is a variable of the var spec vs that
// another of its values reads, in an order without cycles (var a, b = 3,
// a * 2): Go initializes them by dependency, as sequentialSpec writes
// them. A value reading its own variable (var n = n + 1) is a cycle.
func specOrders(info *types.Info, vs *ast.ValueSpec, v *types.Var) bool {
	if len(vs.Names) < 2 || len(vs.Names) != len(vs.Values) {
		return false
	}
	index := map[types.Object]int{}
	for i, n := range vs.Names {
		index[info.Defs[n]] = i
	}
	if _, ok := index[v]; !ok {
		return false
	}
	deps := make([][]int, len(vs.Values))
	for i, val := range vs.Values {
		ast.Inspect(val, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if j, ok := index[info.Uses[id]]; ok {
					deps[i] = append(deps[i], j)
				}
			}
			return true
		})
	}
	const (
		unseen = iota
		visiting
		done
	)
	state := make([]int, len(deps))
	var cyclic func(i int) bool
	cyclic = func(i int) bool {
		switch state[i] {
		case visiting:
			return true
		case done:
			return false
		}
		state[i] = visiting
		for _, j := range deps[i] {
			if cyclic(j) {
				return true
			}
		}
		state[i] = done
		return false
	}
	for i := range deps {
		if cyclic(i) {
			return false
		}
	}
	return true
}

// ignorable reports errors that do not apply to notebook cells: unused
// imports and variables (a cell is often run on its own), the value of the
// trailing expression being unused (it is the cell's result), and
// initialization cycles of top-level variables in notebook cells (their
// statements run in order, not as package initialization; a whole
// program's are errors, as in Go).
func (c *Compiler) ignorable(u *unit, te types.Error) bool {
	msg := te.Msg
	switch {
	case strings.HasPrefix(msg, "declared and not used"),
		strings.HasSuffix(msg, "declared and not used"),
		strings.Contains(msg, "imported and not used"):
		return true
	case strings.HasPrefix(msg, "initialization cycle"),
		strings.HasPrefix(msg, "\t") && strings.Contains(msg, " refers to "): // the cycle's steps
		return !u.program
	case strings.HasSuffix(msg, "is not used") && u.result != nil:
		return te.Pos >= u.result.Pos() && te.Pos < u.result.End()
	}
	return false
}

// varAssign turns a top-level var declaration of existing variables into
// assignments, for checking.
func varAssign(d *ast.GenDecl) []ast.Stmt {
	var out []ast.Stmt
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		lhs := make([]ast.Expr, len(vs.Names))
		for i, n := range vs.Names {
			lhs[i] = n
		}
		if len(vs.Values) == 0 {
			// var x T: reset to the zero value.
			for _, n := range vs.Names {
				out = append(out, &ast.AssignStmt{Lhs: []ast.Expr{n}, TokPos: n.Pos(), Tok: token.ASSIGN,
					Rhs: []ast.Expr{&ast.StarExpr{X: &ast.CallExpr{Fun: ast.NewIdent("new"), Args: []ast.Expr{vs.Type}}}}})
			}
			continue
		}
		if vs.Type != nil && allBlankNames(vs) {
			// var _ I = T{} (a compile-time check): a declaration in the
			// function, whose errors read as Go's ("as I value in
			// variable declaration").
			out = append(out, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: d.TokPos, Tok: token.VAR, Specs: []ast.Spec{vs}}})
			continue
		}
		rhs := vs.Values
		if vs.Type != nil && len(vs.Values) == len(vs.Names) {
			rhs = make([]ast.Expr, len(vs.Values))
			for i, v := range vs.Values {
				rhs[i] = &ast.CallExpr{Fun: &ast.ParenExpr{X: vs.Type}, Args: []ast.Expr{v}}
			}
		}
		out = append(out, &ast.AssignStmt{Lhs: lhs, TokPos: vs.Names[0].Pos(), Tok: token.ASSIGN, Rhs: rhs})
	}
	return out
}

// allBlankNames reports a value spec declaring only _.
func allBlankNames(vs *ast.ValueSpec) bool {
	for _, n := range vs.Names {
		if n.Name != "_" {
			return false
		}
	}
	return true
}

// defineDecl turns a top-level x, y := a, b into var x, y = a, b. Names
// an earlier statement of the cell declared (a, err := ...; b, err := ...)
// are left out (as _): := only assigns them.
func defineDecl(s *ast.AssignStmt, declared, hoist map[string]bool) *ast.GenDecl {
	spec := &ast.ValueSpec{Values: s.Rhs}
	for _, e := range s.Lhs {
		id, _ := e.(*ast.Ident)
		if id == nil || declared[id.Name] || !hoist[id.Name] {
			// (A variable the session has is assigned: k, j := k+1, 0
			// reads the session's k.)
			id = &ast.Ident{NamePos: e.Pos(), Name: "_"}
		} else if id.Name != "_" {
			declared[id.Name] = true
		}
		spec.Names = append(spec.Names, id)
	}
	return &ast.GenDecl{Tok: token.VAR, TokPos: s.Pos(), Specs: []ast.Spec{spec}}
}

// allBlank reports a var declaration of blank names only.
func allBlank(d *ast.GenDecl) bool {
	for _, sp := range d.Specs {
		if !allBlankNames(sp.(*ast.ValueSpec)) {
			return false
		}
	}
	return true
}

// initCycle is an initialization cycle the checker reported: its error
// and its steps ("a refers to b").
type initCycle struct {
	head  types.Error
	steps []string
}

// varCycles returns the errors of the initialization cycles of a cell
// made of variables only (var a = b; var b = a), whose types and values
// cannot be: one through a function (var total = compute(), compute
// reading total) is no error in a cell, whose statements run in order.
func (c *Compiler) varCycles(pkg *types.Package, cycles []*initCycle) ErrorList {
	var errs ErrorList
	for _, cy := range cycles {
		funcs := pkg == nil
		for _, st := range cy.steps {
			_, to, _ := strings.Cut(st, " refers to ")
			if pkg != nil {
				if _, isFunc := pkg.Scope().Lookup(to).(*types.Func); isFunc {
					funcs = true
				}
			}
		}
		if funcs || len(cy.steps) == 0 {
			continue
		}
		errs = append(errs, &CheckError{Pos: c.fset.Position(cy.head.Pos),
			Msg: cy.head.Msg + ": " + strings.Join(cy.steps, ", ")})
	}
	return errs
}
