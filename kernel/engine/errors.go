package engine

import (
	"errors"
	"fmt"
	"reflect"

	"gokernel/kernel/engine/format"

	"github.com/traefik/yaegi/interp"
)

// Package errors looks for Unwrap, Is and As methods and compares types
// with reflection, which sees neither the types nor the methods of
// interpreted errors: the interpreter hands errors.As a wrapper around the
// value. These replacements look through the wrappers and call
// interpreted methods through the compiler's accessors.

// errorsSymbols replaces errors.As, errors.Is and errors.Unwrap.
func (e *Engine) errorsSymbols() interp.Exports {
	return interp.Exports{
		"errors/errors": {
			// The errors are taken as any: passed as error, the interpreter
			// would wrap interpreted struct values and lose them.
			"As":     reflect.ValueOf(func(err, target any) bool { return e.errorsAs(e.anyError(err), target) }),
			"Is":     reflect.ValueOf(func(err, target any) bool { return e.errorsIs(e.anyError(err), e.anyError(target)) }),
			"Unwrap": reflect.ValueOf(func(err any) error { return e.errorsUnwrap(e.anyError(err)) }),
		},
	}
}

// inner returns the value an error holds: the interpreted value inside an
// interpreter wrapper, or the error itself.
func inner(err error) reflect.Value {
	return format.Unwrap(reflect.ValueOf(err))
}

// normalize returns the compiled error an interpreter wrapper holds (the
// interpreter wraps errors that pass through interpreted interface values),
// so that comparisons with it work.
func normalize(err error) error {
	v := inner(err)
	if !v.IsValid() || !v.CanInterface() || structID(derefType(v.Type())) != 0 {
		return err
	}
	if u, ok := v.Interface().(error); ok {
		return u
	}
	return err
}

func derefType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

// callMethod calls the interpreted method name of err's type, if it has
// one.
func (e *Engine) callMethod(err error, name string, args ...reflect.Value) ([]reflect.Value, bool) {
	f, recv, ok := e.method(err, name)
	if !ok {
		return nil, false
	}
	return f.Call(append([]reflect.Value{recv}, args...)), true
}

// method returns the accessor of the interpreted method name of err's
// type and the receiver to call it with, if the type has that method
// (declared, or promoted from an embedded field).
func (e *Engine) method(err error, name string) (f, recv reflect.Value, ok bool) {
	if f, recv, ok = e.methodOf(inner(err), name, 0); ok {
		return f, recv, true
	}
	return e.descMethod(err, name)
}

// descMethod is method for an error of a named non-struct type of a cell
// (type MultiError []error), found by the description its value tells
// (see format.WrappedDesc): Unwrap, UnwrapAll (Unwrap() []error), Is, As.
func (e *Engine) descMethod(err error, name string) (f, recv reflect.Value, ok bool) {
	var v any
	var d *format.Desc
	if x, isDesc := err.(descErr); isDesc {
		v, d = x.IValue, x.d
	} else {
		v, d = format.WrappedDesc(err)
	}
	if d == nil || e.types == nil {
		return f, recv, false
	}
	if latest := e.types.DescOf(d.Name); latest != nil {
		d = latest // a method redefined since
	}
	var acc string
	switch name {
	case "Unwrap":
		acc = d.Unwrap
	case "UnwrapAll":
		acc = d.UnwrapAll
	case "Is":
		acc = d.Is
	case "As":
		acc = d.As
	}
	if acc == "" {
		return f, recv, false
	}
	return e.types.accessorArg(acc, reflect.ValueOf(v))
}

// maxPromotionDepth bounds the search of promoted methods.
const maxPromotionDepth = 4

