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
	"strings"
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
	// Tag is the field's tag as declared (the interpreter's type carries
	// the kernel's keys too).
	Tag string
	// Type describes the field's type, when known statically.
	Type *Desc
	// Iface is the field's type when it is an interface of the cells
	// ("main.Shape"), which %#v names for a nil value (the interpreter's
	// interface value says "interface {}").
	Iface string
}

// Desc describes a value's static type as the compiler knows it, for the
// types whose printing needs more than reflection: cell types, and
// composite types made of them.
type Desc struct {
	// Name is the type as %T prints it ("main.Weekday", "[]main.Weekday").
	Name string
	// Elem describes elements (pointer, slice, array, chan, map values),
	// Key map keys, Fields struct fields; nil when reflection suffices.
	Elem, Key *Desc
	// ElemIface is the elements' type when it is an interface of the
	// cells (see Field.Iface).
	ElemIface string
	Fields    []Field
	// String and Error name accessors of the methods in the static type's
	// method set (see Types.Call).
	String, Error string
	// GoString and Format name accessors of those methods (fmt.GoStringer,
	// fmt.Formatter) in the static type's method set.
	GoString, Format string
	// MarshalJSON and MarshalText name accessors of the methods in the
	// method set of the type; UnmarshalJSON and UnmarshalText of those in
	// the method set of a pointer to it (encoding/json's interfaces).
	MarshalJSON, MarshalText, UnmarshalJSON, UnmarshalText string
	// PtrMarshalJSON and PtrMarshalText name accessors of those methods
	// when only a pointer's method set has them: encoding/json calls
	// them on addressable values (slice elements, fields through a
	// pointer).
	PtrMarshalJSON, PtrMarshalText string
	// Unwrap (Unwrap() error), UnwrapAll (Unwrap() []error), Is and As
	// name accessors of those methods of a named non-struct type (a struct
	// type's are found by its tag).
	Unwrap, UnwrapAll, Is, As string
	// Methods lists the exported methods without parameters (for
	// text/template), when the description was made for a template.
	Methods []Method
	// Session marks a named non-struct type declared at a cell's top
	// level: a later cell may give it methods, which its latest
	// description has (Types.DescOf, see Latest).
	Session bool
}

// Latest returns the latest description of the type d describes when a
// later cell may have given it methods (d.Session), else d: code written
// before keeps the description of its time.
func Latest(types Types, d *Desc) *Desc {
	if d == nil || !d.Session || types == nil || len(d.Methods) > 0 {
		return d // (a template's description lists its methods)
	}
	if nd := types.DescOf(d.Name); nd != nil {
		return nd
	}
	return d
}

// Method is a method a template may call: its accessor returns the
// method's result and error as (any, error); Result describes the type
// of the result (nil when reflection suffices).
type Method struct {
	Name, Acc string
	Result    *Desc
}

// Boxed is a value passed to a printing function together with the
// description of its static type.
type Boxed struct {
	V any
	D *Desc
}

// Types tells the printer about the interpreter's types.
type Types interface {
	// Struct describes t when it is a struct type declared in a cell.
	Struct(t reflect.Type) *Struct
	// Method calls the method name ("String" or "Error") of v's declared
	// type, if it has one that v's method set includes.
	Method(v reflect.Value, name string) (string, bool)
	// Call calls the method accessor named acc on v (a value or a pointer
	// to one of the accessor's type).
	Call(acc string, v reflect.Value) (string, bool)
	// Format calls the Format method (fmt.Formatter) of v's declared type,
	// if it has one that v's method set includes.
	Format(v reflect.Value, f fmt.State, verb rune) bool
	// DescOf returns the latest description of the cell type named name
	// that a Tagged value was made with.
	DescOf(name string) *Desc
	// CallFormat calls the Format method accessor named acc on v.
	CallFormat(acc string, v reflect.Value, f fmt.State, verb rune) bool
}

