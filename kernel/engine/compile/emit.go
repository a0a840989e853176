package compile

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"gokernel/kernel/engine/cell"
)

// translation is the state of translating one cell.
type translation struct {
	c       *Compiler
	u       *unit
	ck      *checked
	imports map[string]string // the cell's imports (user names)
	hoist   map[string]bool

	// gens holds the interpreter names of types (re)declared by this cell.
	gens map[string]string
	// newAliases holds imports the interpreter needs: path → alias.
	newAliases map[string]string
	rewriters  map[*cell.Cell]*rewriter
	inits      []string
	// structIDs holds the tag IDs of the struct types this cell declares.
	structIDs map[string]int
	// withMethods makes desc list methods for templates (templateDescID).
	withMethods bool
	// newAccessors are the method accessors type descriptions need.
	newAccessors []accessor

	// Generics (see generics.go): the cell's declarations, the instances
	// made by this cell and those still to write, and where to write them.
	cellDecls      []*cellDecl
	newInstances   map[string]string
	instTypes      map[string][]types.Type // type arguments by instance name
	lateEmitted    []string                // functions declared (anew) by this cell, for lateCall
	locatedHere    map[string]bool         // the cell's functions, located or not (see callsites.go)
	instQueue      []*instance
	typesB, funcsB *builder
	extraRewriters []*rewriter
}

// accessorSig is the type of the accessor of a method the runtime calls
// on interpreted values ("T" stands for the type), or "". A method
// "tmpl1:M" or "tmpl2:M" is M for a template, of one result or of a
// result and an error.
func accessorSig(method string) string {
	if strings.HasPrefix(method, "tmpl") {
		return "func(x *T) (any, error)"
	}
	switch method {
	case "String", "Error", "GoString":
		return "func(x *T) string"
	case "Format":
		return "func(x *T, s fmt.State, verb rune)"
	case "MarshalJSON", "MarshalText":
		return "func(x *T) ([]byte, error)"
	case "UnmarshalJSON", "UnmarshalText":
		return "func(x *T, b []byte) error"
	case "Unwrap":
		return "func(x *T) error"
	case "Is":
		return "func(x *T, target error) bool"
	case "As":
		return "func(x *T, target any) bool"
	}
	return ""
}

// unnamedParams drops the parameter names of an accessor's signature:
// "func(x *T, b []byte) error" → "func(*T, []byte) error".
func unnamedParams(sig string) string {
	open, close := strings.Index(sig, "("), strings.Index(sig, ")")
	if open < 0 || close < open {
		return sig
	}
	params := strings.Split(sig[open+1:close], ", ")
	for i, p := range params {
		if _, typ, ok := strings.Cut(p, " "); ok {
			params[i] = typ
		}
	}
	return sig[:open+1] + strings.Join(params, ", ") + sig[close:]
}

// accessorBody is the body of an accessor.
func accessorBody(method string) string {
	if name, ok := strings.CutPrefix(method, "tmpl1:"); ok {
		return "return x." + name + "(), nil"
	}
	if name, ok := strings.CutPrefix(method, "tmpl2:"); ok {
		return "return x." + name + "()"
	}
	switch method {
	case "Is", "As":
		return "return x." + method + "(target)"
	case "Format":
		return "x.Format(s, verb)"
	case "UnmarshalJSON", "UnmarshalText":
		return "return x." + method + "(b)"
	}
	return "return x." + method + "()"
}

// accessorShape checks a method has the signature its accessor expects.
func accessorShape(fd *ast.FuncDecl, method string) bool {
	params, results := fd.Type.Params.NumFields(), fd.Type.Results.NumFields()
	resultIs := func(name string) bool {
		id, ok := fd.Type.Results.List[0].Type.(*ast.Ident)
		return ok && id.Name == name
	}
	switch method {
	case "String", "Error", "GoString":
		return params == 0 && results == 1 && resultIs("string")
	case "Format":
		return params == 2 && results == 0
	case "Unwrap":
		return params == 0 && results == 1 && resultIs("error")
	case "Is", "As":
		return params == 1 && results == 1 && resultIs("bool")
	}
	return false
}

// accessor is a function calling a method of an interpreted type for the
// runtime (String and Error for the printer, Unwrap, Is and As for errors).
type accessor struct {
	Var, gen, method string
}

