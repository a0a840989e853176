package assist

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"gokernel/kernel/engine/typeinfo"
)

// stmtKeywords may start a statement (or a declaration, or a case);
// exprKeywords may appear inside an expression.
var (
	stmtKeywords = []string{"break", "case", "chan", "const", "continue", "default", "defer",
		"else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
		"package", "range", "return", "select", "struct", "switch", "type", "var"}
	exprKeywords = []string{"chan", "func", "interface", "map", "range", "struct"}
)

// names lists what an identifier starting at ws can complete to: names in
// scope at cursor, keywords and package names.
func (as *Assistant) names(an Analyzer, code string, toks []tok, ws, cursor int) []cand {
	prefix := strings.ToLower(code[ws:cursor])
	matches := func(name string) bool {
		return strings.HasPrefix(strings.ToLower(name), prefix) && !hidden(name)
	}
	var out []cand
	seen := map[string]bool{} // names already found in an inner scope
	add := func(c cand) {
		if !seen[c.name] {
			seen[c.name] = true
			out = append(out, c)
		}
	}

	scope := types.Universe
	a := analyzeScope(an, code, cursor)
	off, self := -1, -1
	if a != nil {
		off, self = a.at(cursor), a.at(ws)
		if a.Pkg != nil {
			scope = a.Pkg.Scope()
		}
		if s := innermostScope(a, off); s != nil {
			scope = s
		}
	}
	for s := scope; s != nil; s = s.Parent() {
		r := rankLocal
		switch {
		case s == types.Universe:
			r = rankBuiltin
		case a != nil && a.Pkg != nil && s == a.Pkg.Scope():
			r = rankSession
		}
		for _, name := range s.Names() {
			if !matches(name) {
				continue
			}
			obj := s.Lookup(name)
			if a != nil && obj.Pos().IsValid() {
				o := a.Cell.Offset(obj.Pos())
				if o == self || r == rankLocal && o > off {
					continue // the word itself, or declared after the cursor
				}
			}
			c := objCand(obj, name, r)
			if c.kind == kindPackage {
				c.rank = rankImported
			}
			add(c)
		}
	}

	// Packages: those the cell can use, then the standard library's.
	if a != nil {
		for name, path := range a.Imports {
			if matches(name) {
				add(cand{text: name, name: name, kind: kindPackage, sig: path, rank: rankImported})
			}
		}
	}
	kw := exprKeywords
	if stmtStart(toks, ws) {
		kw = stmtKeywords
	}
	for _, k := range kw {
		if matches(k) {
			add(cand{text: k, name: k, kind: kindKeyword, rank: rankKeyword})
		}
	}
	for _, p := range as.stdPackages() {
		if matches(p.name) {
			add(cand{text: p.name, name: p.name, kind: kindPackage, sig: p.path, rank: rankPackage})
		}
	}
	return out
}

// innermostScope returns the innermost scope of the cell that contains
// offset off, or nil when off is at the cell's top level.
func innermostScope(a *analysis, off int) *types.Scope {
	var best *types.Scope
	bestLen := -1
	for n, s := range a.Info.Scopes {
		if _, ok := n.(*ast.File); ok {
			continue
		}
		start, end := a.Cell.Offset(s.Pos()), a.Cell.Offset(s.End())
		if start < 0 || end < 0 || off <= start || off >= end {
			continue
		}
		if best == nil || end-start < bestLen {
			best, bestLen = s, end-start
		}
	}
	return best
}

// stdPackage is a package of the standard library, by name.
type stdPackage struct{ name, path string }

// stdPackages returns the packages with type information, one per name
// (the path a cell gets when it uses the name without importing it), and
// without internal or vendored ones.
func (as *Assistant) stdPackages() []stdPackage {
	as.mu.Lock()
	defer as.mu.Unlock()
	if as.pkgs != nil {
		return as.pkgs
	}
	seen := map[string]bool{}
	for _, path := range typeinfo.Packages() {
		name := typeinfo.PackageName(path)
		if name == "" || seen[name] || !token.IsIdentifier(name) ||
			strings.Contains(path, "internal") || strings.HasPrefix(path, "vendor/") {
			continue
		}
		seen[name] = true
		if paths := typeinfo.Lookup(name); len(paths) > 0 {
			path = paths[0]
		}
		as.pkgs = append(as.pkgs, stdPackage{name: name, path: path})
	}
	sort.Slice(as.pkgs, func(i, j int) bool { return as.pkgs[i].name < as.pkgs[j].name })
	return as.pkgs
}
