package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"strconv"
	"strings"

	"gokernel/kernel/engine/cell"
	"gokernel/kernel/engine/format"
)

// Generic functions and types of cells are instantiated by the compiler
// (monomorphized), not by the interpreter, whose generics fail in many
// ways: each instance used — Map[int, string], Stack[int] — becomes a
// concrete function or type (Map__gk_i3, Stack__gk_i4, with its methods),
// written from the generic declaration with its type parameters replaced.
// The generic declarations themselves never reach the interpreter.

// instKind says what an instance is.
type instKind int

const (
	instType instKind = iota
	instFunc
)

// instance is one instance waiting to be written.
type instance struct {
	kind   instKind
	origin types.Object
	args   []string
	name   string
}

// instKey identifies an instance: the generic declaration (by its source,
// so a redefinition makes new instances and a cell run again with the
// same declaration keeps them), and its arguments.
func (t *translation) instKey(origin types.Object, args []string) string {
	key, ok := t.declKeys[origin]
	if !ok {
		// (Once per declaration and cell: the printer asks for each
		// mention of an instance.)
		key = t.c.fset.Position(origin.Pos()).String() + "/" + origin.Name()
		if src := t.declSrc(origin.Name()); src != "" {
			h := fnv.New64a()
			h.Write([]byte(src))
			key = origin.Name() + "@" + strconv.FormatUint(h.Sum64(), 36)
		}
		if t.declKeys == nil {
			t.declKeys = map[types.Object]string{}
		}
		t.declKeys[origin] = key
	}
	if g := t.c.methodGen[origin.Name()]; g != 0 {
		// A generic type whose methods changed, or a generic function
		// something it calls changed: new instances.
		key += "#" + itoa(g)
	}
	return key + "[" + strings.Join(args, ", ") + "]"
}

// declSrc returns the source of the package-level declaration named
// name: the cell's, or the session's ("" when there is none).
func (t *translation) declSrc(name string) string {
	for _, d := range t.cellDecls {
		if d.key == name {
			return d.src
		}
	}
	if d := t.c.sess.Decls[name]; d != nil {
		return d.Src
	}
	return ""
}

// maxInstances bounds the instances of one generic declaration a cell
// writes (an instantiation cycle would write them without end).
const maxInstances = 100

// instanceName returns the name of the concrete copy of a generic
// declaration of the cell package for the given type arguments, arranging
// for it to be written if it is new.
func (t *translation) instanceName(origin types.Object, args []string) string {
	key := t.instKey(origin, args)
	if n, ok := t.c.instances[key]; ok {
		return n
	}
	if n, ok := t.newInstances[key]; ok {
		return n
	}
	t.c.uniq++
	name := origin.Name() + InstanceSep + itoa(t.c.uniq)
	if t.instCounts == nil {
		t.instCounts = map[types.Object]int{}
	}
	if t.instCounts[origin]++; t.instCounts[origin] > maxInstances {
		if t.instCycle == nil {
			t.instCycle = origin
		}
		return name // (not written: the cell fails)
	}
	t.newInstances[key] = name
	kind := instFunc
	if _, ok := origin.(*types.TypeName); ok {
		kind = instType
	}
	t.instQueue = append(t.instQueue, &instance{kind: kind, origin: origin, args: args, name: name})
	return name
}

// genericSource finds the declaration of a generic object of the cell
// package: in the cell being translated or in the session.
func (t *translation) genericSource(key string) (ast.Node, *cell.Cell) {
	for _, d := range t.cellDecls {
		if d.key == key {
			if d.spec != nil {
				return d.spec, t.u.cell
			}
			return d.node, t.u.cell
		}
	}
	if d := t.c.sess.Decls[key]; d != nil && d.cell != nil {
		if gd, ok := d.Node.(*ast.GenDecl); ok && len(gd.Specs) == 1 {
			return gd.Specs[0], d.cell
		}
		return d.Node, d.cell
	}
	return nil, nil
}

