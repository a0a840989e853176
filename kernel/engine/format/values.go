package format

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"unsafe"
)

// valueInterfaceValue returns the value held by the interpreter's
// representation of a non-empty interface: a struct whose second field is
// the value as a reflect.Value. The field is unexported, so it is read
// through an addressable copy.
func valueInterfaceValue(v reflect.Value) reflect.Value {
	t := v.Type()
	if t.NumField() < 2 || t.Field(1).Type != reflect.TypeOf(reflect.Value{}) {
		return reflect.Value{}
	}
	c := reflect.New(t).Elem()
	c.Set(v)
	f := c.Field(1)
	inner := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(reflect.Value)
	return inner
}

// valueInterfaceType returns the name of the type of the value the
// interpreter's interface value v holds, as %T prints it ("main.Level"),
// read from the interpreter's node for it; "" when it cannot tell. A
// value of a named non-struct type is, apart from that, a plain value of
// its underlying type.
func valueInterfaceType(v reflect.Value) string {
	t := nodeType(v)
	if !t.IsValid() {
		return ""
	}
	name, path := t.FieldByName("name"), t.FieldByName("path")
	if name.Kind() != reflect.String || path.Kind() != reflect.String || name.String() == "" || path.String() == "" {
		return ""
	}
	return path.String() + "." + stripVersion(name.String())
}

// valueInterfaceName is the name of the type of the interpreter's
// interface value v from the interpreter's node for it, with its version
// ("Circle__gk2"), or "".
func valueInterfaceName(v reflect.Value) string {
	if name := nodeType(v).FieldByName("name"); name.IsValid() && name.Kind() == reflect.String {
		return name.String()
	}
	return ""
}

// nodeType returns the interpreter's type (a struct) of the node of its
// interface value v, or the zero Value.
func nodeType(v reflect.Value) reflect.Value {
	if !v.IsValid() || !isValueInterface(v.Type()) || v.NumField() < 1 {
		return reflect.Value{}
	}
	n := v.Field(0)
	if n.Kind() != reflect.Pointer || n.IsNil() || n.Elem().Kind() != reflect.Struct {
		return reflect.Value{}
	}
	t := n.Elem().FieldByName("typ")
	if !t.IsValid() || t.Kind() != reflect.Pointer || t.IsNil() || t.Elem().Kind() != reflect.Struct {
		return reflect.Value{}
	}
	return t.Elem()
}

// DynIs reports whether the value held by the one interface element of
// the slice s (a []Shape{v}: a slice keeps the interpreter's interface
// values, which a bare any would not) may be of the type the interpreter
// names name, with its version ("Circle", "Circle__gk2"): its name is
// that, or the interpreter does not know it (a value converted to the
// interface, Shape(c), names the interface).
func DynIs(s any, name string) bool {
	v, ok := only(s)
	if !ok {
		return true
	}
	n := valueInterfaceName(v)
	return n == "" || n == name || nodeIsInterface(v)
}

// yaegiInterfaceT and yaegiPtrT are the categories of interface and
// pointer types in the interpreter (interfaceT and ptrT in yaegi
// v0.16.1's tcat enumeration).
const (
	yaegiInterfaceT = 18
	yaegiPtrT       = 26
)

// DynPtrIs reports whether the value held by the one interface element of
// the slice s (a []any{v}) is, by the interpreter's node, a pointer to its
// type named name: the interpreter's values of *Status and *int (type
// Status int) are of one reflect type. Without a node (a bare pointer, or
// one that went through compiled code) it reports false.
func DynPtrIs(s any, name string) bool {
	v, ok := only(s)
	if !ok {
		return true
	}
	elem, cat, ok := ptrNode(v)
	switch {
	case !ok:
		return false
	case cat != yaegiPtrT:
		return cat == yaegiInterfaceT // (a node that does not tell)
	}
	n := elem.FieldByName("name")
	return n.Kind() == reflect.String && n.String() == name
}

// PtrElem returns the interpreter's name and package path of the type the
// pointer held by v points to, as its node tells, and whether it tells.
func PtrElem(v any) (name, path string, known bool) {
	return ptrElemOf(reflect.ValueOf([]any{v}).Index(0))
}

