package engine

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"
)

// Values the standard library checks for having been copied: a
// strings.Builder remembers its address, a sync.Cond its own. A migration
// moves a session's values to new memory (their type changed, or a
// method did), where the next WriteString or Signal would panic
// ("illegal use of non-zero Builder copied by value", "sync.Cond is
// copied"); the check is reset there, as if the value had been made
// anew with its contents.

var (
	builderType = reflect.TypeFor[strings.Builder]()
	condType    = reflect.TypeFor[sync.Cond]()
)

// copyChecked names, per type, the field of its check to reset.
var copyChecked = map[reflect.Type]string{builderType: "addr", condType: "checker"}

// resetCopyChecks resets the copy checks of the values v holds in its own
// memory (fields and array elements, not what pointers or slices reach),
// depth levels into a migrated value.
func resetCopyChecks(v reflect.Value, depth int) {
	if depth > 8 || !v.CanAddr() {
		return
	}
	t := v.Type()
	if name, ok := copyChecked[t]; ok {
		f := v.FieldByName(name)
		if f.IsValid() {
			reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if holdsCopyChecked(t.Field(i).Type, 0) {
				resetCopyChecks(v.Field(i), depth+1)
			}
		}
	case reflect.Array:
		if holdsCopyChecked(t.Elem(), 0) {
			for i := 0; i < v.Len(); i++ {
				resetCopyChecks(v.Index(i), depth+1)
			}
		}
	}
}

// holdsCopyChecked reports whether a value of type t holds a copy-checked
// value in its own memory.
func holdsCopyChecked(t reflect.Type, depth int) bool {
	if _, ok := copyChecked[t]; ok {
		return true
	}
	if depth > 8 {
		return false
	}
	switch t.Kind() {
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if holdsCopyChecked(t.Field(i).Type, depth+1) {
				return true
			}
		}
	case reflect.Array:
		return holdsCopyChecked(t.Elem(), depth+1)
	}
	return false
}
