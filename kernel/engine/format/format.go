// Package format prints values of interpreted Go types the way package fmt
// prints compiled ones: with their declared type and field names, and with
// their String and Error methods called at any depth.
//
// The interpreter builds a struct type with reflect.StructOf, so fmt alone
// sees no type name, field names changed to exported ones, and no methods;
// and it keeps non-empty interface values in a struct of its own. Args
// wraps the arguments of a fmt call that need care into values that format
// themselves (fmt.Formatter); others are left alone.
package format

import (
	"fmt"
	"reflect"
	"strconv"
	"sync"
)

// Struct describes a struct type declared in a cell.
type Struct struct {
	// Name is the type's name as Go prints it: "main.person".
	Name string
	// Fields are the declared fields, in order.
	Fields []Field
}

// Field is one declared field.
type Field struct {
	Name     string
	Exported bool
	Embedded bool
}

// Types tells the printer about the interpreter's types.
type Types interface {
	// Struct describes t when it is a struct type declared in a cell.
	Struct(t reflect.Type) *Struct
	// Method calls the method name ("String" or "Error") of v's declared
	// type, if it has one that v's method set includes.
	Method(v reflect.Value, name string) (string, bool)
}

// Args returns args with the values that need care wrapped. It returns
// args itself when none does.
func Args(types Types, args []any) []any {
	var out []any
	for i, a := range args {
		if a == nil || !needsCare(types, reflect.TypeOf(a)) {
			continue
		}
		if out == nil {
			out = make([]any, len(args))
			copy(out, args)
		}
		out[i] = Value{types: types, v: reflect.ValueOf(a)}
	}
	if out == nil {
		return args
	}
	return out
}

// Value is an interpreted value that formats itself as Go would.
type Value struct {
	types Types
	v     reflect.Value
}

// Wrap returns v as a Value.
func Wrap(types Types, v any) Value { return Value{types: types, v: reflect.ValueOf(v)} }

// Format implements fmt.Formatter.
func (x Value) Format(f fmt.State, verb rune) {
	p := &printer{types: x.types, f: f, verb: verb, plus: f.Flag('+'), sharp: f.Flag('#')}
	if verb == 'T' {
		v := unwrap(x.v)
		if !v.IsValid() {
			fmt.Fprint(f, "<nil>")
			return
		}
		fmt.Fprint(f, p.typeName(v.Type()))
		return
	}
	p.print(x.v, 0, true)
}

// GoString implements fmt.GoStringer, for %#v through fmt's own paths.
func (x Value) GoString() string { return fmt.Sprintf("%#v", x) }

// needsCare reports whether fmt would print a value of type t wrongly.
func needsCare(types Types, t reflect.Type) bool {
	if t == nil {
		return false
	}
	if v, ok := careCache.Load(t); ok {
		return v.(bool)
	}
	careCache.Store(t, false) // breaks cycles of recursive types
	r := computeCare(types, t)
	careCache.Store(t, r)
	return r
}

// careCache remembers needsCare per type. Types of the interpreter are
// tagged with their cell type's identity, so a type's answer never changes.
var careCache sync.Map

func computeCare(types Types, t reflect.Type) bool {
	if isValueInterface(t) || isWrapper(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct:
		if types.Struct(t) != nil {
			return true
		}
		if t.PkgPath() != "" || t.Name() != "" {
			return false // a compiled named struct: fmt knows it
		}
		for i := 0; i < t.NumField(); i++ {
			if needsCare(types, t.Field(i).Type) {
				return true
			}
		}
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return t.Name() == "" && needsCare(types, t.Elem())
	case reflect.Map:
		return t.Name() == "" && (needsCare(types, t.Key()) || needsCare(types, t.Elem()))
	}
	return false
}

// isValueInterface reports the interpreter's representation of a
// non-empty interface value.
func isValueInterface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" &&
		t.PkgPath() == "github.com/traefik/yaegi/interp"
}

// isWrapper reports an interface wrapper the interpreter puts around a
// value passed to compiled code (a struct whose first field is IValue).
func isWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Name == "IValue" &&
		t.Field(0).Type.Kind() == reflect.Interface
}

// unwrap returns the value an interpreter wrapper or interface holds.
func unwrap(v reflect.Value) reflect.Value {
	for v.IsValid() {
		switch {
		case v.Kind() == reflect.Interface:
			if v.IsNil() {
				return reflect.Value{}
			}
			v = v.Elem()
		case isWrapper(v.Type()):
			v = v.Field(0)
		case isValueInterface(v.Type()):
			v = valueInterfaceValue(v)
		default:
			return v
		}
	}
	return v
}

// printer prints one value.
type printer struct {
	types Types
	f     fmt.State
	verb  rune
	plus  bool
	sharp bool
}

func (p *printer) write(s string) { p.f.Write([]byte(s)) }

