package engine

import (
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"io"
	"reflect"
	"regexp"
	"strings"
	texttemplate "text/template"

	"gokernel/kernel/engine/format"
)

// Templates read fields and call methods by reflection, which sees no
// method of the cell's types (compile/templates.go sends Execute here).
// A template gets a view of the data in which each value of a cell type
// with methods is a struct of its fields and, as more fields, the results
// of its methods without arguments: {{.Total}} reads a field.

// maxTemplateDepth bounds the views of method results of method results.
const maxTemplateDepth = 6

// templateExecute is (*Template).Execute for cells (text or html).
func (rt *cellRuntime) templateExecute(t any, w io.Writer, data any, id int) error {
	return rt.execTemplate(t, data, id, func(view any) error {
		switch t := t.(type) {
		case *texttemplate.Template:
			return t.Execute(w, view)
		case *htmltemplate.Template:
			return t.Execute(w, view)
		}
		return fmt.Errorf("template: not a template: %T", t)
	})
}

// templateExecuteNamed is (*Template).ExecuteTemplate for cells.
func (rt *cellRuntime) templateExecuteNamed(t any, w io.Writer, name string, data any, id int) error {
	return rt.execTemplate(t, data, id, func(view any) error {
		switch t := t.(type) {
		case *texttemplate.Template:
			return t.ExecuteTemplate(w, name, view)
		case *htmltemplate.Template:
			return t.ExecuteTemplate(w, name, view)
		}
		return fmt.Errorf("template: not a template: %T", t)
	})
}

// execTemplate runs exec with the view of data, and names the cell's
// types in its error.
func (rt *cellRuntime) execTemplate(t any, data any, id int, exec func(any) error) error {
	names := map[string]string{}
	v := format.Unwrap(reflect.ValueOf(data))
	if !v.IsValid() {
		return exec(data)
	}
	view, changed := rt.templateView(v, rt.e.comp.Desc(id), 0, names)
	if !changed {
		view = v
		if sd := rt.tmplStructDesc(v.Type()); sd != nil && sd.Name != "" {
			names[v.Type().String()] = sd.Name // for the error's text
		}
	}
	rt.withViewFuncs(t)
	err := exec(anyOf(view))
	if err == nil {
		return err
	}
	msg := err.Error()
	for typ, name := range names {
		if !strings.HasPrefix(typ, callFailed) {
			msg = strings.ReplaceAll(msg, "type "+typ, "type "+name)
		}
	}
	// The cells' struct types as reflect spells them: by name.
	msg = rt.unexportedFieldError(rt.e.nameStructs(msg))
	msg = cantEvaluateAny.ReplaceAllStringFunc(msg, func(s string) string {
		// A method that panicked or failed: as template says it (in an
		// element of a slice of views, interface {}).
		m := cantEvaluateAny.FindStringSubmatch(s)[1]
		if failed, ok := names[callFailed+m]; ok {
			return "error calling " + m + ": " + failed
		}
		return s
	})
	if msg == err.Error() {
		return err
	}
	return fmt.Errorf("%s", msg)
}

// cantEvaluate is the text/template error about a field it does not find.
var cantEvaluate = regexp.MustCompile(`can't evaluate field (\S+) in type (\*?)(main\.\S+)`)

// cantEvaluateAny is cantEvaluate also in a value of type interface {}.
var cantEvaluateAny = regexp.MustCompile(`can't evaluate field (\S+) in type (\*?)(main\.\S+|interface \{\})`)

// unexportedFieldError words an error about an unexported field of a
// cell's struct type as Go does (the interpreter exports such fields with
// other names: template finds no field).
func (rt *cellRuntime) unexportedFieldError(msg string) string {
	return cantEvaluate.ReplaceAllStringFunc(msg, func(s string) string {
		m := cantEvaluate.FindStringSubmatch(s)
		if rt.e.comp == nil || !rt.e.comp.UnexportedField(m[3], m[1]) {
			return s
		}
		return m[1] + " is an unexported field of struct type " + m[2] + m[3]
	})
}

