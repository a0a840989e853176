package compile

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel/engine/cell"
)

// Analysis is the type information of a cell being written, for
// completion and inspection. The cell need not compile.
type Analysis struct {
	Fset *token.FileSet
	// Cell is the parsed text (possibly cut and closed, see Analyze).
	Cell *cell.Cell
	Info *types.Info
	Pkg  *types.Package
	// Imports maps the local names the cell can use to import paths.
	Imports map[string]string
	// Session is the session's declarations.
	Session *Session
}

// Analyze type-checks src against the session without changing anything.
// When src does not parse, it analyzes src[:cut] with its open brackets
// closed instead (cut is where the user is typing). Offsets in the
// analysis are those of src.
func (c *Compiler) Analyze(src string, cut int) (*Analysis, error) {
	cl, err := cell.Parse(c.fset, "analysis", src)
	if err != nil {
		if cut < 0 || cut > len(src) {
			cut = len(src)
		}
		text := src[:cut]
		cl, err = cell.Parse(c.fset, "analysis", text+"\n"+closers(text))
		if err != nil {
			return nil, err
		}
	}
	u := newUnit(cl)
	imports, err := c.cellImports(u)
	if err != nil {
		imports = map[string]string{}
		for n, p := range c.sess.Imports {
			imports[n] = p
		}
	}
	hoist := map[string]bool{}
	for _, n := range u.varNames() {
		if d, ok := c.sess.Decls[n]; !ok || d.Kind != KindVar {
			hoist[n] = true
		}
	}
	ck, errs, err := c.check(checkInput{unit: u, hoist: hoist, imports: imports})
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 && c.autoImport(u, errs, imports) {
		if ck2, _, err := c.check(checkInput{unit: u, hoist: hoist, imports: imports}); err == nil {
			ck = ck2
		}
	}
	return &Analysis{Fset: c.fset, Cell: cl, Info: ck.info, Pkg: ck.pkg, Imports: imports, Session: c.sess}, nil
}

// closers returns the brackets that close those left open in src.
func closers(src string) string {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, []byte(src), func(token.Position, string) {}, 0)
	var stack []byte
	for {
		_, t, _ := s.Scan()
		switch t {
		case token.EOF:
			var b strings.Builder
			for i := len(stack) - 1; i >= 0; i-- {
				b.WriteByte(stack[i])
				b.WriteByte('\n')
			}
			return b.String()
		case token.LPAREN:
			stack = append(stack, ')')
		case token.LBRACE:
			stack = append(stack, '}')
		case token.LBRACK:
			stack = append(stack, ']')
		case token.RPAREN, token.RBRACE, token.RBRACK:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// Node returns the innermost node of the analysis's cell at offset off.
func (a *Analysis) Node(off int) []ast.Node {
	var path []ast.Node
	visit := func(n ast.Node) bool {
		if n == nil {
			return false
		}
		s, e := a.Cell.Offset(n.Pos()), a.Cell.Offset(n.End())
		if s < 0 || e < 0 || off < s || off > e {
			return false
		}
		path = append(path, n)
		return true
	}
	for _, d := range a.Cell.File.Decls {
		ast.Inspect(d, visit)
	}
	for _, st := range a.Cell.Stmts {
		ast.Inspect(st, visit)
	}
	return path
}
