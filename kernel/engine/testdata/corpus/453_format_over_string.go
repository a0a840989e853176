//go:build ignore

package main

import "fmt"

type T struct{ N int }

func (t T) String() string             { return "str" }
func (t T) Format(f fmt.State, c rune) { fmt.Fprintf(f, "F%c%d", c, t.N) }

func main() {
	fmt.Printf("%v %s %d %x\n", T{1}, T{2}, T{3}, T{4})
	fmt.Println(T{5}, &T{6}, []T{{7}})
	var a any = T{8}
	fmt.Println(a)
}
