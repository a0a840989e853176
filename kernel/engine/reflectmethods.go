package engine

import (
	"gokernel/kernel/engine/format"
	"iter"
	"reflect"
	"slices"
	"sync"
)

// The methods of the cells' struct types, for reflection: the
// interpreter's types have none for reflect, so the compiler lists their
// names and the cells register their method expressions (see
// compile/methodtable.go); the rewriter sends reflect's method lookups
// here.

// methodTable holds the method expressions the cells registered.
type methodTable struct {
	mu sync.Mutex
	m  map[methodKey]reflect.Value
}

// methodKey is a method of a struct type (by tag ID) or of a pointer to it.
type methodKey struct {
	id   int
	ptr  bool
	name string
}

// register keeps fn, the method expression of method name.
func (mt *methodTable) register(id int, ptr bool, name string, fn any) {
	mt.mu.Lock()
	defer mt.mu.Unlock()
	if mt.m == nil {
		mt.m = map[methodKey]reflect.Value{}
	}
	mt.m[methodKey{id, ptr, name}] = reflect.ValueOf(fn)
}

func (mt *methodTable) lookup(k methodKey) reflect.Value {
	mt.mu.Lock()
	defer mt.mu.Unlock()
	return mt.m[k]
}

// methodSet returns the exported methods of t's method set when t is a
// cell's struct type or a pointer to one.
func (rt *cellRuntime) methodSet(t reflect.Type) (id int, ptr bool, names []string, ok bool) {
	if t == nil {
		return 0, false, nil, false
	}
	ptr = t.Kind() == reflect.Pointer
	if ptr {
		t = t.Elem()
	}
	if rt.rtDecl(t) == nil {
		return 0, false, nil, false
	}
	id = structID(t)
	st, _ := rt.e.comp.Struct(id)
	i := 0
	if ptr {
		i = 1
	}
	return id, ptr, st.MethodNames[i], true
}

// rtNumMethod is t.NumMethod().
func (rt *cellRuntime) rtNumMethod(t reflect.Type) int {
	if _, _, names, ok := rt.methodSet(t); ok {
		return len(names)
	}
	return t.NumMethod()
}

// rtMethod is t.Method(i).
func (rt *cellRuntime) rtMethod(t reflect.Type, i int) reflect.Method {
	id, ptr, names, ok := rt.methodSet(t)
	if !ok {
		return t.Method(i)
	}
	if i < 0 || i >= len(names) {
		panic("reflect: Method index out of range")
	}
	m := reflect.Method{Name: names[i], Index: i}
	if fn := rt.e.methods.lookup(methodKey{id, ptr, names[i]}); fn.IsValid() {
		m.Func, m.Type = fn, fn.Type()
	}
	return m
}

// rtMethodByName is t.MethodByName(name).
func (rt *cellRuntime) rtMethodByName(t reflect.Type, name string) (reflect.Method, bool) {
	_, _, names, ok := rt.methodSet(t)
	if !ok {
		return t.MethodByName(name)
	}
	if i := slices.Index(names, name); i >= 0 {
		return rt.rtMethod(t, i), true
	}
	return reflect.Method{}, false
}

// rvNumMethod is v.NumMethod().
func (rt *cellRuntime) rvNumMethod(v reflect.Value) int {
	if _, _, names, ok := rt.methodSet(validType(v)); ok {
		return len(names)
	}
	return v.NumMethod()
}

// rvMethod is v.Method(i): a function value bound to v.
func (rt *cellRuntime) rvMethod(v reflect.Value, i int) reflect.Value {
	id, ptr, names, ok := rt.methodSet(validType(v))
	if !ok {
		return v.Method(i)
	}
	if i < 0 || i >= len(names) {
		panic("reflect: Method index out of range")
	}
	fn := rt.e.methods.lookup(methodKey{id, ptr, names[i]})
	if !fn.IsValid() {
		return v.Method(i) // (not registered: as the interpreter has it)
	}
	return bindMethod(fn, v)
}

// rvMethodByName is v.MethodByName(name).
func (rt *cellRuntime) rvMethodByName(v reflect.Value, name string) reflect.Value {
	_, _, names, ok := rt.methodSet(validType(v))
	if !ok {
		return v.MethodByName(name)
	}
	if i := slices.Index(names, name); i >= 0 {
		return rt.rvMethod(v, i)
	}
	return reflect.Value{}
}

// validType is v's type, or nil for the zero Value.
func validType(v reflect.Value) reflect.Type {
	if !v.IsValid() {
		return nil
	}
	return v.Type()
}

// bindMethod returns the method expression fn bound to the receiver recv,
// as a method value.
func bindMethod(fn, recv reflect.Value) reflect.Value {
	ft := fn.Type()
	in := make([]reflect.Type, ft.NumIn()-1)
	for i := range in {
		in[i] = ft.In(i + 1)
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
	}
	mt := reflect.FuncOf(in, out, ft.IsVariadic())
	return reflect.MakeFunc(mt, func(args []reflect.Value) []reflect.Value {
		all := append([]reflect.Value{recv}, args...)
		if ft.IsVariadic() {
			return fn.CallSlice(all)
		}
		return fn.Call(all)
	})
}

