//go:build ignore

// Methods promoted from embedded instances of generic interfaces and
// structs (a repository decorator embedding Repo[K, V]).
package main

import "fmt"

type Getter[T any] interface{ Get() T }

type box struct{ v int }

func (b box) Get() int { return b.v }

type Wrap struct {
	Getter[int]
}

type Repo[K comparable, V any] interface {
	Load(K) (V, bool)
	Store(K, V)
}

type mem[K comparable, V any] struct{ m map[K]V }

func (r *mem[K, V]) Load(k K) (V, bool) { v, ok := r.m[k]; return v, ok }
func (r *mem[K, V]) Store(k K, v V)     { r.m[k] = v }

type Audit[K comparable, V any] struct {
	Repo[K, V]
	n int
}

func (a *Audit[K, V]) Store(k K, v V) {
	a.n++
	a.Repo.Store(k, v)
}

type Inner[T any] struct{ x T }

func (i Inner[T]) X() T { return i.x }

type Outer struct{ Inner[string] }

func main() {
	w := Wrap{box{7}}
	fmt.Println(w.Get())
	f := w.Get
	fmt.Println(f())
	a := &Audit[string, int]{Repo: &mem[string, int]{m: map[string]int{}}}
	a.Store("k", 3)
	v, ok := a.Load("k")
	fmt.Println(v, ok, a.n)
	o := Outer{Inner[string]{"s"}}
	fmt.Println(o.X(), o.x)
}
