package compile

import (
	"go/ast"
	"go/token"
	"go/types"
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
			if ok || c.promoted[recv][name] || t.sessionNamedNonStruct(recv) || encodingMethods[name] && t.sessionType(recv) ||
				(name == "Error" || name == "String") && t.embeddedInSession(recv) {
				// The interpreter cannot replace a method (nor one
				// promotedMethods declared): the type gets a new
				// version, with all its methods. So does a named
				// non-struct type of an earlier cell that gains one: its
				// values carry no type, and code printing them was
				// written with the description of their time (without
				// String, MarshalJSON…); and so does a struct type that
				// gains an encoding method (json and encoding find them
				// in the description); and so does a type embedded in a
				// session struct type that gains Error or String: the
				// embedders declare them anew, with the capture test of
				// format.Recover (see valueErrorMethods).
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

// embeddedInSession reports a type an earlier cell declared, by name,
// that a struct type of the session embeds (by value or pointer).
func (t *translation) embeddedInSession(name string) bool {
	if !t.sessionType(name) {
		return false
	}
	scope := t.ck.pkg.Scope()
	for k, d := range t.c.sess.Decls {
		if d.Kind != KindType || k == name {
			continue
		}
		tn, ok := scope.Lookup(k).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if !f.Embedded() {
				continue
			}
			ft := f.Type()
			if p, ok := ft.(*types.Pointer); ok {
				ft = p.Elem()
			}
			if n, ok := ft.(*types.Named); ok && n.Obj().Name() == name && n.Obj().Parent() == scope {
				return true
			}
		}
	}
	return false
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
			if old, ok := t.c.sess.Decls[n]; ok && (old.Kind != KindVar || old.Type != t.typeStr(obj.Type())) {
				// A new variable of another type, or in place of a
				// constant: the declarations using the old one are
				// declared anew, or the cell is refused when they no
				// longer compile (see broken).
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
