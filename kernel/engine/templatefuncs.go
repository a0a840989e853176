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
	"eq":     viewEq,
	"ne":     func(a, b reflect.Value) (bool, error) { eq, err := viewEq(a, b); return !eq, err },
	"lt":     func(a, b reflect.Value) (bool, error) { return viewLess(a, b) },
	"le":     func(a, b reflect.Value) (bool, error) { return viewLessEq(a, b) },
	"gt":     func(a, b reflect.Value) (bool, error) { le, err := viewLessEq(a, b); return !le && err == nil, err },
	"ge":     func(a, b reflect.Value) (bool, error) { lt, err := viewLess(a, b); return !lt && err == nil, err },
	"printf": viewPrintf,
}

// withViewFuncs gives template t the functions that see through views.
func withViewFuncs(t any) {
	switch t := t.(type) {
	case *texttemplate.Template:
		t.Funcs(viewFuncs)
	case *htmltemplate.Template:
		t.Funcs(viewFuncs)
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
		return f.gkValue, f.valid
	case TemplateValue:
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
// (State(1) with %d is 1, with %v its String).
func viewPrintf(format string, args ...any) string {
	typeVerbs := typeVerbArgs(format)
	for i, a := range args {
		x, ok := viewValue(reflect.ValueOf(a))
		if !ok {
			continue
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
func typeVerbArgs(format string) map[int]int {
	out := map[int]int{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format); i++ {
			c := format[i]
			if c == '[' {
				return nil
			}
			if c == '*' {
				arg++
				continue
			}
			if c == '+' || c == '-' || c == '#' || c == ' ' || c == '.' || c >= '0' && c <= '9' {
				continue
			}
			break
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		if format[i] == 'T' {
			out[arg] = i
		}
		arg++
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
				} else if !a.Type().Comparable() || !b.Type().Comparable() {
					return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", a, a.Type(), b.Type(), b)
				} else {
					// The values the views stand for, through the
					// interpreter's interface values.
					oa, ob := viewOriginal(a), viewOriginal(b)
					truth = oa.CanInterface() && ob.CanInterface() && equal(oa.Interface(), ob.Interface())
				}
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
