package stdgen_test

import (
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/stdgen"
	"gokernel/kernel/engine/symbols"
)

// TestLoad evaluates each package's source (after those it requires) in a
// fresh interpreter and logs the time it takes: the kernel loads a source
// on first use, so this is the latency that first use adds.
func TestLoad(t *testing.T) {
	for _, path := range stdgen.Packages() {
		t.Run(path, func(t *testing.T) {
			i := interp.New(interp.Options{Unrestricted: true})
			if err := i.Use(symbols.Symbols); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			for _, p := range append(stdgen.Requires(path), path) {
				src, _ := stdgen.Source(p)
				if _, err := i.Eval(src); err != nil {
					t.Fatalf("evaluating %s: %v", p, err)
				}
			}
			t.Logf("%s: %v", path, time.Since(start))
		})
	}
}
