package assist

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"gokernel/kernel"
	"gokernel/kernel/engine/typeinfo"
)

// maxMatches caps the number of completions returned.
const maxMatches = 200

// Ranks order completions that match the prefix equally well: names
// nearer the cursor first.
const (
	rankLocal    = iota // declared in an enclosing function
	rankSession         // declared in the session or the cell
	rankImported        // a package the cell can use by its import
	rankBuiltin         // predeclared
	rankKeyword
	rankPackage // another package of the standard library
)

// cand is one possible completion.
type cand struct {
	text string // inserted text
	name string // compared with the prefix
	kind string
	sig  string
	rank int
}

// complete implements Assistant.Complete; cursor is within code.
func (as *Assistant) complete(an Analyzer, code string, cursor int) kernel.Completion {
	none := kernel.Completion{CursorStart: cursor, CursorEnd: cursor}
	toks := lex(code)
	if inLiteral(code, toks, cursor) {
		return none
	}
	ws, we := wordAt(code, cursor)
	if isNumberStart(code[ws:we]) {
		return none
	}
	prefix := code[ws:cursor]
	var cands []cand
	start := ws
	if ws > 0 && code[ws-1] == '.' {
		cands, start = as.members(an, code, toks, ws, we, cursor)
	} else {
		if prefix == "" {
			return none
		}
		cands = as.names(an, code, toks, ws, cursor)
	}
	cands = sortMatches(cands, prefix)
	if len(cands) == 0 {
		return none
	}
	c := kernel.Completion{CursorStart: start, CursorEnd: we}
	for _, k := range cands {
		c.Matches = append(c.Matches, k.text)
		c.Types = append(c.Types, kernel.CompletionType{Text: k.text, Type: k.kind, Signature: k.sig, Start: start, End: we})
	}
	return c
}

// sortMatches keeps the candidates whose name starts with prefix, exactly or
// ignoring case, and sorts them: exact matches first, then by rank and
// name. It drops duplicates (keeping the best) and caps the list.
func sortMatches(cands []cand, prefix string) []cand {
	lower := strings.ToLower(prefix)
	type ranked struct {
		cand
		inexact bool
	}
	var keep []ranked
	for _, c := range cands {
		switch {
		case strings.HasPrefix(c.name, prefix):
			keep = append(keep, ranked{c, false})
		case strings.HasPrefix(strings.ToLower(c.name), lower):
			keep = append(keep, ranked{c, true})
		}
	}
	sort.SliceStable(keep, func(i, j int) bool {
		a, b := keep[i], keep[j]
		if a.inexact != b.inexact {
			return !a.inexact
		}
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		return a.text < b.text
	})
	seen := map[string]bool{}
	var out []cand
	for _, k := range keep {
		if seen[k.text] {
			continue
		}
		seen[k.text] = true
		out = append(out, k.cand)
		if len(out) == maxMatches {
			break
		}
	}
	return out
}

// objCand is the candidate for obj, inserted as text.
func objCand(obj types.Object, text string, r int) cand {
	return cand{text: text, name: obj.Name(), kind: kindOf(obj), sig: shortSig(obj), rank: r}
}

// hidden reports names the kernel declares for itself.
func hidden(name string) bool {
	return name == "_" || strings.Contains(name, "__gk")
}

// members lists the members of the operand before the dot at ws-1: a
// package's exported names (replacing pkg.Name whole, from the returned
// start) or a value's fields and methods (replacing the name after the
// dot).
func (as *Assistant) members(an Analyzer, code string, toks []tok, ws, we, cursor int) ([]cand, int) {
	dot := tokenAt(toks, ws-1)
	if dot < 1 || toks[dot].t != token.PERIOD {
		return nil, ws
	}
	xs := operandStart(toks, dot-1)
	if xs < 0 {
		return nil, ws
	}
	extra := ""
	if ws == we {
		extra = "_" // so that "x." parses as a selector
	}
	a := analyzeExpr(an, code, xs, we, cursor, extra)
	var sel *ast.SelectorExpr
	if a != nil {
		sel = findSelector(a, a.at(ws))
	}
	// A package name: its members.
	if toks[dot-1].t == token.IDENT && toks[dot-1].off == xs {
		name := code[xs : ws-1]
		if pkg := as.packageOf(a, sel, name); pkg != nil {
			var out []cand
			for _, n := range pkg.Scope().Names() {
				obj := pkg.Scope().Lookup(n)
				if obj.Exported() {
					out = append(out, objCand(obj, name+"."+n, rankSession))
				}
			}
			return out, xs
		}
	}
	if sel == nil {
		return nil, ws
	}
	tv, ok := a.Info.Types[sel.X]
	if !ok || tv.Type == nil {
		return nil, ws
	}
	return fieldsAndMethods(tv, a.Pkg), ws
}

// packageOf returns the package that name denotes as the operand of sel:
// the analysis's import, or, when the analysis does not know name, the
// standard package of that name.
func (as *Assistant) packageOf(a *analysis, sel *ast.SelectorExpr, name string) *types.Package {
	if a != nil && sel != nil {
		if id, ok := sel.X.(*ast.Ident); ok {
			switch obj := a.Info.Uses[id].(type) {
			case *types.PkgName:
				return obj.Imported()
			case nil:
			default:
				return nil // a variable or type shadowing the package
			}
		}
	}
	path := ""
	if a != nil {
		path = a.Imports[name]
	}
	if path == "" {
		if paths := typeinfo.Lookup(name); len(paths) > 0 {
			path = paths[0]
		}
	}
	if path == "" {
		return nil
	}
	pkg, err := as.importer().Import(path)
	if err != nil {
		return nil
	}
	return pkg
}

// findSelector returns the selector expression of the analysis whose
// selected name starts at offset off, or nil.
func findSelector(a *analysis, off int) *ast.SelectorExpr {
	path := a.Node(off)
	for i := len(path) - 1; i >= 0; i-- {
		if s, ok := path[i].(*ast.SelectorExpr); ok && a.Cell.Offset(s.Sel.Pos()) == off {
			return s
		}
	}
	return nil
}

// fieldsAndMethods lists the fields and methods that can be selected from
// an operand (pkg is the package of the code selecting).
func fieldsAndMethods(tv types.TypeAndValue, pkg *types.Package) []cand {
	t := tv.Type
	var out []cand
	for _, name := range memberNames(t) {
		obj, _, _ := types.LookupFieldOrMethod(t, tv.Addressable(), pkg, name)
		if obj == nil || hidden(name) {
			continue
		}
		if tv.IsType() {
			if _, ok := obj.(*types.Func); !ok {
				continue // a method expression T.M selects methods only
			}
		}
		if !obj.Exported() && (pkg == nil || obj.Pkg() == nil || obj.Pkg().Path() != pkg.Path()) {
			continue
		}
		out = append(out, objCand(obj, name, rankSession))
	}
	return out
}

// memberNames lists the names of the fields and methods of t, promoted
// ones included; which of them can be selected is for
// types.LookupFieldOrMethod to say.
func memberNames(t types.Type) []string {
	seen := map[types.Type]bool{}
	names := map[string]bool{}
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		t = types.Unalias(t)
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if depth > 8 || seen[t] {
			return
		}
		seen[t] = true
		if n, ok := t.(*types.Named); ok {
			for m := range n.Methods() {
				names[m.Name()] = true
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for f := range u.Fields() {
				names[f.Name()] = true
				if f.Embedded() {
					walk(f.Type(), depth+1)
				}
			}
		case *types.Interface:
			for m := range u.Methods() {
				names[m.Name()] = true
			}
		}
	}
	walk(t, 0)
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