// rtImplements is t.Implements(u): a cell's struct type implements an
// interface of compiled code when its method set has the interface's
// methods.
func (rt *cellRuntime) rtImplements(t, u reflect.Type) bool {
	_, _, names, ok := rt.methodSet(t)
	if !ok || u == nil || u.Kind() != reflect.Interface {
		return t.Implements(u) // (panics as Go's for a nil or non-interface u)
	}
	for i := range u.NumMethod() {
		if !slices.Contains(names, u.Method(i).Name) {
			return false
		}
	}
	return true
}

// rtAssignableTo is t.AssignableTo(u).
func (rt *cellRuntime) rtAssignableTo(t, u reflect.Type) bool {
	if u != nil && u.Kind() == reflect.Interface && t != nil && rt.rtDecl(derefType(t)) != nil {
		return rt.rtImplements(t, u)
	}
	return t.AssignableTo(u)
}

// rtConvertibleTo is t.ConvertibleTo(u).
func (rt *cellRuntime) rtConvertibleTo(t, u reflect.Type) bool {
	if u != nil && u.Kind() == reflect.Interface && t != nil && rt.rtDecl(derefType(t)) != nil {
		return rt.rtImplements(t, u)
	}
	return t.ConvertibleTo(u)
}

// rvFieldByName is v.FieldByName(name), with the fields the cells'
// struct types promote from their embedded structs.
func (rt *cellRuntime) rvFieldByName(v reflect.Value, name string) reflect.Value {
	t := validType(v)
	if t == nil || t.Kind() != reflect.Struct || rt.rtDecl(t) == nil {
		return v.FieldByName(name)
	}
	f, ok := rt.rtFieldByName(t, name)
	if !ok {
		return reflect.Value{}
	}
	fv, err := v.FieldByIndexErr(f.Index)
	if err != nil {
		panic(err.Error()) // (Go's FieldByName panics on a nil embedded pointer too)
	}
	fv, _ = format.IfaceView(fv)
	return fv
}

// rvField, rvIndex, rvMapIndex and rvElem are v.Field(i), v.Index(i),
// v.MapIndex(k) and v.Elem() showing a value of a cells' interface type
// as reflect shows an interface (see format.IfaceView).
// (Their panics are reflect's, see keepReflectPanic.)
func rvField(v reflect.Value, i int) reflect.Value {
	defer keepReflectPanic()
	f, _ := format.IfaceView(v.Field(i))
	return f
}

func rvIndex(v reflect.Value, i int) reflect.Value {
	defer keepReflectPanic()
	e, _ := format.IfaceView(v.Index(i))
	return e
}

func rvMapIndex(v, k reflect.Value) reflect.Value {
	defer keepReflectPanic()
	e, _ := format.IfaceView(v.MapIndex(k))
	return e
}

func rvElem(v reflect.Value) reflect.Value {
	defer keepReflectPanic()
	e, _ := format.IfaceView(v.Elem())
	if u, _, ok := format.UntagValue(e); ok && v.Kind() == reflect.Interface {
		// A named non-struct value held in any: the value (of its
		// underlying type, as reflect.ValueOf gives it), not the
		// kernel's tag around it.
		return u
	}
	return e
}

// rvSlice and rvSlice3 are v.Slice(i, j) and v.Slice3(i, j, k), whose
// panics are reflect's (see keepReflectPanic).
func rvSlice(v reflect.Value, i, j int) reflect.Value {
	defer keepReflectPanic()
	return v.Slice(i, j)
}

func rvSlice3(v reflect.Value, i, j, k int) reflect.Value {
	defer keepReflectPanic()
	return v.Slice3(i, j, k)
}

// rvString is v.String(): "<main.P Value>" for a value of a cells'
// struct type that is not a string.
func (rt *cellRuntime) rvString(v reflect.Value) string {
	if !v.IsValid() || v.Kind() == reflect.String {
		return v.String()
	}
	return "<" + rt.rtString(v.Type()) + " Value>"
}

// rtMethods is t.Methods().
func (rt *cellRuntime) rtMethods(t reflect.Type) iter.Seq[reflect.Method] {
	return func(yield func(reflect.Method) bool) {
		for i := range rt.rtNumMethod(t) {
			if !yield(rt.rtMethod(t, i)) {
				return
			}
		}
	}
}

// rvMethods is v.Methods().
func (rt *cellRuntime) rvMethods(v reflect.Value) iter.Seq2[reflect.Method, reflect.Value] {
	return func(yield func(reflect.Method, reflect.Value) bool) {
		t := validType(v)
		for i := range rt.rvNumMethod(v) {
			if !yield(rt.rtMethod(t, i), rt.rvMethod(v, i)) {
				return
			}
		}
	}
}

// rtFields is t.Fields() (Go 1.26): the fields as rtField gives them.
func (rt *cellRuntime) rtFields(t reflect.Type) iter.Seq[reflect.StructField] {
	return func(yield func(reflect.StructField) bool) {
		for i := range rt.rtNumField(t) {
			if !yield(rt.rtField(t, i)) {
				return
			}
		}
	}
}

// rvFields is v.Fields() (Go 1.26): each field as rtField gives it, with
// its value.
func (rt *cellRuntime) rvFields(v reflect.Value) iter.Seq2[reflect.StructField, reflect.Value] {
	return func(yield func(reflect.StructField, reflect.Value) bool) {
		if !v.IsValid() || v.Kind() != reflect.Struct {
			v.Fields()(yield) // (reflect's panic)
			return
		}
		t := v.Type()
		for i := range rt.rtNumField(t) {
			if !yield(rt.rtField(t, i), rvField(v, i)) {
				return
			}
		}
	}
}
