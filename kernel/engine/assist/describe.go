package assist

import (
	"go/token"
	"go/types"
	"sort"
	"strings"

	"gokernel/kernel/engine/compile"
)

// Kinds of completions, as JupyterLab names them in
// metadata._jupyter_types_experimental.
const (
	kindFunction = "function"
	kindVariable = "variable"
	kindType     = "type"
	kindPackage  = "package"
	kindKeyword  = "keyword"
	kindField    = "field"
	kindMethod   = "method"
	kindConstant = "constant"
)

// builtinSigs gives the parameters and results of the builtin functions,
// as in the builtin package's documentation.
var builtinSigs = map[string]string{
	"append":  "(slice []Type, elems ...Type) []Type",
	"cap":     "(v Type) int",
	"clear":   "[T ~[]Type | ~map[Type]Type1](t T)",
	"close":   "(c chan<- Type)",
	"complex": "(r, i FloatType) ComplexType",
	"copy":    "(dst, src []Type) int",
	"delete":  "(m map[Type]Type1, key Type)",
	"imag":    "(c ComplexType) FloatType",
	"len":     "(v Type) int",
	"make":    "(t Type, size ...IntegerType) Type",
	"max":     "[T cmp.Ordered](x T, y ...T) T",
	"min":     "[T cmp.Ordered](x T, y ...T) T",
	"new":     "(Type) *Type",
	"panic":   "(v any)",
	"print":   "(args ...Type)",
	"println": "(args ...Type)",
	"real":    "(c ComplexType) FloatType",
	"recover": "() any",
}

// kindOf returns the completion kind of obj.
func kindOf(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.Func:
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			return kindMethod
		}
		return kindFunction
	case *types.Builtin:
		return kindFunction
	case *types.Var:
		if obj.IsField() {
			return kindField
		}
		return kindVariable
	case *types.TypeName:
		return kindType
	case *types.Const, *types.Nil:
		return kindConstant
	case *types.PkgName:
		return kindPackage
	}
	return kindVariable
}

// qualifier writes packages other than rel by name, and rel's members
// unqualified.
func qualifier(rel *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == rel || rel != nil && p.Path() == rel.Path() {
			return ""
		}
		return p.Name()
	}
}

// typeString writes t for the user: relative to rel, with the kernel's
// version suffixes of redefined types removed.
func typeString(t types.Type, rel *types.Package) string {
	return compile.UserName(types.TypeString(t, qualifier(rel)))
}

// shortSig is the signature shown beside a completion: a function's type,
// a variable's or field's type, a constant's type and value, a type's
// underlying kind, a package's import path.
func shortSig(obj types.Object) string {
	rel := obj.Pkg()
	switch obj := obj.(type) {
	case *types.Builtin:
		return "func" + builtinSigs[obj.Name()]
	case *types.Const:
		return typeString(obj.Type(), rel) + " = " + shorten(obj.Val().String(), 40)
	case *types.TypeName:
		if obj.IsAlias() {
			return "= " + shorten(typeString(types.Unalias(obj.Type()), rel), 60)
		}
		return shorten(typeString(obj.Type().Underlying(), rel), 60)
	case *types.PkgName:
		return obj.Imported().Path()
	case *types.Nil:
		return "untyped nil"
	}
	return typeString(obj.Type(), rel)
}

