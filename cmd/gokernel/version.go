package main

import (
	"runtime"
	"runtime/debug"

	"gokernel/kernel/engine"
	"gokernel/kernel/engine/symbols"
)

// versionString describes the build: the kernel's version, the Go API cells
// see, the toolchain, and the interpreter's version.
func versionString() string {
	yaegi := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/traefik/yaegi" {
				yaegi = m.Version
			}
		}
	}
	return "gokernel " + engine.Version + " (cells see the Go " + symbols.GoVersion +
		" standard library; built with " + runtime.Version() + "; yaegi " + yaegi + ")"
}