// methodOf is method for the value v of a cell struct type (or a pointer
// to one), depth embeddings down.
func (e *Engine) methodOf(v reflect.Value, name string, depth int) (f, recv reflect.Value, ok bool) {
	if !v.IsValid() || depth > maxPromotionDepth || e.comp == nil {
		return f, recv, false
	}
	t := v.Type()
	isPtr := t.Kind() == reflect.Pointer
	if isPtr {
		t = t.Elem()
	}
	id := structID(t)
	if id == 0 {
		if depth > 0 && !(isPtr && v.IsNil()) {
			// An embedded field of a compiled type (*fs.PathError): its
			// own method (Unwrap), through the method's function.
			if m, ok := v.Type().MethodByName(name); ok {
				return m.Func, v, true
			}
		}
		return f, recv, false
	}
	st, ok := e.comp.Struct(id)
	if !ok {
		return f, recv, false
	}
	if ref, declared := st.Methods[name]; declared {
		if ref.Pointer && !isPtr {
			return f, recv, false // not in the value's method set
		}
		e.types.mu.Lock()
		f = e.types.accessors[ref.Var]
		e.types.mu.Unlock()
		if !f.IsValid() {
			return f, recv, false
		}
		if !isPtr {
			c := reflect.New(t)
			c.Elem().Set(v)
			v = c
		}
		return f, v, true
	}
	// Promoted from an embedded field (the value's, or through the
	// pointer, the field's address for its pointer methods).
	sv := v
	if isPtr {
		if v.IsNil() {
			return f, recv, false
		}
		sv = v.Elem()
	}
	for i, fd := range st.Fields {
		if !fd.Embedded || i >= sv.NumField() {
			continue
		}
		fv := sv.Field(i)
		if isPtr && fv.Kind() != reflect.Pointer && fv.CanAddr() {
			fv = fv.Addr()
		}
		if f, recv, ok := e.methodOf(fv, name, depth+1); ok {
			return f, recv, true
		}
	}
	return f, recv, false
}

// unwrapAll returns what err wraps, as errors.Unwrap and the Unwrap
// []error of joined errors do.
func (e *Engine) unwrapAll(err error) []error {
	switch x := err.(type) {
	case interpErr: // its Unwrap is the value's Unwrap() error only
	case interface{ Unwrap() []error }:
		return x.Unwrap()
	case interface{ Unwrap() error }:
		if u := x.Unwrap(); u != nil {
			return []error{u}
		}
		return nil
	}
	if out, ok := e.callMethod(err, "Unwrap"); ok && len(out) == 1 && !out[0].IsNil() {
		if u, ok := out[0].Interface().(error); ok {
			return []error{normalize(u)}
		}
	}
	if out, ok := e.callMethod(err, "UnwrapAll"); ok && len(out) == 1 {
		us, _ := out[0].Interface().([]error)
		var all []error
		for _, u := range us {
			all = append(all, normalize(u))
		}
		return all
	}
	return nil
}

func (e *Engine) errorsUnwrap(err error) error {
	if x, ok := err.(interface{ Unwrap() error }); ok {
		return x.Unwrap()
	}
	if out, ok := e.callMethod(err, "Unwrap"); ok && len(out) == 1 && !out[0].IsNil() {
		u, _ := out[0].Interface().(error)
		return normalize(u)
	}
	return nil
}

