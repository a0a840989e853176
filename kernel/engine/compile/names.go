package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// How the rewriter writes names the interpreter would resolve otherwise:
// session functions called from closures, local type aliases, packages
// whose interpreter name a local declaration shadows.

// lateCall writes a reference to a session function inside a function
// literal as a reference to the variable holding its latest version: a
// closure kept in a variable calls the function a later cell redefines,
// as a Python lambda looks its callees up when called (named functions
// that call it are declared anew instead).
func (r *rewriter) lateCall(id *ast.Ident, obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || r.litDepth == 0 && !r.chainedValue(id) || r.lateFunc == nil || fn.Pkg() != r.pkg || fn.Parent() != r.pkg.Scope() {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return false
	}
	if _, inst := r.info.Instances[id]; inst || r.off(id.Pos()) < 0 {
		return false
	}
	v := r.lateFunc(fn.Name())
	if v == "" {
		return false
	}
	r.ed.replace(r.off(id.Pos()), r.off(id.End()), v)
	return true
}

// chainedValue reports a function used as a value (or started by a go
// statement, which the runtime's Go takes as a value) in statements
// deferChain moves into a function literal, where, as in any literal,
// the interpreter does not see a function declared after the enclosing
// one (a goroutine's function, or a deferred call of it, never ran).
// Other calls stay as they are.
func (r *rewriter) chainedValue(id *ast.Ident) bool {
	in := false
	for _, c := range r.chained {
		if c[0] <= id.Pos() && id.Pos() < c[1] {
			in = true
		}
	}
	if !in {
		return false
	}
	r.makeParents()
	call, ok := r.parents[id].(*ast.CallExpr)
	if !ok || call.Fun != id {
		return true
	}
	switch r.parents[call].(type) {
	case *ast.GoStmt:
		return true
	case *ast.DeferStmt:
		// A deferred call of one declared further down never ran either
		// (one declared before stays a direct call: its recover works).
		obj := r.info.Uses[id]
		return obj != nil && obj.Pos() > id.Pos() && r.c.fset.File(obj.Pos()) == r.c.fset.File(id.Pos())
	}
	return false
}

// lateValue writes a session function used as a value in a cell's
// top-level code (var gv = g, handlers["enc"] = encode) as a function
// literal calling the variable that holds its latest version: the value,
// kept, calls what later cells redefine, as a Python name looks its
// function up when called (the version kept would call the functions of
// its own time).
//
//	handlers["enc"] = encode  →  handlers["enc"] = func(a0 string) string { return __gk_lb_encode(a0) }
func (r *rewriter) lateValue(id *ast.Ident, obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || r.litDepth > 0 || r.lateFunc == nil || fn.Pkg() != r.pkg || fn.Parent() != r.pkg.Scope() || r.info.Defs[id] != nil {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return false
	}
	if _, inst := r.info.Instances[id]; inst || r.off(id.Pos()) < 0 || r.off(id.End()) < 0 {
		return false
	}
	if _, fd := r.enclosingFunc(id); fd != nil && fd.Name.Name != cellFunc || r.parents[id] == nil {
		return false // in a declared function (declared anew with its callees)
	}
	if r.called(id) {
		return false
	}
	v := r.lateFunc(fn.Name())
	if v == "" {
		return false
	}
	r.ed.replace(r.off(id.Pos()), r.off(id.End()), r.forwarder(sig, "__gk_a", v))
	return true
}

// localAlias writes a use of a type alias declared inside a function as
// the type it stands for (the interpreter does not know such aliases:
// "undefined: T"); the declaration itself is dropped (localAliasDecl).
//
// A use of a package-level alias of an instance of a generic type (type
// Ints = List[int]) is written as the instance too: the interpreter
// declares the alias before the instance's methods (x.First() of an Ints
// was "undefined selector").
func (r *rewriter) localAlias(id *ast.Ident, obj types.Object) bool {
	tn, ok := obj.(*types.TypeName)
	if !ok || !tn.IsAlias() || tn.Pkg() != r.pkg || tn.Parent() == nil || r.off(id.Pos()) < 0 {
		return false
	}
	if tn.Parent() == r.pkg.Scope() {
		n, ok := types.Unalias(tn.Type()).(*types.Named)
		if !ok || n.TypeArgs().Len() == 0 || r.info.Defs[id] != nil || hasTypeParam(n) {
			return false
		}
	}
	if r.info.Defs[id] != nil {
		return true // the declaration (see localAliasDecl)
	}
	s := r.typeString(types.Unalias(tn.Type()))
	if r.called(id) && !simpleType(s) {
		// A conversion: T(x) of a func or pointer type needs them.
		// (Elsewhere parentheses are not needed, and the interpreter
		// fails on some: var p (struct{ X int }) = ….)
		s = "(" + s + ")"
	}
	r.ed.replace(r.off(id.Pos()), r.off(id.End()), s)
	return true
}

