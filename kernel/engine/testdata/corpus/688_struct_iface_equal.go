//go:build ignore

// Comparing structs and arrays with interface fields holding values of
// types with methods (a type checker's TFun{TInt{}, TInt{}} == t).
package main

import (
	"errors"
	"fmt"
)

type Type interface{ String() string }

type TInt struct{}

func (TInt) String() string { return "int" }

type TFun struct{ Arg, Ret Type }

func (f TFun) String() string { return "(" + f.Arg.String() + " -> " + f.Ret.String() + ")" }

type Pair struct {
	K string
	V any
}

type Grid [2][2]any

type Res struct {
	Err  error
	Code int
}

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

func unify(a, b Type) error {
	if a != b {
		return fmt.Errorf("cannot unify %v with %v", a, b)
	}
	return nil
}

func main() {
	succ := TFun{TInt{}, TInt{}}
	ctx := map[string]Type{"succ": TFun{TInt{}, TInt{}}}
	fmt.Println(succ == ctx["succ"], ctx["succ"] == succ)
	if fn, ok := ctx["succ"].(TFun); ok {
		fmt.Println(fn.Arg != TInt{}, fn == succ, fn != succ)
		fmt.Println(unify(fn.Arg, TInt{}), unify(fn, succ), unify(fn, TInt{}))
	}
	fmt.Println(Pair{"a", succ} == Pair{"a", TFun{TInt{}, TInt{}}}, Pair{"a", 1} == Pair{"a", 2})
	var g1, g2 Grid
	g1[0][1], g2[0][1] = TInt{}, TInt{}
	fmt.Println(g1 == g2)
	g2[1][1] = succ
	fmt.Println(g1 == g2, g1 != g2)
	r1, r2 := Res{myErr{"x"}, 1}, Res{myErr{"x"}, 1}
	fmt.Println(r1 == r2, r1 == Res{myErr{"y"}, 1}, r1 == Res{errors.New("x"), 1})
	arr := [3]Type{TInt{}, succ, nil}
	fmt.Println(arr == [3]Type{TInt{}, TFun{TInt{}, TInt{}}, nil})
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Pair{"s", []int{1}} == Pair{"s", []int{1}})
}
