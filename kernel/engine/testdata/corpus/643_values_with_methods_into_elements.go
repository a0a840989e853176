//go:build ignore

// Values of a type with methods stored into elements of slices, arrays
// and maps of interfaces in a loop stay distinct.
package main

import "fmt"

type T struct{ N int }

func (t T) String() string { return fmt.Sprint("T", t.N) }

type U struct{ N int }

func main() {
	s := make([]any, 3)
	for i, t := range []T{{1}, {2}, {3}} {
		s[i] = t
	}
	fmt.Println(s[0].(T).N, s[1].(T).N, s[2].(T).N, s)
	var a [3]fmt.Stringer
	m := map[int]any{}
	cur := T{}
	for i := 0; i < 3; i++ {
		cur.N = i
		a[i] = cur
		m[i] = cur
	}
	fmt.Println(a, m)
	u := make([]any, 2)
	for i, v := range []U{{7}, {8}} {
		u[i] = v
	}
	fmt.Println(u)
}