// localAliasDecl drops a declaration of type aliases inside a function
// (their uses are written as the aliased types, see localAlias).
func (r *rewriter) localAliasDecl(ds *ast.DeclStmt) {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE || r.off(ds.Pos()) < 0 || r.off(ds.End()) < 0 {
		return
	}
	for _, spec := range gd.Specs {
		if ts, ok := spec.(*ast.TypeSpec); !ok || !ts.Assign.IsValid() {
			return
		}
	}
	r.ed.replaceOuter(r.off(ds.Pos()), r.off(ds.End()), "")
}

// localShadow writes a type declared inside a function that has the name
// of a type of the session under another name (the interpreter takes the
// session's: "unknown field Name in struct literal"); fmt and errors tell
// it by its own name still (see UserName).
func (r *rewriter) localShadow(id *ast.Ident, obj types.Object) bool {
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.IsAlias() || r.off(id.Pos()) < 0 {
		return false
	}
	name, local := localTypeName(tn, r.pkg)
	if !local {
		return false
	}
	if name != id.Name {
		r.ed.replace(r.off(id.Pos()), r.off(id.End()), name)
	}
	return true
}

// localTypeName returns the interpreter's name of a type declared inside
// a function of pkg, and whether it is one: a type of the session's name
// is renamed (Node__gk0; versions of session types start at 2).
func localTypeName(tn *types.TypeName, pkg *types.Package) (string, bool) {
	if tn.Pkg() != pkg || tn.Parent() == nil || tn.Parent() == pkg.Scope() {
		return "", false
	}
	if _, param := tn.Type().(*types.TypeParam); param {
		return "", false
	}
	if pkg.Scope().Lookup(tn.Name()) != nil {
		return tn.Name() + genSep + "0", true
	}
	return tn.Name(), true
}

// localStructDecl writes a type declared inside a function as a named
// struct type of the cell (type Other Point) with the struct type itself:
// the interpreter crashes on it ("CFG post-order panic").
func (r *rewriter) localStructDecl(ds *ast.DeclStmt) {
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return
	}
	for _, spec := range gd.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || r.off(ts.Type.Pos()) < 0 {
			continue
		}
		n, ok := types.Unalias(r.info.TypeOf(ts.Type)).(*types.Named)
		if !ok || n.Obj().Pkg() != r.pkg {
			continue
		}
		if _, isStruct := n.Underlying().(*types.Struct); isStruct {
			r.ed.replace(r.off(ts.Type.Pos()), r.off(ts.Type.End()), r.typeString(n.Underlying()))
		}
	}
}

// shadowed reports whether name, the interpreter's name of the package pn
// refers to, means something else at pos (a parameter, a variable, or
// another package imported under that name).
func (r *rewriter) shadowed(name string, pn *types.PkgName, pos token.Pos) bool {
	if r.pkg == nil {
		return false
	}
	scope := r.pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, o := scope.LookupParent(name, pos)
	if o == nil {
		return false
	}
	if other, ok := o.(*types.PkgName); ok && other.Imported().Path() == pn.Imported().Path() {
		return false
	}
	return o.Parent() != types.Universe
}

// lateVar returns the variable holding the latest version of the session
// function name, for lateCall ("" for main and init).
func (t *translation) lateVar(name string) string {
	if name == "main" || name == "init" {
		return ""
	}
	fn, ok := t.ck.pkg.Scope().Lookup(name).(*types.Func)
	if !ok {
		return ""
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return ""
	}
	v, _ := t.lateVarFor(name, sig)
	return v
}

// lateVarFor returns the late-binding variable of the session function
// name with signature sig, and whether it is new in this cell: the first
// type a function has gets __gk_lb_name, later ones __gk_lb_name_N.
func (t *translation) lateVarFor(name string, sig *types.Signature) (string, bool) {
	key := name + " " + t.typeStr(unnamedSig(sig))
	if v, ok := t.c.lateVars[key]; ok {
		return v, false
	}
	if v, ok := t.lateVars[key]; ok {
		return v, true
	}
	n := 0
	prefix := name + " "
	for k := range t.c.lateVars {
		if strings.HasPrefix(k, prefix) {
			n++
		}
	}
	for k := range t.lateVars {
		if strings.HasPrefix(k, prefix) {
			n++
		}
	}
	v := "__gk_lb_" + name
	if n > 0 {
		v += "_" + itoa(n)
	}
	t.lateVars[key] = v
	return v, true
}

