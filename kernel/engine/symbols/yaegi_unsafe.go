package symbols

import (
	"path"
	"reflect"
	"unsafe"

	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"
)

// The unsafe package cannot be generated: Sizeof, Alignof, Offsetof and Add
// are builtins the interpreter implements itself, and converting between
// unsafe.Pointer and uintptr needs the conversion hook yaegi registers under
// its own import path. Both come from yaegi's stdlib/unsafe package, used as
// a library; its self-reference entry is left out.
func init() {
	for key, syms := range yunsafe.Symbols {
		if key == "unsafe/unsafe" || path.Dir(key) == "github.com/traefik/yaegi" {
			Symbols[key] = syms
		}
	}
	// Go 1.20's functions of strings, which yaegi lacks (Slice and
	// SliceData are generic: the kernel rewrites their calls).
	syms := map[string]reflect.Value{}
	for k, v := range Symbols["unsafe/unsafe"] {
		syms[k] = v
	}
	syms["String"] = reflect.ValueOf(func(p *byte, n int) string { return unsafe.String(p, n) })
	syms["StringData"] = reflect.ValueOf(func(s string) *byte { return unsafe.StringData(s) })
	Symbols["unsafe/unsafe"] = syms
}