// accessors lists the method accessors the plan must define: for every
// struct type it declares, and for types that get a String or Error
// method.
func (t *translation) accessors(decls []*cellDecl, emitCell map[*cellDecl]bool, reemit map[string]bool) []accessor {
	c, sess := t.c, t.c.sess
	// The methods by type: the cell's, then the session's.
	type method struct{ ptr bool }
	methods := map[string]map[string]method{}
	add := func(key string, fd *ast.FuncDecl) {
		recv, name, _ := strings.Cut(key, ".")
		if accessorSig(name) == "" || !accessorShape(fd, name) {
			return
		}
		if methods[recv] == nil {
			methods[recv] = map[string]method{}
		}
		if _, ok := methods[recv][name]; ok {
			return
		}
		_, ptr := fd.Recv.List[0].Type.(*ast.StarExpr)
		methods[recv][name] = method{ptr: ptr}
	}
	newMethod := map[string]bool{}
	for _, d := range decls {
		if d.kind == KindMethod {
			add(d.key, d.node.(*ast.FuncDecl))
			if emitCell[d] {
				newMethod[strings.SplitN(d.key, ".", 2)[0]] = true
			}
		}
	}
	for k, d := range sess.Decls {
		if fd, ok := d.Node.(*ast.FuncDecl); ok && d.Kind == KindMethod {
			add(k, fd)
		}
	}
	var out []accessor
	for _, typ := range sortedKeys(methods) {
		id := t.structIDs[typ]
		if id == 0 && newMethod[typ] {
			if d := sess.Decls[typ]; d != nil {
				id = d.StructID
			}
		}
		st, ok := c.structs[id]
		if id == 0 || !ok {
			continue
		}
		for _, name := range sortedKeys(methods[typ]) {
			v := "__gk_m" + itoa(id) + "_" + name
			if _, done := st.Methods[name]; done && !newMethod[typ] && t.structIDs[typ] == 0 {
				continue
			}
			st.Methods[name] = MethodRef{Var: v, Pointer: methods[typ][name].ptr}
			out = append(out, accessor{Var: v, gen: st.Gen, method: name})
		}
	}
	return out
}

// pkgLevel reports whether obj is declared at the cell package's level.
func (t *translation) pkgLevel(obj types.Object) bool {
	return obj != nil && obj.Pkg() == t.ck.pkg && obj.Parent() == t.ck.pkg.Scope()
}

// gen returns the interpreter's current name of a type of the session.
func (t *translation) gen(name string) string {
	if g, ok := t.gens[name]; ok {
		return g
	}
	if d, ok := t.c.sess.Decls[name]; ok && d.Kind == KindType && d.Gen != "" {
		return d.Gen
	}
	return ""
}

// alias returns the interpreter's name for an imported package, arranging
// for it to be imported.
func (t *translation) alias(path, name string) string {
	if a, ok := t.c.aliases[path]; ok {
		return a
	}
	if a, ok := t.newAliases[path]; ok {
		return a
	}
	a := t.c.alias(path, name)
	for _, other := range t.newAliases {
		if other == a {
			a = a + genSep + "p" + itoa(len(t.newAliases)+2)
		}
	}
	t.newAliases[path] = a
	return a
}

// objName is the rewriters' naming function.
func (t *translation) objName(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.PkgName:
		return t.alias(obj.Imported().Path(), obj.Imported().Name())
	case *types.TypeName:
		if t.pkgLevel(obj) {
			return t.gen(obj.Name())
		}
	case *types.Func:
		if t.pkgLevel(obj) && obj.Name() == "main" {
			return "__gk_main"
		}
	}
	return ""
}

func (t *translation) rewriter(cl *cell.Cell) *rewriter {
	r := t.rewriters[cl]
	if r == nil {
		r = t.c.newRewriter(cl, t.ck, t.objName)
		t.setup(r)
		t.rewriters[cl] = r
	}
	return r
}

// setup connects a rewriter to the translation.
func (t *translation) setup(r *rewriter) {
	r.gen = t.gen
	r.desc = t.descID
	r.tmplDesc = t.templateDescID
	r.inst = t.instanceName
	r.shadowAlias = t.shadowAlias
	r.lateFunc = t.lateVar
	r.located = t.located
	r.instArgs = func(name string, targs []types.Type) {
		if t.instTypes == nil {
			t.instTypes = map[string][]types.Type{}
		}
		if _, ok := t.instTypes[name]; !ok {
			t.instTypes[name] = targs
		}
	}
	r.qual = func(p *types.Package) string {
		if p == t.ck.pkg {
			return ""
		}
		return t.alias(p.Path(), p.Name())
	}
}