// Args returns args with the values that need care wrapped. It returns
// args itself when none does.
func Args(types Types, args []any) []any {
	var out []any
	for i, a := range args {
		var x Value
		switch b := a.(type) {
		case Boxed:
			x = Value{types: types, v: reflect.ValueOf(b.V), d: b.D}
		case Tagged, TaggedStringer, TaggedError, TaggedStringError:
			tg, _ := TaggedOf(b)
			x = Value{types: types, v: reflect.ValueOf(tg.V), d: tg.desc()}
		default:
			if a == nil || !needsCare(types, reflect.TypeOf(a)) {
				continue
			}
			if tg, ok := TaggedOf(a); ok {
				// In the interpreter's interface value (see TaggedOf).
				x = Value{types: types, v: reflect.ValueOf(tg.V), d: tg.desc()}
				break
			}
			x = Value{types: types, v: reflect.ValueOf(a)}
		}
		if out == nil {
			out = make([]any, len(args))
			copy(out, args)
		}
		out[i] = x
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
	d     *Desc
}

// Wrap returns v as a Value.
func Wrap(types Types, v any) Value { return Value{types: types, v: reflect.ValueOf(v)} }

// WrapDesc returns v, of the cell type described by d (or nil), as a Value.
func WrapDesc(types Types, v reflect.Value, d *Desc) Value { return Value{types: types, v: v, d: d} }

// Format implements fmt.Formatter.
func (x Value) Format(f fmt.State, verb rune) {
	p := &printer{types: x.types, f: f, verb: verb, plus: verb == 'v' && f.Flag('+'), sharp: verb == 'v' && f.Flag('#')}
	if verb == 'T' || verb == typeVerb {
		fmt.Fprintf(f, p.spec('s'), x.TypeName())
		return
	}
	if verb == 'p' {
		v := unwrap(x.v)
		if v.IsValid() && v.CanInterface() {
			fmt.Fprintf(f, p.spec(verb), v.Interface())
			return
		}
	}
	p.print(x.v, 0, true, x.d)
}

// TypeName is the value's type as %T prints it.
func (x Value) TypeName() string {
	if x.d != nil && x.d.Name != "" {
		return x.d.Name
	}
	if _, d := wrapperDesc(x.v); d != nil && d.Name != "" {
		return d.Name
	}
	if in := peelInterfaces(x.v); in.IsValid() && isValueInterface(in.Type()) {
		// A pointer to a named non-struct type, which only the
		// interpreter's node tells from a *int.
		if name, path, known := ptrElemOf(in); known && name != "" && path != "" {
			return "*" + path + "." + stripVersion(name)
		}
	}
	v := unwrap(x.v)
	if !v.IsValid() {
		return "<nil>"
	}
	p := &printer{types: x.types}
	return p.typeName(v.Type())
}

// Reflect returns the value x formats.
func (x Value) Reflect() reflect.Value { return x.v }

// GoString implements fmt.GoStringer, for %#v through fmt's own paths.
func (x Value) GoString() string { return fmt.Sprintf("%#v", x) }

// valueInterfaceDesc finds the interpreter's interface value in v (through
// interfaces) and, when it holds a value of a named non-struct type of a
// cell, the description of that type.
func (p *printer) valueInterfaceDesc(v reflect.Value) (reflect.Value, *Desc) {
	v = peelInterfaces(v)
	if !v.IsValid() || !isValueInterface(v.Type()) || p.types == nil {
		return v, nil
	}
	name := valueInterfaceType(v)
	if name == "" {
		return v, nil
	}
	return v, p.types.DescOf(name)
}

// printer prints one value.
type printer struct {
	types Types
	f     fmt.State
	verb  rune
	plus  bool
	sharp bool
	// embedRO marks the value print is called for as an unexported
	// embedded struct field: its own methods are not called, those of
	// its exported fields are (reflect's flagEmbedRO, which fmt obeys).
	embedRO bool
	// iface names the cells' interface type of the value print is
	// called for, when it is one (see Field.Iface).
	iface string
}

func (p *printer) write(s string) { p.f.Write([]byte(s)) }

// print prints v at depth; methods tells whether its String and Error
// methods may be used (fmt does not call them on unexported fields).
func (p *printer) print(v reflect.Value, depth int, methods bool, d *Desc) {
	iface := p.iface
	p.iface = ""
	fieldMethods := methods // for its fields
	if p.embedRO {
		p.embedRO, fieldMethods = false, true
	}
	// A tag sits right inside the interface (not in an interpreter
	// wrapper, which unwrap may have to call a method to open).
	if tv, td, ok := UntagValue(peelInterfaces(v)); ok {
		p.print(tv, depth, methods, td)
		return
	}
	if vi, vd := p.valueInterfaceDesc(v); vd != nil {
		// A named non-struct type's value in a cell's interface.
		p.print(valueInterfaceValue(vi), depth, methods, vd)
		return
	}
	if wv, wd := wrapperDesc(v); wd != nil {
		// A named non-struct type's value in a compiled interface, with
		// its type's methods as they are now.
		if p.types != nil {
			if latest := p.types.DescOf(wd.Name); latest != nil {
				wd = latest
			}
		}
		p.print(wv, depth, methods, wd)
		return
	}
	d = Latest(p.types, d)
	if methods && p.descMethods(v, d) {
		return
	}
	if methods && p.wrapperMethods(v) {
		return
	}
	static := v
	v = unwrap(v)
	if !v.IsValid() {
		if p.sharp && depth > 0 {
			// By the interface's type when reflection knows it
			// (error(nil)); a cell's interface is the interpreter's.
			name := "interface {}"
			if static.IsValid() && static.Kind() == reflect.Interface {
				name = p.typeName(static.Type())
			}
			if name == "interface {}" && iface != "" {
				name = iface // main.Shape(nil)
			}
			p.write(name + "(nil)")
			return
		}
		p.write("<nil>")
		return
	}
	if p.sharp && v.Kind() == reflect.Func && v.IsNil() && d != nil && d.Name != "" {
		p.write("(" + d.Name + ")(nil)") // a named func type's nil
		return
	}
	if methods && p.handleMethods(v) {
		return
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		meta := p.types.Struct(t)
		if meta == nil && (d == nil || d.Name == "" && len(d.Fields) == 0) && !needsCare(p.types, t) && (methods || !printMethods(t)) {
			p.delegate(v)
			return
		}
		if p.sharp {
			p.write(p.name(t, d))
		}
		p.write("{")
		n := v.NumField()
		if meta != nil && len(meta.Fields) < n {
			n = len(meta.Fields) // an empty struct's hidden tag field
		}
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.sharp {
					p.write(", ")
				} else {
					p.write(" ")
				}
			}
			name, exported := t.Field(i).Name, true
			var fd *Desc
			if meta != nil && i < len(meta.Fields) {
				name, exported, fd = meta.Fields[i].Name, meta.Fields[i].Exported, meta.Fields[i].Type
			}
			if d != nil && i < len(d.Fields) {
				name, exported, fd = d.Fields[i].Name, d.Fields[i].Exported, d.Fields[i].Type
			}
			if p.plus || p.sharp {
				p.write(name + ":")
			}
			if d != nil && i < len(d.Fields) {
				p.iface = d.Fields[i].Iface
			}
			embedded := meta != nil && i < len(meta.Fields) && meta.Fields[i].Embedded || d != nil && i < len(d.Fields) && d.Fields[i].Embedded
			if !exported && embedded && fieldMethods && v.Field(i).Kind() == reflect.Struct {
				p.embedRO = true
			}
			p.print(v.Field(i), depth+1, exported && fieldMethods, fd)
		}
		p.write("}")
	case reflect.Pointer:
		if strings.ContainsRune("bodxX", p.verb) && (v.IsNil() || depth > 0) {
			// fmt prints the address as an integer (0 for nil).
			fmt.Fprintf(p.f, p.spec(p.verb), uint64(v.Pointer()))
			return
		}
		if p.verb != 'v' && (v.IsNil() || depth > 0) {
			// fmt's bad verb: the type, and the value as %v prints it.
			p.write("%!" + string(p.verb) + "(" + p.name(t, d) + "=")
			q := *p
			q.verb, q.plus, q.sharp = 'v', false, false
			q.print(v, 0, methods, d)
			p.write(")")
			return
		}
		if v.IsNil() {
			if p.sharp {
				p.write("(" + p.name(t, d) + ")(nil)")
				return
			}
			p.write("<nil>")
			return
		}
		if depth == 0 {
			switch v.Elem().Kind() {
			case reflect.Struct, reflect.Array, reflect.Slice, reflect.Map:
				p.write("&")
				p.print(v.Elem(), depth+1, methods, elemDesc(d))
				return
			}
		}
		if p.sharp {
			p.write("(" + p.name(t, d) + ")(0x" + strconv.FormatUint(uint64(v.Pointer()), 16) + ")")
			return
		}
		p.write("0x" + strconv.FormatUint(uint64(v.Pointer()), 16))
	case reflect.Slice, reflect.Array:
		named := p.sharp && d != nil && d.Name != "" // %#v of a Short [2]byte: main.Short{0x1, 0x2}
		if t.Elem().Kind() == reflect.Uint8 && !named && (!needsCare(p.types, t.Elem()) && elemDesc(d) == nil || strings.ContainsRune("sqxX", p.verb)) {
			// Bytes, as fmt prints them (also of a named byte type: %s
			// of a []B is its text); below the top, fmt names []byte
			// by reflection: []uint8.
			if p.sharp && depth > 0 && t == reflect.TypeFor[[]byte]() {
				p.write(strings.Replace(fmt.Sprintf("%#v", v.Interface()), "[]byte", "[]uint8", 1))
				return
			}
			p.delegate(v)
			return
		}
		if p.sharp {
			if v.Kind() == reflect.Slice && v.IsNil() {
				p.write(p.name(t, d) + "(nil)")
				return
			}
			p.write(p.name(t, d) + "{")
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
			p.iface = elemIface(d)
			p.print(v.Index(i), depth+1, methods, elemDesc(d))
		}
		if p.sharp {
			p.write("}")
		} else {
			p.write("]")
		}
	case reflect.Map:
		if p.sharp {
			if v.IsNil() {
				p.write(p.name(t, d) + "(nil)")
				return
			}
			p.write(p.name(t, d) + "{")
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
			p.print(k, depth+1, methods, keyDesc(d))
			p.write(":")
			p.iface = elemIface(d)
			p.print(v.MapIndex(k), depth+1, methods, elemDesc(d))
		}
		if p.sharp {
			p.write("}")
		} else {
			p.write("]")
		}
	default:
		if !methods && t.PkgPath() != "" {
			// A compiled named type's value where fmt calls no methods
			// (an unexported field's time.Duration): its underlying value.
			if b := basicType(t.Kind()); b != nil && v.CanConvert(b) {
				v = v.Convert(b)
			}
		}
		p.delegate(v)
	}
}

