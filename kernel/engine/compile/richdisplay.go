package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// richMIME maps the methods a value may have to show itself to their MIME
// types (display's HTMLer, Markdowner, ... interfaces).
var richMIME = []struct{ method, mime string }{
	{"HTML", "text/html"},
	{"Markdown", "text/markdown"},
	{"SVG", "image/svg+xml"},
	{"Latex", "text/latex"},
}

// displayArgs turns a value of a cell type with such methods, passed to
// gokernel/display's Display, New or (*Handle).Update, into the MIME
// bundle the methods give: the runtime cannot find the methods of the
// interpreter's values.
//
//	display.Display(t)  →  display.Display(func(v T) display.Bundle { return display.MIME(...) }(t))
func (r *rewriter) displayArgs(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	fn := r.calledFunc(call.Fun)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	displayPkg := fn.Pkg()
	switch {
	case fn.Pkg().Path() == "gokernel/display":
	case fn.Pkg() == r.pkg && fn.Name() == "Display" && r.preludeDisplay():
		// The gophernotes-style Display of the kernel's prelude cell.
		displayPkg = types.NewPackage("gokernel/display", "display")
	default:
		return
	}
	args := call.Args
	switch fn.Name() {
	case "Display":
	case "New", "Update":
		if len(args) > 1 {
			args = args[:1]
		}
	default:
		return
	}
	pkg := r.qual(displayPkg)
	for _, a := range args {
		t := r.info.Types[a].Type
		if t == nil || types.IsInterface(t) || r.off(a.Pos()) < 0 {
			continue
		}
		var entries []string
		for _, m := range richMIME {
			if hasStringMethod(t, m.method) {
				entries = append(entries, `"`+m.mime+`": v.`+m.method+`()`)
			}
		}
		if len(entries) == 0 {
			continue
		}
		text := r.qual(types.NewPackage("fmt", "fmt")) + ".Sprint(v)"
		if id := r.desc(t); id != 0 {
			text = r.qual(types.NewPackage("fmt", "fmt")) + ".Sprint(__gk_box(v, " + itoa(id) + "))"
		}
		entries = append(entries, `"text/plain": `+text)
		r.ed.insert(r.off(a.Pos()), "func(v "+r.typeString(t)+") "+pkg+".Bundle { return "+pkg+".MIME("+pkg+
			".MIMEMap{"+strings.Join(entries, ", ")+"}, nil) }(")
		r.ed.insert(r.off(a.End()), ")")
	}
}

// preludeDisplay reports that the session's Display is the kernel's.
func (r *rewriter) preludeDisplay() bool {
	d := r.c.sess.Decls["Display"]
	return d != nil && d.Cell == "prelude"
}
