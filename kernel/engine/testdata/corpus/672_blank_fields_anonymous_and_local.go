//go:build ignore

// Blank fields in anonymous, local and slice element struct types.
package main

import (
	"encoding/json"
	"fmt"
)

type Point struct {
	X, _, Z int
}

type Reg struct {
	_    int
	Name string
	_    [2]byte
}

func main() {
	s := struct {
		_ int
		A string
		_ bool
	}{A: "anon"}
	fmt.Printf("%v %+v\n", s, s)
	type local struct {
		_ int
		B int
		_ string
	}
	l := local{B: 2}
	fmt.Printf("%v %+v %v\n", l, l, l == local{B: 2})
	ls := []struct {
		_ int
		C int
		_ int
	}{{C: 1}, {C: 2}}
	fmt.Println(ls, len(ls))
	p := Point{X: 1, Z: 3}
	fmt.Printf("%v %+v\n", p, p)
	r := Reg{Name: "a"}
	b, _ := json.Marshal(r)
	fmt.Println(string(b), r == Reg{Name: "a"})
}
