//go:build ignore

// Recursive struct types holding recursive ones (a department tree with a
// generic Tree[int], a directory with a generic linked List[string], a
// hand-written IntTree declared after its user): values of the inner
// types made later fit the outer types' fields.

package main

import "fmt"

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Dept struct {
	Name string
	Org  *Tree[int]
	Sub  map[string]*Dept
}

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct{ head *node[T] }

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

type Dir struct {
	Name  string
	Files List[string]
	Kids  []*Dir
}

type Rec struct {
	Scores *IntTree
	Next   *Rec
}

type IntTree struct {
	V    int
	L, R *IntTree
}

func main() {
	d := Dept{Name: "x", Org: &Tree[int]{Val: 5}, Sub: map[string]*Dept{}}
	for _, v := range []int{3, 8, 1} {
		d.Org.Insert(v, func(a, b int) bool { return a < b })
	}
	d.Org.Left.Left.Right = &Tree[int]{Val: 2}
	d.Sub["y"] = &Dept{Name: "y", Org: &Tree[int]{Val: 9}}
	d.Org.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println(d.Sub["y"].Org.Val)

	root := &Dir{Name: "/"}
	root.Files.Push("a.txt")
	root.Files.Push("b.txt")
	root.Kids = append(root.Kids, &Dir{Name: "docs"})
	root.Kids[0].Files.Push("c.md")
	fmt.Println(root.Files.All(), root.Kids[0].Name, root.Kids[0].Files.All())

	r := &Rec{Scores: &IntTree{V: 1}}
	r.Scores.L = &IntTree{V: 0}
	r.Next = &Rec{Scores: &IntTree{V: 2, R: &IntTree{V: 3}}}
	fmt.Println(r.Scores.V, r.Scores.L.V, r.Next.Scores.R.V)
}
