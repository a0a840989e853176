//go:build ignore

// fmt prints <nil> for a nil pointer whose Format method panics, as it
// does for String and Error.
package main

import "fmt"

type FV struct{ N int }

func (f FV) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "fv%d", f.N) }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type S struct{ n int }

func (s *S) String() string { return fmt.Sprint(s.n) }

type OK struct{}

func (o *OK) Format(s fmt.State, verb rune) {
	if o == nil {
		fmt.Fprint(s, "nilOK")
		return
	}
	fmt.Fprint(s, "OK")
}

func main() {
	var a *FV
	var e *E
	var s *S
	var o *OK
	fmt.Println(a, e, s, o)
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v %s %d\n", a, a, a)
	fmt.Println(struct{ P *FV }{})
}
