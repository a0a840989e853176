package compile

import (
	"go/types"
	"strconv"
	"strings"
)

// goTypeString writes t as Go's runtime names it in panic messages
// (reflect's spelling): packages by name, and unnamed interface and
// struct types with spaces inside their braces, an interface's embedded
// interfaces spelled as their methods ("interface { M(); String() string }").
func goTypeString(t types.Type) string {
	var b strings.Builder
	writeGoType(&b, t)
	return b.String()
}

func writeGoType(b *strings.Builder, t types.Type) {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		b.WriteString("*")
		writeGoType(b, u.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeGoType(b, u.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(u.Len(), 10) + "]")
		writeGoType(b, u.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeGoType(b, u.Key())
		b.WriteString("]")
		writeGoType(b, u.Elem())
	case *types.Chan:
		switch u.Dir() {
		case types.RecvOnly:
			b.WriteString("<-chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		default:
			b.WriteString("chan ")
		}
		writeGoType(b, u.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, u)
	case *types.Interface:
		if u.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := 0; i < u.NumMethods(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			m := u.Method(i)
			b.WriteString(m.Name())
			writeSignature(b, m.Type().(*types.Signature))
		}
		b.WriteString(" }")
	case *types.Struct:
		if u.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := 0; i < u.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := u.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeGoType(b, f.Type())
			if tag := u.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Basic:
		// byte and rune by the types they stand for, as the runtime
		// names them.
		if u.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
			return
		}
		b.WriteString(types.Typ[u.Kind()].Name())
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}

// writeSignature writes a function's parameters and results.
func writeSignature(b *strings.Builder, sig *types.Signature) {
	b.WriteString("(")
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeGoType(b, pt)
	}
	b.WriteString(")")
	switch n := sig.Results().Len(); n {
	case 0:
	case 1:
		b.WriteString(" ")
		writeGoType(b, sig.Results().At(0).Type())
	default:
		b.WriteString(" (")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeGoType(b, sig.Results().At(i).Type())
		}
		b.WriteString(")")
	}
}