// qual names packages as the interpreter imported them.
func (t *translation) qual(p *types.Package) string {
	if p == t.ck.pkg {
		return ""
	}
	return t.alias(p.Path(), p.Name())
}

// typeStr writes a type in the interpreter's names.
func (t *translation) typeStr(typ types.Type) string {
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual, gen: t.gen, std: t.c.useStd,
		inst: func(origin *types.TypeName, args []string) string { return t.instanceName(origin, args) }}
	return p.print(typ)
}

// sessionTypeStr writes a type for the session's check file: the cell
// package's types by their own names, packages by interpreter names.
func (t *translation) sessionTypeStr(typ types.Type) string {
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual}
	return p.print(typ)
}

// translate turns a checked cell into a Plan.
func (c *Compiler) translate(u *unit, ck *checked, imports map[string]string, hoist map[string]bool) (*Plan, error) {
	t := &translation{
		c: c, u: u, ck: ck, imports: imports, hoist: hoist,
		gens:         map[string]string{},
		structIDs:    map[string]int{},
		newInstances: map[string]string{},
		newAliases:   map[string]string{},
		rewriters:    map[*cell.Cell]*rewriter{},
	}
	plan := &Plan{Cell: u.cell}
	sess := c.sess

	// The cell's declarations, by key, and which of them change anything.
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

	// What changes: types redefined (new versions), funcs and consts
	// (re)declared, methods added or redefined.
	t.locatedHere = t.locatedFuncs(decls)
	changed := map[string]bool{}
	bump := map[string]bool{} // session types to re-declare under a new version
	emitCell := map[*cellDecl]bool{}
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
				continue
			}
			name := strings.SplitN(d.key, ".", 2)[1]
			if ok || c.promoted[recv][name] {
				// The interpreter cannot replace a method (nor one
				// promotedMethods declared): the type gets a new
				// version, with all its methods.
				if _, inSession := sess.Decls[recv]; inSession {
					bump[recv] = true
				}
			}
		}
	}

	// Variables: new, or redeclared with another type.
	type varInfo struct {
		name    string
		obj     *types.Var
		typ     string // interpreter type string
		sessTyp string
		declare bool
		migrate bool
	}
	var vars []*varInfo
	varByName := map[string]*varInfo{}
	for _, it := range u.stmts {
		for _, n := range definedNames(it.node) {
			if varByName[n] != nil || !hoist[n] {
				continue
			}
			obj, _ := ck.pkg.Scope().Lookup(n).(*types.Var)
			if obj == nil {
				continue
			}
			v := &varInfo{name: n, obj: obj, declare: true}
			varByName[n] = v
			vars = append(vars, v)
		}
	}

	// Cascade: everything that refers to a changed declaration is
	// re-declared too; a type that gets a new version drags its methods
	// along; a variable whose type mentions such a type is redeclared and
	// its value migrated.
	reemit := map[string]bool{}
	for {
		var keys []string
		for k := range changed {
			keys = append(keys, k)
		}
		for k := range bump {
			keys = append(keys, k)
		}
		grew := false
		for _, k := range sess.Dependents(keys) {
			d := sess.Decls[k]
			if d == nil || reemit[k] {
				continue
			}
			switch d.Kind {
			case KindFunc, KindConst:
				if d.Kind == KindFunc && isGeneric(d.Node) && !declaredByCell(decls, k) {
					// Its instances are made anew (see instKey).
					if !changed[k] {
						changed[k] = true
						c.methodGen[k]++
						grew = true
					}
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
					if !changed[k] {
						changed[k] = true
						c.methodGen[k]++
						grew = true
					}
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
					if !changed[recv] {
						changed[recv] = true
						c.methodGen[recv]++
						grew = true
					}
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
	if err := t.broken(decls, reemit, bump); err != nil {
		return nil, err
	}
	for _, d := range decls {
		if d.kind == KindMethod {
			c.methodCells++
			break
		}
	}
	// New versions of types.
	for _, d := range decls {
		if d.kind == KindType && emitCell[d] {
			_, redefined := sess.Decls[d.key]
			t.gens[d.key] = sess.genName(d.key, redefined)
			if !redefined {
				continue
			}
			// The new version keeps the methods earlier cells declared.
			for mk, md := range sess.Decls {
				if md.Kind == KindMethod && strings.HasPrefix(mk, d.key+".") && !declaredByCell(decls, mk) {
					reemit[mk] = true
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
	// Session variables whose type changes name.
	for _, d := range sess.sorted() {
		if d.Kind != KindVar || varByName[d.Key] != nil {
			continue
		}
		obj, _ := ck.pkg.Scope().Lookup(d.Key).(*types.Var)
		if obj == nil {
			continue
		}
		if ts := t.typeStr(obj.Type()); ts != d.Type {
			v := &varInfo{name: d.Key, obj: obj, declare: true, migrate: true}
			varByName[d.Key] = v
			vars = append(vars, v)
		}
	}
	for _, v := range vars {
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

	// Sources. Types and consts first, then variables, then funcs and
	// methods, then the cell's function.
	newB := func() builder { return builder{lines: c.cellNum} }
	typesB, varsB, funcsB := newB(), newB(), newB()
	t.typesB, t.funcsB, t.cellDecls = &typesB, &funcsB, decls
	for _, d := range decls {
		if !emitCell[d] || isGeneric(d.node) || d.spec != nil && isGeneric(d.spec) {
			continue // generic: only instances reach the interpreter
		}
		r := t.rewriter(u.cell)
		r.walk(d.node)
		switch d.kind {
		case KindType:
			ts := d.spec
			t.structIDs[d.key] = r.tagStruct(ts, d.key, t.gen(d.key))
			typesB.add(u.cell, ts.Pos(), "type "+t.gen(d.key)+r.text(ts.Name.End(), ts.End()))
			t.promotedMethods(d.key, &funcsB)
		case KindConst:
			// Each constant with its value: no iota for the interpreter.
			for _, spec := range d.node.(*ast.GenDecl).Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					obj, _ := ck.pkg.Scope().Lookup(id.Name).(*types.Const)
					if id.Name == "_" || obj == nil {
						continue
					}
					typesB.add(u.cell, id.Pos(), "const "+id.Name+t.constType(obj)+" = "+
						constLiteral(types.TypeAndValue{Type: obj.Type(), Value: obj.Val()}))
				}
			}
		case KindFunc, KindMethod:
			fd := d.node.(*ast.FuncDecl)
			r.markBody(fd.Body, displayName(fd))
			t.rangeFuncs(r, fd)
			if fd.Recv == nil && fd.Name.Name == "init" {
				name := r.uniq("init")
				r.ed.replace(r.off(fd.Name.Pos()), r.off(fd.Name.End()), name)
				t.inits = append(t.inits, name)
			}
			funcsB.add(u.cell, fd.Type.Func, r.text(fd.Type.Func, fd.End()))
			if d.kind == KindFunc {
				t.lateEmitted = append(t.lateEmitted, d.key)
				if t.located(d.key) {
					funcsB.addLine(t.viaDecl(d.key))
				}
			}
		}
	}
	for _, k := range sortedKeys(reemit) {
		d := sess.Decls[k]
		if d == nil || isGeneric(d.Node) {
			continue
		}
		switch d.Kind {
		case KindType:
			gd := d.Node.(*ast.GenDecl)
			ts := gd.Specs[0].(*ast.TypeSpec)
			r := t.rewriter(d.cell)
			r.walk(ts)
			t.structIDs[k] = r.tagStruct(ts, k, t.gen(k))
			typesB.add(d.cell, ts.Pos(), "type "+t.gen(k)+r.text(ts.Name.End(), ts.End()))
			t.promotedMethods(k, &funcsB)
		case KindConst:
			obj := ck.pkg.Scope().Lookup(k)
			if obj == nil {
				continue
			}
			typesB.addLine("const " + k + t.constType(obj) + " = " + constLiteral(types.TypeAndValue{Type: obj.Type(), Value: obj.(*types.Const).Val()}))
		case KindFunc, KindMethod:
			fd, ok := d.Node.(*ast.FuncDecl)
			if !ok {
				continue
			}
			r := t.rewriter(d.cell)
			r.walk(fd)
			r.markBody(fd.Body, displayName(fd))
			t.rangeFuncs(r, fd)
			funcsB.add(d.cell, fd.Type.Func, r.text(fd.Type.Func, fd.End()))
			if d.Kind == KindFunc {
				t.lateEmitted = append(t.lateEmitted, k)
				if t.located(k) {
					funcsB.addLine(t.viaDecl(k))
				}
			}
		}
	}
	for _, v := range vars {
		if v.declare {
			varsB.addLine("var " + v.name + " " + v.typ)
		}
	}

	// The cell function.
	cellB := newB()
	hasBody := len(u.stmts) > 0 || len(t.inits) > 0 || u.program
	if hasBody {
		plan.CellFunc = "__gk_c" + itoa(c.cells)
		cellB.addLine("func " + plan.CellFunc + "() {")
		if !u.program {
			for _, in := range t.inits {
				cellB.addLine(in + "()")
			}
		}
		r := t.rewriter(u.cell)
		lines := strings.Count(u.cell.Src, "\n") + 1
		marker := r.uniq("ln")
		c.funcs = append(c.funcs, Func{Cell: u.cell.Name, From: 1, To: lines, Marker: marker})
		r.markers = append(r.markers, marker)
		lastMark := -1
		var top []ast.Stmt
		for _, it := range u.stmts {
			switch n := it.node.(type) {
			case ast.Stmt:
				top = append(top, n)
			case *ast.GenDecl:
				top = append(top, &ast.DeclStmt{Decl: n})
			}
		}
		r.rangeFuncs(nil, top)
		items := u.stmts
		if u.program {
			items = t.initOrder(items)
		} else {
			items = t.initOrderRuns(items)
		}
		for _, it := range items {
			r.walk(it.node)
			line := c.fset.Position(it.node.Pos()).Line
			mark := ""
			if line != lastMark && t.riskyItem(r, it.node) {
				mark = marker + " = " + itoa(c.markID(Origin{u.cell.Name, line})) + "; "
				lastMark = line
			}
			if st, ok := it.node.(ast.Stmt); ok {
				mark += r.indexChecks(unlabel(st), nil)
			}
			r.markNested(it.node, marker, "", nil)
			switch n := it.node.(type) {
			case *ast.GenDecl:
				for _, s := range n.Specs {
					vs := s.(*ast.ValueSpec)
					cellB.add(u.cell, vs.Pos(), mark+t.varSpecAssign(r, vs))
					mark = ""
				}
				continue
			}
			switch n := it.node.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					r.ed.replace(r.off(n.TokPos), r.off(n.TokPos)+2, "=")
				}
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			case *ast.ExprStmt:
				if n == u.resultStmt {
					if tv, ok := ck.info.Types[n.X]; ok && !tv.IsVoid() && !printCall(ck.info, n.X) {
						plan.Results = 1
						if tup, ok := tv.Type.(*types.Tuple); ok {
							plan.Results = tup.Len()
						}
						cellB.add(u.cell, n.Pos(), mark+t.resultCode(r.text(n.Pos(), n.End()), tv.Type))
						continue
					}
				}
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			default:
				cellB.add(u.cell, n.Pos(), mark+r.text(n.Pos(), n.End()))
			}
		}
		if u.program {
			// A program: package variables first, then init, then main.
			for _, in := range t.inits {
				cellB.addLine(in + "()")
			}
			cellB.addLine("__gk_main()")
		}
		cellB.addLine("}")
	}

	// The instances of generic declarations the code above uses.
	t.writeInstances()

	// The descriptions of the struct types declared, for values the
	// runtime meets through interfaces (encoding/json).
	for _, key := range sortedKeys(t.structIDs) {
		if tn, ok := ck.pkg.Scope().Lookup(key).(*types.TypeName); ok && t.structIDs[key] != 0 {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
				t.descID(n)
			}
		}
	}
	// And those of the named non-struct types declared anew, whose tagged
	// values find their methods by name (format.Tagged).
	for _, key := range sortedKeys(t.gens) {
		if tn, ok := ck.pkg.Scope().Lookup(key).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && t.namedNonStruct(n) {
				t.descID(n)
			}
		}
	}

	// Accessors of String and Error methods for the runtime's printer.
	accB := newB()
	for _, acc := range append(t.accessors(decls, emitCell, reemit), t.newAccessors...) {
		sig := strings.Replace(accessorSig(acc.method), "T", acc.gen, 1)
		if acc.method == "Format" {
			sig = strings.Replace(sig, "fmt.", t.alias("fmt", "fmt")+".", 1)
		}
		// The variable's type without parameter names: the interpreter
		// takes them for references to the session's variables.
		varsB.addLine("var " + acc.Var + " " + unnamedParams(sig))
		accB.addLine(acc.Var + " = " + sig + " { " + accessorBody(acc.method) + " }")
		plan.Accessors = append(plan.Accessors, acc.Var)
	}

	// The variables holding the latest version of each function declared
	// here, for the closures that call it (see lateCall).
	lateTypes := map[string]string{}
	for _, name := range t.lateEmitted {
		fn, ok := ck.pkg.Scope().Lookup(name).(*types.Func)
		if !ok || name == "main" || name == "init" {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.TypeParams().Len() > 0 {
			continue
		}
		typ := t.typeStr(unnamedSig(sig))
		if c.lateTypes[name] != typ {
			varsB.addLine("var " + lateVarName(name) + " " + typ)
		}
		lateTypes[name] = typ
		accB.addLine(lateVarName(name) + " = " + name)
	}

	// The marker variables of every function written above.
	all := t.extraRewriters
	for _, r := range t.rewriters {
		all = append(all, r)
	}
	for _, r := range all {
		for _, m := range r.markers {
			varsB.addLine("var " + m + " int")
		}
	}

	// Imports come first but are known last (types may need packages).
	importB := newB()
	for _, key := range sortedKeys(t.newAliases) {
		p, _, _ := strings.Cut(key, shadowKey)
		if c.opt.Importable != nil && !c.opt.Importable(p) {
			continue // the type checker's only
		}
		importB.addLine("import " + t.newAliases[key] + " " + quote(p))
	}

	// Commits: what the session knows once each step ran.
	commitImports := func() {
		for key, a := range t.newAliases {
			p, _, _ := strings.Cut(key, shadowKey)
			c.aliases[key] = a
			c.bound[a] = p
		}
		for n, p := range imports {
			sess.Imports[n] = p
		}
	}
	commitDecls := func() {
		for name, typ := range lateTypes {
			c.lateTypes[name] = typ
		}
		for name, v := range t.locatedHere {
			c.located[name] = v
		}
		for _, d := range decls {
			if !emitCell[d] && sess.Decls[d.key] != nil && d.kind != KindConst {
				continue
			}
			switch d.kind {
			case KindConst:
				for _, spec := range d.node.(*ast.GenDecl).Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						if id.Name == "_" {
							continue
						}
						obj, _ := ck.pkg.Scope().Lookup(id.Name).(*types.Const)
						if obj == nil {
							continue
						}
						t.putConst(obj, u.cell, id.Pos())
					}
				}
			case KindType, KindFunc, KindMethod:
				if d.key == "" {
					continue
				}
				nd := &Decl{Key: d.key, Kind: d.kind, Cell: u.cell.Name, Node: d.node, Src: d.src,
					Names: keysOf(d.node), Deps: t.deps(d.node), cell: u.cell,
					Pos: c.fset.Position(d.node.Pos()), Doc: docOf(d.node)}
				if d.kind == KindMethod {
					nd.Names = nil
				}
				if d.kind == KindType {
					nd.Gen = t.gens[d.key]
					nd.StructID = t.structIDs[d.key]
				}
				if d.kind == KindFunc {
					if obj := ck.pkg.Scope().Lookup(d.key); obj != nil {
						nd.Type = t.typeStr(obj.Type())
					}
				}
				sess.put(nd)
			}
		}
		for k := range reemit {
			d := sess.Decls[k]
			if d == nil {
				continue
			}
			if d.Kind == KindType {
				d.Gen = t.gens[k]
				d.StructID = t.structIDs[k]
			}
			if d.Kind == KindFunc || d.Kind == KindMethod || d.Kind == KindType {
				d.Deps = t.deps(d.Node)
			}
		}
	}
	commitVars := func() {
		for _, v := range vars {
			d := &Decl{Key: v.name, Kind: KindVar, Cell: u.cell.Name, Type: v.typ, Names: []string{v.name},
				Deps: typeDeps(v.obj.Type(), ck.pkg), Node: t.varNode(v.name, v.sessTyp),
				Src: "var " + v.name + " " + v.sessTyp, Pos: c.fset.Position(v.obj.Pos())}
			if old := sess.Decls[v.name]; old != nil && !v.declare {
				d.Cell, d.Pos = old.Cell, old.Pos
			}
			sess.put(d)
		}
	}

	if importB.len() > 0 {
		plan.Steps = append(plan.Steps, importB.step("imports"))
	}
	if typesB.len() > 0 {
		plan.Steps = append(plan.Steps, typesB.step("types"))
	}
	if varsB.len() > 0 {
		plan.Steps = append(plan.Steps, varsB.step("vars"))
	}
	if funcsB.len() > 0 {
		plan.Steps = append(plan.Steps, funcsB.step("funcs"))
	}
	if accB.len() > 0 {
		plan.Steps = append(plan.Steps, accB.step("accessors"))
	}
	plan.Upgrade = t.upgradeSteps(func(name string) bool { return varByName[name] != nil })
	if cellB.len() > 0 {
		plan.Run = cellB.step("cell")
	}
	plan.Std = c.stdList()
	plan.commitImports = func() {
		commitImports()
		commitImports = func() {}
	}
	plan.commit = func() {
		for k, n := range t.newInstances {
			c.instances[k] = n
		}
		commitImports()
		commitVars()
		commitDecls()
	}
	return plan, nil
}

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

// raw returns the cell's text of [from, to).
func (t *translation) raw(cl *cell.Cell, from, to token.Pos) string {
	a, b := cl.Offset(from), cl.Offset(to)
	if a < 0 || b < a {
		return ""
	}
	return cl.Src[a:b]
}

// rangeFuncs rewrites the iterator loops of a function declaration.
func (t *translation) rangeFuncs(r *rewriter, fd *ast.FuncDecl) {
	if fd.Body == nil {
		return
	}
	var sig *types.Signature
	if obj, ok := t.ck.info.Defs[fd.Name].(*types.Func); ok {
		sig, _ = obj.Type().(*types.Signature)
	}
	r.rangeFuncs(sig, fd.Body.List)
	r.namedReturns(fd.Type, fd.Body)
}

// initOrder sorts the variable declarations of a program the way Go
// initializes package variables: by their dependencies (go/types'
// InitOrder), those without initializer first.
// initOrderRuns orders each run of consecutive var declarations of a cell
// as Go orders package variables (var a = b + 1; var b = 2 sets b
// first); statements between them keep their places.
func (t *translation) initOrderRuns(items []item) []item {
	out := make([]item, 0, len(items))
	var run []item
	flush := func() {
		specs := 0
		for _, it := range run {
			specs += len(it.node.(*ast.GenDecl).Specs)
		}
		if specs > 1 {
			run = t.initOrder(run)
		}
		out = append(out, run...)
		run = nil
	}
	for _, it := range items {
		if gd, ok := it.node.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			run = append(run, it)
			continue
		}
		flush()
		out = append(out, it)
	}
	flush()
	return out
}

