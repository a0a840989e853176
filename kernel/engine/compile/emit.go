package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
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
	// newAsserters are the late asserters the cell declares, by key.
	newAsserters map[string]*lateAsserter
	// typesChanged is set when the cell changes the session's types.
	typesChanged bool
	rewriters    map[*cell.Cell]*rewriter
	inits        []string
	// typeSetUsers are the declarations whose rewrite lists the
	// session's types (see dynTag): they depend on typesKey.
	typeSetUsers map[ast.Node]bool
	// structIDs holds the tag IDs of the struct types this cell declares.
	structIDs map[string]int
	// withMethods makes desc list methods for templates (templateDescID).
	withMethods bool
	// newAccessors are the method accessors type descriptions need.
	newAccessors []accessor

	// Generics (see generics.go): the cell's declarations, the instances
	// made by this cell and those still to write, and where to write them.
	cellDecls    []*cellDecl
	newInstances map[string]string
	instTypes    map[string][]types.Type // type arguments by instance name
	declKeys     map[types.Object]string // instKey's part for each generic declaration
	lateEmitted  []string                // functions declared (anew) by this cell, for lateCall
	locatedHere  map[string]bool         // the cell's functions, located or not (see callsites.go)
	instQueue    []*instance
	// instCycle is a generic declaration instantiated more than
	// maxInstances times (Box[T]'s method returning Box[Box[T]]): gc's
	// "instantiation cycle"; instCounts counts the instances.
	instCycle      types.Object
	instCounts     map[types.Object]int
	typeInsts      []*instance // the instances of generic types written
	regenTypes     []string    // generic types whose methods the cell changes
	typesB, funcsB *builder
	// lateTypesB holds the type declarations that instantiate a generic
	// type of the standard library, written after the others (see addType).
	lateTypesB     *builder
	extraRewriters []*rewriter
	// declaresMethods is set when the cell declares methods.
	declaresMethods bool

	// The translation's progress (see translate).
	plan         *Plan
	changed      map[string]bool     // declarations (re)declared
	bump         map[string]bool     // session types re-declared under a new version
	emitCell     map[*cellDecl]bool  // the cell's declarations written
	reemit       map[string]bool     // the session's declarations written again
	vars         []*varInfo          // variables declared or retyped
	varByName    map[string]*varInfo // vars by name
	lateVars     map[string]string   // the late-binding variables new in this cell (see Compiler.lateVars)
	lateDeclared map[string]bool     // those declared

	varsB, cellB, accB, importB *builder
	// settleB declares the variables that make the interpreter settle
	// recursive struct types first (see settleRecursive).
	settleB *builder
	settles []settled // the recursive struct types to settle (see writeSettles)
}

// translate turns a checked cell into a Plan. The plan's steps are its
// imports, types and constants, variables, functions and methods, the
// accessors the runtime calls, then the cell's own function.
func (c *Compiler) translate(u *unit, ck *checked, imports map[string]string, hoist map[string]bool) (*Plan, error) {
	newB := func() *builder { return &builder{lines: c.cellNum} }
	t := &translation{
		c: c, u: u, ck: ck, imports: imports, hoist: hoist,
		gens:         map[string]string{},
		structIDs:    map[string]int{},
		newInstances: map[string]string{},
		newAliases:   map[string]string{},
		rewriters:    map[*cell.Cell]*rewriter{},
		plan:         &Plan{Cell: u.cell},
		changed:      map[string]bool{},
		bump:         map[string]bool{},
		emitCell:     map[*cellDecl]bool{},
		reemit:       map[string]bool{},
		varByName:    map[string]*varInfo{},
		lateVars:     map[string]string{},
		lateDeclared: map[string]bool{},
		typesB:       newB(), lateTypesB: newB(), funcsB: newB(), varsB: newB(), cellB: newB(), accB: newB(), importB: newB(), settleB: newB(),
	}

	// What the cell changes, and what must follow.
	t.collectDecls()
	t.findChanges()
	t.collectVars()
	t.cascade()
	if err := t.predeclaredShadows(); err != nil {
		return nil, err
	}
	if err := t.broken(t.cellDecls, t.reemit, t.bump); err != nil {
		return nil, err
	}
	for _, d := range t.cellDecls {
		if d.kind == KindMethod {
			c.methodCells++
			t.declaresMethods = true
			break
		}
	}
	t.newVersions()
	t.typedVars()
	t.regenInstances()

	// Sources.
	t.emitDecls()
	t.emitReemitted()
	for _, v := range t.vars {
		if v.declare {
			t.varsB.addLine(t.varDecl(v.name, v.typ))
		}
	}
	t.emitCellFunc()
	t.writeInstances() // the instances of generic declarations the code above uses
	if t.instCycle != nil {
		return nil, ErrorList{&CheckError{Pos: t.c.fset.Position(t.instCycle.Pos()),
			Msg: "instantiation cycle: " + t.instCycle.Name() + " is instantiated with ever more type arguments (a method of it uses an instance whose type argument is built from its own)"}}
	}
	t.emitDescs()
	t.emitAccessors()
	t.emitMethodTable()
	t.emitLateVars()
	t.emitAsserters(t.typesChanged || len(t.bump) > 0)
	t.emitMarkers()
	t.emitImports() // imports come first but are known last (types may need packages)
	return t.assemble(), nil
}

