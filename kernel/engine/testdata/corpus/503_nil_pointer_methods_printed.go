//go:build ignore

package main

import "fmt"

type S struct{ name string }

func (s *S) String() string {
	if s == nil {
		return "none"
	}
	return "some " + s.name
}

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("v", v.n) }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func main() {
	var p *S
	var q *V
	var e *E
	fmt.Println(p, q, e)
	fmt.Printf("%v %s %+v\n", p, q, e)
	fmt.Println([]*S{p, {"x"}}, map[string]*V{"k": q})
	fmt.Println(&S{"y"}, &V{2})
}
