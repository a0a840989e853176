//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) Set[T] { s[v] = struct{}{}; return s }
func (s Set[T]) String() string {
	var parts []string
	for k := range s {
		parts = append(parts, fmt.Sprint(k))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, ",") + "}"
}

type List[T any] []T

func (l List[T]) String() string { return fmt.Sprintf("List%d", len(l)) }
func (l List[T]) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]int{"n": len(l)})
}

type Num[T ~int | ~float64] struct{ V T }

func (n Num[T]) String() string { return fmt.Sprint("#", n.V) }

func main() {
	s := Set[string]{}.Add("b").Add("a")
	var a any = s
	fmt.Println(a, s)
	fmt.Printf("%v %T\n", a, a)
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer", st)
	}
	l := List[int]{1, 2, 3}
	b, _ := json.Marshal(map[string]any{"l": l})
	fmt.Println(string(b), l, []any{l, Num[int]{4}})
	xs := []fmt.Stringer{l, s, Num[float64]{1.5}}
	fmt.Println(xs)
	ns := []Num[int]{{3}, {1}, {2}}
	slices.SortFunc(ns, func(a, b Num[int]) int { return a.V - b.V })
	fmt.Println(ns)
	back, ok := a.(Set[string])
	fmt.Println(len(back), ok)
}
