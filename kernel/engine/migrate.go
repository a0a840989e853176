package engine

import (
	"reflect"
	"sort"

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
// pointers it shares. Variables are converted in name order, so that a
// session migrates the same way each time, those holding slices first, by
// the addresses of their arrays.
func (e *Engine) restoreMigrations(old map[string]saved) {
	m := newMigration() // shared: variables may share pointers
	e.mig = m
	news := map[string]reflect.Value{}
	var names []string
	for name, s := range old {
		p, err := e.in.Eval("&" + name)
		if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || p.IsNil() {
			e.log.Debug("migrating a variable", "var", name, "err", err)
			continue
		}
		news[name] = p
		names = append(names, name)
		if s.addr.IsValid() {
			m.ptrs[ptrKey{s.addr.Pointer(), s.addr.Type()}] = p // &v taken before is &v now
		}
	}
	sort.Strings(names)
	// Slices by where their arrays start: a slice taken from the middle
	// of another (tail := xs[1:]) then finds its elements in the new
	// version of the other's array, whatever the names.
	start := map[string]uintptr{}
	for _, name := range names {
		start[name] = sliceStart(old[name].v)
	}
	// (Those holding none go last: a map or an array holding a slice of
	// another's array, m["a"] = xs[1:], finds its elements too.)
	// And arrays first of all: slices of them (sl := arr[:]) then find
	// their elements' new places (see movedArray).
	rank := func(name string) int {
		if inlineArray(old[name].v.Type(), 0) {
			return 0
		}
		return 1
	}
	sort.SliceStable(names, func(i, j int) bool {
		if a, b := rank(names[i]), rank(names[j]); a != b {
			return a < b
		}
		return start[names[i]]-1 < start[names[j]]-1
	})
	for _, name := range names {
		p, s := news[name], old[name]
		src := s.v
		if s.addr.IsValid() && s.addr.Pointer() != p.Pointer() {
			// The old variable itself, so that pointers into it (&v.F,
			// &a[i]) find their new places.
			src = s.addr.Elem()
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					e.log.Debug("migrating a variable", "var", name, "panic", r)
				}
			}()
			m.convertInto(p.Elem(), src, 0)
		}()
	}
	m.resolve()
	e.repointSession(m, old)
}

// repointSession makes the session's other variables that hold pointers
// into migrated variables (pn := &t.N, a []*int of their fields) point
// into the new versions.
func (e *Engine) repointSession(m *migration, migrated map[string]saved) {
	if len(m.ptrs) == 0 {
		return
	}
	r := repointer{m: m, seen: map[ptrKey]bool{}, points: map[reflect.Type]bool{}, budget: maxRepoint}
	for _, d := range e.visibleDecls() {
		if d.Kind != compile.KindVar || len(d.Names) == 0 {
			continue
		}
		if _, ok := migrated[d.Names[0]]; ok {
			continue
		}
		p, err := e.in.Eval("&" + d.Names[0])
		if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || p.IsNil() || !r.mayPoint(p.Type().Elem()) {
			continue
		}
		func() {
			defer func() {
				if x := recover(); x != nil {
					e.log.Debug("repointing a variable", "var", d.Names[0], "panic", x)
				}
			}()
			r.walk(p.Elem())
		}()
	}
}

// maxRepoint bounds the values repointSession visits.
const maxRepoint = 1 << 20

// repointer replaces, in values it walks, the pointers a migration
// converted with their new versions.
type repointer struct {
	m      *migration
	seen   map[ptrKey]bool
	points map[reflect.Type]bool // mayPoint's answers
	budget int
}

// mayPoint is mayRefer, remembered per type (a walk asks it for every
// element of a slice).
func (r *repointer) mayPoint(t reflect.Type) bool {
	p, ok := r.points[t]
	if !ok {
		p = mayRefer(t, map[reflect.Type]bool{})
		r.points[t] = p
	}
	return p
}