// methodsOf lists the method declarations of a type of the cell package:
// the cell's, and the session's the cell does not redeclare.
func (t *translation) methodsOf(typeName string) []methodSource {
	var out []methodSource
	seen := map[string]bool{}
	for _, d := range t.cellDecls {
		if d.kind == KindMethod && strings.HasPrefix(d.key, typeName+".") {
			out = append(out, methodSource{d.node.(*ast.FuncDecl), t.u.cell})
			seen[d.key] = true
		}
	}
	for _, k := range sortedKeys(t.c.sess.Decls) {
		d := t.c.sess.Decls[k]
		if d.Kind != KindMethod || seen[k] || !strings.HasPrefix(k, typeName+".") || d.cell == nil {
			continue
		}
		if fd, ok := d.Node.(*ast.FuncDecl); ok {
			out = append(out, methodSource{fd, d.cell})
		}
	}
	return out
}

type methodSource struct {
	fd *ast.FuncDecl
	cl *cell.Cell
}

// writeInstances writes the instances used so far (and those they use).
func (t *translation) writeInstances() {
	waited := map[*instance]bool{}
	for len(t.instQueue) > 0 {
		in := t.instQueue[0]
		t.instQueue = t.instQueue[1:]
		if targs, ok := t.instTypes[in.name]; (!ok || anyTypeParam(targs)) && !waited[in] && len(t.instQueue) > 0 {
			// Its type arguments are known only as another generic's
			// parameters so far: the instances after it may tell them.
			waited[in] = true
			t.instQueue = append(t.instQueue, in)
			continue
		}
		switch in.kind {
		case instType:
			t.writeTypeInstance(in)
		case instFunc:
			t.writeFuncInstance(in)
		}
	}
}

// substFor maps type parameter names, as a declaration spells them, to
// the instance's type arguments.
func substFor(params *ast.FieldList, args []string) map[string]string {
	m := map[string]string{}
	i := 0
	if params == nil {
		return m
	}
	for _, f := range params.List {
		for _, n := range f.Names {
			if i < len(args) {
				m[n.Name] = args[i]
			}
			i++
		}
	}
	return m
}

// substTypesFor maps type parameter names to the type arguments of the
// instance named name, when they are known (nil otherwise).
func (t *translation) substTypesFor(params *ast.FieldList, in *instance) map[string]types.Type {
	targs, ok := t.instArgTypes(in)
	if !ok || params == nil {
		return nil
	}
	m := map[string]types.Type{}
	i := 0
	for _, f := range params.List {
		for _, n := range f.Names {
			if i < len(targs) && targs[i] != nil {
				m[n.Name] = targs[i]
			}
			i++
		}
	}
	return m
}

// instArgTypes returns the type arguments of an instance: those the cell
// uses it with (remembered for later cells), or those an earlier cell did.
func (t *translation) instArgTypes(in *instance) ([]types.Type, bool) {
	targs, ok := t.instTypes[in.name]
	if ok && !anyTypeParam(targs) {
		t.c.instArgs[argsKey(in)] = t.spellArgs(targs)
	}
	if !ok {
		targs, ok = t.evalInstArgs(in)
	}
	return targs, ok
}

// evalInstArgs finds the types of the arguments of an instance an earlier
// cell wrote (see Compiler.instArgs) in the cell's package.
func (t *translation) evalInstArgs(in *instance) ([]types.Type, bool) {
	targs, ok := t.evalArgExprs(t.c.instArgs[argsKey(in)])
	if !ok {
		// A type argument the cell gives a new version (type C int with
		// a String method redefined): the instance spells it anew
		// (Box[C__gk2]); an earlier cell's arguments that now read so.
		targs, ok = t.respelledInstArgs(in)
	}
	if !ok {
		return nil, false
	}
	if t.instTypes == nil {
		t.instTypes = map[string][]types.Type{}
	}
	t.instTypes[in.name] = targs
	return targs, true
}