// emitDecls writes the cell's declarations that change anything (generic
// ones reach the interpreter only as instances).
func (t *translation) emitDecls() {
	u, ck, decls, emitCell := t.u, t.ck, t.cellDecls, t.emitCell
	typesB, funcsB := t.typesB, t.funcsB
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
			t.addType(u.cell, ts.Pos(), "type "+t.gen(d.key)+r.text(ts.Name.End(), ts.End()))
			t.settleRecursive(ck.pkg.Scope().Lookup(d.key), t.gen(d.key))
			t.noteFuncFields(ck.pkg.Scope().Lookup(d.key), t.gen(d.key))
			t.promotedMethods(d.key, funcsB)
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
}

// emitReemitted writes again the session's declarations that follow the
// cell's changes.
func (t *translation) emitReemitted() {
	sess, ck := t.c.sess, t.ck
	typesB, funcsB := t.typesB, t.funcsB
	for _, k := range sortedKeys(t.reemit) {
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
			t.addType(d.cell, ts.Pos(), "type "+t.gen(k)+r.text(ts.Name.End(), ts.End()))
			t.settleRecursive(ck.pkg.Scope().Lookup(k), t.gen(k))
			t.noteFuncFields(ck.pkg.Scope().Lookup(k), t.gen(k))
			t.promotedMethods(k, funcsB)
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
}

// emitDescs makes the descriptions of the struct types declared, for
// values the runtime meets through interfaces (encoding/json), and of the
// named non-struct types declared anew, whose tagged values find their
// methods by name (format.Tagged).
func (t *translation) emitDescs() {
	ck := t.ck
	for _, key := range sortedKeys(t.structIDs) {
		if tn, ok := ck.pkg.Scope().Lookup(key).(*types.TypeName); ok && t.structIDs[key] != 0 {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
				t.descID(n)
			}
		}
	}
	t.registerStructDescs()
	// And those of the named non-struct types declared anew, whose tagged
	// values find their methods by name (format.Tagged).
	for _, key := range sortedKeys(t.gens) {
		if tn, ok := ck.pkg.Scope().Lookup(key).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && t.namedNonStruct(n) {
				t.descID(n)
			}
		}
	}
}

