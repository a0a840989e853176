package engine

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	texttemplate "text/template"

	"gokernel/kernel/engine/format"
)

// The view of a value of a named non-struct type with methods (type State
// int with String) is a struct: it prints as the value does, but the
// template's comparisons and printf would see a struct. The template gets
// its own eq, ne, lt, le, gt, ge and printf, which see the value itself
// (the text/template builtins otherwise, whose rules they follow).

// viewFuncs are the functions that see through views.
var viewFuncs = map[string]any{
	"eq": viewEq,
	"ne": func(a, b reflect.Value) (bool, error) { eq, err := viewEq(a, b); return !eq, err },
	"lt": func(a, b reflect.Value) (bool, error) { return viewLess(a, b) },
	"le": func(a, b reflect.Value) (bool, error) { return viewLessEq(a, b) },
	"gt": func(a, b reflect.Value) (bool, error) { le, err := viewLessEq(a, b); return !le && err == nil, err },
	"ge": func(a, b reflect.Value) (bool, error) { lt, err := viewLess(a, b); return !lt && err == nil, err },
}

// withViewFuncs gives template t the functions that see through views,
// and a printf that names the cells' types.
func (rt *cellRuntime) withViewFuncs(t any) {
	rt.tmplFuncsOnce.Do(func() {
		rt.tmplFuncs = make(map[string]any, len(viewFuncs)+1)
		for k, f := range viewFuncs {
			rt.tmplFuncs[k] = f
		}
		rt.tmplFuncs["printf"] = func(format string, args ...any) string { return viewPrintf(rt.e.types, format, args...) }
	})
	fm := rt.tmplFuncs
	switch t := t.(type) {
	case *texttemplate.Template:
		t.Funcs(fm)
	case *htmltemplate.Template:
		t.Funcs(fm)
	}
}

// viewed returns the value a view of a named non-struct type stands for
// (its field Value), or v.
func viewed(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() != reflect.Struct || v.NumField() < 2 {
		return v
	}
	if t := v.Type().Field(0).Type; t != templateStringType && t != templateValueType {
		return v
	}
	if f := v.FieldByName("Value"); f.IsValid() && f.Kind() != reflect.Struct {
		return f
	}
	return v
}

// viewValue returns the value the view v of a value with methods stands
// for (its first, embedded field holds it), if v is such a view.
func viewValue(v reflect.Value) (format.Value, bool) {
	if !v.IsValid() || v.Kind() != reflect.Struct || v.NumField() == 0 || !v.Field(0).CanInterface() {
		return format.Value{}, false
	}
	switch f := v.Field(0).Interface().(type) {
	case TemplateString:
		if f.orig.Reflect().IsValid() {
			return f.orig, true
		}
		return f.gkValue, f.valid
	case TemplateValue:
		if f.orig.Reflect().IsValid() {
			return f.orig, true
		}
		return f.gkValue, true
	}
	return format.Value{}, false
}

// viewOriginal returns the value the view v stands for, or v.
func viewOriginal(v reflect.Value) reflect.Value {
	if x, ok := viewValue(v); ok {
		return x.Reflect()
	}
	return v
}

// viewPrintf is fmt.Sprintf with views printed as their values are
// (State(1) with %d is 1, with %v its String), and values of the cells'
// types as fmt prints them in cells (%T main.Item).
func viewPrintf(types format.Types, format string, args ...any) string {
	typeVerbs := typeVerbArgs(format)
	for i, a := range args {
		x, ok := viewValue(reflect.ValueOf(a))
		if !ok {
			if w := formatArg(types, a); w != nil {
				x, ok = *w, true
			} else {
				continue
			}
		}
		args[i] = x
		if at, ok := typeVerbs[i]; ok {
			// fmt prints %T itself: the type's name goes in as %s.
			format = format[:at] + "s" + format[at+1:]
			args[i] = x.TypeName()
		}
	}
	return fmt.Sprintf(format, args...)
}

// typeVerbArgs maps the arguments that the %T verbs of format print to
// the offsets of those verbs' T; nil when format numbers its arguments
// ([n]).
func typeVerbArgs(f string) map[int]int {
	verbs, ok := format.ArgVerbsAt(f)
	if !ok {
		return nil
	}
	out := map[int]int{}
	for arg, v := range verbs {
		if v.Verb == 'T' {
			out[arg] = v.At
		}
	}
	return out
}

// kind classes of text/template's comparisons.
const (
	kindInvalid = iota
	kindBool
	kindComplex
	kindInt
	kindFloat
	kindString
	kindUint
)

