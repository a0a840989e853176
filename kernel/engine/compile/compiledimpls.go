package compile

import (
	"go/types"
	"sort"
)

// maxCompiledImpls bounds the concrete types an assertion tries.
const maxCompiledImpls = 24

// compiledImpls returns the concrete types of the packages the cell
// imports (T and *T) that implement the interface type it, and that an
// operand of type xt can hold. The interpreter asserts a value of
// compiled code to a cell's interface only when a catalogued compiled
// interface has its methods (see ifaces), and to a compiled interface
// only from an operand of a compiled interface type: such an assertion
// (w.(interface{ WriteString(string) (int, error) }) of an os.Stdout, a
// Writer's *bytes.Buffer to fmt.Stringer) tries each concrete type, and
// converts the one it holds.
func (r *rewriter) compiledImpls(it, xt types.Type) []types.Type {
	if n, ok := types.Unalias(it).(*types.Named); ok && n.Obj().Pkg() != r.pkg && !cellNonEmptyIface(xt, r.pkg) {
		// A compiled package's own interface: asserted as it is, but for
		// an operand of a cell's interface (the interpreter's assertion
		// fails then).
		return nil
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil
	}
	for m := range iface.Methods() {
		if !m.Exported() {
			return nil
		}
	}
	xi, _ := xt.Underlying().(*types.Interface)
	if xi == nil {
		return nil
	}
	pkgs := append([]*types.Package(nil), r.pkg.Imports()...)
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].Path() < pkgs[j].Path() })
	var out []types.Type
	for _, p := range pkgs {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() || tn.IsAlias() {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
				continue
			}
			for _, c := range []types.Type{n, types.NewPointer(n)} {
				if types.Implements(c, iface) && types.Implements(c, xi) {
					out = append(out, c)
					break // T's methods are *T's too
				}
			}
			if len(out) == maxCompiledImpls {
				return out
			}
		}
	}
	return out
}

// compiledTries returns the types, written for the interpreter, that an
// assertion of an operand of type operand to the interface type t tries
// after the cell's own types (see sessionTypesFor): t itself first when
// the operand is of a cell's interface and no type could be mistaken
// for t (the interpreter's own assertion; a named non-struct value
// asserted to the compiled interface would lose its methods), the
// catalogued compiled interface with t's methods (see ifaces), and the
// imported packages' types that implement t (see compiledImpls).
func (r *rewriter) compiledTries(t, operand types.Type, confusable bool) []string {
	var out []string
	fromCell := cellNonEmptyIface(operand, r.pkg)
	if fromCell && !compiledIface(t, r.pkg) && !confusable {
		out = append(out, r.typeString(t))
	}
	eq := r.compiledEquiv(t)
	if eq != "" {
		out = append(out, eq)
	}
	if eq == "" || fromCell {
		for _, c := range r.compiledImpls(t, operand) {
			out = append(out, r.typeString(c))
		}
	}
	return out
}
