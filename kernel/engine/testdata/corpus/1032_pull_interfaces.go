//go:build ignore

// iter.Pull and iter.Pull2 over sequences of interface values (any,
// error, fmt.Stringer), from the standard library and written by hand.

package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	next, stop := iter.Pull(slices.Values([]any{1, "x", Temp(2), nil}))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	stop()

	n2, s2 := iter.Pull2(maps.All(map[string]any{"k": 3}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()

	var e error
	n3, s3 := iter.Pull(slices.Values([]error{e, errors.New("boom")}))
	fmt.Println(n3())
	fmt.Println(n3())
	s3()

	seq := func(yield func(fmt.Stringer) bool) {
		_ = yield(Temp(20)) && yield(nil)
	}
	n4, s4 := iter.Pull(iter.Seq[fmt.Stringer](seq))
	defer s4()
	a, ok := n4()
	fmt.Println(a, ok)
	b, ok := n4()
	fmt.Println(b == nil, ok)
	_, ok = n4()
	fmt.Println(ok)
}
