package engine

import "reflect"

// Slices of arrays that moved: a slice taken of an array variable, field
// or element (sl := arr[:], view := b.data[:]) is to share the array's new
// version, as it shared the old one.

// movedArray returns a slice, of type t, of the new version of the array
// the slice s is of, when the migration moved the whole of its capacity
// (its first and last elements have new places, as far apart as before).
func (m *migration) movedArray(s reflect.Value, t reflect.Type) (reflect.Value, bool) {
	c := s.Cap()
	size := t.Elem().Size()
	if s.IsNil() || c == 0 || size == 0 {
		return reflect.Value{}, false
	}
	full := s.Slice3(0, c, c)
	first, last := full.Index(0).Addr(), full.Index(c-1).Addr()
	nf, ok1 := m.ptrs[ptrKey{first.Pointer(), first.Type()}]
	nl, ok2 := m.ptrs[ptrKey{last.Pointer(), last.Type()}]
	if !ok1 || !ok2 || nf.Type().Elem() != t.Elem() || nl.Type() != nf.Type() ||
		nl.Pointer()-nf.Pointer() != uintptr(c-1)*size {
		return reflect.Value{}, false
	}
	n := reflect.NewAt(reflect.ArrayOf(c, t.Elem()), nf.UnsafePointer()).Elem().Slice3(0, s.Len(), c)
	if n.Type() != t {
		n = n.Convert(t) // (a named slice type)
	}
	return n, true
}

// inlineArray reports whether values of t hold an array of values that
// hold no slices, in themselves or in their fields: such variables are
// migrated before those holding slices, which then find the elements'
// new places.
func inlineArray(t reflect.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Array:
		return !holdsSlice(t.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if inlineArray(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// holdsSlice reports whether values of t hold slices in themselves, their
// elements or their fields (not behind pointers).
func holdsSlice(t reflect.Type, depth int) bool {
	if depth > 8 {
		return true
	}
	switch t.Kind() {
	case reflect.Slice:
		return true
	case reflect.Array:
		return holdsSlice(t.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if holdsSlice(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// mayRefer reports whether values of t may hold pointers, or slices (of
// an array that moved).
func mayRefer(t reflect.Type, seen map[reflect.Type]bool) bool {
	return holdsSlice(t, 0) || mayPoint(t, seen)
}