// printMethods reports whether fmt would call a method of t's values
// (String, Error, Format, GoString): where it calls none (an unexported
// field's image.Point), the kernel prints the fields.
func printMethods(t reflect.Type) bool {
	for _, m := range []string{"String", "Error", "Format", "GoString"} {
		if _, ok := t.MethodByName(m); ok {
			return true
		}
	}
	return false
}

// basicType returns the unnamed type of a basic kind, or nil.
func basicType(k reflect.Kind) reflect.Type {
	switch k {
	case reflect.Bool:
		return reflect.TypeFor[bool]()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return reflect.TypeFor[int64]()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return reflect.TypeFor[uint64]()
	case reflect.Float32:
		return reflect.TypeFor[float32]()
	case reflect.Float64:
		return reflect.TypeFor[float64]()
	case reflect.Complex64:
		return reflect.TypeFor[complex64]()
	case reflect.Complex128:
		return reflect.TypeFor[complex128]()
	case reflect.String:
		return reflect.TypeFor[string]()
	}
	return nil
}

func elemDesc(d *Desc) *Desc {
	if d == nil {
		return nil
	}
	return d.Elem
}

func elemIface(d *Desc) string {
	if d == nil {
		return ""
	}
	return d.ElemIface
}

func keyDesc(d *Desc) *Desc {
	if d == nil {
		return nil
	}
	return d.Key
}

// name is t's name as %T prints it, from d when known.
func (p *printer) name(t reflect.Type, d *Desc) string {
	if d != nil && d.Name != "" {
		return d.Name
	}
	return p.typeName(t)
}
