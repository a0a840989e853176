package assist

import (
	"fmt"
	"go/ast"
	"go/doc"
	"go/doc/comment"
	"go/token"
	"go/types"
	"strings"

	"gokernel/kernel"
	"gokernel/kernel/engine/compile"
)

// description is what inspection shows of a symbol.
type description struct {
	decl   string       // the declaration summary, Go source
	doc    string       // the doc comment's text
	brief  string       // replaces doc at detail 0 (a package's synopsis)
	render *doc.Package // renders doc comments (links resolved against it)
	where  string       // "defined in Cell [3], line 4"
	source string       // the declaration's full source, for detail 1
	link   string       // the symbol's page on pkg.go.dev
}

// describe gathers the description of t.
func (as *Assistant) describe(a *analysis, t target) description {
	obj := t.obj
	d := description{decl: declString(obj)}
	if pn, ok := obj.(*types.PkgName); ok {
		path := pn.Imported().Path()
		d.link = "https://pkg.go.dev/" + path
		if p := as.docs.pkg(path); p != nil {
			d.doc, d.render = p.pkg.Doc, p.pkg
			d.brief = p.pkg.Synopsis(p.pkg.Doc)
		}
		return d
	}
	pkg := obj.Pkg()
	switch {
	case pkg == nil: // predeclared: documented in package builtin
		d.link = "https://pkg.go.dev/builtin#" + obj.Name()
		as.stdDoc(&d, "builtin", t)
	case a != nil && a.Pkg != nil && pkg.Path() == a.Pkg.Path():
		cellDoc(&d, a, t)
	default:
		d.link = "https://pkg.go.dev/" + pkg.Path() + "#" + anchor(t)
		as.stdDoc(&d, pkg.Path(), t)
	}
	return d
}

// anchor is the fragment of a symbol's URL on pkg.go.dev: Name, or
// Type.Name for methods and fields.
func anchor(t target) string {
	if t.owner != "" {
		return t.owner + "." + t.obj.Name()
	}
	return t.obj.Name()
}

// stdDoc fills in the doc comment and source of a standard package's
// symbol, when its sources are installed.
func (as *Assistant) stdDoc(d *description, path string, t target) {
	p := as.docs.pkg(path)
	if p == nil {
		return
	}
	d.render = p.pkg
	name := t.obj.Name()
	switch obj := t.obj.(type) {
	case *types.Func:
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && isInterface(sig.Recv().Type()) {
			var f ast.Node
			d.doc, f = p.member(t.owner, name)
			d.source = p.source(f)
			if ty := p.typ(t.owner); d.doc == "" && ty != nil {
				d.doc = ty.Doc // io.Writer documents Write
			}
			return
		}
		recv := ""
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			recv = t.owner
		}
		if f := p.fn(recv, name); f != nil {
			d.doc, d.source = f.Doc, p.source(f.Decl)
		}
	case *types.Builtin:
		if f := p.fn("", name); f != nil {
			d.doc, d.source = f.Doc, p.source(f.Decl)
		}
	case *types.TypeName:
		if ty := p.typ(name); ty != nil {
			d.doc = ty.Doc
			d.source = p.source(specOf(ty.Decl, name))
		}
	case *types.Var:
		if obj.IsField() {
			var f ast.Node
			d.doc, f = p.member(t.owner, name)
			d.source = p.source(f)
			return
		}
		var n ast.Node
		d.doc, n = p.value(name)
		d.source = p.source(n)
	case *types.Const, *types.Nil:
		var n ast.Node
		d.doc, n = p.value(name)
		d.source = p.source(n)
	}
}

// specOf returns the spec of name in a grouped declaration, or the
// declaration itself.
func specOf(g *ast.GenDecl, name string) ast.Node {
	if g == nil || !g.Lparen.IsValid() {
		return g
	}
	for _, s := range g.Specs {
		if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == name {
			return ts
		}
	}
	return g
}

