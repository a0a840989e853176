package format

import (
	"fmt"
	"reflect"
	"strings"
)

// Sprint is fmt.Sprint of the arguments a cell passed (Args makes them
// printable): fmt puts no spaces around an operand of a string kind, but
// sees a value of a cell's named string type boxed or tagged, so such
// operands are printed one by one, spaced as Go spaces them.
func Sprint(t Types, a []any) string {
	boxed := false
	for _, x := range a {
		if boxedString(x) {
			boxed = true
			break
		}
	}
	if !boxed {
		return fmt.Sprint(Args(t, a)...)
	}
	var b strings.Builder
	for i, x := range a {
		if i > 0 && !stringOperand(a[i-1]) && !stringOperand(x) {
			b.WriteByte(' ')
		}
		b.WriteString(fmt.Sprint(Args(t, []any{x})...))
	}
	return b.String()
}

// stringOperand reports whether x, unboxed, is of a string kind.
func stringOperand(x any) bool {
	return boxedString(x) || x != nil && reflect.TypeOf(x).Kind() == reflect.String
}

// boxedString reports whether x is a value the compiler boxed or tagged
// whose value is of a string kind (the only case fmt spaces wrongly: a
// plain operand costs a type switch).
func boxedString(x any) bool {
	switch v := x.(type) {
	case Boxed:
		x = v.V
	case Tagged:
		x = v.V
	case TaggedStringer:
		x = v.V
	case TaggedError:
		x = v.V
	case TaggedStringError:
		x = v.V
	default:
		return false
	}
	u := unwrap(reflect.ValueOf(x)) // (the interpreter's value of a type with methods)
	return u.IsValid() && u.Kind() == reflect.String
}
