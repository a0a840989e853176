package compile

import (
	"go/ast"
	"strings"
)

// CallLine returns the line of the one call in the session function f
// (a declared function or method, "f" or "T.M") of the function named
// callee ("g", "T.M"), when there is exactly one: the line a recursive
// function's outer frames stood on in a traceback (its line marker holds
// the innermost frame's line).
func (c *Compiler) CallLine(f Func, callee string) (int, bool) {
	d := c.sess.Decls[f.Name]
	if d == nil || d.cell == nil || d.cell.Name != f.Cell {
		return 0, false
	}
	fd, ok := d.Node.(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return 0, false
	}
	_, name, _ := strings.Cut(callee, ".") // a method by its name
	if name == "" {
		name = callee
	}
	line, n := 0, 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		var id *ast.Ident
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			id = fun
		case *ast.SelectorExpr:
			id = fun.Sel
		}
		if id != nil && id.Name == name {
			n++
			line = c.fset.Position(call.Pos()).Line
		}
		return true
	})
	return line, n == 1
}