func (r *repointer) walk(v reflect.Value) {
	if r.budget--; r.budget < 0 || !v.IsValid() || !v.CanInterface() {
		return // (not what compiled code keeps in unexported fields)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		key := ptrKey{v.Pointer(), v.Type()}
		if n, ok := r.m.ptrs[key]; ok && n.Type() == v.Type() && v.CanSet() {
			v.Set(n)
			return
		}
		if !r.seen[key] {
			r.seen[key] = true
			r.walk(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if r.mayPoint(v.Type().Field(i).Type) {
				r.walk(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.CanSet() {
			if n, ok := r.m.movedArray(v, v.Type()); ok {
				v.Set(n) // (view := b.data[:])
				return
			}
		}
		if !r.mayPoint(v.Type().Elem()) {
			return
		}
		for i := 0; i < v.Len(); i++ {
			r.walk(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() || !r.mayPoint(v.Type().Elem()) {
			return
		}
		iter := v.MapRange()
		for iter.Next() {
			x := reflect.New(v.Type().Elem()).Elem()
			x.Set(iter.Value())
			r.walk(x)
			v.SetMapIndex(iter.Key(), x)
		}
	case reflect.Interface:
		if v.IsNil() || !v.CanSet() {
			return
		}
		x := reflect.New(v.Elem().Type()).Elem()
		x.Set(v.Elem())
		r.walk(x)
		v.Set(x)
	}
}

// mayPoint reports whether values of t may hold pointers.
func mayPoint(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map:
		return true
	case reflect.Slice, reflect.Array:
		return mayPoint(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if mayPoint(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
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

// sliceStart is the lowest address of the arrays of the slices v holds
// directly or in its fields, 0 when it holds none.
func sliceStart(v reflect.Value) uintptr {
	switch v.Kind() {
	case reflect.Slice:
		if !v.IsNil() && v.Cap() > 0 {
			return v.Pointer()
		}
	case reflect.Struct:
		var lo uintptr
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.Slice {
				if a := sliceStart(f); a != 0 && (lo == 0 || a < lo) {
					lo = a
				}
			}
		}
		return lo
	}
	return 0
}

// upgradeTo returns x, a value taken out of an empty interface, converted
// to the type of the one of likes that is a newer version of x's type, and
// true: a value of a cell's struct type (or a pointer to one) kept by
// compiled code (a sync.Map, a chan any, a list.Element) since before its
// type got a new version (a redefined method) is asserted to the new
// version ("interface {} is main.W, not main.W"). Other values are x,
// false.
func (e *Engine) upgradeTo(likes []any, x any) (any, bool) {
	if x == nil || e.comp == nil {
		return x, false
	}
	xv := format.Unwrap(reflect.ValueOf(x)) // (the interpreter's wrapper of a value with methods)
	if !xv.IsValid() || !xv.CanInterface() {
		return x, false
	}
	xt := xv.Type()
	xid, xptr := versionID(xt)
	if xid == 0 {
		return x, false
	}
	for _, like := range likes {
		lv := format.Unwrap(reflect.ValueOf(like))
		if !lv.IsValid() {
			continue
		}
		lt := lv.Type()
		if lt == xt {
			return x, false
		}
		lid, lptr := versionID(lt)
		if lid == 0 || lid == xid || lptr != xptr {
			continue
		}
		xs, ok1 := e.comp.Struct(xid)
		ls, ok2 := e.comp.Struct(lid)
		if !ok1 || !ok2 || xs.Name != ls.Name {
			continue
		}
		m := newMigration()
		dst := reflect.New(lt).Elem()
		m.convertInto(dst, xv, 0)
		m.resolve()
		return dst.Interface(), true
	}
	return x, false
}

// versionID is the tag ID of the cell's struct type t is, or points to.
func versionID(t reflect.Type) (id int, ptr bool) {
	if t == nil {
		return 0, false
	}
	if t.Kind() == reflect.Pointer {
		t, ptr = t.Elem(), true
	}
	return structID(t), ptr
}
