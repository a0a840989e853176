package engine

import (
	"reflect"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/format"
)

// Migration carries the values of variables over when a redefinition gives
// them a new type (a type redefined with new fields, a new version of a
// type whose method changed): fields are copied by name, and whatever has
// no counterpart keeps its zero value.

// saved is a variable's value before its redeclaration, and its address.
type saved struct {
	v, addr reflect.Value
}

// saveMigrations returns copies of the variables the plan redeclares,
// with their addresses (pointers to them, taken before, are to point to
// the new variables).
func (e *Engine) saveMigrations(plan *compile.Plan) map[string]saved {
	if len(plan.Migrations) == 0 {
		return nil
	}
	old := map[string]saved{}
	for _, name := range plan.Migrations {
		v, err := e.in.Eval(name)
		if err != nil || !v.IsValid() {
			continue
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		s := saved{v: c}
		if p, err := e.in.Eval("&" + name); err == nil && p.IsValid() && p.Kind() == reflect.Pointer && !p.IsNil() {
			s.addr = p
		}
		old[name] = s
	}
	return old
}

// restoreMigrations sets the redeclared variables from the saved values.
// The migration is kept (e.mig) for the plan's upgrade step, whose
// pointers it shares.
func (e *Engine) restoreMigrations(old map[string]saved) {
	m := newMigration() // shared: variables may share pointers
	e.mig = m
	news := map[string]reflect.Value{}
	for name, s := range old {
		p, err := e.in.Eval("&" + name)
		if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || p.IsNil() {
			e.log.Debug("migrating a variable", "var", name, "err", err)
			continue
		}
		news[name] = p
		if s.addr.IsValid() {
			m.ptrs[ptrKey{s.addr.Pointer(), s.addr.Type()}] = p // &v taken before is &v now
		}
	}
	for name, p := range news {
		func() {
			defer func() {
				if r := recover(); r != nil {
					e.log.Debug("migrating a variable", "var", name, "panic", r)
				}
			}()
			m.convertInto(p.Elem(), old[name].v, 0)
		}()
	}
	m.resolve()
}

// upgrade returns old converted to the type of like (a new version of
// old's type), with the pointers of the last migration: for a plan's
// upgrade step (see compile/upgrade.go).
func (e *Engine) upgrade(old, like any) any {
	m := e.mig
	if m == nil {
		m = newMigration()
	}
	t := reflect.TypeOf(like)
	if t == nil {
		return old
	}
	dst := reflect.New(t).Elem()
	m.convertInto(dst, reflect.ValueOf(old), 0)
	m.resolve()
	return dst.Interface()
}

// upgradeFrom is upgrade for the value held by the one interface element
// of the slice s (a []Shape{v} keeps the interpreter's interface value)
// when it is of the type of old; ok is false otherwise.
func (e *Engine) upgradeFrom(s, old, like any) (v any, ok bool) {
	sv := reflect.ValueOf(s)
	if sv.Kind() != reflect.Slice || sv.Len() != 1 {
		return nil, false
	}
	x := format.Unwrap(sv.Index(0))
	if !x.IsValid() || x.Type() != reflect.TypeOf(old) || !x.CanInterface() {
		return nil, false
	}
	return e.upgrade(x.Interface(), like), true
}

// migration is one restoreMigrations: the pointers already converted,
// so that values shared or cyclic before are shared and cyclic after, and
// pointers into variables and slices point into their new versions.
type migration struct {
	ptrs map[ptrKey]reflect.Value // old pointer → new pointer
	// later are the pointers met before what they point to was
	// converted (see resolve).
	later []fixup
}

// ptrKey is an old pointer: its address and type.
type ptrKey struct {
	addr uintptr
	typ  reflect.Type
}

// fixup is a pointer to set once everything else is converted.
type fixup struct {
	dst, src reflect.Value
	depth    int
}

func newMigration() *migration {
	return &migration{ptrs: map[ptrKey]reflect.Value{}}
}

// resolve sets the pointers left for later: to the new version of what
// they pointed to, if a variable or a slice held it, or else to a
// converted copy.
func (m *migration) resolve() { m.resolveSince(0) }

// resolveSince resolves the pointers left for later since the first mark
// ones (those of a map entry or a channel element, which are copied).
func (m *migration) resolveSince(mark int) {
	for len(m.later) > mark {
		f := m.later[mark]
		m.later = append(m.later[:mark], m.later[mark+1:]...)
		key := ptrKey{f.src.Pointer(), f.src.Type()}
		if n, ok := m.ptrs[key]; ok && n.Type() == f.dst.Type() {
			f.dst.Set(n)
			continue
		}
		n := reflect.New(f.dst.Type().Elem())
		m.ptrs[key] = n
		m.convertInto(n.Elem(), f.src.Elem(), f.depth+1)
		f.dst.Set(n)
	}
}

// maxDepth bounds the recursion of convertInto (a linked list of that
// many elements is still carried over whole).
const maxDepth = 100000

// convertInto copies src into dst, converting between struct types by
// field name, recursively.
func (m *migration) convertInto(dst, src reflect.Value, depth int) {
	if !src.IsValid() || !dst.CanSet() || depth > maxDepth {
		return
	}
	if src.Type() == dst.Type() || dst.Kind() == reflect.Interface && src.Type().AssignableTo(dst.Type()) {
		dst.Set(src)
		return
	}
	if scalar(src.Kind()) && scalar(dst.Kind()) {
		// Not for composite types: reflect's ConvertibleTo never returns
		// on two versions of a recursive struct type.
		if src.Type().ConvertibleTo(dst.Type()) {
			dst.Set(src.Convert(dst.Type()))
		}
		return
	}
	switch dst.Kind() {
	case reflect.Struct:
		if src.Kind() != reflect.Struct {
			return
		}
		byName := map[string]int{}
		for i := 0; i < src.NumField(); i++ {
			byName[compile.UserName(src.Type().Field(i).Name)] = i
		}
		for i := 0; i < dst.NumField(); i++ {
			if j, ok := byName[compile.UserName(dst.Type().Field(i).Name)]; ok {
				m.convertInto(dst.Field(i), src.Field(j), depth+1)
			}
		}
	case reflect.Pointer:
		if src.Kind() != reflect.Pointer || src.IsNil() {
			return
		}
		if n, ok := m.ptrs[ptrKey{src.Pointer(), src.Type()}]; ok && n.Type() == dst.Type() {
			dst.Set(n)
			return
		}
		m.later = append(m.later, fixup{dst, src, depth})
	case reflect.Slice:
		if src.Kind() != reflect.Slice && src.Kind() != reflect.Array {
			return
		}
		n := reflect.MakeSlice(dst.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			if e := src.Index(i); e.CanAddr() {
				// &s[i] taken before is &s[i] of the new slice.
				m.ptrs[ptrKey{e.Addr().Pointer(), e.Addr().Type()}] = n.Index(i).Addr()
			}
		}
		for i := 0; i < src.Len(); i++ {
			m.convertInto(n.Index(i), src.Index(i), depth+1)
		}
		dst.Set(n)
	case reflect.Chan:
		m.convertChan(dst, src, depth)
	case reflect.Func:
		m.convertFunc(dst, src)
	case reflect.Array:
		for i := 0; i < dst.Len() && i < src.Len(); i++ {
			m.convertInto(dst.Index(i), src.Index(i), depth+1)
		}
	case reflect.Map:
		if src.Kind() != reflect.Map || src.IsNil() {
			return
		}
		n := reflect.MakeMapWithSize(dst.Type(), src.Len())
		for _, k := range src.MapKeys() {
			nk := reflect.New(dst.Type().Key()).Elem()
			nv := reflect.New(dst.Type().Elem()).Elem()
			mark := len(m.later)
			m.convertInto(nk, k, depth+1)
			m.convertInto(nv, src.MapIndex(k), depth+1)
			m.resolveSince(mark) // the map keeps copies
			n.SetMapIndex(nk, nv)
		}
		dst.Set(n)
	}
}

// scalar reports the kinds ConvertibleTo may be asked about safely.
func scalar(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
	}
	return false
}

