package engine

import (
	"errors"
	"fmt"
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/internal/fieldtype"
)

// A struct type whose fields hold funcs taking the struct itself (hooks
// []func(*Machine), a map[State]func(*Turnstile)) is recursive through a
// func type, which reflect cannot make. The interpreter builds such a type
// with a placeholder (unsafe2.dummy) where the struct is named, and then
// mends the fields whose type ends with the placeholder or is a func: a
// slice or map of funcs keeps it, so a func stored there cannot be called
// (reflect: Call using *struct as type *unsafe2.dummy) and a literal of
// them cannot be assigned to the field.
//
// mendFuncFields does the interpreter's mending for those fields too, from
// outside: it clears the types the interpreter cached (yaegi's itype.rtype)
// that hold the placeholder, has the interpreter compute them again now
// that the struct exists (yaegi v0.16.1's itype.refType, pinned in go.mod),
// and puts the result in the struct's field.

//go:linkname yaegiRefType github.com/traefik/yaegi/interp.(*itype).refType
func yaegiRefType(t unsafe.Pointer, ctx unsafe.Pointer) reflect.Type

// placeholder is the interpreter's stand-in for a struct type not yet made.
const placeholder = "github.com/traefik/yaegi/internal/unsafe2.dummy"

// mendFuncFields mends the fields of the struct types named (see above).
// It runs between steps, when no code of theirs has run.
func (e *Engine) mendFuncFields(names []string) {
	for _, name := range names {
		if err := mendStruct(e.in, name); err != nil {
			e.log.Debug("mending func fields", "type", name, "err", err)
		}
	}
}

// mendStruct mends the fields of the struct type name.
func mendStruct(in *interp.Interpreter, name string) error {
	sym, err := yaegiSymbol(in, name)
	if err != nil {
		return err
	}
	it, err := yaegiField(sym, "typ")
	if err != nil {
		return err
	}
	if err := checkItype(it); err != nil {
		return err
	}
	st := yaegiRefType(it.UnsafePointer(), nil) // the struct, made now if not yet
	if st == nil || st.Kind() != reflect.Struct {
		return nil
	}
	fields, err := yaegiField(it, "field")
	if err != nil || fields.Kind() != reflect.Slice || fields.Len() != st.NumField() {
		return fmt.Errorf("yaegi internals: itype.field of %s: %v", name, err)
	}
	var errs []error
	for i := range st.NumField() {
		if holdsPlaceholder(st.Field(i).Type) {
			errs = append(errs, mendField(st, i, fields.Index(i), it.Type()))
		}
	}
	return errors.Join(errs...)
}

// mendField mends field i of the struct type st, whose yaegi structField
// is f (itype is the type of yaegi's *itype).
func mendField(st reflect.Type, i int, f reflect.Value, itype reflect.Type) error {
	ft := f.FieldByName("typ")
	if !ft.IsValid() || ft.Type() != itype {
		return errors.New("yaegi internals: structField.typ is not an *itype")
	}
	ft = reflect.NewAt(ft.Type(), unsafe.Pointer(ft.UnsafeAddr())).Elem()
	if err := clearPlaceholders(ft); err != nil {
		return err
	}
	t := yaegiRefType(ft.UnsafePointer(), nil)
	if t == nil || holdsPlaceholder(t) {
		return fmt.Errorf("field %d of %v: still %v", i, st, t)
	}
	return fieldtype.Set(st, i, t)
}

// checkItype checks that it is a non-nil pointer to yaegi's itype, whose
// rtype field is a reflect.Type.
func checkItype(it reflect.Value) error {
	if it.Kind() != reflect.Pointer || it.IsNil() || it.Type().Elem().Name() != "itype" {
		return errors.New("yaegi internals: symbol.typ is not an *itype")
	}
	if f, ok := it.Type().Elem().FieldByName("rtype"); !ok || f.Type != reflect.TypeFor[reflect.Type]() {
		return errors.New("yaegi internals: itype.rtype is not a reflect.Type")
	}
	return nil
}

// clearPlaceholders clears the cached reflect types holding the
// placeholder in the itype it and in its parts (not entering structs,
// whose types are made once).
func clearPlaceholders(it reflect.Value) error {
	if it.IsNil() {
		return nil
	}
	if err := checkItype(it); err != nil {
		return err
	}
	rt, err := yaegiField(it, "rtype")
	if err != nil {
		return err
	}
	t, _ := rt.Interface().(reflect.Type)
	if t == nil || t.Kind() == reflect.Struct || !holdsPlaceholder(t) {
		return nil
	}
	rt.Set(reflect.Zero(rt.Type()))
	for _, name := range []string{"key", "val"} {
		f, err := yaegiField(it, name)
		if err != nil {
			return err
		}
		if err := clearPlaceholders(f); err != nil {
			return err
		}
	}
	for _, name := range []string{"arg", "ret"} {
		f, err := yaegiField(it, name)
		if err != nil || f.Kind() != reflect.Slice {
			return fmt.Errorf("yaegi internals: itype.%s: %v", name, err)
		}
		for j := range f.Len() {
			if err := clearPlaceholders(f.Index(j)); err != nil {
				return err
			}
		}
	}
	return nil
}

// holdsPlaceholder reports whether t is made with the placeholder, other
// than through the fields of a struct.
func holdsPlaceholder(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		return t.PkgPath()+"."+t.Name() == placeholder
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		return holdsPlaceholder(t.Elem())
	case reflect.Map:
		return holdsPlaceholder(t.Key()) || holdsPlaceholder(t.Elem())
	case reflect.Func:
		for i := range t.NumIn() {
			if holdsPlaceholder(t.In(i)) {
				return true
			}
		}
		for i := range t.NumOut() {
			if holdsPlaceholder(t.Out(i)) {
				return true
			}
		}
	}
	return false
}