// cellDoc fills in the doc comment, source and place of a symbol the
// session or the cell being written declares.
func cellDoc(d *description, a *analysis, t target) {
	p := t.obj.Pos()
	if !p.IsValid() {
		return
	}
	pos := a.Fset.Position(p)
	var top ast.Node // the top-level declaration or statement holding p
	if pos.Filename == a.Cell.Name {
		d.where = fmt.Sprintf("defined in this cell, line %d", pos.Line)
		for _, n := range a.Cell.File.Decls {
			if n.Pos() <= p && p < n.End() {
				top = n
			}
		}
		for _, n := range a.Cell.Stmts {
			if n.Pos() <= p && p < n.End() {
				top = n
			}
		}
		if top != nil {
			if s, e := a.Cell.Offset(top.Pos()), a.Cell.Offset(top.End()); s >= 0 && s <= e && e <= len(a.Cell.Src) {
				d.source = a.Cell.Src[s:e]
			}
		}
	} else if sd := sessionDecl(a.Session, p); sd != nil {
		top, d.source, d.doc = sd.Node, sd.Src, sd.Doc
		if pos.Filename != sd.Cell {
			// The compiler rewrote the declaration (variables and
			// constants): where it was written is the declaration's place.
			pos = sd.Pos
		}
		d.where = fmt.Sprintf("defined in %s, line %d", cellLabel(pos.Filename), pos.Line)
	}
	if top == nil {
		return
	}
	if local(t.obj) {
		d.source = "" // the statement holding a local may be long: its type says enough
	}
	if text := declDoc(top, p); text != "" {
		d.doc = text
	}
}

// sessionDecl returns the session's declaration holding position p, or
// nil.
func sessionDecl(s *compile.Session, p token.Pos) *compile.Decl {
	if s == nil {
		return nil
	}
	for _, d := range s.Decls {
		if d.Node != nil && d.Node.Pos() <= p && p < d.Node.End() {
			return d
		}
	}
	return nil
}

// local reports whether obj is declared inside a function.
func local(obj types.Object) bool {
	if v, ok := obj.(*types.Var); !ok || v.IsField() || obj.Pkg() == nil {
		return false
	}
	return obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope()
}

// declDoc returns the doc comment of the declaration at p inside top: a
// field's, a spec's, or the declaration's.
func declDoc(top ast.Node, p token.Pos) string {
	text := ""
	switch n := top.(type) {
	case *ast.FuncDecl:
		text = n.Doc.Text()
	case *ast.GenDecl:
		text = n.Doc.Text()
	}
	ast.Inspect(top, func(n ast.Node) bool {
		if n == nil || n.Pos() > p || n.End() <= p {
			return false
		}
		switch n := n.(type) {
		case *ast.Field:
			if t := commentText(n.Doc, n.Comment); t != "" && hasPos(n.Names, p) {
				text = t
			}
		case *ast.ValueSpec:
			if t := commentText(n.Doc, n.Comment); t != "" {
				text = t
			}
		case *ast.TypeSpec:
			if t := commentText(n.Doc, n.Comment); t != "" {
				text = t
			}
		}
		return true
	})
	return text
}

func hasPos(ids []*ast.Ident, p token.Pos) bool {
	for _, id := range ids {
		if id.Pos() == p {
			return true
		}
	}
	return false
}

// markdown renders a doc comment as Markdown, with links to symbols
// pointing at pkg.go.dev (go/doc makes links within the package relative).
func markdown(p *doc.Package, text string) string {
	pr := p.Printer()
	pr.DocLinkURL = func(l *comment.DocLink) string {
		if l.ImportPath == "" {
			if p.ImportPath == "" {
				return ""
			}
			c := *l
			c.ImportPath = p.ImportPath
			l = &c
		}
		return l.DefaultURL("https://pkg.go.dev")
	}
	return string(pr.Markdown(p.Parser().Parse(text)))
}

// cellLabel names a cell as the notebook shows it: "cell3" is "Cell [3]".
func cellLabel(name string) string {
	if n, ok := strings.CutPrefix(name, "cell"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
		return "Cell [" + n + "]"
	}
	return name
}

// bundle renders the description as text/plain and text/markdown; detail
// 1 adds the full source.
func (d description) bundle(detail int) kernel.Bundle {
	r := d.render
	if r == nil {
		r = &doc.Package{}
	}
	var plain, md strings.Builder
	plain.WriteString(d.decl + "\n")
	md.WriteString("```go\n" + d.decl + "\n```\n")
	text := d.doc
	if detail == 0 && d.brief != "" {
		text = d.brief
	}
	if text != "" {
		plain.WriteString("\n" + string(r.Text(text)))
		md.WriteString("\n" + markdown(r, text))
	}
	if d.where != "" {
		plain.WriteString("\n" + d.where + "\n")
		md.WriteString("\n*" + d.where + "*\n")
	}
	if d.link != "" {
		md.WriteString("\n[" + d.link + "](" + d.link + ")\n")
	}
	if detail > 0 && d.source != "" && d.source != d.decl {
		src := compile.UserName(d.source)
		plain.WriteString("\nSource:\n" + src + "\n")
		md.WriteString("\n```go\n" + src + "\n```\n")
	}
	return kernel.Bundle{
		Data:     map[string]any{"text/plain": plain.String(), "text/markdown": md.String()},
		Metadata: map[string]any{},
	}
}
