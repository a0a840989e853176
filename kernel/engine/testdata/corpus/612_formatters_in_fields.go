//go:build ignore

// Format methods of standard-library types (*big.Int, *big.Float) in the
// fields of program structs, and %#v of named byte arrays.
package main

import (
	"fmt"
	"math/big"
	"time"
)

type A struct{ B *big.Int }
type F struct{ B *big.Float }
type T struct {
	At time.Time
	D  time.Duration
	N  *big.Int
	R  *big.Rat
}

type Short [2]byte
type Words []string
type Arr [3]int

func main() {
	fmt.Printf("%x %+v\n", A{big.NewInt(255)}, A{big.NewInt(7)})
	fmt.Printf("%+v\n", F{big.NewFloat(1.5)})
	fmt.Printf("%x\n", struct{ B *big.Int }{big.NewInt(255)})
	fmt.Printf("%08d|%v|%s\n", A{big.NewInt(42)}, A{}, A{big.NewInt(-3)})
	fmt.Printf("%.2f\n", F{big.NewFloat(2.345)})
	t := T{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), time.Second, big.NewInt(9), big.NewRat(1, 3)}
	fmt.Printf("%v\n%+v\n", t, t)
	s := Short{1, 2}
	fmt.Printf("%#v %#v %#v\n", s, Words{"a"}, Arr{1, 2, 3})
	fmt.Printf("%v %x %X\n", s, s, s)
}