// evalArgExprs evaluates type arguments written in the cell package's
// terms (nil, false for none, or for another package's types).
func (t *translation) evalArgExprs(exprs []string) ([]types.Type, bool) {
	if exprs == nil {
		return nil, false
	}
	targs := make([]types.Type, len(exprs))
	for i, e := range exprs {
		if strings.Contains(e, "/") || strings.Contains(e, ".") {
			return nil, false // another package's type: not in the package scope
		}
		tv, err := types.Eval(t.c.fset, t.ck.pkg, token.NoPos, e)
		if err != nil || !tv.IsType() {
			return nil, false
		}
		targs[i] = tv.Type
	}
	return targs, true
}

// respelledInstArgs finds the arguments an earlier cell gave an instance
// of the same generic that the interpreter now spells as in.args.
func (t *translation) respelledInstArgs(in *instance) ([]types.Type, bool) {
	prefix := in.origin.Name() + "["
	nested := false
	p := &typePrinter{pkg: t.ck.pkg, qual: t.qual, gen: t.gen, anyKeys: true,
		inst: func(*types.TypeName, []string) string { nested = true; return "" }}
	for _, k := range sortedKeys(t.c.instArgs) {
		exprs := t.c.instArgs[k]
		if !strings.HasPrefix(k, prefix) || len(exprs) != len(in.args) {
			continue
		}
		targs, ok := t.evalArgExprs(exprs)
		for i := 0; ok && i < len(targs); i++ {
			nested = false
			ok = p.print(targs[i]) == in.args[i] && !nested
		}
		if ok {
			return targs, true
		}
	}
	return nil, false
}

// regenInstances writes anew every instance the session has of the
// generic types whose methods the cell changes (not only those the cell
// uses), so that the upgrade step can carry their values over.
func (t *translation) regenInstances() {
	for _, name := range t.regenTypes {
		origin, ok := t.ck.pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		for _, k := range sortedKeys(t.c.typeInstArgs) {
			if strings.HasPrefix(k, name+"[") {
				t.instanceName(origin, t.c.typeInstArgs[k])
			}
		}
	}
}

// argsKey identifies an instance by its generic and its arguments, as
// the interpreter spells them, across the versions of its methods.
func argsKey(in *instance) string {
	return in.origin.Name() + "[" + strings.Join(in.args, ", ") + "]"
}

// spellArgs writes type arguments in the cell package's terms.
func (t *translation) spellArgs(targs []types.Type) []string {
	exprs := make([]string, len(targs))
	for i, a := range targs {
		exprs[i] = types.TypeString(a, func(p *types.Package) string {
			if p == t.ck.pkg {
				return ""
			}
			return p.Path()
		})
	}
	return exprs
}

// concrete returns t with the type parameters an instance binds replaced
// by its type arguments (for a parameter, a pointer, slice, array or map
// of them, an instance of a generic type; t itself otherwise).
func (r *rewriter) concrete(t types.Type) types.Type {
	if r.substTypes == nil || t == nil {
		return t
	}
	switch u := t.(type) {
	case *types.TypeParam:
		if c, ok := r.substTypes[u.Obj().Name()]; ok {
			return c
		}
	case *types.Pointer:
		if e := r.concrete(u.Elem()); e != u.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := r.concrete(u.Elem()); e != u.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := r.concrete(u.Elem()); e != u.Elem() {
			return types.NewArray(e, u.Len())
		}
	case *types.Map:
		k, e := r.concrete(u.Key()), r.concrete(u.Elem())
		if k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Named:
		// Box[T] in an instance: Box[int].
		if u.TypeArgs().Len() == 0 {
			return t
		}
		args := make([]types.Type, u.TypeArgs().Len())
		changed := false
		for i := range args {
			args[i] = r.concrete(u.TypeArgs().At(i))
			changed = changed || args[i] != u.TypeArgs().At(i)
		}
		if changed {
			if inst, err := types.Instantiate(nil, u.Origin(), args, false); err == nil {
				return inst
			}
		}
	}
	return t
}