// shorten cuts s to about n bytes.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// declString is the declaration of obj as go doc shows it: func
// Println(a ...any) (n int, err error), type T struct { ... } with its
// methods, var x int, const Pi = 3.14159, field Name string.
func declString(obj types.Object) string {
	rel := obj.Pkg()
	name := compile.UserName(obj.Name())
	switch obj := obj.(type) {
	case *types.Func:
		sig, _ := obj.Type().(*types.Signature)
		if sig == nil {
			return "func " + name
		}
		return "func " + recvString(sig, rel) + name + strings.TrimPrefix(typeString(sig, rel), "func")
	case *types.Builtin:
		return "func " + name + builtinSigs[name]
	case *types.Var:
		if obj.IsField() {
			return "field " + name + " " + typeString(obj.Type(), rel)
		}
		return "var " + name + " " + typeString(obj.Type(), rel)
	case *types.Const:
		t := " " + typeString(obj.Type(), rel)
		if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			t = ""
		}
		return "const " + name + t + " = " + shorten(obj.Val().String(), 200)
	case *types.TypeName:
		return typeDecl(obj)
	case *types.PkgName:
		p := obj.Imported()
		return "package " + p.Name() + ` // import "` + p.Path() + `"`
	case *types.Nil:
		return "var nil Type"
	case *types.Label:
		return "label " + name
	}
	return name
}

// recvString is the receiver of a method, "(b *Builder) ", or "".
func recvString(sig *types.Signature, rel *types.Package) string {
	r := sig.Recv()
	if r == nil {
		return ""
	}
	t := typeString(r.Type(), rel)
	if r.Name() == "" || r.Name() == "_" {
		return "(" + t + ") "
	}
	return "(" + r.Name() + " " + t + ") "
}

// typeDecl is a type's declaration summary: its exported fields or
// methods (unexported ones only for the session's own types), then its
// exported methods.
func typeDecl(tn *types.TypeName) string {
	rel := tn.Pkg()
	var b strings.Builder
	b.WriteString("type " + compile.UserName(tn.Name()))
	if tn.IsAlias() {
		rhs := typeString(types.Unalias(tn.Type()), rel)
		if rhs == tn.Name() {
			rhs = "interface{}" // any, which go/types writes as any
		}
		b.WriteString(" = " + rhs)
		return b.String()
	}
	named, _ := tn.Type().(*types.Named)
	if named != nil && named.TypeParams().Len() > 0 {
		var ps []string
		for i := range named.TypeParams().Len() {
			p := named.TypeParams().At(i)
			ps = append(ps, p.Obj().Name()+" "+typeString(p.Constraint(), rel))
		}
		b.WriteString("[" + strings.Join(ps, ", ") + "]")
	}
	visible := func(name string) bool {
		return token.IsExported(name) || rel == nil || rel.Name() == "main"
	}
	switch u := tn.Type().Underlying().(type) {
	case *types.Struct:
		b.WriteString(" struct {\n")
		hidden := false
		for f := range u.Fields() {
			if !visible(f.Name()) {
				hidden = true
				continue
			}
			if f.Embedded() {
				b.WriteString("\t" + typeString(f.Type(), rel) + "\n")
				continue
			}
			b.WriteString("\t" + f.Name() + " " + typeString(f.Type(), rel) + "\n")
		}
		if hidden {
			b.WriteString("\t// Has unexported fields.\n")
		}
		b.WriteString("}")
	case *types.Interface:
		if u.NumEmbeddeds() == 0 && u.NumExplicitMethods() == 0 {
			b.WriteString(" interface{}")
			break
		}
		b.WriteString(" interface {\n")
		for t := range u.EmbeddedTypes() {
			b.WriteString("\t" + typeString(t, rel) + "\n")
		}
		for m := range u.ExplicitMethods() {
			if visible(m.Name()) {
				b.WriteString("\t" + m.Name() + strings.TrimPrefix(typeString(m.Type(), rel), "func") + "\n")
			}
		}
		b.WriteString("}")
	default:
		b.WriteString(" " + typeString(u, rel))
	}
	if named == nil {
		return b.String()
	}
	var methods []*types.Func
	for m := range named.Methods() {
		if visible(m.Name()) {
			methods = append(methods, m)
		}
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].Name() < methods[j].Name() })
	if len(methods) > 0 && !isInterface(named) {
		b.WriteString("\n")
		for _, m := range methods {
			b.WriteString("\n" + declString(m))
		}
	}
	return b.String()
}

func isInterface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}
