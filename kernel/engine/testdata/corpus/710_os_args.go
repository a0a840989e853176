//go:build ignore

// os.Args assigned by the program, then read whole, passed, sliced,
// appended to and changed element by element.
package main

import (
	"fmt"
	"os"
	"strings"
)

func show(a []string) { fmt.Println(a) }

func main() {
	os.Args = []string{"tool", "build", "-v"}
	s := os.Args
	fmt.Println(s, len(s))
	show(os.Args)
	fmt.Println(os.Args)
	var t []string = os.Args
	fmt.Println(t, strings.Join(os.Args[1:], "+"))
	saved := os.Args
	os.Args = os.Args[:2]
	fmt.Println(saved[2:], os.Args)
	os.Args[0] = "renamed"
	os.Args = append(os.Args, "x")
	fmt.Println(os.Args, len(os.Args))
	p := &os.Args
	fmt.Println(len(*p) > 0)
}
