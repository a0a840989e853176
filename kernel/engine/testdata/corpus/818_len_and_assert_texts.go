//go:build ignore

// len of a call returning a nil pointer to an array is the array's
// length; a failed assertion between two structs embedding one base
// names the structs.
package main

import "fmt"

type Grid [4]int

func find() *Grid { return nil }

type H struct{}

func (H) P() *[3]string { return nil }

type base struct{ id string }

func (b *base) ID() string { return b.id }

type Checking struct{ base }
type Savings struct{ base }

type Account interface{ ID() string }

func main() {
	fmt.Println(len(find()), cap(find()), len(H{}.P()))
	var a any = &Checking{base{"chk"}}
	_, ok := a.(*Savings)
	fmt.Printf("%T %v\n", a, ok)
	defer func() { fmt.Println(recover()) }()
	var s any = Savings{base{"s"}}
	_ = s.(Checking)
}
