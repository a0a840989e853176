package format

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// descMethods formats v with the Error or String method its static type
// has (fmt's order), calling the interpreted method through its accessor.
func (p *printer) descMethods(v reflect.Value, d *Desc) bool {
	if d == nil {
		return false
	}
	if d.Format != "" && p.descFormat(v, d.Format) {
		return true
	}
	if p.sharp && p.verb == 'v' && d.GoString != "" {
		if u := unwrap(v); u.IsValid() && !(u.Kind() == reflect.Pointer && u.IsNil()) {
			if s, ok, _ := p.call("GoString", d.GoString, u); ok {
				fmt.Fprintf(p.f, p.spec('s'), s) // (padded to the width, as fmt does)
				return true
			}
		}
	}
	if p.sharp || d.Error == "" && d.String == "" {
		return false
	}
	switch p.verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		return false
	}
	v = unwrap(v)
	if !v.IsValid() {
		return false
	}
	// fmt calls the method of a nil pointer too (it may handle nil), and
	// prints <nil> when it panics.
	nilPtr := v.Kind() == reflect.Pointer && v.IsNil()
	for _, m := range []struct{ name, acc string }{{"Error", d.Error}, {"String", d.String}} {
		if m.acc == "" {
			continue
		}
		s, ok, panicked := p.call(m.name, m.acc, v)
		if !ok {
			continue
		}
		if panicked {
			if nilPtr {
				s = "<nil>"
			}
			p.write(s)
			return true
		}
		fmt.Fprintf(p.f, p.spec(p.verb), s)
		return true
	}
	return false
}

// PanicValue gives the value a method of a cell panicked with as Go's
// runtime would have (the interpreter's panics are reflect's messages);
// the engine sets it.
var PanicValue = func(r any) any { return r }

// Fatal is implemented by the values of panics that fmt's recovery of a
// method's panic must not stop (the kernel's fatal errors).
type Fatal interface{ Fatal() }

// rethrowFatal panics again with r when it is a Fatal.
func rethrowFatal(r any) {
	if f, ok := PanicValue(r).(Fatal); ok {
		panic(f)
	}
}

// descFormat calls the Format method accessor acc, as fmt does for every
// verb.
func (p *printer) descFormat(v reflect.Value, acc string) (ok bool) {
	v = unwrap(v)
	if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			rethrowFatal(r)
			p.formatPanic(v, r)
			ok = true
		}
	}()
	return p.types.CallFormat(acc, v, p.f, p.verb)
}

// formatPanic prints the panic r of v's Format method as fmt does: <nil>
// for a nil pointer receiver, else the panic.
func (p *printer) formatPanic(v reflect.Value, r any) {
	if u := unwrap(v); u.IsValid() && u.Kind() == reflect.Pointer && u.IsNil() {
		fmt.Fprintf(p.f, p.spec('s'), "<nil>")
		return
	}
	fmt.Fprintf(p.f, "%%!%c(PANIC=Format method: %v)", p.verb, PanicValue(r))
}

// call calls the accessor acc of method name, catching its panics as fmt
// does.
func (p *printer) call(name, acc string, v reflect.Value) (s string, ok, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			rethrowFatal(r)
			s, ok, panicked = fmt.Sprintf("%%!%c(PANIC=%s method: %v)", p.verb, name, PanicValue(r)), true, true
		}
	}()
	s, ok = p.types.Call(acc, v)
	return s, ok, false
}

// handleMethods formats v with its Error or String method, as fmt does
// for the verbs that print strings.
func (p *printer) handleMethods(v reflect.Value) bool {
	if p.formatter(v) {
		return true
	}
	if p.sharp {
		if p.verb != 'v' {
			return false
		}
		s, ok := p.method(v, "GoString")
		if ok {
			if nilPanic(v, s) {
				s = "<nil>"
			}
			fmt.Fprintf(p.f, p.spec('s'), s)
		}
		return ok
	}
	switch p.verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		return false
	}
	for _, m := range []string{"Error", "String"} {
		if s, ok := p.method(v, m); ok {
			if nilPanic(v, s) {
				p.write("<nil>")
				return true
			}
			fmt.Fprintf(p.f, p.spec(p.verb), s)
			return true
		}
	}
	return false
}

// nilPanic reports whether s is the text of a method that panicked on v, a
// nil pointer: fmt prints such a receiver as <nil>.
func nilPanic(v reflect.Value, s string) bool {
	return v.Kind() == reflect.Pointer && v.IsNil() && strings.HasPrefix(s, "%!") && strings.Contains(s, "(PANIC=")
}

