//go:build ignore

// A nil pointer whose type has value-receiver GoString, String or Error
// methods prints as <nil> (fmt catches the method's panic).
package main

import "fmt"

type V struct{ A int }

func (v V) GoString() string { return fmt.Sprintf("V<%d>", v.A) }

type S struct{ N int }

func (s S) String() string { return fmt.Sprint("S", s.N) }

func main() {
	var pv *V
	fmt.Printf("%#v\n", pv)
	fmt.Printf("%#v\n", []*V{nil, {2}})
	fmt.Printf("%#v %v\n", V{1}, &V{3})
	var ps *S
	fmt.Println(ps, []*S{nil, {4}})
	fmt.Printf("%v %s %#v\n", ps, ps, ps == nil)
}
