//go:build ignore

// fmt verbs on structs, pointers, slices, maps, strings and integers.
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   any
	Err   error
	bytes []byte
}

type Color uint8

func main() {
	in := Inner{1, []string{"x", "y"}}
	o := Outer{Name: "o", In: in, M: map[string]int{"b": 2, "a": 1}, Any: 3.5, bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, "q\"s", 42)
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.Any, o.Err)
	p := &in
	fmt.Printf("%v %+v\n", p, p)
	var np *Inner
	fmt.Printf("%v %+v %#v\n", np, np, np)

	s := "héllo\n"
	fmt.Printf("%s|%q|%x|%X|% x|%+q|%#q\n", s, s, s, s, s, s, "back`tick")
	fmt.Printf("%q %q %U %#U %c\n", 'x', '\n', 'é', 'é', 0x1F600)
	b := []byte("Go")
	fmt.Printf("%s %v %x %q %d\n", b, b, b, b, b)

	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%08b|%c\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d %x %v\n", -255, -255, uint8(255))
	fmt.Printf("%v %d %x\n", Color(200), Color(200), Color(200))
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%v %v\n", []any{1, "a", nil, 2.5}, [2]bool{true})
	fmt.Printf("%v %s\n", errors.New("boom"), errors.New("bang"))
	bad := []string{"%d %s\n", "%d\n", "%d %d\n", "%!\n"}
	fmt.Printf(bad[0], "str", 5)
	fmt.Printf(bad[1], 1, 2)
	fmt.Printf(bad[2], 1)
	fmt.Printf(bad[3], nil)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%6.2v|%.3s|%10.4q|\n", 3.14159, "abcdef", "abcdef")
	fmt.Printf("%x %X\n", "hello", []string{"ab", "cd"})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("a", 1))
}
