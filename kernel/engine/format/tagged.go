package format

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync/atomic"
)

// The interpreter represents a value of a cell's named non-struct type
// (type Color int) as a value of the underlying type: put into an empty
// interface ([]any, map[string]any, a ...any parameter), it would lose
// its name and methods (fmt would print 1 for Green, and a type switch
// could not tell a Color from an int). The compiler puts such a value,
// when its type has methods fmt or json use, into a Tagged instead; the
// compiler also takes it out again where the cell asserts its type
// (Untag).

// Tagged is a value of a cell's named non-struct type kept in an empty
// interface, with the name of its type: two Tagged are equal when their
// types and values are. The type's description is the latest one T has
// for the name (a method redefined by a later cell is used).
type Tagged struct {
	V any
	N string
	T Types
}

// desc returns the description of t's type.
func (t Tagged) desc() *Desc {
	if t.T == nil {
		return nil
	}
	return t.T.DescOf(t.N)
}

// TaggedStringer is a Tagged whose type has a String method.
type TaggedStringer struct{ Tagged }

// TaggedError is a Tagged whose type has an Error method.
type TaggedError struct{ Tagged }

// TaggedStringError is a Tagged whose type has String and Error methods.
type TaggedStringError struct{ Tagged }

// Tag returns v, described by d, as the Tagged variant whose method set
// has the String and Error methods d lists.
func Tag(types Types, v any, d *Desc) any {
	if d == nil {
		return v
	}
	if u := unwrap(reflect.ValueOf(v)); u.IsValid() && u.CanInterface() {
		v = u.Interface()
	}
	if x, ok := TaggedOf(v); ok && x.N == d.Name {
		v = x.V // tagged already (a map key tagged on its way into any)
	}
	t := Tagged{V: v, N: d.Name, T: types}
	switch {
	case d.String != "" && d.Error != "":
		return TaggedStringError{t}
	case d.String != "":
		return TaggedStringer{t}
	case d.Error != "":
		return TaggedError{t}
	}
	return t
}

// MapKey returns the key a map the interpreter has keyed by any keeps for
// v: the value v holds when v is the interpreter's interface value, tagged
// with its type when that is a cell's named non-struct type (two such
// values are the same key when their types and values are).
func MapKey(types Types, v any) any {
	rv := peelInterfaces(reflect.ValueOf(v))
	if rv.IsValid() && isValueInterface(rv.Type()) && types != nil {
		if name := valueInterfaceType(rv); name != "" {
			if d := types.DescOf(name); d != nil {
				return Tag(types, v, d)
			}
		}
	}
	u := unwrap(reflect.ValueOf(v))
	if !u.IsValid() {
		return nil
	}
	if !u.CanInterface() {
		return v
	}
	if u.Kind() == reflect.Array && u.Type().Elem().Kind() == reflect.Interface {
		// [2]any{p, "a"}: each element as the value it holds.
		out := reflect.New(u.Type()).Elem()
		for i := 0; i < u.Len(); i++ {
			if e := u.Index(i); e.CanInterface() {
				if k := MapKey(types, e.Interface()); k != nil {
					out.Index(i).Set(reflect.ValueOf(k))
				}
			}
		}
		return out.Interface()
	}
	return u.Interface()
}

// Untag returns the value x holds when x is a Tagged of the type named
// name ("main.Color"), and x itself otherwise.
func Untag(x any, name string) any {
	if t, ok := TaggedOf(x); ok && t.N == name {
		return t.V
	}
	if structValue(x) {
		lastMiss.Store(&missed{x, name})
		// A struct (another tag too) is no value of a named non-struct
		// type, and the interpreter's assertion of one to such a type
		// panics (struct{}{}: "Field index out of bounds") or, from a
		// pointer to one of the cell's structs, fails every later
		// assertion of the same place in the source (in a loop over
		// []any{N(1), &T{}, N(2)}, N(2) is no N).
		return untagMiss{name}
	}
	return x
}

// lastMiss is the value Untag last turned away and the type it was asked
// for: the failed assertion that follows names them (see LastMiss).
var lastMiss atomic.Pointer[missed]

type missed struct {
	x    any
	name string
}

// LastMiss returns the value Untag last turned away and the name of the
// type asked for ("main.Other"), for the text of a failed assertion
// ("interface {} is format.untagMiss" to the interpreter).
func LastMiss() (x any, name string, ok bool) {
	m := lastMiss.Load()
	if m == nil {
		return nil, "", false
	}
	return m.x, m.name, true
}

// structValue reports a value of the interpreter's struct types (which
// are unnamed) or a tag, or a pointer to one, also inside the
// interpreter's interface value. (Other structs, the interpreter's
// wrappers of a cell's value in error among them, assert as they hold.)
func structValue(x any) bool {
	v := held(reflect.ValueOf(x))
	if !v.IsValid() {
		return false
	}
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && (t.Name() == "" || isTagged(t) || t == reflect.TypeFor[untagMiss]())
}

