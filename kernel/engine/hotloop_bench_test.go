package engine

import (
	"testing"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/symbols"
)

// hotLoops are CPU-bound programs that bare yaegi runs too (no Go 1.22+
// syntax), to compare the engine's rewrites with the interpreter alone:
// go test -run '^$' -bench HotLoop ./kernel/engine (compare the two
// figures of each program within one run).
var hotLoops = []struct{ name, src string }{
	{"sieve", `package main

func main() {
	const N = 200000
	sieve := make([]bool, N)
	count := 0
	for i := 2; i < N; i++ {
		if !sieve[i] {
			count++
			for j := i * 2; j < N; j += i {
				sieve[j] = true
			}
		}
	}
	_ = count
}
`},
	{"lcs_max", `package main

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	a, b := "the quick brown fox jumps over", "a lazy dog sleeps under the tree"
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for k := 0; k < 20; k++ {
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				if a[i-1] == b[j-1] {
					dp[i][j] = dp[i-1][j-1] + 1
				} else {
					dp[i][j] = max2(dp[i-1][j], dp[i][j-1])
				}
			}
		}
	}
}
`},
	{"methods", `package main

type Board struct {
	w     int
	cells []int
}

func (b *Board) Get(x, y int) int { return b.cells[y*b.w+x] }
func (b *Board) Set(x, y, v int)   { b.cells[y*b.w+x] = v }

func main() {
	b := &Board{w: 10, cells: make([]int, 100)}
	for k := 0; k < 2000; k++ {
		for i := 0; i < 10; i++ {
			b.Set(i, k%10, b.Get(i, (k+1)%10)+1)
		}
	}
}
`},
	{"string_range", `package main

import "strings"

func main() {
	s := strings.Repeat("héllo wörld ", 400)
	n := 0
	for _, r := range s {
		if r > 'a' {
			n++
		}
	}
	_ = n
}
`},
	{"type_switch", `package main

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) Area() float64 { return s.S * s.S }

func main() {
	shapes := []any{Circle{1}, Square{2}, Circle{3}}
	sum := 0.0
	for i := 0; i < 3000; i++ {
		switch v := shapes[i%3].(type) {
		case Circle:
			sum += v.Area()
		case Square:
			sum += v.Area()
		}
		if c, ok := shapes[i%3].(Circle); ok {
			sum += c.R
		}
	}
	_ = sum
}
`},
}

func BenchmarkHotLoop(b *testing.B) {
	for _, p := range hotLoops {
		b.Run(p.name+"/engine", func(b *testing.B) {
			e := newTestEngine(b)
			for i := 0; i < b.N; i++ {
				if r := runCell(b, e, i+1, p.src); r.err != nil {
					b.Fatalf("%s: %s", r.err.Name, r.err.Value)
				}
			}
		})
		b.Run(p.name+"/yaegi", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				in := interp.New(interp.Options{})
				if err := in.Use(symbols.Symbols); err != nil {
					b.Fatal(err)
				}
				if _, err := in.Eval(p.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
