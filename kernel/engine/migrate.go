package engine

import (
	"reflect"

	"gokernel/kernel/engine/compile"
)

// Migration carries the values of variables over when a redefinition gives
// them a new type (a type redefined with new fields, a new version of a
// type whose method changed): fields are copied by name, and whatever has
// no counterpart keeps its zero value.

// saveMigrations returns copies of the variables the plan redeclares.
func (e *Engine) saveMigrations(plan *compile.Plan) map[string]reflect.Value {
	if len(plan.Migrations) == 0 {
		return nil
	}
	old := map[string]reflect.Value{}
	for _, name := range plan.Migrations {
		v, err := e.in.Eval(name)
		if err != nil || !v.IsValid() {
			continue
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		old[name] = c
	}
	return old
}

// restoreMigrations sets the redeclared variables from the saved values.
func (e *Engine) restoreMigrations(old map[string]reflect.Value) {
	for name, v := range old {
		p, err := e.in.Eval("&" + name)
		if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || p.IsNil() {
			e.log.Debug("migrating a variable", "var", name, "err", err)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					e.log.Debug("migrating a variable", "var", name, "panic", r)
				}
			}()
			convertInto(p.Elem(), v, 0)
		}()
	}
}

// convertInto copies src into dst, converting between struct types by
// field name, recursively.
func convertInto(dst, src reflect.Value, depth int) {
	if !src.IsValid() || !dst.CanSet() || depth > 20 {
		return
	}
	if src.Type().AssignableTo(dst.Type()) {
		dst.Set(src)
		return
	}
	if src.Type().ConvertibleTo(dst.Type()) && src.Kind() != reflect.Struct {
		dst.Set(src.Convert(dst.Type()))
		return
	}
	switch dst.Kind() {
	case reflect.Struct:
		if src.Kind() != reflect.Struct {
			return
		}
		for i := 0; i < dst.NumField(); i++ {
			if f := src.FieldByName(dst.Type().Field(i).Name); f.IsValid() {
				convertInto(dst.Field(i), f, depth+1)
			}
		}
	case reflect.Pointer:
		if src.Kind() != reflect.Pointer || src.IsNil() {
			return
		}
		n := reflect.New(dst.Type().Elem())
		convertInto(n.Elem(), src.Elem(), depth+1)
		dst.Set(n)
	case reflect.Slice:
		if src.Kind() != reflect.Slice && src.Kind() != reflect.Array {
			return
		}
		n := reflect.MakeSlice(dst.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			convertInto(n.Index(i), src.Index(i), depth+1)
		}
		dst.Set(n)
	case reflect.Array:
		for i := 0; i < dst.Len() && i < src.Len(); i++ {
			convertInto(dst.Index(i), src.Index(i), depth+1)
		}
	case reflect.Map:
		if src.Kind() != reflect.Map || src.IsNil() {
			return
		}
		n := reflect.MakeMapWithSize(dst.Type(), src.Len())
		for _, k := range src.MapKeys() {
			nk := reflect.New(dst.Type().Key()).Elem()
			nv := reflect.New(dst.Type().Elem()).Elem()
			convertInto(nk, k, depth+1)
			convertInto(nv, src.MapIndex(k), depth+1)
			n.SetMapIndex(nk, nv)
		}
		dst.Set(n)
	}
}
