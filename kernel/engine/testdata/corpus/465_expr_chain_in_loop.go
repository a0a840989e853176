//go:build ignore

package main

import "fmt"

type Expr interface{ Depth() int }

type Num int
type Bin struct{ L Expr }

func (Num) Depth() int    { return 0 }
func (b *Bin) Depth() int { return 1 + b.L.Depth() }

func main() {
	var e Expr = Num(0)
	for i := 0; i < 3; i++ {
		e = &Bin{L: e}
	}
	fmt.Println(e.Depth())
}