func (t *translation) initOrder(items []item) []item {
	// By position: a blank variable (var _ = f()) has no object in Defs.
	order := map[token.Pos]int{}
	for i, in := range t.ck.info.InitOrder {
		for _, v := range in.Lhs {
			order[v.Pos()] = i + 1
		}
	}
	type spec struct {
		it  item
		key int
	}
	var specs []spec
	var rest []item
	for _, it := range items {
		gd, ok := it.node.(*ast.GenDecl)
		if !ok {
			rest = append(rest, it)
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			key := 0
			for _, n := range vs.Names {
				if k, ok := order[n.Pos()]; ok && (key == 0 || k < key) {
					key = k
				}
			}
			g := &ast.GenDecl{Tok: token.VAR, TokPos: vs.Pos(), Specs: []ast.Spec{vs}}
			specs = append(specs, spec{item{node: g, chunk: it.chunk}, key})
		}
	}
	sort.SliceStable(specs, func(i, j int) bool { return specs[i].key < specs[j].key })
	out := make([]item, 0, len(specs)+len(rest))
	for _, s := range specs {
		out = append(out, s.it)
	}
	return append(out, rest...)
}

// riskyItem reports whether a top-level statement or var declaration of
// the cell can panic.
func (t *translation) riskyItem(r *rewriter, n ast.Node) bool {
	switch n := n.(type) {
	case ast.Stmt:
		return r.risky(n)
	case *ast.GenDecl:
		for _, s := range n.Specs {
			for _, v := range s.(*ast.ValueSpec).Values {
				if r.risky(&ast.ExprStmt{X: v}) {
					return true
				}
			}
		}
	}
	return false
}