func (e *Engine) errorsIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	comparable := reflect.TypeOf(target).Comparable()
	tv := inner(target)
	var walk func(error, int) bool
	walk = func(err error, depth int) bool {
		if err == nil || depth > 100 {
			return false
		}
		if comparable && reflect.TypeOf(err).Comparable() && safeEqual(err, target) {
			return true
		}
		if v := inner(err); tv.IsValid() && v.IsValid() && v.Type() == tv.Type() && v.Type().Comparable() &&
			v.Interface() == tv.Interface() && sameNamed(err, target) {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if out, ok := e.callMethod(err, "Is", reflect.ValueOf(&target).Elem()); ok && len(out) == 1 && out[0].Bool() {
			return true
		}
		for _, u := range e.unwrapAll(err) {
			if walk(u, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(err, 0)
}

// safeEqual is a == b, false where comparing them panics (the kernel's
// wrappers are comparable types holding values that may not be: a
// MultiError []error).
func safeEqual(a, b error) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// sameNamed reports whether errors a and b, when both hold values of
// named non-struct cell types that tell their types, hold the same type
// (the interpreter represents them as their underlying types).
func sameNamed(a, b error) bool {
	_, da := format.WrappedDesc(a)
	_, db := format.WrappedDesc(b)
	return da == nil || db == nil || da.Name == db.Name
}

// errorsAsBadTarget is errors.As with a target that points to neither an
// interface nor an error type (the compiler tells): it panics as
// errors.As does, once err is not nil.
func errorsAsBadTarget(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if tv := reflect.ValueOf(target); tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	panic("errors: *target must be interface or implement error")
}

func (e *Engine) errorsAs(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	tv := reflect.ValueOf(target)
	if tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	want := tv.Type().Elem()
	var walk func(error, int) bool
	walk = func(err error, depth int) bool {
		if err == nil || depth > 100 {
			return false
		}
		if v := inner(err); v.IsValid() && v.Type().AssignableTo(want) {
			tv.Elem().Set(v)
			return true
		}
		if reflect.TypeOf(err).AssignableTo(want) {
			tv.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if e.asMethod(err, target) {
			return true
		}
		for _, u := range e.unwrapAll(err) {
			if walk(u, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(err, 0)
}

// asMethod calls the As method of err's type (compiled or a cell's) with
// target, if it has one.
func (e *Engine) asMethod(err error, target any) bool {
	if x, ok := err.(interface{ As(any) bool }); ok {
		return x.As(target)
	}
	out, ok := e.callMethod(err, "As", reflect.ValueOf(&target).Elem())
	return ok && len(out) == 1 && out[0].Bool()
}

// joinAny is errors.Join for the calls that list the errors (the
// compiler's rewrite): taken as any, for the reason errorsSymbols gives.
func (e *Engine) joinAny(errs ...any) error {
	list := make([]error, 0, len(errs))
	for _, x := range errs {
		if err := e.anyError(x); err != nil {
			list = append(list, err)
		}
	}
	return errors.Join(list...)
}

// errorsAsFunc is errors.As for a target of interface type: match is
// the compiler's assertion of each error of the chain (as the value it
// holds) to the target's type, which sets the target.
func (e *Engine) errorsAsFunc(err any, match func(any) bool, target any) bool {
	var walk func(error, int) bool
	walk = func(err error, depth int) bool {
		if err == nil || depth > 100 {
			return false
		}
		if v := inner(err); v.IsValid() && v.CanInterface() && match(v.Interface()) {
			return true
		}
		if _, d := format.WrappedDesc(err); d != nil && match(err) {
			return true // a named non-struct value, told by its wrapper
		}
		if target != nil && e.asMethod(err, target) {
			return true
		}
		for _, u := range e.unwrapAll(err) {
			if walk(u, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(e.anyError(err), 0)
}

// interpErr is an interpreted error value handed to compiled code that
// needs an error (fmt.Errorf's %w): its Error and Unwrap call the
// interpreted methods. Its first field is IValue, like the interpreter's
// own wrappers, so that inner finds the value.
type interpErr struct {
	IValue any
	e      *Engine
}

func (x interpErr) Error() string {
	if out, ok := x.e.callMethod(x, "Error"); ok && len(out) == 1 {
		return out[0].String()
	}
	return "<error>"
}

func (x interpErr) Unwrap() error {
	if out, ok := x.e.callMethod(x, "Unwrap"); ok && len(out) == 1 && !out[0].IsNil() {
		u, _ := out[0].Interface().(error)
		return u
	}
	return nil
}

// descErr is an error of a named non-struct type of a cell (type E
// string), which the interpreter passes as its underlying value: the
// compiler boxed it with its description, whose Error accessor gives the
// message. IValue holds the value, like the interpreter's wrappers.
type descErr struct {
	IValue any
	acc    string
	d      *format.Desc
	e      *Engine
}

// TypeDesc tells the printer the value's type (format.Described).
func (x descErr) TypeDesc() *format.Desc { return x.d }

// newDescErr makes the descErr of a boxed value.
func newDescErr(e *Engine, b format.Boxed) descErr {
	v := format.Unwrap(reflect.ValueOf(b.V))
	var iv any
	if v.IsValid() && v.CanInterface() {
		iv = v.Interface()
	}
	return descErr{IValue: iv, acc: b.D.Error, d: b.D, e: e}
}

func (x descErr) Error() string {
	if s, ok := x.e.types.Call(x.acc, reflect.ValueOf(x.IValue)); ok {
		return s
	}
	return fmt.Sprint(x.IValue)
}

// anyError returns an error value received as any as an error.
func (e *Engine) anyError(v any) error {
	if v == nil {
		return nil
	}
	if b, ok := v.(format.Boxed); ok {
		if b.D != nil && b.D.Error != "" {
			return newDescErr(e, b)
		}
		v = b.V
	}
	if err, ok := e.asError(v); ok {
		return err
	}
	return interpErr{IValue: v, e: e}
}

// asError returns v as an error when it is an interpreted value whose type
// has an Error method.
func (e *Engine) asError(v any) (error, bool) {
	if v == nil {
		return nil, false
	}
	if err, ok := v.(error); ok {
		return err, true
	}
	x := interpErr{IValue: v, e: e}
	if _, _, ok := e.method(x, "Error"); ok {
		return x, true
	}
	return nil, false
}
