package compile

import (
	"go/types"
	"strconv"
	"strings"
)

// typePrinter writes types in Go source as the interpreter knows them:
// packages by their imported names, the cell package's types by their
// current names, instances of its generic types by the names of their
// concrete copies, and type parameters by the types they stand for.
type typePrinter struct {
	pkg  *types.Package              // the cell package
	qual func(*types.Package) string // the name of another package
	// gen returns the interpreter's name of a type of pkg ("" = same).
	gen func(name string) string
	// inst returns the concrete copy of an instance of a generic type of
	// pkg, given its type arguments as printed; nil leaves Name[args].
	inst func(origin *types.TypeName, args []string) string
	// instTypes, if set, learns the type arguments of each instance inst
	// names (see translation.instTypes).
	instTypes func(name string, targs *types.TypeList)
	// subst gives the types type parameters stand for, by name.
	subst map[string]string
	// std returns the interpreter's name of a generic type of the
	// standard library (see stdgen), if it has one.
	std func(path, name string) (string, bool)
	// anyKeys writes maps keyed by the session's interfaces as keyed by
	// any, as the interpreter has them (see ifacekeys.go).
	anyKeys bool
	// concrete gives the types type parameters stand for (nil: none).
	concrete func(types.Type) types.Type
	// spellLocal reports the types declared in functions to write as
	// their underlying types (nil: none): the type arguments of the
	// instances, which are declared at the package level.
	spellLocal func(*types.TypeName) bool
}

// spellAllLocal is spellLocal for type arguments.
func spellAllLocal(*types.TypeName) bool { return true }

func (p *typePrinter) print(t types.Type) string {
	var b strings.Builder
	p.write(&b, t, map[types.Type]bool{})
	return b.String()
}

func (p *typePrinter) write(b *strings.Builder, t types.Type, seen map[types.Type]bool) {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString(p.qual(types.Unsafe) + ".Pointer")
			return
		}
		// byte and rune as uint8 and int32: they make the same instances
		// (Box[byte] is Box[uint8]).
		switch t.Kind() {
		case types.Byte:
			b.WriteString("uint8")
		case types.Rune:
			b.WriteString("int32")
		default:
			b.WriteString(t.Name())
		}
	case *types.Alias:
		obj := t.Obj()
		if obj.Pkg() == nil {
			b.WriteString(obj.Name()) // any
			return
		}
		p.write(b, types.Unalias(t), seen)
	case *types.Named:
		p.named(b, t, seen)
	case *types.TypeParam:
		if s, ok := p.subst[t.Obj().Name()]; ok {
			b.WriteString(s)
			return
		}
		b.WriteString(t.Obj().Name())
	case *types.Pointer:
		b.WriteByte('*')
		p.write(b, t.Elem(), seen)
	case *types.Slice:
		b.WriteString("[]")
		p.write(b, t.Elem(), seen)
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		p.write(b, t.Elem(), seen)
	case *types.Map:
		b.WriteString("map[")
		key := t.Key()
		if p.concrete != nil {
			key = p.concrete(key)
		}
		if p.anyKeys && sessionIface(key, p.pkg) {
			b.WriteString("any") // see ifacekeys.go
		} else {
			p.write(b, t.Key(), seen)
		}
		b.WriteByte(']')
		p.write(b, t.Elem(), seen)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				b.WriteByte('(')
				p.write(b, t.Elem(), seen)
				b.WriteByte(')')
				return
			}
		}
		p.write(b, t.Elem(), seen)
	case *types.Signature:
		b.WriteString("func")
		p.signature(b, t, seen)
	case *types.Struct:
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(blankField(f.Name(), i) + " ")
			}
			p.write(b, f.Type(), seen)
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteByte('}')
	case *types.Interface:
		if t.Empty() && t.NumEmbeddeds() == 0 {
			// As any: Box[interface{}] is Box[any].
			b.WriteString("any")
			return
		}
		b.WriteString("interface{")
		first := true
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			p.write(b, t.EmbeddedType(i), seen)
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			m := t.ExplicitMethod(i)
			b.WriteString(m.Name())
			p.signature(b, m.Type().(*types.Signature), seen)
		}
		b.WriteByte('}')
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteString(" | ")
			}
			if t.Term(i).Tilde() {
				b.WriteByte('~')
			}
			p.write(b, t.Term(i).Type(), seen)
		}
	case *types.Tuple:
		b.WriteByte('(')
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			p.write(b, t.At(i).Type(), seen)
		}
		b.WriteByte(')')
	default:
		b.WriteString(types.TypeString(t, p.qual))
	}
}

// named writes a named type.
func (p *typePrinter) named(b *strings.Builder, t *types.Named, seen map[types.Type]bool) {
	obj := t.Obj()
	if obj.Pkg() == nil { // error, comparable
		b.WriteString(obj.Name())
		return
	}
	var args []string
	if ta := t.TypeArgs(); ta != nil {
		q := *p
		q.spellLocal = spellAllLocal
		for i := 0; i < ta.Len(); i++ {
			args = append(args, q.print(ta.At(i)))
		}
	}
	if obj.Pkg() == p.pkg {
		if len(args) > 0 && p.inst != nil {
			name := p.inst(t.Origin().Obj(), args)
			if p.instTypes != nil {
				p.instTypes(name, t.TypeArgs())
			}
			b.WriteString(name)
			return
		}
		name := obj.Name()
		if local, ok := localTypeName(obj, p.pkg); ok {
			if p.spellLocal != nil && p.spellLocal(obj) && !seen[t] {
				seen[t] = true
				p.write(b, t.Underlying(), seen)
				delete(seen, t)
				return
			}
			name = local
		} else if p.gen != nil {
			if g := p.gen(name); g != "" {
				name = g
			}
		}
		b.WriteString(name)
	} else {
		if len(args) > 0 && stdGenericType(obj.Pkg().Path()) {
			// A generic type of the standard library the interpreter has no
			// tables for (iter.Seq): its underlying type.
			p.write(b, t.Underlying(), seen)
			return
		}
		if n, ok := p.stdName(obj, args); ok {
			b.WriteString(n + "[" + strings.Join(args, ", ") + "]")
			return
		}
		b.WriteString(p.qual(obj.Pkg()) + "." + obj.Name())
	}
	if len(args) > 0 {
		b.WriteString("[" + strings.Join(args, ", ") + "]")
	}
}

func (p *typePrinter) stdName(obj *types.TypeName, args []string) (string, bool) {
	if len(args) == 0 || p.std == nil {
		return "", false
	}
	return p.std(obj.Pkg().Path(), obj.Name())
}

// stdGenericType reports the packages whose generic types the interpreter
// lacks and which are function types (iter's Seq and Seq2).
func stdGenericType(path string) bool { return path == "iter" }

// signature writes a signature without "func".
func (p *typePrinter) signature(b *strings.Builder, sig *types.Signature, seen map[types.Type]bool) {
	b.WriteByte('(')
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			if s, ok := t.(*types.Slice); ok {
				b.WriteString("...")
				t = s.Elem()
			}
		}
		p.write(b, t, seen)
	}
	b.WriteByte(')')
	switch sig.Results().Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		p.write(b, sig.Results().At(0).Type(), seen)
	default:
		b.WriteString(" (")
		for i := 0; i < sig.Results().Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			p.write(b, sig.Results().At(i).Type(), seen)
		}
		b.WriteByte(')')
	}
}
