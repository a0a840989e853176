// Package fieldtype replaces, in place, the type of a field of a struct
// type made by reflect.StructOf, for the interpreter's recursive struct
// types whose fields it left with a placeholder type.
package fieldtype

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"
)

// structField mirrors the runtime's description of a struct field
// (internal/abi.StructField).
type structField struct {
	name   unsafe.Pointer
	typ    unsafe.Pointer
	offset uintptr
}

// typeHeader is the size of the runtime's common type header
// (internal/abi.Type) on which a struct type's package path and fields
// follow.
const typeHeader = 2*unsafe.Sizeof(uintptr(0)) + 8 + 2*unsafe.Sizeof(uintptr(0)) + 8

// rtype returns the runtime type descriptor behind t.
func rtype(t reflect.Type) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1]
}

// fields returns the runtime's fields of the struct type st, after checking
// that they are where this package expects them: each field's type and
// offset must be the ones reflect reports.
func fields(st reflect.Type) ([]structField, error) {
	if st.Kind() != reflect.Struct {
		return nil, fmt.Errorf("%v is not a struct type", st)
	}
	p := unsafe.Add(rtype(st), typeHeader+unsafe.Sizeof(uintptr(0)))
	fs := *(*[]structField)(p)
	if len(fs) != st.NumField() {
		return nil, errors.New("unexpected layout of the runtime's struct types")
	}
	for i := range fs {
		f := st.Field(i)
		if fs[i].typ != rtype(f.Type) || fs[i].offset != f.Offset {
			return nil, errors.New("unexpected layout of the runtime's struct types")
		}
	}
	return fs, nil
}

// Set makes t the type of field i of the struct type st. The new type
// must have the old one's shape (see sameShape), so that values already
// made stay valid.
func Set(st reflect.Type, i int, t reflect.Type) error {
	fs, err := fields(st)
	if err != nil {
		return err
	}
	if i < 0 || i >= len(fs) {
		return fmt.Errorf("field %d of %v: no such field", i, st)
	}
	if old := st.Field(i).Type; !sameShape(old, t) {
		return fmt.Errorf("field %d of %v: %v cannot replace %v", i, st, t, old)
	}
	fs[i].typ = rtype(t)
	return nil
}

// sameShape reports whether values of types a and b are laid out alike:
// a map, slice, func, channel or pointer (one or three words, pointers
// where the other has them), or arrays of such of one length.
func sameShape(a, b reflect.Type) bool {
	if a.Kind() != b.Kind() || a.Size() != b.Size() || a.Align() != b.Align() {
		return false
	}
	switch a.Kind() {
	case reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Pointer:
		return true
	case reflect.Array:
		return a.Len() == b.Len() && sameShape(a.Elem(), b.Elem())
	}
	return false
}