func basicKind(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Bool:
		return kindBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return kindInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return kindUint
	case reflect.Float32, reflect.Float64:
		return kindFloat
	case reflect.Complex64, reflect.Complex128:
		return kindComplex
	case reflect.String:
		return kindString
	}
	return kindInvalid
}

var (
	errBadComparisonType = errors.New("invalid type for comparison")
	errBadComparison     = errors.New("incompatible types for comparison")
	errNoComparison      = errors.New("missing argument for comparison")
)

// viewEq is text/template's eq: arg1 == arg2 || arg1 == arg3 || ….
func viewEq(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error) {
	a := viewed(arg1)
	if len(arg2) == 0 {
		return false, errNoComparison
	}
	k1 := basicKind(a)
	for _, arg := range arg2 {
		b := viewed(arg)
		k2 := basicKind(b)
		truth := false
		if k1 != k2 {
			switch {
			case k1 == kindInt && k2 == kindUint:
				truth = a.Int() >= 0 && uint64(a.Int()) == b.Uint()
			case k1 == kindUint && k2 == kindInt:
				truth = b.Int() >= 0 && a.Uint() == uint64(b.Int())
			default:
				if a.IsValid() && b.IsValid() {
					return false, fmt.Errorf("%w: %v and %v", errBadComparison, a.Type(), b.Type())
				}
			}
		} else {
			switch k1 {
			case kindBool:
				truth = a.Bool() == b.Bool()
			case kindComplex:
				truth = a.Complex() == b.Complex()
			case kindFloat:
				truth = a.Float() == b.Float()
			case kindInt:
				truth = a.Int() == b.Int()
			case kindString:
				truth = a.String() == b.String()
			case kindUint:
				truth = a.Uint() == b.Uint()
			default:
				if !a.IsValid() || !b.IsValid() {
					truth = a.IsValid() == b.IsValid()
					break
				}
				// The values the views stand for, through the
				// interpreter's interface values.
				oa, ob := viewOriginal(a), viewOriginal(b)
				if !oa.Type().Comparable() || !ob.Type().Comparable() {
					return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", a, oa.Type(), ob.Type(), b)
				}
				truth = oa.CanInterface() && ob.CanInterface() && equal(oa.Interface(), ob.Interface())
			}
		}
		if truth {
			return true, nil
		}
	}
	return false, nil
}

// viewLess is text/template's lt.
func viewLess(arg1, arg2 reflect.Value) (bool, error) {
	a, b := viewed(arg1), viewed(arg2)
	k1, k2 := basicKind(a), basicKind(b)
	if k1 != k2 {
		switch {
		case k1 == kindInt && k2 == kindUint:
			return a.Int() < 0 || uint64(a.Int()) < b.Uint(), nil
		case k1 == kindUint && k2 == kindInt:
			return b.Int() >= 0 && a.Uint() < uint64(b.Int()), nil
		}
		if a.IsValid() && b.IsValid() {
			return false, fmt.Errorf("%w: %v and %v", errBadComparison, a.Type(), b.Type())
		}
		return false, errBadComparison
	}
	switch k1 {
	case kindFloat:
		return a.Float() < b.Float(), nil
	case kindInt:
		return a.Int() < b.Int(), nil
	case kindString:
		return a.String() < b.String(), nil
	case kindUint:
		return a.Uint() < b.Uint(), nil
	}
	return false, errBadComparisonType
}

// viewLessEq is text/template's le.
func viewLessEq(a, b reflect.Value) (bool, error) {
	lt, err := viewLess(a, b)
	if lt || err != nil {
		return lt, err
	}
	return viewEq(a, b)
}

