//go:build ignore

package main

import (
	"context"
	"fmt"
	"sync/atomic"
)

type ID int
type Params map[string]string
type key struct{}

type Shape interface{ Area() int }
type Rect struct{ W int }

func (r Rect) Area() int { return r.W * r.W }

func main() {
	var v atomic.Value
	v.Store(ID(7))
	x := v.Load().(ID)
	fmt.Println(x)
	y, ok := v.Load().(ID)
	fmt.Println(y, ok)
	ctx := context.WithValue(context.Background(), key{}, Params{"id": "3"})
	p, _ := ctx.Value(key{}).(Params)
	fmt.Println(p["id"])
	var w atomic.Value
	w.Store(Shape(Rect{3}))
	s, ok := w.Load().(Shape)
	fmt.Println(s.Area(), ok)
}