// templateView returns the view of v (described by d, or nil) and
// whether it differs from v; names maps the view's struct types to the
// cell types they stand for, for error messages.
func (rt *cellRuntime) templateView(v reflect.Value, d *format.Desc, depth int, names map[string]string) (reflect.Value, bool) {
	if !v.IsValid() || depth > maxTemplateDepth {
		return v, false
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, false
		}
		u := format.Unwrap(v.Elem())
		w, changed := rt.templateView(u, nil, depth, names)
		if !changed && u.IsValid() && u.Type() == v.Elem().Type() {
			return v, false
		}
		if !changed {
			w = u
		}
		return w, true
	}
	if x, xd, ok := format.UntagValue(v); ok {
		// A tagged value in an interface (a named non-struct type's).
		if w, changed := rt.templateView(x, xd, depth, names); changed {
			return w, true
		}
		return x, true
	}
	if u := format.Unwrap(v); u.IsValid() && u.Type() != v.Type() {
		// The interpreter's wrapper of an interface value.
		if w, changed := rt.templateView(u, nil, depth, names); changed {
			return w, true
		}
		return u, true
	}
	if d == nil {
		d = rt.tmplStructDesc(v.Type())
	}
	var elem *format.Desc
	if d != nil {
		elem = d.Elem
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v, false
		}
		w, changed := rt.templateView(v.Elem(), elem, depth, names)
		if !changed && d != nil && len(d.Methods) > 0 {
			w, changed = rt.withMethods(v.Elem(), v, d, depth, names)
		}
		if changed {
			if d != nil && d.Name != "" && w.Kind() == reflect.Struct {
				names[w.Type().String()] = d.Name // templates name the pointer type
			}
			rt.viewOfPointer(w, v, d)
			return w, true
		}
	case reflect.Struct:
		return rt.withMethods(v, reflect.Value{}, d, depth, names)
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return v, false
		}
		out := make([]any, v.Len())
		changed := false
		for i := range out {
			w, ch := rt.templateView(v.Index(i), elem, depth, names)
			if !ch {
				w = v.Index(i)
			}
			changed = changed || ch
			out[i] = anyOf(w)
		}
		if changed {
			return reflect.ValueOf(out), true
		}
	case reflect.Map:
		if v.IsNil() {
			return v, false
		}
		anyT := reflect.TypeOf((*any)(nil)).Elem()
		m := reflect.MakeMapWithSize(reflect.MapOf(v.Type().Key(), anyT), v.Len())
		changed := false
		iter := v.MapRange()
		for iter.Next() {
			w, ch := rt.templateView(iter.Value(), elem, depth, names)
			if !ch {
				w = iter.Value()
			}
			changed = changed || ch
			x := reflect.Zero(anyT)
			if a := anyOf(w); a != nil {
				x = reflect.ValueOf(a)
			}
			m.SetMapIndex(iter.Key(), x)
		}
		if changed {
			return m, true
		}
	}
	if d != nil && (len(d.Methods) > 0 || d.String != "" || d.Error != "") && v.Kind() != reflect.Struct {
		return rt.withMethods(v, reflect.Value{}, d, depth, names)
	}
	return v, false
}

