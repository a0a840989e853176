package engine

import (
	"reflect"
	"sort"
	"strings"
	"unsafe"

	"gokernel/kernel/engine/compile"
)

// migration is one restoreMigrations: the pointers already converted,
// so that values shared or cyclic before are shared and cyclic after, and
// pointers into variables, fields, arrays and slices point into their new
// versions; slices sharing an array share the new one; a map held twice
// is one map.
type migration struct {
	ptrs map[ptrKey]reflect.Value // old pointer (or map, chan) → new one
	// elems maps an old slice element to the new array and index that
	// hold its new version (see convertSlice).
	elems map[ptrKey]elemRef
	// later are the pointers met before what they point to was
	// converted, post what to do once they are set (see resolve).
	later []fixup
	post  []func()
	// wrappers maps the functions convertFunc made (by their closure) to
	// the functions they call; unwrap, those of the conversion this one
	// undoes (see convertFunc).
	wrappers, unwrap map[unsafe.Pointer]reflect.Value
	// shared are the old pointers whose objects the new versions share
	// (see resolve).
	shared []reflect.Value
	// ownArrays are the slices converted into arrays of their own.
	ownArrays []sliceFix
}

// sliceFix is a slice converted (dst) from an old one (src).
type sliceFix struct{ dst, src reflect.Value }

// ptrKey is an old pointer: its address and type.
type ptrKey struct {
	addr uintptr
	typ  reflect.Type
}

// elemRef is an element of a new slice's array.
type elemRef struct {
	array reflect.Value // a slice of the whole new array
	index int
}

// fixup is a pointer to set once everything else is converted; keep
// says it may stay as it is when what it points to did not move.
type fixup struct {
	dst, src reflect.Value
	depth    int
	keep     bool
}

func newMigration() *migration {
	return &migration{ptrs: map[ptrKey]reflect.Value{}, elems: map[ptrKey]elemRef{}}
}

// resolve sets the pointers left for later: to the new version of what
// they pointed to, if a variable, a field or an element held it, or else
// to a converted copy. Then the maps and channels holding values with
// such pointers get them.
func (m *migration) resolve() {
	for len(m.later) > 0 {
		// Larger values first: a pointer to a field (a := &z.F) then
		// finds the field's new place in the new version of the struct
		// it is in, converted before it, however the variables are named.
		batch := m.later
		m.later = nil
		sort.SliceStable(batch, func(i, j int) bool {
			a, b := batch[i].src.Type().Elem(), batch[j].src.Type().Elem()
			if a.Size() != b.Size() {
				return a.Size() > b.Size()
			}
			return nesting(a, 0) > nesting(b, 0) // (Out{F In} holds In at the same address)
		})
		var kept []fixup
		for _, f := range batch {
			key := ptrKey{f.src.Pointer(), f.src.Type()}
			if n, ok := m.ptrs[key]; ok && n.Type() == f.dst.Type() {
				f.dst.Set(n)
				continue
			}
			if f.keep {
				kept = append(kept, f)
				continue
			}
			if sameLayout(f.src.Type().Elem(), f.dst.Type().Elem(), map[[2]reflect.Type]bool{}) {
				// The new version of a type whose method changed: the
				// same memory, seen with the new type, so that a
				// goroutine still working on the old pointer and the
				// cells share the object (its counters, its WaitGroup).
				n := reflect.NewAt(f.dst.Type().Elem(), f.src.UnsafePointer())
				m.ptrs[key] = n
				m.shared = append(m.shared, f.src)
				f.dst.Set(n)
				continue
			}
			n := reflect.New(f.dst.Type().Elem())
			m.ptrs[key] = n
			m.convertInto(n.Elem(), f.src.Elem(), f.depth+1)
			f.dst.Set(n)
		}
		for _, f := range kept {
			if n, ok := m.ptrs[ptrKey{f.src.Pointer(), f.src.Type()}]; ok && n.Type() == f.dst.Type() {
				f.dst.Set(n)
			}
		}
	}
	// A slice of an array a pointer leads to (sp := pa[1:3] of pa :=
	// &[4]Cell{}) shares the array's new version, converted after it.
	for _, f := range m.ownArrays {
		if n, ok := m.movedArray(f.src, f.dst.Type()); ok && n.Pointer() != f.dst.Pointer() && f.dst.CanSet() {
			f.dst.Set(n)
		}
	}
	m.ownArrays = nil
	// What the shared objects point to that got a new version (a
	// variable, &c) is the new version, for the goroutines too.
	seen := map[uintptr]bool{}
	budget := maxRepoint
	for _, p := range m.shared {
		m.repointShared(p, seen, &budget)
	}
	m.shared = nil
	post := m.post
	m.post = nil
	for _, f := range post {
		f()
	}
}