// print prints v at depth; methods tells whether its String and Error
// methods may be used (fmt does not call them on unexported fields).
func (p *printer) print(v reflect.Value, depth int, methods bool) {
	if methods && p.wrapperMethods(v) {
		return
	}
	v = unwrap(v)
	if !v.IsValid() {
		if p.sharp && depth > 0 {
			p.write("interface {}(nil)")
			return
		}
		p.write("<nil>")
		return
	}
	if methods && p.handleMethods(v) {
		return
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		meta := p.types.Struct(t)
		if meta == nil && !needsCare(p.types, t) {
			p.delegate(v)
			return
		}
		if p.sharp {
			p.write(p.typeName(t))
		}
		p.write("{")
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				if p.sharp {
					p.write(", ")
				} else {
					p.write(" ")
				}
			}
			name, exported := t.Field(i).Name, true
			if meta != nil && i < len(meta.Fields) {
				name, exported = meta.Fields[i].Name, meta.Fields[i].Exported
			}
			if p.plus || p.sharp {
				p.write(name + ":")
			}
			p.print(v.Field(i), depth+1, exported)
		}
		p.write("}")
	case reflect.Pointer:
		if v.IsNil() {
			if p.sharp {
				p.write("(" + p.typeName(t) + ")(nil)")
				return
			}
			p.write("<nil>")
			return
		}
		if depth == 0 {
			switch v.Elem().Kind() {
			case reflect.Struct, reflect.Array, reflect.Slice, reflect.Map:
				p.write("&")
				p.print(v.Elem(), depth+1, true)
				return
			}
		}
		if p.sharp {
			p.write("(" + p.typeName(t) + ")(0x" + strconv.FormatUint(uint64(v.Pointer()), 16) + ")")
			return
		}
		p.write("0x" + strconv.FormatUint(uint64(v.Pointer()), 16))
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && !needsCare(p.types, t.Elem()) {
			p.delegate(v)
			return
		}
		if p.sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				p.write(p.typeName(t) + "(nil)")
				return
			}
			p.write(p.typeName(t) + "{")
		} else {
			p.write("[")
		}
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				if p.sharp {
					p.write(", ")
				} else {
					p.write(" ")
				}
			}
			p.print(v.Index(i), depth+1, true)
		}
		if p.sharp {
			p.write("}")
		} else {
			p.write("]")
		}
	case reflect.Map:
		if p.sharp {
			if v.IsNil() {
				p.write(p.typeName(t) + "(nil)")
				return
			}
			p.write(p.typeName(t) + "{")
		} else {
			p.write("map[")
		}
		for i, k := range sortedKeys(v) {
			if i > 0 {
				if p.sharp {
					p.write(", ")
				} else {
					p.write(" ")
				}
			}
			p.print(k, depth+1, true)
			p.write(":")
			p.print(v.MapIndex(k), depth+1, true)
		}
		if p.sharp {
			p.write("}")
		} else {
			p.write("]")
		}
	default:
		p.delegate(v)
	}
}

// handleMethods formats v with its Error or String method, as fmt does
// for the verbs that print strings.
func (p *printer) handleMethods(v reflect.Value) bool {
	if p.sharp {
		return false
	}
	switch p.verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		return false
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return false
	}
	for _, m := range []string{"Error", "String"} {
		if s, ok := p.method(v, m); ok {
			fmt.Fprintf(p.f, p.spec(p.verb), s)
			return true
		}
	}
	return false
}

// wrapperMethods uses the methods the interpreter exposed on a value it
// wrapped for compiled code (a named type of a cell that is not a struct
// has no other way to find them).
func (p *printer) wrapperMethods(v reflect.Value) bool {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || !isWrapper(v.Type()) || !v.CanInterface() || p.sharp {
		return false
	}
	switch p.verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		return false
	}
	var s string
	switch x := v.Interface().(type) {
	case error:
		s = x.Error()
	case fmt.Stringer:
		s = x.String()
	default:
		return false
	}
	fmt.Fprintf(p.f, p.spec(p.verb), s)
	return true
}

// method calls an interpreted method, catching its panics as fmt does.
func (p *printer) method(v reflect.Value, name string) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			s, ok = fmt.Sprintf("%%!%c(PANIC=%s method: %v)", p.verb, name, r), true
		}
	}()
	if s, ok := p.types.Method(v, name); ok {
		return s, true
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case error:
			if name == "Error" {
				return x.Error(), true
			}
		case fmt.Stringer:
			if name == "String" {
				return x.String(), true
			}
		}
	}
	return "", false
}

// delegate prints v with fmt itself, with the same verb and flags.
func (p *printer) delegate(v reflect.Value) {
	if !v.CanInterface() {
		fmt.Fprint(p.f, v.String())
		return
	}
	fmt.Fprintf(p.f, p.spec(p.verb), v.Interface())
}

// spec rebuilds the format specification being printed, for verb.
func (p *printer) spec(verb rune) string {
	b := []byte{'%'}
	for _, c := range "+-# 0" {
		if p.f.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := p.f.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if pr, ok := p.f.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(pr), 10)
	}
	return string(b) + string(verb)
}

// typeName writes t as Go names it, using the declared names of cell types.
func (p *printer) typeName(t reflect.Type) string {
	if s := p.types.Struct(t); s != nil {
		return s.Name
	}
	if t.Name() != "" {
		return t.String()
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + p.typeName(t.Elem())
	case reflect.Slice:
		return "[]" + p.typeName(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + p.typeName(t.Elem())
	case reflect.Map:
		return "map[" + p.typeName(t.Key()) + "]" + p.typeName(t.Elem())
	case reflect.Chan:
		switch t.ChanDir() {
		case reflect.RecvDir:
			return "<-chan " + p.typeName(t.Elem())
		case reflect.SendDir:
			return "chan<- " + p.typeName(t.Elem())
		}
		return "chan " + p.typeName(t.Elem())
	}
	if isValueInterface(t) {
		return "interface {}"
	}
	return t.String()
}