// withMethods builds the view of a struct value (or of a value of a named
// non-struct type, as a field "Value"): its fields, viewed, and the
// results of its methods. ptr is a pointer to v, when v is reached
// through one (pointer methods then see the value itself).
func (rt *cellRuntime) withMethods(v, ptr reflect.Value, d *format.Desc, depth int, names map[string]string) (reflect.Value, bool) {
	var fields []reflect.StructField
	var vals []reflect.Value
	changed := false
	if str, ok := rt.viewString(v, ptr, d); ok {
		// First, embedded: the view prints as the value does.
		fields = append(fields, reflect.StructField{Name: "TemplateString", Type: templateStringType, Anonymous: true})
		ts := TemplateString{GkString: str, gkValue: format.WrapDesc(rt.e.types, v, d), valid: true, json: rt.viewJSON(v, d)}
		if d != nil && d.String != "" && d.MarshalJSON == "" {
			// (html/template writes a Stringer's String as a JSON string.)
			ts.json = func() ([]byte, error) { return json.Marshal(str) }
		}
		vals = append(vals, reflect.ValueOf(ts))
		changed = true
	}
	var embedded []reflect.Value // the views of embedded fields
	if v.Kind() == reflect.Struct {
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if !sf.IsExported() {
				return v, false
			}
			var fd *format.Desc
			if d != nil && i < len(d.Fields) {
				fd = d.Fields[i].Type
			}
			w, ch := rt.templateView(v.Field(i), fd, depth+1, names)
			if ch {
				// Not embedded in the view (reflect.StructOf cannot promote
				// the methods of the view's type): promotedFields gives the
				// view its fields.
				sf.Type, sf.Anonymous, changed = w.Type(), false, true
			} else {
				w = v.Field(i)
			}
			if d != nil && i < len(d.Fields) && d.Fields[i].Embedded {
				embedded = append(embedded, w)
			}
			sf.Index, sf.Offset = nil, 0
			fields, vals = append(fields, sf), append(vals, w)
		}
	} else {
		fields = append(fields, reflect.StructField{Name: "Value", Type: v.Type()})
		vals = append(vals, v)
	}
	if d != nil {
		anyT := reflect.TypeOf((*any)(nil)).Elem()
		for _, m := range d.Methods {
			res, ok, failed := rt.callTemplateMethod(m.Acc, v, ptr)
			if failed != "" {
				names[callFailed+m.Name] = failed // (for the error's text)
			}
			if !ok {
				continue
			}
			w, _ := rt.templateView(res, m.Result, depth+1, names)
			if !w.IsValid() {
				w = reflect.Zero(anyT)
			}
			x := reflect.Zero(anyT)
			if a := anyOf(w); a != nil {
				x = reflect.ValueOf(a)
			}
			fields = append(fields, reflect.StructField{Name: m.Name, Type: anyT})
			vals = append(vals, x)
			changed = true
		}
	}
	if f, x := promotedFields(fields, embedded); len(f) > 0 {
		fields, vals, changed = append(fields, f...), append(vals, x...), true
	}
	if !changed {
		return v, false
	}
	if len(fields) > 0 && fields[0].Type != templateStringType {
		// First, embedded: the view, with fields for the methods and the
		// promoted fields, prints as the value does ({{.}}, printf).
		fields = append([]reflect.StructField{{Name: "TemplateValue", Type: templateValueType, Anonymous: true}}, fields...)
		vals = append([]reflect.Value{reflect.ValueOf(TemplateValue{gkValue: format.WrapDesc(rt.e.types, v, d), json: rt.viewJSON(v, d)})}, vals...)
	}
	nt, ok := structOf(fields)
	if !ok {
		return v, false
	}
	nv := reflect.New(nt).Elem()
	for i, x := range vals {
		nv.Field(i).Set(x)
	}
	if d != nil && d.Name != "" {
		names[nt.String()] = strings.TrimPrefix(d.Name, "*")
	}
	return nv, true
}

// promotedFields returns the fields the views of embedded fields promote
// (the interpreter's structs embed nothing): those of names the view does
// not have, and that only one embedded field has.
func promotedFields(fields []reflect.StructField, embedded []reflect.Value) ([]reflect.StructField, []reflect.Value) {
	have := map[string]bool{}
	for _, f := range fields {
		have[f.Name] = true
	}
	count := map[string]int{}
	var out []reflect.StructField
	var vals []reflect.Value
	for _, e := range embedded {
		if e.Kind() == reflect.Pointer {
			if e.IsNil() {
				continue
			}
			e = e.Elem()
		}
		if e.Kind() != reflect.Struct {
			continue
		}
		for i := 0; i < e.NumField(); i++ {
			sf := e.Type().Field(i)
			if have[sf.Name] || !sf.IsExported() || sf.Anonymous {
				continue
			}
			count[sf.Name]++
			sf.Index, sf.Offset = nil, 0
			out, vals = append(out, sf), append(vals, e.Field(i))
		}
	}
	keep := out[:0]
	var keptVals []reflect.Value
	for i, f := range out {
		if count[f.Name] == 1 {
			keep, keptVals = append(keep, f), append(keptVals, vals[i])
		}
	}
	return keep, keptVals
}

// TemplateString, embedded first in the view of a value whose type has an
// Error or String method, makes the view print as the value would.
type TemplateString struct {
	GkString string
	gkValue  format.Value           // the value, for printf (see viewPrintf)
	valid    bool                   // gkValue is set
	json     func() ([]byte, error) // the value's JSON (see viewJSON)
	orig     format.Value           // a pointer to the value, for printf (see viewOfPointer)
}

