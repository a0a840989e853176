package symbols

import (
	"path"

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
}