// UntagPrinted returns the value of x when x is a value tagged for
// printing only (see compile's tagForPrinting: a cell's struct, a pointer
// to one, a slice of them); other values, and the tagged values of named
// non-struct types, whose tag is their type, as they are.
func UntagPrinted(x any) any {
	if t, ok := TaggedOf(x); ok && t.desc() == nil {
		return t.V
	}
	return x
}

// UntagExact is Untag for a named type of a basic underlying type (type
// Num int): a value of a basic kind that is not tagged is one of the
// underlying type (any(3), "s" from strconv), which Go's assertion to
// the named type turns away.
func UntagExact(x any, name string) any {
	if _, tagged := TaggedOf(x); !tagged {
		if v := reflect.ValueOf(x); v.IsValid() && basicKind(v.Kind()) {
			lastMiss.Store(&missed{x, name})
			return untagMiss{name}
		}
	}
	return Untag(x, name)
}

// basicKind reports the kinds of Go's basic types.
func basicKind(k reflect.Kind) bool {
	return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
}

// UntagStrict is Untag for a value that must be tagged: any other value
// is returned as a value no assertion to a cell type accepts.
func UntagStrict(x any, name string) any {
	if t, ok := TaggedOf(x); ok && t.N == name {
		return t.V
	}
	return untagMiss{name}
}

// untagMiss is what UntagStrict returns for other values.
type untagMiss struct{ name string }

// TaggedOf returns the Tagged x is (any variant).
func TaggedOf(x any) (Tagged, bool) {
	switch t := x.(type) {
	case Tagged:
		return t, true
	case TaggedStringer:
		return t.Tagged, true
	case TaggedError:
		return t.Tagged, true
	case TaggedStringError:
		return t.Tagged, true
	}
	if v := reflect.ValueOf(x); v.IsValid() && isValueInterface(v.Type()) {
		// The interpreter's interface value around one: a call that
		// returned a value of a cell's struct type with methods before
		// (list.Remove in a loop) wraps the next ones too.
		if in := held(v); in.IsValid() && isTagged(in.Type()) && in.CanInterface() {
			return TaggedOf(in.Interface())
		}
	}
	return Tagged{}, false
}

// held returns the value inside the interpreter's interface values and
// interfaces around v, or v.
func held(v reflect.Value) reflect.Value {
	for v.IsValid() {
		switch {
		case v.Kind() == reflect.Interface && !v.IsNil():
			v = v.Elem()
		case isValueInterface(v.Type()):
			v = valueInterfaceValue(v)
		default:
			return v
		}
	}
	return v
}

// isTagged reports a Tagged variant's type.
func isTagged(t reflect.Type) bool {
	switch t {
	case taggedTypes[0], taggedTypes[1], taggedTypes[2], taggedTypes[3]:
		return true
	}
	return false
}

var taggedTypes = [...]reflect.Type{
	reflect.TypeFor[Tagged](), reflect.TypeFor[TaggedStringer](),
	reflect.TypeFor[TaggedError](), reflect.TypeFor[TaggedStringError](),
}

// UntagValue returns the value and description a Tagged v holds.
func UntagValue(v reflect.Value) (reflect.Value, *Desc, bool) {
	if !v.IsValid() || !isTagged(v.Type()) || !v.CanInterface() {
		return v, nil, false
	}
	t, _ := TaggedOf(v.Interface())
	return reflect.ValueOf(t.V), t.desc(), true
}

// Format implements fmt.Formatter: the value as fmt prints its type.
func (t Tagged) Format(f fmt.State, verb rune) {
	Value{types: t.T, v: reflect.ValueOf(t.V), d: t.desc()}.Format(f, verb)
}

// JSONMarshaler is what a Types may also do: marshal a value described by
// d as encoding/json would marshal its cell type.
type JSONMarshaler interface {
	MarshalDescribed(v reflect.Value, d *Desc) ([]byte, error)
}

// MarshalJSON implements json.Marshaler: the value as json marshals its type.
func (t Tagged) MarshalJSON() ([]byte, error) {
	if m, ok := t.T.(JSONMarshaler); ok {
		return m.MarshalDescribed(reflect.ValueOf(t.V), t.desc())
	}
	return json.Marshal(t.V)
}

// call calls the String or Error method of t's type.
func (t Tagged) call(method string) string {
	d := t.desc()
	acc := ""
	if d != nil {
		acc = d.String
		if method == "Error" {
			acc = d.Error
		}
	}
	if acc == "" {
		return fmt.Sprint(t.V)
	}
	s, _ := t.T.Call(acc, reflect.ValueOf(t.V))
	return s
}

// String calls the type's String method.
func (t TaggedStringer) String() string { return t.call("String") }

// Error calls the type's Error method.
func (t TaggedError) Error() string { return t.call("Error") }

// String calls the type's String method.
func (t TaggedStringError) String() string { return t.call("String") }

// Error calls the type's Error method.
func (t TaggedStringError) Error() string { return t.call("Error") }

// IsTaggedType reports the type of a Tagged variant.
func IsTaggedType(t reflect.Type) bool { return isTagged(t) }