// repointShared sets the pointers in what the old pointer p points to
// (seen with its old type: an object the new version shares) that the
// migration converted to their new versions, and so on through the
// pointers, slices, arrays and struct fields it holds.
func (m *migration) repointShared(v reflect.Value, seen map[uintptr]bool, budget *int) {
	if *budget--; *budget < 0 || !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		if n, ok := m.ptrs[ptrKey{v.Pointer(), v.Type()}]; ok && n.Pointer() != v.Pointer() && v.CanSet() {
			// (The new version's address, written with the old type.)
			v.Set(reflect.NewAt(v.Type().Elem(), n.UnsafePointer()))
			return
		}
		if seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		m.repointShared(v.Elem(), seen, budget)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if mayPoint(v.Type().Field(i).Type, map[reflect.Type]bool{}) {
				m.repointShared(v.Field(i), seen, budget)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() || !mayPoint(v.Type().Elem(), map[reflect.Type]bool{}) {
			return
		}
		for i := 0; i < v.Len(); i++ {
			m.repointShared(v.Index(i), seen, budget)
		}
	}
}

// nesting counts the levels of structs and arrays in t, up to a bound.
func nesting(t reflect.Type, depth int) int {
	if depth > 8 {
		return 0
	}
	n := 0
	switch t.Kind() {
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			n = max(n, nesting(t.Field(i).Type, depth+1))
		}
	case reflect.Array:
		n = nesting(t.Elem(), depth+1)
	default:
		return 0
	}
	return n + 1
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
	if src.CanAddr() && dst.CanAddr() {
		// &v.F and &a[i] taken before point here now.
		m.ptrs[ptrKey{src.Addr().Pointer(), src.Addr().Type()}] = dst.Addr()
	}
	if src.Kind() == reflect.Pointer && !src.IsNil() && src.Type() == dst.Type() {
		// (A named non-struct type's versions are the same to reflect.)
		// It keeps pointing where it did unless that moved.
		dst.Set(src)
		m.later = append(m.later, fixup{dst: dst, src: src, depth: depth, keep: true})
		return
	}
	if src.Type() == dst.Type() || dst.Kind() == reflect.Interface && src.Type().AssignableTo(dst.Type()) {
		if src.Type() == dst.Type() && src.CanAddr() && dst.CanAddr() {
			m.registerInner(dst, src, depth)
		}
		dst.Set(src)
		resetCopyChecks(dst, 0)
		return
	}
	if scalar(src.Kind()) && scalar(dst.Kind()) {
		// Not for composite types: reflect's ConvertibleTo never returns
		// on two versions of a recursive struct type. Nor numbers to
		// strings: a field that changes so starts empty.
		if src.Type().ConvertibleTo(dst.Type()) && (dst.Kind() != reflect.String || src.Kind() == reflect.String) {
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
			} else if i < src.NumField() && sameInstanceField(dst.Type().Field(i), src.Type().Field(i)) {
				// An embedded instance of a generic type, whose name
				// is the new instance's.
				m.convertInto(dst.Field(i), src.Field(i), depth+1)
			}
		}
	case reflect.Pointer:
		if src.Kind() != reflect.Pointer || src.IsNil() {
			return
		}
		if _, done := m.again(dst, src); done {
			return
		}
		m.later = append(m.later, fixup{dst: dst, src: src, depth: depth})
	case reflect.Slice:
		m.convertSlice(dst, src, depth)
	case reflect.Chan:
		m.convertChan(dst, src, depth)
	case reflect.Func:
		m.convertFunc(dst, src)
	case reflect.Array:
		for i := 0; i < dst.Len() && i < src.Len(); i++ {
			m.convertInto(dst.Index(i), src.Index(i), depth+1)
		}
	case reflect.Map:
		m.convertMap(dst, src, depth)
	}
}

// registerInner records where the fields and elements of src, of the
// same type as dst, go (the value is copied whole).
func (m *migration) registerInner(dst, src reflect.Value, depth int) {
	if depth > maxDepth {
		return
	}
	switch src.Kind() {
	case reflect.Struct:
		for i := 0; i < src.NumField(); i++ {
			s, d := src.Field(i), dst.Field(i)
			m.ptrs[ptrKey{s.Addr().Pointer(), s.Addr().Type()}] = d.Addr()
			m.registerInner(d, s, depth+1)
		}
	case reflect.Array:
		for i := 0; i < src.Len(); i++ {
			s, d := src.Index(i), dst.Index(i)
			m.ptrs[ptrKey{s.Addr().Pointer(), s.Addr().Type()}] = d.Addr()
			m.registerInner(d, s, depth+1)
		}
	}
}