// viewFuncMap returns m with each function taking, in place of a view
// (see templateView), the value it stands for, and giving back a value of
// a cell's struct type (or a pointer to one) as its view.
func (rt *cellRuntime) viewFuncMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	anyT := reflect.TypeFor[any]()
	for name, f := range m {
		fv := reflect.ValueOf(f)
		if !fv.IsValid() || fv.Kind() != reflect.Func || fv.IsNil() {
			out[name] = f // (template reports it)
			continue
		}
		ft := fv.Type()
		// The wrapper's type: a parameter (of a cell's struct type, or a
		// slice or map of one) or a result of a cell's struct type as
		// any, which a view may be.
		ins, outs := make([]reflect.Type, ft.NumIn()), make([]reflect.Type, ft.NumOut())
		for i := range ins {
			switch ins[i] = ft.In(i); {
			case !rt.viewed(ins[i], 0):
			case ft.IsVariadic() && i == len(ins)-1:
				ins[i] = reflect.TypeFor[[]any]() // (...Item: each a view)
			default:
				ins[i] = anyT
			}
		}
		for i := range outs {
			if outs[i] = ft.Out(i); i == 0 && rt.tmplStructDesc(outs[i]) != nil {
				outs[i] = anyT
			}
		}
		wt := reflect.FuncOf(ins, outs, ft.IsVariadic())
		out[name] = reflect.MakeFunc(wt, func(args []reflect.Value) []reflect.Value {
			for i, a := range args {
				pt := ft.In(i)
				if wt.In(i) != pt {
					// (any in the wrapper: a view, or the value itself.)
					x, ok := unview(a, pt)
					if !ok {
						panic(fmt.Sprintf("wrong type for value; expected %s; got %s", format.TypeNameOf(rt.e.types, pt, nil), format.TypeNameOf(rt.e.types, a.Elem().Type(), nil)))
					}
					args[i] = x
					continue
				}
				if ft.IsVariadic() && i == len(args)-1 {
					continue
				}
				if x, ok := unview(a, pt); ok {
					args[i] = x
				}
			}
			var res []reflect.Value
			if ft.IsVariadic() {
				res = fv.CallSlice(args)
			} else {
				res = fv.Call(args)
			}
			if len(res) > 0 && wt.Out(0) != ft.Out(0) {
				w, changed := rt.templateView(res[0], nil, 0, map[string]string{})
				if !changed {
					w = res[0]
				}
				res[0] = reflect.New(wt.Out(0)).Elem()
				if w.IsValid() {
					res[0].Set(w)
				}
			}
			return res
		}).Interface()
	}
	return out
}

// viewed reports a type whose values a template may hold as views: a
// cell's struct type (or a pointer to one), or a slice, array or map of
// such.
func (rt *cellRuntime) viewed(t reflect.Type, depth int) bool {
	if depth > 4 {
		return false
	}
	if rt.tmplStructDesc(t) != nil {
		return true
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return rt.viewed(t.Elem(), depth+1)
	}
	return false
}

// unview returns the value of type t that v (a view, or a slice or map of
// views, as templateView makes them) stands for; ok is false when v is
// not one of t.
func unview(v reflect.Value, t reflect.Type) (reflect.Value, bool) {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Interface {
		return reflect.Zero(t), t.Kind() == reflect.Interface || t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map
	}
	if x := viewOriginal(v); x.IsValid() && x.Type().AssignableTo(t) {
		c := reflect.New(t).Elem()
		c.Set(x)
		return c, true
	} else if x.IsValid() && x.Kind() == reflect.Pointer && !x.IsNil() && x.Type().Elem().AssignableTo(t) {
		return x.Elem(), true // (template passes what a pointer points to)
	}
	switch t.Kind() {
	case reflect.Slice:
		if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
			return v, false
		}
		s := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := range v.Len() {
			e, ok := unview(v.Index(i), t.Elem())
			if !ok {
				return v, false
			}
			s.Index(i).Set(e)
		}
		return s, true
	case reflect.Map:
		if v.Kind() != reflect.Map || !v.Type().Key().AssignableTo(t.Key()) {
			return v, false
		}
		m := reflect.MakeMapWithSize(t, v.Len())
		iter := v.MapRange()
		for iter.Next() {
			e, ok := unview(iter.Value(), t.Elem())
			if !ok {
				return v, false
			}
			m.SetMapIndex(iter.Key(), e)
		}
		return m, true
	}
	return v, false
}

// formatArg returns a as the value that prints it as a cell would, when
// it needs one (a value of a cell's type, or views in a slice or map),
// or nil.
func formatArg(types format.Types, a any) *format.Value {
	if a == nil {
		return nil
	}
	if o := originals(reflect.ValueOf(a), 0); o.IsValid() && o.CanInterface() {
		a = o.Interface()
	}
	if w, ok := format.Args(types, []any{a})[0].(format.Value); ok {
		return &w
	}
	return nil
}

// originals returns v with the views in it (in a []any or map[K]any as
// templateView makes them) replaced by the values they stand for.
func originals(v reflect.Value, depth int) reflect.Value {
	if !v.IsValid() || depth > maxTemplateDepth {
		return v
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		return originals(v.Elem(), depth)
	}
	if x, ok := viewValue(v); ok {
		return x.Reflect()
	}
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Interface || v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			if o := originals(v.Index(i), depth+1); o.IsValid() {
				out.Index(i).Set(o)
			}
		}
		return out
	case reflect.Map:
		if v.Type().Elem().Kind() != reflect.Interface || v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			o := originals(iter.Value(), depth+1)
			if !o.IsValid() {
				o = reflect.Zero(v.Type().Elem())
			}
			out.SetMapIndex(iter.Key(), o)
		}
		return out
	}
	return v
}
