package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// cellDecl is one declaration of the cell being translated.
type cellDecl struct {
	key  string
	kind Kind
	node ast.Decl // FuncDecl, or GenDecl of one type spec, or a const group
	spec *ast.TypeSpec
	src  string
}

// unchangedCellDecl returns the cell's declaration of key when the cell
// writes it again unchanged (and so does not declare it anew), or nil.
func unchangedCellDecl(decls []*cellDecl, emitCell map[*cellDecl]bool, key string) *cellDecl {
	for _, d := range decls {
		if d.key == key && !emitCell[d] {
			return d
		}
	}
	return nil
}

// declaredByCell reports whether the cell declares key itself.
func declaredByCell(decls []*cellDecl, key string) bool {
	for _, d := range decls {
		if d.key == key {
			return true
		}
	}
	return false
}

// varInfo is a session variable the cell declares or whose type changes.
type varInfo struct {
	name    string
	obj     *types.Var
	typ     string // interpreter type string
	sessTyp string
	declare bool
	migrate bool
}

// collectDecls lists the cell's declarations, one a type spec.
func (t *translation) collectDecls() {
	u := t.u
	var decls []*cellDecl
	for _, d := range u.decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			keys := keysOf(d)
			kind := KindFunc
			if d.Recv != nil {
				kind = KindMethod
			}
			key := ""
			if len(keys) > 0 {
				key = keys[0]
			}
			decls = append(decls, &cellDecl{key: key, kind: kind, node: d, src: t.raw(u.cell, d.Pos(), d.End())})
		case *ast.GenDecl:
			switch d.Tok {
			case token.TYPE:
				for _, s := range d.Specs {
					ts := s.(*ast.TypeSpec)
					g := &ast.GenDecl{Tok: token.TYPE, TokPos: d.TokPos, Specs: []ast.Spec{ts}}
					decls = append(decls, &cellDecl{key: ts.Name.Name, kind: KindType, node: g, spec: ts,
						src: "type " + t.raw(u.cell, ts.Pos(), ts.End())})
				}
			case token.CONST:
				decls = append(decls, &cellDecl{kind: KindConst, node: d, src: t.raw(u.cell, d.Pos(), d.End())})
			}
		}
	}
	t.cellDecls = decls
}

// findChanges marks what the cell changes: types redefined (new
// versions), funcs and consts (re)declared, methods added or redefined.
func (t *translation) findChanges() {
	c, sess, ck, decls := t.c, t.c.sess, t.ck, t.cellDecls
	changed, bump, emitCell := t.changed, t.bump, t.emitCell
	t.locatedHere = t.locatedFuncs(decls)
	// Constants are folded into the code that uses them: a declaration
	// written again unchanged is still new when a constant it uses is.
	consts := map[string]bool{}
	for _, d := range decls {
		if d.kind == KindConst {
			for _, k := range keysOf(d.node) {
				consts[k] = true
			}
		}
	}
	usesNewConst := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && consts[id.Name] {
				if _, isConst := ck.info.Uses[id].(*types.Const); isConst {
					found = true
				}
			}
			return !found
		})
		return found
	}
	for _, d := range decls {
		switch d.kind {
		case KindConst:
			emitCell[d] = true
			for _, k := range keysOf(d.node) {
				changed[k] = true
			}
		case KindType:
			if old, ok := sess.Decls[d.key]; ok && old.Kind == KindType && old.Src == d.src && !usesNewConst(d.node) {
				continue
			}
			emitCell[d] = true
			changed[d.key] = true
		case KindFunc:
			if d.key == "" { // init or _
				emitCell[d] = true
				continue
			}
			if old, ok := sess.Decls[d.key]; ok && old.Kind == KindFunc && old.Src == d.src && !usesNewConst(d.node) {
				continue
			}
			emitCell[d] = true
			changed[d.key] = true
		case KindMethod:
			old, ok := sess.Decls[d.key]
			if ok && old.Src == d.src && !usesNewConst(d.node) {
				continue
			}
			emitCell[d] = true
			recv := strings.SplitN(d.key, ".", 2)[0]
			if isGeneric(d.node) {
				// A generic type's instances are written anew with all
				// their methods; those who use them follow.
				c.methodGen[recv]++
				changed[recv] = true
				t.regenTypes = append(t.regenTypes, recv)
				continue
			}
			name := strings.SplitN(d.key, ".", 2)[1]
			if ok || c.promoted[recv][name] || t.sessionNamedNonStruct(recv) || encodingMethods[name] && t.sessionType(recv) {
				// The interpreter cannot replace a method (nor one
				// promotedMethods declared): the type gets a new
				// version, with all its methods. So does a named
				// non-struct type of an earlier cell that gains one: its
				// values carry no type, and code printing them was
				// written with the description of their time (without
				// String, MarshalJSON…); and so does a struct type that
				// gains an encoding method (json and encoding find them
				// in the description).
				if _, inSession := sess.Decls[recv]; inSession {
					bump[recv] = true
				}
			}
		}
	}
	for k := range bump {
		// A type the cell writes again unchanged gets its new version
		// from the cell's copy: the session's is not checked with the
		// cell, and its references to types redefined since would not
		// name their new versions.
		if cd := unchangedCellDecl(decls, emitCell, k); cd != nil {
			emitCell[cd] = true
			changed[k] = true
		}
	}
}

