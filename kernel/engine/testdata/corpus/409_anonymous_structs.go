//go:build ignore

// Anonymous structs: table tests, ad-hoc grouping, conversion between
// identical struct types, comparison.
package main

import (
	"fmt"
	"strings"
)

type Named struct {
	Name string
	Age  int
}

func main() {
	tests := []struct {
		in   string
		want int
	}{
		{"a b c", 3},
		{"", 0},
		{"  spaced   out ", 2},
	}
	for i, tc := range tests {
		got := len(strings.Fields(tc.in))
		fmt.Printf("case %d: %q -> %d ok=%v\n", i, tc.in, got, got == tc.want)
	}

	point := struct{ X, Y int }{3, 4}
	fmt.Printf("%v %+v\n", point, point)

	anon := struct {
		Name string
		Age  int
	}{"ann", 30}
	n := Named(anon) // identical underlying types convert
	fmt.Printf("%+v %+v\n", n, anon)
	var n2 Named = anon // assignable: one side is unnamed
	fmt.Println(n2 == n)

	config := struct {
		Server struct {
			Host string
			Port int
		}
		Debug bool
	}{}
	config.Server.Host = "localhost"
	config.Server.Port = 8080
	config.Debug = true
	fmt.Printf("%+v\n", config)

	a := struct{ A, B int }{1, 2}
	b := struct{ A, B int }{1, 2}
	fmt.Println(a == b)

	byLen := map[int][]struct{ w string }{}
	for _, w := range []string{"go", "is", "fun", "yes"} {
		byLen[len(w)] = append(byLen[len(w)], struct{ w string }{w})
	}
	fmt.Println(byLen[2], byLen[3])

	pt := &struct{ N int }{5}
	pt.N++
	fmt.Println(pt.N, *pt)

	empty := struct{}{}
	set := map[string]struct{}{"a": empty, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has, empty == struct{}{})

	fn := func(p struct{ X, Y int }) int { return p.X * p.Y }
	fmt.Println(fn(point), fn(struct{ X, Y int }{5, 6}))

	items := []struct {
		Name  string
		Price float64
		Tags  []string
	}{
		{"pen", 1.5, []string{"office"}},
		{"ink", 12.25, nil},
	}
	total := 0.0
	for _, it := range items {
		total += it.Price
	}
	fmt.Printf("%.2f %v\n", total, items)
}