// varSpecAssign writes a top-level var spec as an assignment.
func (t *translation) varSpecAssign(r *rewriter, vs *ast.ValueSpec) string {
	names := make([]string, len(vs.Names))
	for i, n := range vs.Names {
		names[i] = n.Name
	}
	lhs := strings.Join(names, ", ")
	if len(vs.Values) == 0 {
		typ := r.text(vs.Type.Pos(), vs.Type.End())
		zero := make([]string, len(names))
		for i := range zero {
			zero[i] = "*new(" + typ + ")"
		}
		return lhs + " = " + strings.Join(zero, ", ")
	}
	vals := make([]string, len(vs.Values))
	for i, v := range vs.Values {
		vals[i] = r.text(v.Pos(), v.End())
	}
	return lhs + " = " + strings.Join(vals, ", ")
}

// constType returns " T" for a typed constant, "" for an untyped one.
func (t *translation) constType(obj types.Object) string {
	if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return ""
	}
	return " " + t.typeStr(obj.Type())
}

// putConst records a constant of the session as a declaration of its own.
func (t *translation) putConst(obj *types.Const, cl *cell.Cell, pos token.Pos) {
	typ := ""
	if b, ok := obj.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
		typ = " " + t.sessionTypeStr(obj.Type())
	}
	src := "const " + obj.Name() + typ + " = " + constLiteral(types.TypeAndValue{Type: obj.Type(), Value: obj.Val()})
	node := t.parseDecl(src)
	if node == nil {
		return
	}
	t.c.sess.put(&Decl{Key: obj.Name(), Kind: KindConst, Cell: cl.Name, Node: node, Src: src,
		Names: []string{obj.Name()}, Deps: typeDeps(obj.Type(), t.ck.pkg), Type: t.typeStr(obj.Type()),
		Pos: t.c.fset.Position(pos), cell: cl})
}

