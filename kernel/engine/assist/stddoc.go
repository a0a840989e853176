package assist

import (
	"context"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// docs reads the documentation of standard packages from the Go sources
// (GOROOT/src), one package at a time, and caches it.
type docs struct {
	mu       sync.Mutex         // guards the fields below
	root     string             // GOROOT; "" when not found
	rootDone bool               // root has been looked for
	pkgs     map[string]*pkgDoc // by import path; nil for packages without sources
}

// pkgDoc is the documentation of one package.
type pkgDoc struct {
	fset *token.FileSet
	pkg  *doc.Package
	src  map[string][]byte // file contents by name, for declarations' source
}

func newDocs(root string) *docs {
	return &docs{root: root, rootDone: root != "", pkgs: map[string]*pkgDoc{}}
}

// goEnvTimeout bounds the run of "go env GOROOT".
const goEnvTimeout = 2 * time.Second

// findGOROOT returns the Go installation with sources: go env GOROOT,
// else $GOROOT, else /usr/local/go; "" when none has them.
func findGOROOT() string {
	ctx, cancel := context.WithTimeout(context.Background(), goEnvTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "env", "GOROOT")
	cmd.Dir = os.TempDir()                              // away from any go.mod's toolchain line
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local") // never download a toolchain
	if out, err := cmd.Output(); err == nil && hasSources(strings.TrimSpace(string(out))) {
		return strings.TrimSpace(string(out))
	}
	for _, r := range []string{os.Getenv("GOROOT"), "/usr/local/go"} {
		if hasSources(r) {
			return r
		}
	}
	return ""
}

func hasSources(root string) bool {
	if root == "" {
		return false
	}
	st, err := os.Stat(filepath.Join(root, "src", "builtin"))
	return err == nil && st.IsDir()
}

// pkg returns the documentation of the package at path, or nil when its
// sources are absent.
func (d *docs) pkg(path string) *pkgDoc {
	d.mu.Lock()
	defer d.mu.Unlock()
	if p, ok := d.pkgs[path]; ok {
		return p
	}
	if !d.rootDone {
		d.root, d.rootDone = findGOROOT(), true
	}
	p := loadDoc(d.root, path)
	d.pkgs[path] = p
	return p
}

// loadDoc parses the package at path under root/src (the files the
// build would use on this platform) and computes its documentation.
func loadDoc(root, path string) *pkgDoc {
	if root == "" || !validPath(path) {
		return nil
	}
	dir := filepath.Join(root, "src", filepath.FromSlash(path))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	ctx := build.Default
	ctx.GOROOT = root
	p := &pkgDoc{fset: token.NewFileSet(), src: map[string][]byte{}}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := ctx.MatchFile(dir, name); path != "builtin" && (err != nil || !ok) {
			continue
		}
		file := filepath.Join(dir, name)
		b, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(p.fset, file, b, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		files = append(files, f)
		p.src[file] = b
	}
	if len(files) == 0 {
		return nil
	}
	mode := doc.PreserveAST
	if path == "builtin" {
		mode |= doc.AllDecls // its names are lower-case
	}
	p.pkg, err = doc.NewFromFiles(p.fset, files, path, mode)
	if err != nil {
		return nil
	}
	return p
}

// validPath reports whether path is an import path that stays inside
// GOROOT/src.
func validPath(path string) bool {
	if path == "" || strings.HasPrefix(path, "/") {
		return false
	}
	for _, el := range strings.Split(path, "/") {
		if el == "" || el == "." || el == ".." {
			return false
		}
	}
	return !strings.ContainsAny(path, `\:`)
}

// source returns the text of node as written.
func (p *pkgDoc) source(node ast.Node) string {
	if node == nil {
		return ""
	}
	f := p.fset.File(node.Pos())
	if f == nil {
		return ""
	}
	b := p.src[f.Name()]
	s, e := f.Offset(node.Pos()), f.Offset(node.End())
	if s < 0 || e > len(b) || s > e {
		return ""
	}
	return string(b[s:e])
}

// typ returns the documentation of the type named name, or nil.
func (p *pkgDoc) typ(name string) *doc.Type {
	for _, t := range p.pkg.Types {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// fn returns the documentation of a function or of a method of recv.
func (p *pkgDoc) fn(recv, name string) *doc.Func {
	if recv != "" {
		if t := p.typ(recv); t != nil {
			for _, f := range t.Methods {
				if f.Name == name {
					return f
				}
			}
		}
		return nil
	}
	funcs := p.pkg.Funcs
	for _, t := range p.pkg.Types {
		funcs = append(funcs[:len(funcs):len(funcs)], t.Funcs...)
	}
	for _, f := range funcs {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// value returns the doc comment and declaration of a package-level
// constant or variable.
func (p *pkgDoc) value(name string) (string, ast.Node) {
	values := append(p.pkg.Consts[:len(p.pkg.Consts):len(p.pkg.Consts)], p.pkg.Vars...)
	for _, t := range p.pkg.Types {
		values = append(values, t.Consts...)
		values = append(values, t.Vars...)
	}
	for _, v := range values {
		for _, s := range v.Decl.Specs {
			vs, ok := s.(*ast.ValueSpec)
			if !ok || !hasName(vs.Names, name) {
				continue
			}
			// The spec's own comment, then the group's.
			text := v.Doc
			if d := commentText(vs.Doc, vs.Comment); d != "" && d != text {
				text = strings.TrimSuffix(d+"\n"+text, "\n")
			}
			if len(v.Decl.Specs) > 1 {
				return text, vs
			}
			return text, v.Decl
		}
	}
	return "", nil
}

// member returns the doc comment and declaration of a field or an
// interface method name of the type owner; with owner "", of the first
// type that has one.
func (p *pkgDoc) member(owner, name string) (string, ast.Node) {
	for _, t := range p.pkg.Types {
		if owner != "" && t.Name != owner {
			continue
		}
		for _, s := range t.Decl.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok {
				continue
			}
			if text, f := fieldDoc(ts.Type, name); f != nil {
				return text, f
			}
		}
	}
	return "", nil
}

// fieldDoc finds the field or interface method name in a struct or
// interface type and returns its doc comment.
func fieldDoc(t ast.Expr, name string) (string, *ast.Field) {
	var list *ast.FieldList
	switch t := t.(type) {
	case *ast.StructType:
		list = t.Fields
	case *ast.InterfaceType:
		list = t.Methods
	}
	if list == nil {
		return "", nil
	}
	for _, f := range list.List {
		if hasName(f.Names, name) {
			return commentText(f.Doc, f.Comment), f
		}
	}
	return "", nil
}

func hasName(ids []*ast.Ident, name string) bool {
	for _, id := range ids {
		if id.Name == name {
			return true
		}
	}
	return false
}

// commentText is the text of the first non-empty comment group.
func commentText(groups ...*ast.CommentGroup) string {
	for _, g := range groups {
		if t := g.Text(); t != "" {
			return t
		}
	}
	return ""
}