// emitLateVars writes the variables holding the latest version of each
// function declared here, for the closures that call it (see lateCall).
func (t *translation) emitLateVars() {
	ck := t.ck
	for _, name := range t.lateEmitted {
		fn, ok := ck.pkg.Scope().Lookup(name).(*types.Func)
		if !ok || name == "main" || name == "init" {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.TypeParams().Len() > 0 {
			continue
		}
		v, isNew := t.lateVarFor(name, sig)
		if isNew && !t.lateDeclared[v] {
			t.lateDeclared[v] = true
			t.varsB.addLine(t.varDecl(v, t.typeStr(unnamedSig(sig))))
		}
		t.accB.addLine(v + " = " + name)
	}
}

// varDecl declares the package variable name of the type written typ.
// A struct or interface type literal with a field or method named like a
// session variable (var s struct{ b bool } after b := 1) goes through an
// alias: the interpreter takes the name in the literal for a reference to
// the variable ("variable definition loop").
func (t *translation) varDecl(name, typ string) string {
	if !strings.Contains(typ, "struct{") && !strings.Contains(typ, "struct {") &&
		!strings.Contains(typ, "interface{") && !strings.Contains(typ, "interface {") {
		return "var " + name + " " + typ
	}
	t.c.uniq++
	alias := "__gk_vt" + itoa(t.c.uniq)
	return "type " + alias + " = " + typ + "; var " + name + " " + alias
}

// emitMarkers declares the marker variables of every function written.
func (t *translation) emitMarkers() {
	all := t.extraRewriters
	for _, r := range t.rewriters {
		all = append(all, r)
	}
	for _, r := range all {
		for _, m := range r.markers {
			t.varsB.addLine("var " + m + " int")
		}
		for _, h := range r.helperDecls {
			t.varsB.addLine(h)
		}
	}
}

// emitImports imports the packages the code written needs.
func (t *translation) emitImports() {
	c := t.c
	for _, key := range sortedKeys(t.newAliases) {
		p, _, _ := strings.Cut(key, shadowKey)
		if c.opt.Importable != nil && !c.opt.Importable(p) {
			continue // the type checker's only
		}
		t.importB.addLine("import " + t.newAliases[key] + " " + quote(p))
	}
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
// for it to be imported. The package's own name is the interpreter's only
// when a cell imports it by that name (see ownAlias): a package the
// kernel's code names (io/fs, for the type of os.Stat's result) or one
// imported under another name leaves its name to the cells (fs :=
// flag.NewFlagSet(…), import urlpkg "net/url"; url := "…").
func (t *translation) alias(path, name string) string {
	return t.aliasAs(path, name, false)
}

// ownAlias is alias for a package a cell imports by its own name.
func (t *translation) ownAlias(path, name string) string {
	return t.aliasAs(path, name, true)
}

func (t *translation) aliasAs(path, name string, own bool) string {
	if a, ok := t.c.aliases[path]; ok {
		return a
	}
	if a, ok := t.newAliases[path]; ok {
		return a
	}
	if _, declared := t.c.sess.Decls[name]; declared {
		// The interpreter still has the session's variable (or function,
		// or type) the import replaces: path := "…", then import "path".
		own = false
	}
	a := t.c.alias(path, name, own)
	for _, other := range t.newAliases {
		if other == a {
			a = name + genSep + "p" + itoa(len(t.newAliases)+2)
		}
	}
	t.newAliases[path] = a
	return a
}

// objName is the rewriters' naming function.
func (t *translation) objName(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.PkgName:
		if obj.Name() == obj.Imported().Name() {
			return t.ownAlias(obj.Imported().Path(), obj.Name())
		}
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
	// In an instance, the description is of the type arguments' types;
	// one that still has type parameters has none.
	r.desc = func(typ types.Type) int {
		if typ = r.concrete(typ); typ == nil || hasTypeParam(typ) {
			return 0
		}
		return t.descID(typ)
	}
	r.tmplDesc = func(typ types.Type) int {
		if typ = r.concrete(typ); typ == nil || hasTypeParam(typ) {
			return 0
		}
		return t.templateDescID(typ)
	}
	r.inst = t.instanceName
	r.shadowAlias = t.shadowAlias
	r.lateAsserter = t.lateAsserter
	r.lateFunc = t.lateVar
	r.typeSetUse = func(n ast.Node) {
		if t.typeSetUsers == nil {
			t.typeSetUsers = map[ast.Node]bool{}
		}
		t.typeSetUsers[n] = true
	}
	r.located = t.located
	r.instArgs = func(name string, targs []types.Type) {
		if t.instTypes == nil {
			t.instTypes = map[string][]types.Type{}
		}
		// The first concrete arguments win: those seen from another
		// generic's body may still be its type parameters.
		if old, ok := t.instTypes[name]; !ok || anyTypeParam(old) && !anyTypeParam(targs) {
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
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual, gen: t.gen, std: t.c.useStd, anyKeys: true,
		inst: func(origin *types.TypeName, args []string) string { return t.instanceName(origin, args) }}
	return p.print(typ)
}

// sessionTypeStr writes a type for the session's check file: the cell
// package's types by their own names, packages by interpreter names.
func (t *translation) sessionTypeStr(typ types.Type) string {
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual}
	return p.print(typ)
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

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// anyTypeParam reports a type among ts that mentions a type parameter.
func anyTypeParam(ts []types.Type) bool {
	for _, t := range ts {
		if t == nil || hasTypeParam(t) {
			return true
		}
	}
	return false
}

// stdGenericInst matches an instantiation of a generic type of the
// standard library as the compiler writes it (__gk_sync_atomic_Pointer[).
var stdGenericInst = regexp.MustCompile(`\b__gk_[A-Za-z0-9_]+\[`)

// addType writes a type declaration of the types step. One that
// instantiates a generic type of the standard library goes after the
// others: the interpreter needs the type arguments declared before
// (type Stack struct{ head atomic.Pointer[node] } with node declared
// after it: "reflect.StructOf: field 0 has no type").
func (t *translation) addType(cl *cell.Cell, pos token.Pos, text string) {
	if stdGenericInst.MatchString(text) {
		t.lateTypesB.add(cl, pos, text)
		return
	}
	t.typesB.add(cl, pos, text)
}