// again sets dst to what src (a pointer, map or channel) was converted
// to before, if it was; key is src's.
func (m *migration) again(dst, src reflect.Value) (key ptrKey, done bool) {
	key = ptrKey{src.Pointer(), src.Type()}
	if n, ok := m.ptrs[key]; ok && n.Type() == dst.Type() {
		dst.Set(n)
		return key, true
	}
	return key, false
}

// convertSlice converts a slice: into the new version of its array when
// another slice of that array was converted before (s2 := s, s[:1]),
// else into a new array of its capacity; one whose elements may be
// shared (see sharable) keeps its array.
func (m *migration) convertSlice(dst, src reflect.Value, depth int) {
	if src.Kind() != reflect.Slice && src.Kind() != reflect.Array {
		return
	}
	if src.Kind() == reflect.Array {
		n := reflect.MakeSlice(dst.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			m.convertInto(n.Index(i), src.Index(i), depth+1)
		}
		dst.Set(n)
		return
	}
	if src.IsNil() {
		return
	}
	if sharable(src.Type().Elem(), dst.Type().Elem()) {
		dst.Set(reinterpret(src, dst.Type())) // the same array
		return
	}
	l, c := src.Len(), src.Cap()
	if c == 0 {
		dst.Set(reflect.MakeSlice(dst.Type(), 0, 0))
		return
	}
	full := src.Slice3(0, c, c)
	first := full.Index(0).Addr()
	if ref, ok := m.elems[ptrKey{first.Pointer(), first.Type()}]; ok &&
		ref.array.Type() == dst.Type() && ref.index+c <= ref.array.Len() {
		dst.Set(ref.array.Slice3(ref.index, ref.index+l, ref.index+c))
		return
	}
	if n, ok := m.movedArray(src, dst.Type()); ok {
		dst.Set(n) // (sl := arr[:])
		return
	}
	n := reflect.MakeSlice(dst.Type(), c, c)
	for i := 0; i < c; i++ {
		e := full.Index(i).Addr()
		m.elems[ptrKey{e.Pointer(), e.Type()}] = elemRef{n, i}
	}
	// (An array a pointer leads to, converted later, may be its array:
	// see resolve.)
	m.ownArrays = append(m.ownArrays, sliceFix{dst, src})
	for i := 0; i < c; i++ {
		m.convertInto(n.Index(i), full.Index(i), depth+1)
	}
	dst.Set(n.Slice3(0, l, c))
}