// instRewriter is a rewriter of a generic declaration's cell with the
// type parameters bound.
func (t *translation) instRewriter(cl *cell.Cell, subst map[string]string) *rewriter {
	r := t.c.newRewriter(cl, t.ck, t.objName)
	t.setup(r)
	r.subst = subst
	t.extraRewriters = append(t.extraRewriters, r)
	return r
}

func (t *translation) writeTypeInstance(in *instance) {
	node, cl := t.genericSource(in.origin.Name())
	ts, ok := node.(*ast.TypeSpec)
	if !ok || ts.TypeParams == nil {
		return
	}
	r := t.instRewriter(cl, substFor(ts.TypeParams, in.args))
	r.substTypes = t.substTypesFor(ts.TypeParams, in)
	r.instNode = ts
	r.walk(ts.Type)
	// As %T prints it: the cell's types with the package name.
	names := in.args
	if targs, ok := t.instArgTypes(in); ok && len(targs) == len(in.args) && !anyTypeParam(targs) {
		names = make([]string, len(targs))
		for i, a := range targs {
			names[i] = goTypeName(a)
		}
	}
	display := "main." + in.origin.Name() + "[" + strings.Join(names, ",") + "]"
	t.typeInsts = append(t.typeInsts, in)
	id := r.tagStructNamed(ts, display, in.name)
	t.addType(cl, ts.Pos(), "type "+in.name+" "+r.text(ts.Type.Pos(), ts.Type.End()))
	t.noteFuncFields(in.origin, in.name)
	declared := map[string]bool{}
	for _, m := range t.methodsOf(in.origin.Name()) {
		t.writeMethodInstance(in, m)
		t.instanceAccessor(id, in.name, m.fd)
		declared[m.fd.Name.Name] = true
	}
	if targs, ok := t.instArgTypes(in); ok && len(targs) == len(in.args) && !anyTypeParam(targs) {
		if typ, err := types.Instantiate(nil, in.origin.Type(), targs, false); err == nil {
			t.ifaceFieldMethods(typ, in.name, declared, t.funcsB)
			t.instancePointerMethods(typ, in.name, declared, t.funcsB)
			t.instancePromotedAccessors(id, in.name, typ)
			t.settleRecursiveType(typ, in.name)
		}
	}
	t.registerInstanceDesc(in, id)
}

// registerInstanceDesc registers the description of a struct instance
// with tag ID id, for its values met through interfaces (json.Marshal of
// an any holding an Opt[int] calls its MarshalJSON).
func (t *translation) registerInstanceDesc(in *instance, id int) {
	targs, ok := t.instArgTypes(in)
	if id == 0 || !ok || len(targs) != len(in.args) || anyTypeParam(targs) {
		return
	}
	typ, err := types.Instantiate(nil, in.origin.Type(), targs, false)
	if err != nil {
		return
	}
	d := t.desc(typ, map[types.Type]*format.Desc{})
	if d == nil {
		return
	}
	if t.c.structDescs == nil {
		t.c.structDescs = map[int]*format.Desc{}
	}
	t.c.structDescs[id] = d
}

// instanceAccessor arranges the accessor of a method of a struct instance
// the runtime calls (String and Error for the printer, and others; see
// accessors), as for the cell's other struct types.
func (t *translation) instanceAccessor(id int, gen string, fd *ast.FuncDecl) {
	name := fd.Name.Name
	st, ok := t.c.structs[id]
	if id == 0 || !ok || accessorSig(name) == "" || !accessorShape(fd, name) {
		return
	}
	_, ptr := fd.Recv.List[0].Type.(*ast.StarExpr)
	v := "__gk_m" + itoa(id) + "_" + name
	st.Methods[name] = MethodRef{Var: v, Pointer: ptr}
	t.newAccessors = append(t.newAccessors, accessor{Var: v, gen: gen, method: name})
}

