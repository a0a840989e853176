package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// reboundImports returns the names the cell's imports bind to another
// package than the session's.
func (t *translation) reboundImports() map[string]bool {
	out := map[string]bool{}
	for n, p := range t.imports {
		if old, ok := t.c.sess.Imports[n]; ok && old != p {
			out[n] = true
		}
	}
	return out
}

// importedOverVars reports the cell's imports of a name that is a
// variable of the session which other declarations of the session use
// (sort := []int{…}, func count() int { return len(sort) }, then import
// "sort"): the import replaces the variable (see commit), and those would
// name the package.
func (t *translation) importedOverVars(decls []*cellDecl) ErrorList {
	var errs ErrorList
	for _, s := range t.u.imports {
		name, path := importName(s, t.c.opt.PackageName)
		if d := t.c.sess.Decls[name]; d == nil || d.Kind != KindVar || t.c.sess.Imports[name] == path {
			continue
		}
		v, ok := t.ck.pkg.Scope().Lookup(name).(*types.Var)
		if !ok {
			continue
		}
		for _, d := range t.c.sess.sorted() {
			if d.Key == name || d.Node == nil || declaredByCell(decls, d.Key) || !t.uses(d.Node, v) {
				continue
			}
			errs = append(errs, &CheckError{Pos: t.c.fset.Position(s.Pos()), Msg: fmt.Sprintf(
				"import %q replaces the variable %s, which %s of an earlier cell uses: import it under another name (import %spkg %q), or redefine %s in this cell too",
				path, name, d.Key, name, path, d.Key)})
			break
		}
	}
	return errs
}

// uses reports whether an identifier under n refers to obj.
func (t *translation) uses(n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && t.ck.info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// mentionsAny reports whether an identifier under n is one of names.
func mentionsAny(n ast.Node, names map[string]bool) bool {
	if len(names) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return !found
	})
	return found
}

// broken returns the errors of the earlier cells' declarations this cell
// would declare again (reemit, and the methods of the types in bump and
// of the types it redefines) and that no longer type-check: the cell is
// refused, as the interpreter would fail half-way through it.
func (t *translation) broken(decls []*cellDecl, reemit, bump map[string]bool) error {
	if len(t.ck.earlier) == 0 {
		return nil
	}
	sess := t.c.sess
	again := map[string]bool{}
	for k := range reemit {
		again[k] = true
	}
	typeKeys := map[string]bool{}
	for k := range bump {
		typeKeys[k] = true
	}
	for _, d := range decls {
		if d.kind == KindType {
			typeKeys[d.key] = true
		}
	}
	for k := range t.changed {
		// Generic declarations written anew (their instances are): their
		// methods too.
		if d := sess.Decls[k]; d != nil && d.Node != nil && isGeneric(d.Node) && !declaredByCell(decls, k) {
			again[k] = true
			typeKeys[k] = true
		}
	}
	for k, d := range sess.Decls {
		if d.Kind == KindMethod && typeKeys[strings.SplitN(k, ".", 2)[0]] && !declaredByCell(decls, k) {
			again[k] = true
		}
	}
	// A declaration naming a package the cell imports anew under the
	// same name (math/rand, then math/rand/v2) is checked with the new
	// one (see check): declared again.
	rebound := t.reboundImports()
	for _, d := range sess.Decls {
		if d.Node != nil && !declaredByCell(decls, d.Key) && mentionsAny(d.Node, rebound) {
			again[d.Key] = true
		}
	}
	errs := t.importedOverVars(decls)
	// A session variable whose type no longer type-checks (Item made
	// uncomparable while l is a *List[Item]): its value could not be
	// carried over.
	at := token.NoPos // the cell's first type declaration, where such errors go
	for _, d := range decls {
		if d.kind == KindType {
			at = d.node.Pos()
			break
		}
	}
	if !at.IsValid() {
		at = t.typeNameTaken(decls)
	}
	for _, e := range t.ck.earlier {
		if !e.at.IsValid() || !at.IsValid() {
			continue
		}
		for _, d := range sess.sorted() {
			if d.Kind == KindVar && d.Node != nil && d.Node.Pos() <= e.at && e.at < d.Node.End() {
				first, rest, _ := strings.Cut(e.Msg, "\n")
				msg := first + " (the type of variable " + d.Key + " of an earlier cell needs it)"
				if rest != "" {
					msg += "\n" + rest
				}
				errs = append(errs, &CheckError{Pos: t.c.fset.Position(at), Msg: msg})
			}
		}
	}
	for k := range again {
		d := sess.Decls[k]
		if d == nil || d.Node == nil {
			continue
		}
		from, to := t.c.fset.Position(d.Node.Pos()), t.c.fset.Position(d.Node.End())
		prev := -1 // the index in errs of this declaration's last error
		for _, e := range t.ck.earlier {
			if e.Pos.Filename == from.Filename && e.Pos.Line >= from.Line && e.Pos.Line <= to.Line {
				if strings.HasPrefix(e.Msg, "\t") && prev >= 0 {
					// go/types' note on the error before it ("\tprevious
					// case"): its continuation.
					errs[prev].Msg += "\n" + e.Msg
					continue
				}
				prev = len(errs)
				// The hint ends the first line (before go/types' have and
				// want lines).
				first, rest, _ := strings.Cut(e.Msg, "\n")
				msg := first + " (after this cell's changes; redefine " + k + " in this cell too)"
				if rest != "" {
					msg += "\n" + rest
				}
				errs = append(errs, &CheckError{Pos: e.Pos, Msg: msg})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos.Line < errs[j].Pos.Line })
	return errs
}

// typeNameTaken returns the position of the cell's first constant,
// function or variable that takes the name of a type of an earlier cell,
// or NoPos.
func (t *translation) typeNameTaken(decls []*cellDecl) token.Pos {
	at := token.NoPos
	first := func(p token.Pos) {
		if !at.IsValid() || p < at {
			at = p
		}
	}
	for _, d := range decls {
		if d.kind != KindConst && d.kind != KindFunc {
			continue
		}
		for _, k := range keysOf(d.node) {
			if t.sessionType(k) {
				first(d.node.Pos())
			}
		}
	}
	for _, it := range t.u.stmts {
		for _, n := range definedNames(it.node) {
			if t.sessionType(n) {
				first(it.node.Pos())
			}
		}
	}
	return at
}
