//go:build ignore

package main

import "fmt"

type P int

func (p P) String() string { return fmt.Sprint("P", int(p)) }

type Box[T any] struct{ v T }

func (b *Box[T]) Set(x any) { b.v = x.(T) }
func (b *Box[T]) Try(x any) bool {
	v, ok := x.(T)
	if ok {
		b.v = v
	}
	return ok
}

func get[T any](x any) T { return x.(T) }

func main() {
	fmt.Println(get[P](P(1)))
	b := &Box[P]{}
	b.Set(P(2))
	fmt.Println(b.v, b.Try(P(3)), b.Try("x"), b.v)
}