// instancePromotedAccessors arranges the accessors of the String, Error,
// GoString and Format methods a struct instance gets from its embedded
// fields (type Out[K any] struct{ Key K; error }), as accessors does for
// the cell's other struct types: the runtime finds a value's methods by
// its type's ID.
func (t *translation) instancePromotedAccessors(id int, gen string, typ types.Type) {
	st, ok := t.c.structs[id]
	if id == 0 || !ok {
		return
	}
	ptrT := types.NewPointer(typ)
	for _, name := range []string{"String", "Error", "GoString", "Format"} {
		if _, done := st.Methods[name]; done {
			continue
		}
		if _, index, _ := types.LookupFieldOrMethod(ptrT, false, t.ck.pkg, name); len(index) < 2 || !hasPrintMethod(ptrT, name) {
			continue
		}
		v := "__gk_m" + itoa(id) + "_" + name
		st.Methods[name] = MethodRef{Var: v, Pointer: !hasPrintMethod(typ, name)}
		t.newAccessors = append(t.newAccessors, accessor{Var: v, gen: gen, method: name})
	}
}

// writeMethodInstance writes a method of a generic type for an instance.
func (t *translation) writeMethodInstance(in *instance, m methodSource) {
	fd := m.fd
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return
	}
	recv := fd.Recv.List[0]
	base := recv.Type
	ptr := false
	if st, ok := base.(*ast.StarExpr); ok {
		base, ptr = st.X, true
	}
	var params *ast.FieldList
	switch b := base.(type) {
	case *ast.IndexExpr:
		params = &ast.FieldList{List: []*ast.Field{{Names: identsOf(b.Index)}}}
	case *ast.IndexListExpr:
		var names []*ast.Ident
		for _, e := range b.Indices {
			names = append(names, identsOf(e)...)
		}
		params = &ast.FieldList{List: []*ast.Field{{Names: names}}}
	}
	r := t.instRewriter(m.cl, substFor(params, in.args))
	r.substTypes = t.substTypesFor(params, in)
	r.instNode = fd
	r.walk(fd)
	r.markBody(fd.Body, in.origin.Name()+"."+fd.Name.Name)
	t.rangeFuncs(r, fd)
	typ := in.name
	if ptr {
		typ = "*" + typ
	}
	name := "_"
	if len(recv.Names) > 0 {
		name = recv.Names[0].Name
	}
	t.funcsB.add(m.cl, fd.Type.Func, "func ("+name+" "+typ+") "+r.text(fd.Name.Pos(), fd.End()))
}

func identsOf(e ast.Expr) []*ast.Ident {
	if id, ok := e.(*ast.Ident); ok {
		return []*ast.Ident{id}
	}
	return []*ast.Ident{ast.NewIdent("_")}
}

func (t *translation) writeFuncInstance(in *instance) {
	node, cl := t.genericSource(in.origin.Name())
	fd, ok := node.(*ast.FuncDecl)
	if !ok || fd.Type.TypeParams == nil {
		return
	}
	r := t.instRewriter(cl, substFor(fd.Type.TypeParams, in.args))
	r.substTypes = t.substTypesFor(fd.Type.TypeParams, in)
	r.instNode = fd
	r.walk(fd)
	r.markBody(fd.Body, in.origin.Name())
	t.rangeFuncs(r, fd)
	t.funcsB.add(cl, fd.Type.Func, "func "+in.name+r.text(fd.Type.TypeParams.Closing+1, fd.End()))
}

// isGeneric reports a generic declaration, or a method of a generic type:
// those reach the interpreter only as instances.
func isGeneric(d ast.Node) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Type.TypeParams != nil {
			return true
		}
		if d.Recv != nil && len(d.Recv.List) > 0 {
			t := d.Recv.List[0].Type
			if st, ok := t.(*ast.StarExpr); ok {
				t = st.X
			}
			switch t.(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
				return true
			}
		}
	case *ast.TypeSpec:
		return d.TypeParams != nil
	case *ast.GenDecl:
		if len(d.Specs) == 1 {
			if ts, ok := d.Specs[0].(*ast.TypeSpec); ok {
				return ts.TypeParams != nil
			}
		}
	}
	return false
}
