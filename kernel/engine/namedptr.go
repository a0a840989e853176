package engine

import (
	"fmt"

	"gokernel/kernel/engine/format"
	"gokernel/kernel/engine/internal/runtime"
)

// ptrAs is v unless the interpreter's node of the pointer v holds tells
// another type than the cells' named non-struct type name (for name "",
// than an unnamed one), then nil: the interpreter's values of *Status and
// *int are of one reflect type, its assertions take one for the other.
// Without a node (a bare pointer, or one that went through compiled code)
// it is v, unless strict (a type tried for an interface: *int is no
// sql.Scanner).
func ptrAs(v any, name string, strict bool) any {
	n, path, known := format.PtrElem(v)
	switch {
	case !known:
		if strict && name != "" {
			return nil
		}
		return v
	case name == "" && (n == "" || path == ""), name != "" && n == name:
		return v
	}
	return nil
}

// ptrMust is ptrAs for an assertion without ok: it panics as Go does,
// naming want, when v holds another pointer.
func ptrMust(v any, name, want string) any {
	if v == nil || ptrAs(v, name, false) != nil {
		return v
	}
	is := format.PtrElemType(v)
	if is == "" {
		is = fmt.Sprintf("%T", v)
	} else {
		is = "*" + is
	}
	panic(runtime.TypeAssertion("interface conversion: interface {} is " + is + ", not " + want))
}
