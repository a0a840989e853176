//go:build ignore

// Types holding instances of recursive generic types with themselves in
// the type arguments, in every shape: a pointer argument (node[*Item]),
// by value (node[Item] behind a pointer), through another generic type
// (List[*Job] holding *node[T]), in maps and slices, with several
// arguments (Pair[string, *Rec]), and Tree[Shelf] of a generic tree.

package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	v    T
	next *node[T]
}

type Item struct {
	Name string
	Head *node[*Item]
}

type Val struct {
	Name string
	Next *node[Val]
}

type List[T any] struct{ head *node[T] }

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type Job struct {
	Name string
	Deps *List[*Job]
	ByID map[string]*node[*Job]
}

type Tree[T any] struct {
	Val   T
	Left  *Tree[T]
	Kids  []*Tree[T]
	Count int
}

type Folder struct {
	Name string
	T    *Tree[*Folder]
}

type Shelf struct {
	Name string
	Own  *Tree[Shelf]
}

type Pair[K comparable, V any] struct {
	k    K
	v    V
	next *Pair[K, V]
}

type Rec struct {
	Name string
	Idx  *Pair[string, *Rec]
}

type Batch struct {
	Name string
	All  [][]*node[[]*Batch]
}

func main() {
	it := &Item{Name: "a"}
	it.Head = &node[*Item]{it, &node[*Item]{&Item{Name: "b"}, nil}}
	fmt.Println(it.Head.v.Name, it.Head.next.v.Name)

	v := Val{Name: "x", Next: &node[Val]{Val{Name: "y"}, nil}}
	fmt.Println(v.Name, v.Next.v.Name)

	build := &Job{Name: "build", Deps: &List[*Job]{}, ByID: map[string]*node[*Job]{}}
	for _, n := range []string{"fetch", "gen", "lint"} {
		j := &Job{Name: n}
		build.Deps.Push(j)
		build.ByID[n] = &node[*Job]{j, nil}
	}
	var names []string
	build.Deps.Each(func(j *Job) { names = append(names, j.Name) })
	fmt.Println(strings.Join(names, " "), build.ByID["gen"].v.Name)

	f := &Folder{Name: "root"}
	f.T = &Tree[*Folder]{Val: f}
	f.T.Kids = append(f.T.Kids, &Tree[*Folder]{Val: &Folder{Name: "docs"}})
	f.T.Left = &Tree[*Folder]{Val: &Folder{Name: "left"}, Count: 2}
	s := Shelf{Name: "s", Own: &Tree[Shelf]{Val: Shelf{Name: "copy"}}}
	fmt.Println(f.T.Val.Name, f.T.Kids[0].Val.Name, f.T.Left.Val.Name, f.T.Left.Count, s.Own.Val.Name)

	r := &Rec{Name: "r1"}
	r.Idx = &Pair[string, *Rec]{"self", r, &Pair[string, *Rec]{"other", &Rec{Name: "r2"}, nil}}
	b := &Batch{Name: "b1"}
	b.All = [][]*node[[]*Batch]{{&node[[]*Batch]{[]*Batch{b}, nil}}}
	fmt.Println(r.Idx.k, r.Idx.v.Name, r.Idx.next.k, r.Idx.next.v.Name, b.All[0][0].v[0].Name)
}