// ptrElemOf is PtrElem for v, an interface or the interpreter's
// interface value.
func ptrElemOf(v reflect.Value) (name, path string, known bool) {
	elem, cat, ok := ptrNode(v)
	if !ok || cat != yaegiPtrT {
		return "", "", false
	}
	n, p := elem.FieldByName("name"), elem.FieldByName("path")
	if n.Kind() != reflect.String || p.Kind() != reflect.String {
		return "", "", false
	}
	return n.String(), p.String(), true
}

// PtrElemType is the type, as %T prints it ("main.Status"), of what the
// pointer v holds points to, when the interpreter's node tells a named
// type of the cells, else "".
func PtrElemType(v any) string {
	name, path, known := PtrElem(v)
	if !known || name == "" || path == "" {
		return ""
	}
	return path + "." + stripVersion(name)
}

// ptrNode returns, for v (an interface holding the interpreter's
// interface value, or that value), the category of the interpreter's
// type of its node and, for a pointer, the type it points to; ok is false
// without a node.
func ptrNode(v reflect.Value) (elem reflect.Value, cat uint64, ok bool) {
	if v.Kind() == reflect.Interface {
		v = v.Elem() // (an any holds the interpreter's interface value)
	}
	t := nodeType(v)
	if !t.IsValid() {
		return reflect.Value{}, 0, false
	}
	c := t.FieldByName("cat")
	if !c.IsValid() || c.Kind() != reflect.Uint {
		return reflect.Value{}, 0, false
	}
	if c.Uint() != yaegiPtrT {
		return reflect.Value{}, c.Uint(), true
	}
	e := t.FieldByName("val")
	if !e.IsValid() || e.Kind() != reflect.Pointer || e.IsNil() || e.Elem().Kind() != reflect.Struct {
		return reflect.Value{}, 0, false
	}
	return e.Elem(), yaegiPtrT, true
}

// nodeIsInterface reports whether the interpreter's type of the node of
// its interface value v is an interface type.
func nodeIsInterface(v reflect.Value) bool {
	c := nodeType(v).FieldByName("cat")
	return c.IsValid() && c.Kind() == reflect.Uint && c.Uint() == yaegiInterfaceT
}

// DynType is the name of the type of the value held as DynIs reads it,
// as %T prints it ("main.Circle"), or "".
func DynType(s any) string {
	if v, ok := only(s); ok {
		return valueInterfaceType(v)
	}
	return ""
}

// DynConcreteType is DynType when the interpreter's node names the held
// value's own type rather than the interface it was converted to, else "".
func DynConcreteType(s any) string {
	if v, ok := only(s); ok && !nodeIsInterface(v) {
		return valueInterfaceType(v)
	}
	return ""
}

// only returns the one element of the slice s.
func only(s any) (reflect.Value, bool) {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Slice || v.Len() != 1 {
		return reflect.Value{}, false
	}
	return v.Index(0), true
}

// stripVersion drops the version suffix the kernel gives redefined types
// ("Level__gk2" → "Level").
func stripVersion(name string) string {
	i := strings.LastIndex(name, "__gk")
	if i <= 0 {
		return name
	}
	for _, c := range name[i+len("__gk"):] {
		if c < '0' || c > '9' {
			return name
		}
	}
	return name[:i]
}

// sortedKeys returns a map's keys in the order fmt prints them: numbers
// and strings ascending, false before true, others in a stable order of
// their kind.
func sortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	slices.SortStableFunc(keys, compareKeys)
	return keys
}

func compareKeys(a, b reflect.Value) int {
	a, b = unwrap(a), unwrap(b)
	if !a.IsValid() || !b.IsValid() {
		switch {
		case !a.IsValid() && !b.IsValid():
			return 0
		case !a.IsValid():
			return -1
		}
		return 1
	}
	if a.Kind() != b.Kind() {
		return cmp.Compare(a.Kind(), b.Kind())
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Bool:
		switch {
		case a.Bool() == b.Bool():
			return 0
		case !a.Bool():
			return -1
		}
		return 1
	case reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
	}
	return 0
}
