package engine

import (
	"cmp"
	"reflect"
)

// Compiled min and max for the predeclared ordered types, which the
// compiler calls instead of the function literal it writes for other
// types (an interpreted function literal called on the spot costs the
// interpreter about ten times a compiled call): MinInt(a, b),
// Max3Float64(a, b, c)...

func minMaxExports() map[string]reflect.Value {
	m := map[string]reflect.Value{}
	addMinMax[int](m, "Int")
	addMinMax[int8](m, "Int8")
	addMinMax[int16](m, "Int16")
	addMinMax[int32](m, "Int32")
	addMinMax[int64](m, "Int64")
	addMinMax[uint](m, "Uint")
	addMinMax[uint8](m, "Uint8")
	addMinMax[uint16](m, "Uint16")
	addMinMax[uint32](m, "Uint32")
	addMinMax[uint64](m, "Uint64")
	addMinMax[uintptr](m, "Uintptr")
	addMinMax[float32](m, "Float32")
	addMinMax[float64](m, "Float64")
	addMinMax[string](m, "String")
	return m
}

func addMinMax[T cmp.Ordered](m map[string]reflect.Value, name string) {
	m["Min"+name] = reflect.ValueOf(func(a, b T) T { return min(a, b) })
	m["Max"+name] = reflect.ValueOf(func(a, b T) T { return max(a, b) })
	m["Min3"+name] = reflect.ValueOf(func(a, b, c T) T { return min(a, b, c) })
	m["Max3"+name] = reflect.ValueOf(func(a, b, c T) T { return max(a, b, c) })
}