// encodingMethods are the methods encoding/json and encoding packages
// look for, which the descriptions of a cell type list.
var encodingMethods = map[string]bool{"MarshalJSON": true, "UnmarshalJSON": true, "MarshalText": true, "UnmarshalText": true}

// sessionType reports a type an earlier cell declared, by name.
func (t *translation) sessionType(name string) bool {
	d, ok := t.c.sess.Decls[name]
	return ok && d.Kind == KindType
}

// sessionNamedNonStruct reports a named non-struct type an earlier cell
// declared, by name.
func (t *translation) sessionNamedNonStruct(name string) bool {
	d, ok := t.c.sess.Decls[name]
	if !ok || d.Kind != KindType {
		return false
	}
	tn, ok := t.ck.pkg.Scope().Lookup(name).(*types.TypeName)
	return ok && t.namedNonStruct(tn.Type())
}

// collectVars lists the variables the cell's statements define at top
// level: new, or redeclared with another type.
func (t *translation) collectVars() {
	for _, it := range t.u.stmts {
		for _, n := range definedNames(it.node) {
			if t.varByName[n] != nil || !t.hoist[n] {
				continue
			}
			obj, _ := t.ck.pkg.Scope().Lookup(n).(*types.Var)
			if obj == nil {
				continue
			}
			v := &varInfo{name: n, obj: obj, declare: true}
			t.varByName[n] = v
			t.vars = append(t.vars, v)
			if old, ok := t.c.sess.Decls[n]; ok && old.Kind == KindVar && old.Type != t.typeStr(obj.Type()) {
				// A new variable of another type: the declarations
				// using the old one are declared anew, or the cell is
				// refused when they no longer compile (see broken).
				t.changed[n] = true
			}
		}
	}
}

// cascade re-declares everything that refers to a changed declaration; a
// type that gets a new version drags its methods along; a variable whose
// type mentions such a type is redeclared and its value migrated.
func (t *translation) cascade() {
	c, sess, decls := t.c, t.c.sess, t.cellDecls
	changed, bump, emitCell, reemit := t.changed, t.bump, t.emitCell, t.reemit
	newTypes := false
	for _, d := range decls {
		if d.kind == KindType && emitCell[d] || d.kind == KindMethod && emitCell[d] {
			newTypes = true
		}
	}
	// A generic type's new instance (Box[string] first used here) is a
	// new type too for the assertions of earlier cells.
	newTypes = newTypes || t.usesNewInstances()
	t.typesChanged = newTypes
	for {
		var keys []string
		if newTypes {
			keys = append(keys, typesKey)
		}
		for k := range changed {
			keys = append(keys, k)
		}
		for k := range bump {
			keys = append(keys, k)
		}
		grew := false
		// regen gives a generic declaration new instances.
		regen := func(k string) {
			if !changed[k] {
				changed[k] = true
				c.methodGen[k]++
				grew = true
			}
		}
		for _, k := range sess.Dependents(keys) {
			d := sess.Decls[k]
			if d == nil || reemit[k] {
				continue
			}
			switch d.Kind {
			case KindFunc, KindConst:
				if d.Kind == KindFunc && isGeneric(d.Node) {
					// Its instances are made anew (see instKey), also when
					// the cell writes it again unchanged.
					regen(k)
					continue
				}
				if !changed[k] && !declaredByCell(decls, k) {
					reemit[k] = true
					changed[k] = true
					grew = true
				} else if cd := unchangedCellDecl(decls, emitCell, k); cd != nil {
					// Written again unchanged in this cell, but what it
					// refers to changed: the cell's copy is declared anew.
					emitCell[cd] = true
					changed[k] = true
					grew = true
				}
			case KindType:
				if isGeneric(d.Node) {
					regen(k)
					continue
				}
				if !bump[k] && !declaredByCell(decls, k) {
					bump[k] = true
					grew = true
				} else if cd := unchangedCellDecl(decls, emitCell, k); cd != nil {
					emitCell[cd] = true
					changed[k] = true
					grew = true
				}
			case KindMethod:
				recv := strings.SplitN(k, ".", 2)[0]
				if isGeneric(d.Node) {
					regen(recv)
					continue
				}
				if !bump[recv] && !declaredByCell(decls, recv) {
					if _, ok := sess.Decls[recv]; ok {
						bump[recv] = true
						grew = true
					}
				}
			}
		}
		if !grew {
			break
		}
	}
}