// varNode builds the session's declaration of a variable.
func (t *translation) varNode(name, typ string) ast.Decl {
	return t.parseDecl("var " + name + " " + typ)
}

// parseDecl parses one declaration for the session's check file.
func (t *translation) parseDecl(src string) ast.Decl {
	f, err := parser.ParseFile(t.c.fset, "session", "package main\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	return f.Decls[0]
}

// deps lists the session keys a declaration refers to.
func (t *translation) deps(n ast.Node) []string {
	set := map[string]bool{}
	info := t.ck.info
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if obj := info.Uses[n]; t.pkgLevel(obj) {
				if _, isPkg := obj.(*types.PkgName); !isPkg {
					set[obj.Name()] = true
				}
			}
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil {
				if f, ok := s.Obj().(*types.Func); ok {
					if named := recvNamed(f); named != nil && named.Obj().Pkg() == t.ck.pkg {
						set[named.Obj().Name()+"."+f.Name()] = true
					}
				}
			}
		}
		return true
	})
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func recvNamed(f *types.Func) *types.Named {
	sig, ok := f.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	typ := sig.Recv().Type()
	if p, ok := typ.(*types.Pointer); ok {
		typ = p.Elem()
	}
	n, _ := typ.(*types.Named)
	return n
}

// typeDeps lists the cell package's named types that typ mentions.
func typeDeps(typ types.Type, pkg *types.Package) []string {
	set := map[string]bool{}
	var walk func(types.Type)
	seen := map[types.Type]bool{}
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if t.Obj().Pkg() == pkg {
				set[t.Obj().Name()] = true
			}
			if args := t.TypeArgs(); args != nil {
				for i := 0; i < args.Len(); i++ {
					walk(args.At(i))
				}
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Alias:
			walk(types.Unalias(t))
		}
	}
	walk(typ)
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// docOf returns a declaration's doc comment.
func docOf(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc.Text()
	case *ast.GenDecl:
		if len(d.Specs) == 1 {
			if ts, ok := d.Specs[0].(*ast.TypeSpec); ok && ts.Doc != nil {
				return ts.Doc.Text()
			}
		}
		return d.Doc.Text()
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// printCall reports whether e calls a printing function (fmt.Println,
// w.Write, ...) whose (n int, err error) results are not worth showing.
func printCall(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	var name string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	default:
		return false
	}
	if !strings.HasPrefix(name, "Print") && !strings.HasPrefix(name, "Fprint") &&
		!strings.HasPrefix(name, "Write") {
		return false
	}
	tup, ok := info.Types[e].Type.(*types.Tuple)
	if !ok || tup.Len() != 2 {
		return false
	}
	b, ok := tup.At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Int && tup.At(1).Type().String() == "error"
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
	for k, d := range sess.Decls {
		if d.Kind == KindMethod && typeKeys[strings.SplitN(k, ".", 2)[0]] && !declaredByCell(decls, k) {
			again[k] = true
		}
	}
	var errs ErrorList
	for k := range again {
		d := sess.Decls[k]
		if d == nil || d.Node == nil {
			continue
		}
		from, to := t.c.fset.Position(d.Node.Pos()), t.c.fset.Position(d.Node.End())
		for _, e := range t.ck.earlier {
			if e.Pos.Filename == from.Filename && e.Pos.Line >= from.Line && e.Pos.Line <= to.Line {
				errs = append(errs, &CheckError{Pos: e.Pos, Msg: e.Msg + " (after this cell's changes; redefine " + k + " in this cell too)"})
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos.Line < errs[j].Pos.Line })
	return errs
}
