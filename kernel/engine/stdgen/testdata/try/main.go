// Command try evaluates Go source files in a yaegi interpreter, in order (scratch tool).
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/symbols"
)

func main() {
	i := interp.New(interp.Options{Unrestricted: true})
	if err := i.Use(symbols.Symbols); err != nil {
		panic(err)
	}
	for _, f := range os.Args[1:] {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		t := time.Now()
		_, err = i.Eval(string(b))
		fmt.Fprintf(os.Stderr, "%s: %v (%v)\n", f, err, time.Since(t))
	}
}
