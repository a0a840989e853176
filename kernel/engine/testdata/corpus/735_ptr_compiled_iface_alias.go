//go:build ignore

// Pointers put into standard-library interfaces (fmt.Stringer,
// io.Writer, sort.Interface) stay those pointers when their variables
// change, also through explicit conversions; go statements of sync calls.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type W struct {
	name string
	b    strings.Builder
}

func (w *W) Write(p []byte) (int, error) { return w.b.Write(append([]byte(w.name+":"), p...)) }

type ByN struct{ xs []int }

func (b *ByN) Len() int           { return len(b.xs) }
func (b *ByN) Less(i, j int) bool { return b.xs[i] > b.xs[j] }
func (b *ByN) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func main() {
	p := &T{1}
	var s fmt.Stringer = p
	c := fmt.Stringer(p)
	p = &T{2}
	fmt.Println(s, c, p)

	var list []fmt.Stringer
	cur := &T{0}
	for i := 1; i <= 3; i++ {
		var x fmt.Stringer = cur
		list = append(list, x)
		cur = &T{i}
	}
	fmt.Println(list)

	first := &W{name: "first"}
	var w io.Writer = first
	first = &W{name: "second"}
	fmt.Fprint(w, "x")
	fmt.Println(w.(*W).b.String(), first.b.Len())

	b := &ByN{xs: []int{1, 3, 2}}
	var si sort.Interface = b
	b = &ByN{xs: []int{7}}
	sort.Sort(si)
	fmt.Println(si.(*ByN).xs, b.xs)

	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	fmt.Println("done")
}
