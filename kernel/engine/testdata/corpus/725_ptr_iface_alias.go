//go:build ignore

// A pointer put into an interface stays that pointer when the variable it
// came from is given another one: in every place a conversion happens,
// in loops too (the "flush the pending block" pattern of parsers).
package main

import "fmt"

type Namer interface{ Name() string }

type T struct{ n string }

func (t *T) Name() string { return t.n }

type Box struct{ N Namer }

type Block interface{ Render() string }

type List struct{ Items []string }

func (l *List) Render() string { return fmt.Sprint(l.Items) }

func keep(n Namer) Namer { return n }

func pass(p *T) Namer { return p }

type E struct{ c int }

func (e *E) Error() string { return fmt.Sprint("e", e.c) }

func parse(lines []string) []Block {
	var blocks []Block
	var list *List
	flush := func() {
		if list != nil {
			blocks = append(blocks, list)
			list = nil
		}
	}
	for _, l := range lines {
		if l == "" {
			flush()
			continue
		}
		if list == nil {
			list = &List{}
		}
		list.Items = append(list.Items, l)
	}
	flush()
	return blocks
}

func main() {
	p := &T{"a"}
	var a any = p
	var n Namer = p
	x := Namer(p)
	ch := make(chan Namer, 1)
	ch <- p
	b := Box{N: p}
	s := []any{p}
	m := map[string]Namer{"k": p}
	k := keep(p)
	r := pass(p)
	p = &T{"b"}
	fmt.Println(a.(*T).n, n.Name(), x.Name(), (<-ch).Name(), b.N.Name(), s[0].(*T).n, m["k"].Name(), k.Name(), r.Name())
	p.n = "c"
	fmt.Println(n.Name(), p.Name())

	var list []Namer
	var anys []any
	var cur *T
	for i := 0; i < 3; i++ {
		cur = &T{fmt.Sprint(i)}
		list = append(list, cur)
		anys = append(anys, cur)
	}
	cur = nil
	for i := range list {
		fmt.Print(list[i].Name(), anys[i].(*T).n, " ")
	}
	fmt.Println()

	var errs []error
	var e *E
	for i := 0; i < 2; i++ {
		e = &E{i}
		errs = append(errs, e)
	}
	fmt.Println(errs)

	for _, b := range parse([]string{"a", "b", "", "c"}) {
		fmt.Println(b.Render())
	}
}
