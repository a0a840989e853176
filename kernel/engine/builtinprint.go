package engine

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// builtinPrint writes what the builtin print (println when ln) writes, in
// one Write: Go's runtime formats numbers as fmt's %v does, but ignores
// String methods (println(time.Second) prints 1000000000), and prints
// pointers, channels, maps and functions as addresses.
func builtinPrint(w io.Writer, ln bool, args []any) {
	var b strings.Builder
	for i, a := range args {
		if ln && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(builtinFormat(a))
	}
	if ln {
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}

// builtinFormat formats one operand of print and println.
func builtinFormat(a any) string {
	if a == nil {
		return "(0x0,0x0)" // a nil interface
	}
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32:
		return fmt.Sprint(float32(v.Float()))
	case reflect.Float64:
		return fmt.Sprint(v.Float())
	case reflect.Complex64:
		return fmt.Sprint(complex64(v.Complex()))
	case reflect.Complex128:
		return fmt.Sprint(v.Complex())
	case reflect.String:
		return v.String()
	case reflect.Pointer, reflect.Chan, reflect.Map, reflect.Func, reflect.UnsafePointer:
		return fmt.Sprintf("%#x", v.Pointer())
	case reflect.Slice:
		return fmt.Sprintf("[%d/%d]%#x", v.Len(), v.Cap(), v.Pointer())
	}
	return fmt.Sprint(a)
}