// convertChan gives dst a channel of its type holding what src's buffer
// holds (closed if src is); senders and receivers still blocked on src
// are not moved.
func (m *migration) convertChan(dst, src reflect.Value, depth int) {
	if src.Kind() != reflect.Chan || src.IsNil() {
		return
	}
	if n, ok := m.ptrs[ptrKey{src.Pointer(), src.Type()}]; ok && n.Type() == dst.Type() {
		dst.Set(n)
		return
	}
	n := reflect.MakeChan(dst.Type(), src.Cap())
	m.ptrs[ptrKey{src.Pointer(), src.Type()}] = n
	for range src.Len() {
		x, ok := src.TryRecv()
		if !x.IsValid() {
			break
		}
		if !ok {
			n.Close()
			break
		}
		v := reflect.New(dst.Type().Elem()).Elem()
		mark := len(m.later)
		m.convertInto(v, x, depth+1)
		m.resolveSince(mark) // the channel keeps a copy
		n.TrySend(v)
	}
	dst.Set(n)
}

// convertFunc gives dst a function of its type that converts its
// arguments to src's types, calls src and converts the results back.
func (m *migration) convertFunc(dst, src reflect.Value) {
	if src.Kind() != reflect.Func || src.IsNil() {
		return
	}
	st, dt := src.Type(), dst.Type()
	if st.NumIn() != dt.NumIn() || st.NumOut() != dt.NumOut() || st.IsVariadic() != dt.IsVariadic() {
		return
	}
	conv := func(v reflect.Value, t reflect.Type) reflect.Value {
		c := reflect.New(t).Elem()
		m := newMigration()
		m.convertInto(c, v, 0)
		m.resolve()
		return c
	}
	dst.Set(reflect.MakeFunc(dt, func(args []reflect.Value) []reflect.Value {
		in := make([]reflect.Value, len(args))
		for i, a := range args {
			in[i] = conv(a, st.In(i))
		}
		var out []reflect.Value
		if st.IsVariadic() {
			out = src.CallSlice(in)
		} else {
			out = src.Call(in)
		}
		res := make([]reflect.Value, len(out))
		for i, o := range out {
			res[i] = conv(o, dt.Out(i))
		}
		return res
	}))
}
