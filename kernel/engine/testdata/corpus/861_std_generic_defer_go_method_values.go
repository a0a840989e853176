//go:build ignore

// defer and go statements calling a generic function of the standard
// library (defer slices.Sort(c)), and method values of such calls'
// results in composite literals (unique.Make("x").Value).
package main

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"sync"
	"unique"
)

type Age int

func (a Age) String() string { return fmt.Sprint(int(a), "y") }
func (a Age) Print()         { fmt.Println("age", int(a)) }

type P struct{ N int }

func (p P) Get() int { return p.N }

type S struct{ F func() string }

func sortLater(c []int) {
	defer slices.Sort(c)
	fmt.Println("before", c)
}

func methodValues() {
	ages := []Age{5, 3}
	ps := []P{{1}, {2}}
	fs := []func() string{unique.Make("x").Value, slices.Min(ages).String, (slices.Max(ages)).String}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	s := S{F: slices.Min(ages).String}
	fmt.Println(s.F())
	m := map[int]func(){1: slices.Max(ages).Print}
	m[1]()
	gs := []func() int{slices.Clone(ps)[1].Get, slices.Clone(ps)[0].Get}
	fmt.Println(gs[0](), gs[1](), []int{slices.Clone(ps)[0].Get()})
}

func main() {
	c := []int{3, 1, 2}
	sortLater(c)
	fmt.Println(c)
	d := []int{5, 4}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); slices.Reverse(d) }()
	wg.Wait()
	e := []int{9, 8, 7}
	wg.Add(1)
	go slices.Sort(e)
	go wg.Done()
	wg.Wait()
	func() {
		m := map[string]int{}
		defer maps.Copy(m, map[string]int{"a": 1})
		defer fmt.Println(len(m))
		defer slices.SortFunc(d, func(a, b int) int { return b - a })
		defer slices.Sort[[]int](d)
		defer rand.N(10)
	}()
	fmt.Println(d)
	for i := range 2 {
		defer slices.Max([]int{i})
	}
	methodValues()
}
