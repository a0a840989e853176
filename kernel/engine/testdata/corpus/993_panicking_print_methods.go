//go:build ignore

// String and Error methods with value receivers that panic, called by fmt
// on values held in fmt.Stringer and error, and nil pointers whose
// methods panic.
package main

import (
	"errors"
	"fmt"
)

type T struct{ p *int }

func (t T) String() string { return fmt.Sprint(*t.p) }

type E struct{ p *int }

func (e E) Error() string { return fmt.Sprint(*e.p) }

type PT struct{ n int }

func (t *PT) String() string { return fmt.Sprint(t.n) }

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s)
	var e error = E{}
	fmt.Println(e, []error{e}, fmt.Errorf("w: %v", s))
	var pt *PT
	var s2 fmt.Stringer = pt
	fmt.Println(s2)
	fmt.Println(errors.New("x"), T{}, Boom{"bang"})
	var s3 fmt.Stringer = Boom{"pow"}
	fmt.Printf("%v|%s|%d\n", s3, s3, 7)
}
