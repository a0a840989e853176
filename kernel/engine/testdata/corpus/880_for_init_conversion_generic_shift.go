//go:build ignore

// A pointer converted to error or fmt.Stringer in a for statement's init
// (walking an error's wrap chain), and a non-constant shift of an untyped
// constant in generic code with an unsigned type parameter (a bit set).
package main

import (
	"errors"
	"fmt"
)

type E struct {
	msg  string
	next error
}

func (e *E) Error() string { return e.msg }
func (e *E) Unwrap() error { return e.next }

type Name struct{ s string }

func (n Name) String() string { return "<" + n.s + ">" }

type Bits[T ~uint8 | ~uint64] struct{ v T }

func (b Bits[T]) Has(i int) bool { return b.v&(1<<i) != 0 }
func (b *Bits[T]) Set(i int)     { b.v |= 1 << i }

func Mask[T uint8 | uint16](v T, i int) T { return v & (1 << i) }
func Is[T uint16](v T, i int) bool        { return v == 1<<i }

func main() {
	p := &E{"outer", &E{"inner", errors.New("root")}}
	for e := error(p); e != nil; e = errors.Unwrap(e) {
		fmt.Println(e)
	}
	n := &Name{"x"}
	for s, i := fmt.Stringer(n), 0; i < 2; i++ {
		fmt.Println(s, i)
	}
	b := Bits[uint8]{130}
	fmt.Println(b.Has(1), b.Has(2))
	b.Set(2)
	fmt.Println(b.Has(2), b.v)
	w := Bits[uint64]{1 << 40}
	fmt.Println(w.Has(40), w.Has(41))
	fmt.Println(Mask(uint8(6), 1), Mask(uint16(6), 0), Is(uint16(8), 3))
}
