package engine

import (
	"reflect"

	"gokernel/kernel/engine/internal/runtime"
)

// unsafeSlice is unsafe.Slice(p, n) for a pointer p of any type.
func unsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	if n < 0 {
		panic(runtime.Error("unsafe.Slice: len out of range"))
	}
	if v.IsNil() {
		if n != 0 {
			panic(runtime.Error("unsafe.Slice: ptr is nil and len is not zero"))
		}
		return reflect.Zero(reflect.SliceOf(v.Type().Elem())).Interface()
	}
	return reflect.SliceAt(v.Type().Elem(), v.UnsafePointer(), n).Interface()
}

// unsafeSliceData is unsafe.SliceData(s) for a slice s of any type.
func unsafeSliceData(s any) any {
	v := reflect.ValueOf(s)
	return reflect.NewAt(v.Type().Elem(), v.UnsafePointer()).Interface()
}