// shadowAlias returns a second interpreter name for the package at path,
// for references in scopes where a local name shadows its usual alias
// (func f(url string) { u2.PathEscape(url) } with net/url imported as
// u2, and "url" its interpreter name).
func (t *translation) shadowAlias(path, name string) string {
	key := path + shadowKey
	if a, ok := t.c.aliases[key]; ok {
		return a
	}
	if a, ok := t.newAliases[key]; ok {
		return a
	}
	used := map[string]bool{}
	for _, a := range t.newAliases {
		used[a] = true
	}
	a := ""
	for i := 2; ; i++ {
		a = name + genSep + "s" + itoa(i)
		if _, taken := t.c.bound[a]; !taken && !used[a] {
			break
		}
	}
	t.newAliases[key] = a
	return a
}

// shadowKey marks the key of a shadowAlias in the alias tables.
const shadowKey = "\x00shadow"

// embeddedName is the interpreter's name of the embedded field v: its
// type's version (o.Inner is o.Inner__gk2 once Inner is redefined), or
// its instance's name (o.List is o.List__gki5 for a List[int]).
func (r *rewriter) embeddedName(v *types.Var) string {
	t := v.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg {
		return v.Name()
	}
	if n.TypeArgs().Len() == 0 {
		if g := r.name(n.Obj()); g != "" {
			return g
		}
		return v.Name()
	}
	if c := r.concrete(n); !hasTypeParam(c) {
		if g := r.typeString(c); token.IsIdentifier(g) {
			return g
		}
	}
	return v.Name()
}

// substName reports a name the type arguments of the instance being
// written use (a local of that name would hide it).
func (r *rewriter) substName(name string) bool {
	for _, s := range r.subst {
		for _, w := range identWords.FindAllString(s, -1) {
			if w == name {
				return true
			}
		}
	}
	return false
}

// localPrefix starts the interpreter's name of a local variable ident
// renames (see renamedLocal).
const localPrefix = "__gk_v_"

// renamedLocal reports a local variable ident writes under another name:
// one named after a builtin the rewrites call, a name of the package
// level (pkgLevelName), or, in an instance, a name its type arguments are
// written with.
func (r *rewriter) renamedLocal(v *types.Var) bool {
	return !v.IsField() && v.Pkg() == r.pkg && v.Parent() != r.pkg.Scope() &&
		(kernelBuiltins[v.Name()] || r.substName(v.Name()) || r.pkgLevelName(v.Name()))
}

// varName is the name a local variable (or its ident) has in the code the
// rewrites write (see renamedLocal).
func (r *rewriter) varName(v types.Object) string {
	if lv, ok := v.(*types.Var); ok && r.renamedLocal(lv) {
		return localPrefix + lv.Name()
	}
	return v.Name()
}

// identName is varName for the variable an ident declares or uses.
func (r *rewriter) identName(id *ast.Ident) string {
	obj := r.info.Defs[id]
	if obj == nil {
		obj = r.info.Uses[id]
	}
	if obj == nil {
		return id.Name
	}
	return r.varName(obj)
}

// pkgLevelName reports a name the rewrites may write that a local
// variable would shadow: a type of the cell package, an imported
// package's name, or iota (which the interpreter reads as the constant
// even where a local shadows it).
func (r *rewriter) pkgLevelName(name string) bool {
	if name == "iota" {
		return true
	}
	if _, ok := r.pkg.Scope().Lookup(name).(*types.TypeName); ok {
		return true
	}
	for _, p := range r.pkg.Imports() {
		if p.Name() == name {
			return true
		}
	}
	return false
}

// labelClash reports a label name that is also the name of something
// else the cell declares or the session has.
func (r *rewriter) labelClash(name string) bool {
	if r.declNames == nil {
		r.declNames = map[string]bool{}
		for id, obj := range r.info.Defs {
			if _, isLabel := obj.(*types.Label); obj != nil && !isLabel {
				r.declNames[id.Name] = true
			}
		}
	}
	return r.declNames[name] || r.pkg.Scope().Lookup(name) != nil
}

var identWords = regexp.MustCompile(`[\pL_][\pL\pN_]*`)