// usesNewInstances reports whether the cell uses an instance of a generic
// type of the cells that does not exist yet.
func (t *translation) usesNewInstances() bool {
	found := false
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual, gen: t.gen, anyKeys: true,
		inst: func(origin *types.TypeName, args []string) string {
			if _, ok := t.c.instances[t.instKey(origin, args)]; !ok {
				found = true
			}
			return origin.Name()
		}}
	for id, inst := range t.ck.info.Instances {
		if tn, ok := t.ck.info.Uses[id].(*types.TypeName); !ok || tn.Pkg() != t.ck.pkg || hasTypeParam(inst.Type) {
			continue // (Box[T] in a generic declaration is no instance)
		}
		if t.c.fset.Position(id.Pos()).Filename != t.u.cell.Name {
			continue // the session's own uses made their instances
		}
		if p.print(inst.Type); found {
			return true
		}
	}
	return false
}

// newVersions names the new versions of the types the cell redefines or
// bumps; each is written with all its methods.
func (t *translation) newVersions() {
	sess, decls := t.c.sess, t.cellDecls
	bump, emitCell, reemit := t.bump, t.emitCell, t.reemit
	for _, d := range decls {
		if d.kind == KindType && emitCell[d] {
			_, redefined := sess.Decls[d.key]
			t.gens[d.key] = sess.genName(d.key, redefined)
			if !redefined {
				continue
			}
			// The new version keeps the methods earlier cells declared,
			// and those the cell writes again unchanged.
			for mk, md := range sess.Decls {
				if md.Kind == KindMethod && strings.HasPrefix(mk, d.key+".") && !declaredByCell(decls, mk) {
					reemit[mk] = true
				}
			}
			for _, md := range decls {
				if md.kind == KindMethod && strings.HasPrefix(md.key, d.key+".") {
					emitCell[md] = true
				}
			}
		}
	}
	for k := range bump {
		if _, declared := t.gens[k]; !declared {
			t.gens[k] = sess.genName(k, true)
			reemit[k] = true
		}
		// ... with all the type's methods.
		for mk, md := range sess.Decls {
			if md.Kind == KindMethod && strings.HasPrefix(mk, k+".") && !declaredByCell(decls, mk) {
				reemit[mk] = true
			}
		}
		for _, d := range decls {
			if d.kind == KindMethod && strings.HasPrefix(d.key, k+".") {
				emitCell[d] = true
			}
		}
	}
}

// typedVars adds the session variables whose type changes name, and
// settles each variable's types and whether it is declared anew.
func (t *translation) typedVars() {
	sess, ck, plan := t.c.sess, t.ck, t.plan
	// Session variables whose type changes name.
	for _, d := range sess.sorted() {
		if d.Kind != KindVar || t.varByName[d.Key] != nil {
			continue
		}
		obj, _ := ck.pkg.Scope().Lookup(d.Key).(*types.Var)
		if obj == nil {
			continue
		}
		if ts := t.typeStr(obj.Type()); ts != d.Type {
			v := &varInfo{name: d.Key, obj: obj, declare: true, migrate: true}
			t.varByName[d.Key] = v
			t.vars = append(t.vars, v)
		}
	}
	for _, v := range t.vars {
		v.typ = t.typeStr(v.obj.Type())
		v.sessTyp = t.sessionTypeStr(v.obj.Type())
		if old, ok := sess.Decls[v.name]; ok && old.Kind == KindVar && old.Type == v.typ && !v.migrate {
			v.declare = false // same type: the cell assigns the existing variable
		}
		plan.Vars = append(plan.Vars, v.name)
		if v.migrate {
			plan.Migrations = append(plan.Migrations, v.name)
		}
	}

}

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
		for _, e := range t.ck.earlier {
			if e.Pos.Filename == from.Filename && e.Pos.Line >= from.Line && e.Pos.Line <= to.Line {
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
