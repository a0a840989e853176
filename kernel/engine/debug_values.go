package engine

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gokernel/kernel/engine/dap"
	"gokernel/kernel/engine/format"
)

// Values are shown like %v prints them, with strings quoted and field
// names, cut to a length. No method of a cell's type is called: that
// would run interpreted code while the interpreter waits at a stop (or
// from the control channel); only String and Error of some standard
// library types are (see dbgSafeString).

// dbgVarsRef is what a variables reference stands for: a list of named
// values (a scope), or the children of one value.
type dbgVarsRef struct {
	named []dbgNamed
	value reflect.Value
	expr  string // how evaluate names value
}

// dbgNamed is a variable to show.
type dbgNamed struct {
	name, expr string
	typ        string // the declared type, when known
	v          reflect.Value
}

const (
	dbgShortValue  = 200    // the length of a value in a list of variables
	dbgLongValue   = 100000 // the length of a value shown alone
	dbgMaxChildren = 1000   // children listed for one value
	dbgMaxElems    = 64     // elements shown in a value's text
)

func (e *Engine) dbgVariables(ctx context.Context, req dap.Request) (any, error) {
	var args dap.VariablesArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.vars.Get(args.VariablesReference)
	if !ok {
		return nil, fmt.Errorf("unknown or outdated variables reference %d", args.VariablesReference)
	}
	list := r.named
	if list == nil {
		list = e.children(r.value, r.expr)
	}
	if args.Start > 0 {
		list = list[min(args.Start, len(list)):]
	}
	if args.Count > 0 {
		list = list[:min(args.Count, len(list))]
	}
	out := make([]dap.Variable, 0, len(list))
	for _, nv := range list {
		out = append(out, e.variable(nv))
	}
	return dap.VariablesBody{Variables: out}, nil
}

// variable describes a value, registering a reference to its children;
// e.dbg.mu is held and reading the value is safe.
func (e *Engine) variable(nv dbgNamed) dap.Variable {
	typ := nv.typ
	if typ == "" {
		typ = e.debugTypeName(nv.v)
	}
	dv := dap.Variable{Name: nv.name, Value: e.showValue(nv.v, dbgShortValue), Type: typ, EvaluateName: nv.expr}
	if dbgHasChildren(nv.v) {
		dv.VariablesReference = e.dbg.vars.Add(dbgVarsRef{value: nv.v, expr: nv.expr})
	}
	return dv
}

// dbgPlain returns the value an interface or an interpreter wrapper holds
// (invalid for nil).
func dbgPlain(v reflect.Value) reflect.Value { return format.Unwrap(v) }

// dbgHasChildren reports whether a value can be expanded.
func dbgHasChildren(v reflect.Value) bool {
	v = dbgPlain(v)
	if !v.IsValid() {
		return false
	}
	switch v.Kind() {
	case reflect.Struct:
		return numFields(v.Type()) > 0
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len() > 0
	case reflect.Pointer:
		return !v.IsNil()
	}
	return false
}

// children lists the fields, elements or entries of a value.
func (e *Engine) children(v reflect.Value, expr string) []dbgNamed {
	v = dbgPlain(v)
	if !v.IsValid() {
		return nil
	}
	var out []dbgNamed
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if dbgHasChildren(v.Elem()) {
			return e.children(v.Elem(), "(*"+expr+")")
		}
		return []dbgNamed{{name: "*" + expr, expr: "*" + expr, v: v.Elem()}}
	case reflect.Struct:
		names := e.fieldNames(v.Type())
		for i := 0; i < numFields(v.Type()) && i < dbgMaxChildren; i++ {
			out = append(out, dbgNamed{name: names[i], expr: expr + "." + names[i], v: v.Field(i)})
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len() && i < dbgMaxChildren; i++ {
			out = append(out, dbgNamed{name: strconv.Itoa(i), expr: expr + "[" + strconv.Itoa(i) + "]", v: v.Index(i)})
		}
	case reflect.Map:
		keys := dbgSortedKeys(v)
		for i, k := range keys {
			if i == dbgMaxChildren {
				break
			}
			ks := e.showValue(k, dbgShortValue)
			out = append(out, dbgNamed{name: ks, expr: expr + "[" + ks + "]", v: v.MapIndex(k)})
		}
	}
	return out
}

// numFields is the number of declared fields of a struct type: an empty
// struct type of a cell has a hidden field carrying its tag.
func numFields(t reflect.Type) int {
	if t.NumField() == 1 && structID(t) != 0 && strings.TrimPrefix(t.Field(0).Name, "X") == "_" && t.Field(0).Type.Kind() == reflect.Struct && t.Field(0).Type.NumField() == 0 {
		return 0
	}
	return t.NumField()
}

// fieldNames returns the declared names of a struct type's fields (the
// interpreter renames those of cell types).
func (e *Engine) fieldNames(t reflect.Type) []string {
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	if st := e.types.Struct(t); st != nil && len(st.Fields) == len(names) {
		for i, f := range st.Fields {
			names[i] = f.Name
		}
	}
	return names
}

// dbgSortedKeys returns a map's keys in the order fmt prints them
// (approximately: by their text).
func dbgSortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	text := make(map[int]string, len(keys))
	for i, k := range keys {
		text[i] = fmt.Sprint(dbgKeyOrder(k))
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ka, kb := dbgPlain(keys[idx[a]]), dbgPlain(keys[idx[b]])
		if ka.IsValid() && kb.IsValid() && ka.Kind() == kb.Kind() {
			switch {
			case ka.CanInt():
				return ka.Int() < kb.Int()
			case ka.CanUint():
				return ka.Uint() < kb.Uint()
			case ka.CanFloat():
				return ka.Float() < kb.Float()
			}
		}
		return text[idx[a]] < text[idx[b]]
	})
	out := make([]reflect.Value, len(keys))
	for i, j := range idx {
		out[i] = keys[j]
	}
	return out
}

// dbgKeyOrder is a key's text for ordering.
func dbgKeyOrder(k reflect.Value) string {
	k = dbgPlain(k)
	if k.IsValid() && k.Kind() == reflect.String {
		return k.String()
	}
	return fmt.Sprintf("%v", k)
}

// debugTypeName is a value's type as Go prints it, with the names of
// cell types as cells write them (P, not main.P: as for cell variables,
// whose types the compiler gives).
func (e *Engine) debugTypeName(v reflect.Value) string {
	if v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return e.typeString(v.Type())
		}
	}
	if p := dbgPlain(v); p.IsValid() {
		return e.typeString(p.Type())
	}
	if v.IsValid() {
		return e.typeString(v.Type())
	}
	return "nil"
}

// typeString is a type as Go prints it, with the declared names of cell
// types.
func (e *Engine) typeString(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + e.typeString(t.Elem())
	case reflect.Slice:
		return "[]" + e.typeString(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + e.typeString(t.Elem())
	case reflect.Map:
		return "map[" + e.typeString(t.Key()) + "]" + e.typeString(t.Elem())
	case reflect.Chan:
		return "chan " + e.typeString(t.Elem())
	case reflect.Struct:
		if st := e.types.Struct(t); st != nil {
			return strings.TrimPrefix(st.Name, "main.") // as cells name it
		}
		if dbgYaegiType(t) {
			return "interface {}"
		}
	}
	return t.String()
}

// dbgYaegiType reports a type of the interpreter's own (its value of a
// non-empty interface, its wrappers).
func dbgYaegiType(t reflect.Type) bool {
	return strings.HasPrefix(t.PkgPath(), "github.com/traefik/yaegi") ||
		t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Name == "IValue"
}