// convertMap converts a map (once: two variables holding it hold the new
// one); entries holding pointers left for later are set once those are.
// One whose elements may be shared (see sharable) stays the same map.
func (m *migration) convertMap(dst, src reflect.Value, depth int) {
	if src.Kind() != reflect.Map || src.IsNil() {
		return
	}
	key, done := m.again(dst, src)
	if done {
		return
	}
	if src.Type().Key() == dst.Type().Key() && sharable(src.Type().Elem(), dst.Type().Elem()) {
		n := reinterpret(src, dst.Type()) // the same map (see sameLayout)
		m.ptrs[key] = n
		dst.Set(n)
		return
	}
	n := reflect.MakeMapWithSize(dst.Type(), src.Len())
	m.ptrs[key] = n
	iter := src.MapRange()
	for iter.Next() {
		nk := reflect.New(dst.Type().Key()).Elem()
		nv := reflect.New(dst.Type().Elem()).Elem()
		mark := len(m.later)
		m.convertInto(nk, iter.Key(), depth+1)
		m.convertInto(nv, iter.Value(), depth+1)
		if len(m.later) > mark {
			// (A key is a pointer still nil.)
			m.post = append(m.post, func() { n.SetMapIndex(nk, nv) })
			continue
		}
		n.SetMapIndex(nk, nv)
	}
	dst.Set(n)
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
// holds (sent once pointers are resolved), closed if src is; senders and
// receivers still blocked on src are not moved. A channel whose element
// type keeps its layout (see sameLayout) stays the same channel.
func (m *migration) convertChan(dst, src reflect.Value, depth int) {
	if src.Kind() != reflect.Chan || src.IsNil() {
		return
	}
	// One channel whatever the directions it is held with (ch, and out
	// chan<- T = ch): converted as a channel of both, then given dst's.
	src = bothDirs(src)
	both := reflect.ChanOf(reflect.BothDir, dst.Type().Elem())
	key := ptrKey{src.Pointer(), src.Type()}
	if n, ok := m.ptrs[key]; ok && n.Type() == both {
		dst.Set(n.Convert(dst.Type()))
		return
	}
	if sameLayout(src.Type().Elem(), both.Elem(), map[[2]reflect.Type]bool{}) {
		// The same channel, seen with the new element type: a goroutine
		// still receiving from it gets what the cells send.
		n := reinterpret(src, both)
		m.ptrs[key] = n
		dst.Set(n.Convert(dst.Type()))
		return
	}
	n := reflect.MakeChan(both, src.Cap())
	m.ptrs[key] = n
	var vals []reflect.Value
	closed := false
	for range src.Len() + 1 {
		x, ok := src.TryRecv()
		if !x.IsValid() {
			break // empty and open
		}
		if !ok {
			closed = true
			break
		}
		v := reflect.New(dst.Type().Elem()).Elem()
		m.convertInto(v, x, depth+1)
		vals = append(vals, v)
	}
	m.post = append(m.post, func() {
		for _, v := range vals {
			n.TrySend(v)
		}
		if closed {
			n.Close()
		}
	})
	dst.Set(n.Convert(dst.Type()))
}

// bothDirs returns the channel c (of any direction) as a channel of both
// directions, the same channel.
func bothDirs(c reflect.Value) reflect.Value {
	if c.Type().ChanDir() == reflect.BothDir {
		return c
	}
	tmp := reflect.New(c.Type())
	tmp.Elem().Set(c)
	return reflect.NewAt(reflect.ChanOf(reflect.BothDir, c.Type().Elem()), tmp.UnsafePointer()).Elem()
}

// sameInstanceField reports two embedded fields, at the same place in two
// versions of a struct type, that are instances of one generic type
// (Set__gki2 and Set__gki5: their names are the instances'; the
// interpreter does not mark them as embedded).
func sameInstanceField(a, b reflect.StructField) bool {
	base := func(n string) string {
		if i := strings.LastIndex(n, compile.InstanceSep); i > 0 {
			return n[:i]
		}
		return ""
	}
	return base(a.Name) != "" && base(a.Name) == base(b.Name)
}

// sharable reports elements of a slice's array or a map that the new
// version may share: laid out alike (see sameLayout), without pointers
// (which may point to variables that got new versions, &c).
func sharable(a, b reflect.Type) bool {
	return sameLayout(a, b, map[[2]reflect.Type]bool{}) && !mayPoint(a, map[reflect.Type]bool{})
}

// reinterpret returns v seen as a value of type t, which has the same
// layout (see sameLayout).
func reinterpret(v reflect.Value, t reflect.Type) reflect.Value {
	tmp := reflect.New(v.Type())
	tmp.Elem().Set(v)
	return reflect.NewAt(t, tmp.UnsafePointer()).Elem()
}

// sameLayout reports whether values of types a and b (two versions of a
// type, or types made of such) are laid out alike in memory, so that the
// memory of one may be seen as the other: the same kinds, sizes, fields
// by name and offset, element types alike, and identical interface, func
// and map key types (whose words mean types, code and hashes).
func sameLayout(a, b reflect.Type, seen map[[2]reflect.Type]bool) bool {
	if a == b {
		return true
	}
	if a.Kind() != b.Kind() || a.Size() != b.Size() || a.Align() != b.Align() {
		return false
	}
	if seen[[2]reflect.Type{a, b}] {
		return true // (assumed while it is being checked)
	}
	seen[[2]reflect.Type{a, b}] = true
	switch a.Kind() {
	case reflect.Struct:
		if a.NumField() != b.NumField() {
			return false
		}
		for i := 0; i < a.NumField(); i++ {
			fa, fb := a.Field(i), b.Field(i)
			if fa.Offset != fb.Offset || compile.UserName(fa.Name) != compile.UserName(fb.Name) || !sameLayout(fa.Type, fb.Type, seen) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Slice, reflect.Chan:
		return sameLayout(a.Elem(), b.Elem(), seen)
	case reflect.Array:
		return a.Len() == b.Len() && sameLayout(a.Elem(), b.Elem(), seen)
	case reflect.Map:
		return a.Key() == b.Key() && sameLayout(a.Elem(), b.Elem(), seen)
	case reflect.Interface, reflect.Func, reflect.UnsafePointer:
		return false // (a != b)
	}
	return scalar(a.Kind())
}
