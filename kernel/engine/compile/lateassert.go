package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// An assertion to an interface of the cells is written for the session's
// types that implement it (see ifaceAssertFunc). In a function literal,
// which a variable may keep for later cells (check := func(v any) bool {
// _, ok := v.(Greeter); return ok }), the list would stay the one of the
// cell that made it: a type redefined later would no longer match. There
// the assertion calls a late asserter instead: a package variable holding
// the assertion's function, which every cell that changes the session's
// types assigns again.

// lateAsserter is a late asserter's variable and what it asserts.
type lateAsserter struct {
	name    string
	iface   string // how a later cell finds the interface (see ifaceName)
	operand string // and the operand's type: "" for an empty interface
	its     string // the interface and operand types as the interpreter names
	xts     string // them when the variable was declared
	commaOk bool
}

// lateAssert returns the late asserter for an assertion at n of an
// operand of type xt to the interface it, or "" when the assertion is
// not in a function literal or names types a later cell cannot find
// again.
func (r *rewriter) lateAssert(n ast.Node, it, xt types.Type, commaOk bool) string {
	if r.lateAsserter == nil || r.subst != nil {
		return ""
	}
	if lit, _ := r.enclosingFunc(n); lit == nil {
		return ""
	}
	return r.lateAsserter(r, it, xt, commaOk)
}

// ifaceName returns how a later cell finds the interface type t: its name
// at the cell package's level, "error", the text of an interface literal
// (marked by literalPrefix), or "" for an empty interface.
func (t *translation) ifaceName(typ types.Type) (string, bool) {
	typ = types.Unalias(typ)
	if typ == types.Universe.Lookup("error").Type() {
		return "error", true
	}
	if n, ok := typ.(*types.Named); ok && t.pkgLevel(n.Obj()) && n.TypeArgs() == nil {
		return n.Obj().Name(), types.IsInterface(n)
	}
	if n, ok := typ.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != t.ck.pkg && n.TypeArgs() == nil && types.IsInterface(n) {
		// Another package's (fmt.Stringer): a type of a later cell may
		// gain its methods.
		return foreignPrefix + n.Obj().Pkg().Path() + "." + n.Obj().Name(), true
	}
	if i, ok := typ.(*types.Interface); ok {
		if i.Empty() {
			return "", true
		}
		// An interface literal (interface{ Temporary() bool }), found
		// again by its text: only when it names no other package (its
		// text is evaluated in the package scope, where no file's
		// imports are).
		foreign := false
		text := types.TypeString(i, func(p *types.Package) string {
			if p != t.ck.pkg {
				foreign = true
				return p.Name()
			}
			return ""
		})
		return literalPrefix + text, !foreign
	}
	return "", false
}

// literalPrefix marks the name of an interface literal, foreignPrefix
// that of another package's interface (see ifaceName).
const (
	literalPrefix = "literal "
	foreignPrefix = "package "
)

// ifaceByName is the type ifaceName named, in the cell's package.
func (t *translation) ifaceByName(name string) types.Type {
	switch name {
	case "":
		return types.NewInterfaceType(nil, nil)
	case "error":
		return types.Universe.Lookup("error").Type()
	}
	if qual, ok := strings.CutPrefix(name, foreignPrefix); ok {
		dot := strings.LastIndex(qual, ".")
		if dot < 0 || t.c.imp == nil {
			return nil
		}
		pkg, err := t.c.imp.Import(qual[:dot])
		if err != nil {
			return nil
		}
		if obj, ok := pkg.Scope().Lookup(qual[dot+1:]).(*types.TypeName); ok && types.IsInterface(obj.Type()) {
			return obj.Type()
		}
		return nil
	}
	if lit, ok := strings.CutPrefix(name, literalPrefix); ok {
		tv, err := types.Eval(t.c.fset, t.ck.pkg, token.NoPos, lit)
		if err != nil || !tv.IsType() || !types.IsInterface(tv.Type) {
			return nil
		}
		return tv.Type
	}
	if obj, ok := t.ck.pkg.Scope().Lookup(name).(*types.TypeName); ok && types.IsInterface(obj.Type()) {
		return obj.Type()
	}
	return nil
}

// lateAsserter returns the variable of the late asserter of operands of
// type xt to it, declaring it if new.
func (t *translation) lateAsserter(r *rewriter, it, xt types.Type, commaOk bool) string {
	iface, ok1 := t.ifaceName(it)
	operand, ok2 := t.ifaceName(xt)
	if !ok1 || !ok2 || iface == "" {
		return ""
	}
	a := &lateAsserter{iface: iface, operand: operand, its: r.typeString(it), xts: r.typeString(xt), commaOk: commaOk}
	key := a.key()
	if old := t.c.asserters[key]; old != nil {
		return old.name
	}
	if old := t.newAsserters[key]; old != nil {
		return old.name
	}
	t.c.asserterSeq++
	a.name = "__gk_as" + itoa(t.c.asserterSeq)
	if t.newAsserters == nil {
		t.newAsserters = map[string]*lateAsserter{}
	}
	t.newAsserters[key] = a
	return a.name
}

func (a *lateAsserter) key() string {
	k := a.its + "|" + a.xts
	if a.commaOk {
		k += "|ok"
	}
	return k
}

// funcType is the type of the asserter's variable.
func (a *lateAsserter) funcType() string {
	if a.commaOk {
		return "func(" + a.xts + ") (" + a.its + ", bool)"
	}
	return "func(" + a.xts + ") " + a.its
}

// emitAsserters declares the cell's new late asserters, and assigns
// again those of earlier cells when the cell changes the session's types
// (those whose interface or operand type got a new version stay as they
// were: the closures that call them hold values of the old version).
func (t *translation) emitAsserters(typesChanged bool) {
	r := t.rewriter(t.u.cell)
	for _, k := range sortedKeys(t.newAsserters) {
		a := t.newAsserters[k]
		it, xt := t.ifaceByName(a.iface), t.ifaceByName(a.operand)
		if it == nil || xt == nil {
			continue // (see ifaceName)
		}
		t.varsB.addLine("var " + a.name + " " + a.funcType())
		t.accB.addLine(a.name + " = " + r.ifaceAssertFunc(it, xt, a.commaOk))
	}
	if !typesChanged {
		return
	}
	old := make([]*lateAsserter, 0, len(t.c.asserters))
	for _, a := range t.c.asserters {
		old = append(old, a)
	}
	sort.Slice(old, func(i, j int) bool { return old[i].name < old[j].name })
	for _, a := range old {
		it, xt := t.ifaceByName(a.iface), t.ifaceByName(a.operand)
		if it == nil || xt == nil || r.typeString(it) != a.its || r.typeString(xt) != a.xts {
			continue
		}
		t.accB.addLine(a.name + " = " + r.ifaceAssertFunc(it, xt, a.commaOk))
	}
}
