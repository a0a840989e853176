//go:build ignore

// fmt on the program's structs with fields that are pointers to standard
// library types with Format or GoString methods, nil or not.
package main

import (
	"fmt"
	"math/big"
	"time"
)

type A struct {
	T *time.Time
	B *big.Int
}

type C struct {
	N int
	B *big.Int
	R *big.Rat
}

type Amt struct {
	V   *big.Int
	Cur string
}

func main() {
	fmt.Printf("%#v\n", A{})
	fmt.Printf("%d\n", A{})
	fmt.Printf("%x\n", A{})
	fmt.Printf("%v %+v\n", A{}, A{})
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Printf("%#v\n", A{T: &t, B: big.NewInt(5)})
	fmt.Printf("%v %d %x %#v\n", C{1, big.NewInt(10), nil}, C{1, big.NewInt(10), nil}, C{1, big.NewInt(255), nil}, C{2, nil, nil})
	fmt.Println(C{3, nil, nil}, []*big.Int{nil}, &C{4, big.NewInt(-4), big.NewRat(3, 6)})
	fmt.Printf("%#v %v\n", Amt{big.NewInt(12), "EUR"}, []Amt{{nil, "USD"}})
}