// formatter calls v's Format method (fmt.Formatter), as fmt does for
// every verb.
func (p *printer) formatter(v reflect.Value) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			rethrowFatal(r)
			p.formatPanic(v, r)
			ok = true
		}
	}()
	if p.types.Format(v, p.f, p.verb) {
		return true
	}
	// A compiled type's Format method (*big.Int in a field).
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.PkgPath() == "" || !v.CanInterface() {
		return false
	}
	// (A nil pointer too: fmt calls it, and prints a panic as <nil>.)
	if f, ok := v.Interface().(fmt.Formatter); ok {
		f.Format(p.f, p.verb)
		return true
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
	if !v.IsValid() || !isWrapper(v.Type()) || !v.CanInterface() {
		return false
	}
	if u := unwrap(v); u.IsValid() && p.formatter(u) {
		return true // a Format method of the value's type, which fmt calls first
	}
	if p.sharp {
		return false
	}
	switch p.verb {
	case 'v', 's', 'q', 'x', 'X':
	default:
		return false
	}
	var call func() string
	name := "Error"
	switch x := v.Interface().(type) {
	case error:
		call = x.Error
	case fmt.Stringer:
		call, name = x.String, "String"
		if u := unwrap(v); u.IsValid() && !isWrapper(u.Type()) && p.types != nil {
			// fmt asks the value for Error first, whatever the
			// interface it was held in (a flag.Value, fmt.Stringer).
			if s, ok := p.method(u, "Error"); ok {
				fmt.Fprintf(p.f, p.spec(p.verb), s)
				return true
			}
		}
	default:
		return false
	}
	s, panicked := p.catch(name, call)
	if panicked {
		// (unwrap: the wrapper of a struct value holds its last field.)
		if in := unwrap(v); in.IsValid() && in.Kind() == reflect.Pointer && in.IsNil() && !recursiveStruct(in.Type().Elem()) {
			s = "<nil>" // fmt prints a nil receiver that panics as <nil>
		}
		p.write(s)
		return true
	}
	fmt.Fprintf(p.f, p.spec(p.verb), s)
	return true
}

// catch calls a wrapper's method, catching its panic as fmt does.
func (p *printer) catch(name string, m func() string) (s string, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			rethrowFatal(r)
			s, panicked = fmt.Sprintf("%%!%c(PANIC=%s method: %v)", p.verb, name, PanicValue(r)), true
		}
	}()
	return m(), false
}

// method calls an interpreted method, catching its panics as fmt does.
func (p *printer) method(v reflect.Value, name string) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			rethrowFatal(r)
			s, ok = fmt.Sprintf("%%!%c(PANIC=%s method: %v)", p.verb, name, PanicValue(r)), true
		}
	}()
	if s, ok := p.types.Method(v, name); ok {
		return s, true
	}
	if s, ok := p.promoted(v, name); ok {
		return s, true
	}
	// Only compiled named types can have methods fmt would call; asking an
	// interpreted type (a reflect.StructOf struct) can crash the runtime.
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.PkgPath() == "" {
		return "", false
	}
	if v.CanInterface() {
		return compiledMethod(v.Interface(), name)
	}
	return "", false
}

// compiledMethod calls x's Error, String or GoString method (name), if it
// has it.
func compiledMethod(x any, name string) (string, bool) {
	switch name {
	case "Error":
		if x, ok := x.(error); ok {
			return x.Error(), true
		}
	case "String":
		if x, ok := x.(fmt.Stringer); ok {
			return x.String(), true
		}
	case "GoString":
		if x, ok := x.(fmt.GoStringer); ok {
			return x.GoString(), true
		}
	}
	return "", false
}

// delegate prints v with fmt itself, with the same verb and flags.
func (p *printer) delegate(v reflect.Value) {
	if !v.CanInterface() {
		// (An unexported field's value: read through reflect, as fmt
		// does.)
		var x any
		switch v.Kind() {
		case reflect.Bool:
			x = v.Bool()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			x = v.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			x = v.Uint()
		case reflect.Float32, reflect.Float64:
			x = v.Float()
		case reflect.Complex64, reflect.Complex128:
			x = v.Complex()
		case reflect.String:
			x = v.String()
		default:
			fmt.Fprint(p.f, v.String())
			return
		}
		fmt.Fprintf(p.f, p.spec(p.verb), x)
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
	case reflect.Func:
		if strings.Contains(t.String(), "struct") {
			return p.funcTypeName(t)
		}
	}
	if isValueInterface(t) {
		return "interface {}"
	}
	if t.Kind() == reflect.Struct && t.NumField() > 0 {
		// An anonymous struct type, with the cells' types in its fields
		// by name (reflect spells them by their fields).
		fields := make([]string, t.NumField())
		for i := range fields {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get(structTagKey) != "" {
				return t.String()
			}
			fields[i] = f.Name + " " + p.typeName(f.Type)
			if f.Anonymous {
				fields[i] = p.typeName(f.Type)
			}
			if f.Tag != "" {
				fields[i] += " " + strconv.Quote(string(f.Tag))
			}
		}
		return "struct { " + strings.Join(fields, "; ") + " }"
	}
	return t.String()
}

