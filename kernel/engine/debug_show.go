package engine

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// showValue formats v for the debugger (see debug_values.go), cut to
// about limit bytes.
func (e *Engine) showValue(v reflect.Value, limit int) string {
	s := &dbgShower{e: e, limit: limit}
	s.value(v, 0, true)
	out := s.b.String()
	if s.cut {
		out += "…"
	}
	return out
}

// dbgShower writes one value.
type dbgShower struct {
	e     *Engine
	b     strings.Builder
	limit int
	cut   bool // the limit was reached
}

// full reports (and records) that the limit is reached.
func (s *dbgShower) full() bool {
	if s.b.Len() >= s.limit {
		s.cut = true
	}
	return s.cut
}

// write appends str, cut at the limit.
func (s *dbgShower) write(str string) {
	if s.full() {
		return
	}
	if room := s.limit - s.b.Len(); len(str) > room {
		str, s.cut = str[:room], true
	}
	s.b.WriteString(str)
}

// value writes v; top is false inside another value (pointers are then
// shown as addresses, as fmt does).
func (s *dbgShower) value(v reflect.Value, depth int, top bool) {
	if s.full() {
		return
	}
	v = dbgPlain(v)
	if !v.IsValid() {
		s.write("<nil>")
		return
	}
	if str, ok := dbgSafeString(v); ok {
		s.write(str)
		return
	}
	if depth > 4 {
		s.write("…")
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		s.write(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.write(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		s.write(strconv.FormatUint(v.Uint(), 10))
	case reflect.Uintptr:
		s.write("0x" + strconv.FormatUint(v.Uint(), 16))
	case reflect.Float32:
		s.write(strconv.FormatFloat(v.Float(), 'g', -1, 32))
	case reflect.Float64:
		s.write(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Complex64, reflect.Complex128:
		s.write(fmt.Sprint(v.Complex()))
	case reflect.String:
		str := v.String()
		if len(str) > s.limit {
			str = str[:s.limit]
		}
		s.write(strconv.Quote(str))
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			s.write("[]")
			return
		}
		s.write("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				s.write(" ")
			}
			if i == dbgMaxElems {
				s.write(fmt.Sprintf("…+%d", v.Len()-i))
				break
			}
			s.value(v.Index(i), depth+1, false)
		}
		s.write("]")
	case reflect.Map:
		if v.IsNil() {
			s.write("map[]")
			return
		}
		s.write("map[")
		for i, k := range dbgSortedKeys(v) {
			if i > 0 {
				s.write(" ")
			}
			if i == dbgMaxElems {
				s.write(fmt.Sprintf("…+%d", v.Len()-i))
				break
			}
			s.value(k, depth+1, false)
			s.write(":")
			s.value(v.MapIndex(k), depth+1, false)
		}
		s.write("]")
	case reflect.Struct:
		names := s.e.fieldNames(v.Type())
		s.write("{")
		for i := 0; i < numFields(v.Type()); i++ {
			if i > 0 {
				s.write(" ")
			}
			s.write(names[i] + ":")
			s.value(v.Field(i), depth+1, false)
		}
		s.write("}")
	case reflect.Pointer:
		switch {
		case v.IsNil():
			s.write("<nil>")
		case top && dbgComposite(v.Elem()):
			s.write("&")
			s.value(v.Elem(), depth+1, false)
		default:
			s.write("0x" + strconv.FormatUint(uint64(v.Pointer()), 16))
		}
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		if v.IsNil() {
			s.write("<nil>")
			return
		}
		s.write(s.e.typeString(v.Type()))
		if v.Kind() == reflect.Chan {
			s.write(fmt.Sprintf(" (len %d, cap %d)", v.Len(), v.Cap()))
		}
	default:
		s.write(v.Type().String())
	}
}

// dbgComposite reports whether fmt prints a pointer to v as &v.
func dbgComposite(v reflect.Value) bool {
	switch dbgPlain(v).Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
		return true
	}
	return false
}

// stringPackages are the packages whose String and Error methods the
// debugger calls: they print their own values and call no interpreted
// code.
var dbgStringPackages = map[string]bool{
	"time": true, "math/big": true, "net": true, "net/netip": true, "net/url": true,
	"regexp": true, "bytes": true, "os": true, "io/fs": true, "syscall": true,
}

// safeErrors are error types (of package errors and fmt) whose message is
// made when they are.
var dbgSafeErrors = map[string]bool{
	"*errors.errorString": true, "*fmt.wrapError": true, "*fmt.wrapErrors": true,
}

// dbgSafeString returns what String or Error returns for a value of a
// standard library type known not to call interpreted code.
func dbgSafeString(v reflect.Value) (s string, ok bool) {
	t := v.Type()
	pkg := t.PkgPath()
	if t.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "", false
		}
		pkg = t.Elem().PkgPath()
	}
	if !dbgStringPackages[pkg] && !dbgSafeErrors[t.String()] || !v.CanInterface() {
		return "", false
	}
	defer func() {
		if r := recover(); r != nil {
			s, ok = fmt.Sprintf("<%s: panic in String: %v>", t, r), true
		}
	}()
	switch x := v.Interface().(type) {
	case error:
		return x.Error(), true
	case fmt.Stringer:
		return x.String(), true
	}
	return "", false
}
