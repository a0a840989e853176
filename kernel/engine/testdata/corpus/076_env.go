//go:build ignore

package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GOKERNEL_FOO", "1")
	fmt.Println("FOO:", os.Getenv("GOKERNEL_FOO"))
	fmt.Println("BAR:", os.Getenv("GOKERNEL_BAR_UNSET"))
	v, ok := os.LookupEnv("GOKERNEL_BAR_UNSET")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "GOKERNEL_FOO" {
			found = true
			fmt.Println("in Environ:", pair[1])
		}
	}
	fmt.Println(found)
	os.Setenv("GOKERNEL_NAME", "gopher")
	fmt.Println(os.ExpandEnv("hello $GOKERNEL_NAME, ${GOKERNEL_FOO}!"))
	fmt.Println(os.Expand("$a-$b", func(k string) string { return strings.ToUpper(k) }))
	os.Unsetenv("GOKERNEL_FOO")
	_, ok = os.LookupEnv("GOKERNEL_FOO")
	fmt.Println("after unset:", ok)
	os.Unsetenv("GOKERNEL_NAME")
}