// String implements fmt.Stringer.
func (s TemplateString) String() string { return s.GkString }

// MarshalJSON implements json.Marshaler: html/template writes the value
// in a script as JSON.
func (s TemplateString) MarshalJSON() ([]byte, error) {
	if s.json == nil {
		return json.Marshal(s.GkString)
	}
	return s.json()
}

var templateStringType = reflect.TypeFor[TemplateString]()

// TemplateValue, embedded first in the view of a value whose type has no
// Error or String method, makes the view print as the value would.
type TemplateValue struct {
	gkValue format.Value
	json    func() ([]byte, error) // the value's JSON (see viewJSON)
	orig    format.Value           // a pointer to the value, for printf (see viewOfPointer)
}

// Format implements fmt.Formatter.
func (v TemplateValue) Format(f fmt.State, verb rune) { v.gkValue.Format(f, verb) }

// MarshalJSON implements json.Marshaler: html/template writes the value
// in a script as JSON (the view's fields hold the methods' results too).
func (v TemplateValue) MarshalJSON() ([]byte, error) {
	if v.json == nil {
		return []byte("null"), nil
	}
	return v.json()
}

// viewOfPointer makes the view w of the value the pointer p (described
// by d) points to print as p in printf ("&{al 2}", %T *main.U): template
// prints the value for {{.}} itself.
func (rt *cellRuntime) viewOfPointer(w, p reflect.Value, d *format.Desc) {
	if w.Kind() != reflect.Struct || w.NumField() == 0 || !w.Field(0).CanSet() {
		return
	}
	orig := format.WrapDesc(rt.e.types, p, d)
	switch f := w.Field(0).Interface().(type) {
	case TemplateString:
		f.orig = orig
		w.Field(0).Set(reflect.ValueOf(f))
	case TemplateValue:
		f.orig = orig
		w.Field(0).Set(reflect.ValueOf(f))
	}
}

// viewJSON returns a function marshalling v (described by d) as
// json.Marshal does in a cell.
func (rt *cellRuntime) viewJSON(v reflect.Value, d *format.Desc) func() ([]byte, error) {
	return func() ([]byte, error) { return rt.marshalDescribed(v, d) }
}

var templateValueType = reflect.TypeFor[TemplateValue]()

// viewString returns what the Error or String method of v's type (d)
// returns, if it has one.
func (rt *cellRuntime) viewString(v, ptr reflect.Value, d *format.Desc) (s string, ok bool) {
	if d == nil {
		return "", false
	}
	defer func() {
		if r := recover(); r != nil {
			s, ok = fmt.Sprintf("%%!v(PANIC=String method: %v)", r), true
		}
	}()
	for _, acc := range []string{d.Error, d.String} {
		if acc == "" {
			continue
		}
		recv := v
		if ptr.IsValid() {
			recv = ptr
		}
		if s, ok := rt.e.types.Call(acc, recv); ok {
			return s, true
		}
	}
	return "", false
}

// callTemplateMethod calls a method accessor (func(*T) (any, error)) on v
// (or on ptr, a pointer to it); failed is what its panic or its error
// says, as template words it after "error calling M: ".
func (rt *cellRuntime) callTemplateMethod(acc string, v, ptr reflect.Value) (res reflect.Value, ok bool, failed string) {
	defer func() {
		if r := recover(); r != nil {
			ok, failed = false, fmt.Sprint(r)
		}
	}()
	recv := ptr
	f, r, found := rt.accessorFor(acc, v)
	if !found {
		return reflect.Value{}, false, ""
	}
	if !recv.IsValid() || recv.Type() != r.Type() {
		recv = r
	}
	out := f.Call([]reflect.Value{recv})
	if len(out) != 2 {
		return reflect.Value{}, false, ""
	}
	if err, _ := out[1].Interface().(error); err != nil {
		return reflect.Value{}, false, err.Error()
	}
	return format.Unwrap(out[0]), true, ""
}

// callFailed prefixes, in the names of a template's view, a method whose
// call failed, with what it said.
const callFailed = "\x00error calling "
