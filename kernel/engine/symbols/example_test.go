package symbols_test

import (
	"bytes"
	"fmt"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/symbols"
)

func Example() {
	var out bytes.Buffer
	i := interp.New(interp.Options{Unrestricted: true, Stdout: &out})
	if err := i.Use(symbols.Symbols); err != nil {
		fmt.Println(err)
		return
	}
	for _, src := range []string{
		`import ("fmt"; "strings")`,
		`strings.Lines("a\nb\n")(func(l string) bool { fmt.Printf("%q\n", l); return true })`,
	} {
		if _, err := i.Eval(src); err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Print(out.String())
	fmt.Println(symbols.Generic("sync"))
	// Output:
	// "a\n"
	// "b\n"
	// [OnceValue OnceValues]
}