// funcTypeName spells a func type with the cells' type names in its
// parameters and results.
func (p *printer) funcTypeName(t reflect.Type) string {
	in := make([]string, t.NumIn())
	for i := range in {
		in[i] = p.typeName(t.In(i))
		if t.IsVariadic() && i == len(in)-1 {
			in[i] = "..." + p.typeName(t.In(i).Elem())
		}
	}
	out := make([]string, t.NumOut())
	for i := range out {
		out[i] = p.typeName(t.Out(i))
	}
	s := "func(" + strings.Join(in, ", ") + ")"
	switch len(out) {
	case 0:
		return s
	case 1:
		return s + " " + out[0]
	}
	return s + " (" + strings.Join(out, ", ") + ")"
}

// recursiveStruct reports the interpreter's representation of a struct
// type that refers to itself: the interpreter's wrappers hold values of
// such types as nil pointers, which are no nil receivers.
func recursiveStruct(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && reaches(t, t, map[reflect.Type]bool{})
}

// reaches reports whether struct type t refers to target through its
// fields' types.
func reaches(t, target reflect.Type, seen map[reflect.Type]bool) bool {
	for i := 0; i < t.NumField(); i++ {
		ft := t.Field(i).Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array || ft.Kind() == reflect.Map {
			ft = ft.Elem()
		}
		if ft == target {
			return true
		}
		if ft.Kind() == reflect.Struct && !seen[ft] {
			seen[ft] = true
			if reaches(ft, target, seen) {
				return true
			}
		}
	}
	return false
}

// structTagKey is the tag key of the cells' tagged struct types
// (compile.StructTag).
const structTagKey = "gk"

// promoted calls the method name that a struct type the cells did not
// tag (an anonymous one, or one declared in a function, which cannot
// declare methods) gets from the one embedded field that has it
// (struct{ image.Point; Ch rune } prints with Point's String).
func (p *printer) promoted(v reflect.Value, name string) (string, bool) {
	ptr := v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct
	if ptr {
		v = v.Elem() // (a pointer's method set: also the fields' pointer methods)
	}
	t := v.Type()
	if p.types == nil || v.Kind() != reflect.Struct || t.Name() != "" || t.NumField() == 0 || t.Field(0).Tag.Get(structTagKey) != "" {
		return "", false
	}
	meta := p.types.Struct(t) // (the interpreter may not mark the field embedded)
	for i := 0; i < t.NumField(); i++ {
		embedded := t.Field(i).Anonymous || meta != nil && i < len(meta.Fields) && meta.Fields[i].Embedded
		if !embedded && fieldName(t, meta, i) == name {
			return "", false // a field of that name hides the method
		}
	}
	var text string
	found := false
	for i := 0; i < t.NumField(); i++ {
		var fd *Desc
		if meta != nil && i < len(meta.Fields) {
			fd = meta.Fields[i].Type
		}
		if !t.Field(i).Anonymous && (meta == nil || i >= len(meta.Fields) || !meta.Fields[i].Embedded) {
			continue
		}
		f := v.Field(i)
		if ptr && f.CanAddr() && f.Kind() != reflect.Pointer && fd == nil {
			f = f.Addr()
		}
		s, ok := p.embeddedMethod(f, name, fd)
		if !ok {
			continue
		}
		if found {
			return "", false // two at this depth: neither is promoted
		}
		text, found = s, true
	}
	return text, found
}

// embeddedMethod calls the method name of an embedded field's value f,
// of a cell type (a named non-struct one described by d) or of a
// compiled one, if its method set has it.
func (p *printer) embeddedMethod(f reflect.Value, name string, d *Desc) (string, bool) {
	if d = Latest(p.types, d); d != nil {
		// A cell's named non-struct type: its accessors (as of now: a
		// later cell may have given it the method).
		acc := map[string]string{"String": d.String, "Error": d.Error, "GoString": d.GoString}[name]
		if acc == "" {
			return "", false
		}
		s, ok, _ := p.call(name, acc, f)
		return s, ok
	}
	ft := f.Type()
	base := ft
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	if p.types.Struct(base) != nil {
		return p.types.Method(f, name)
	}
	if base.PkgPath() == "" || !f.CanInterface() {
		return "", false
	}
	if _, ok := ft.MethodByName(name); !ok {
		return "", false
	}
	return compiledMethod(f.Interface(), name)
}

// fieldName is the declared name of field i of t (meta describes t, when
// the interpreter renamed its fields).
func fieldName(t reflect.Type, meta *Struct, i int) string {
	if meta != nil && i < len(meta.Fields) {
		return meta.Fields[i].Name
	}
	return t.Field(i).Name
}
