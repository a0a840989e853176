//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Get() int       { return c.n }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) float64 { return o(a, b) }

type Calculator struct {
	ops map[string]Op
}

func (c *Calculator) Register(name string, op Op) { c.ops[name] = op }

func (c *Calculator) Eval(expr string) (float64, error) {
	var a, b float64
	var name string
	if _, err := fmt.Sscanf(expr, "%g %s %g", &a, &name, &b); err != nil {
		return 0, fmt.Errorf("parse %q: %v", expr, err)
	}
	op, ok := c.ops[name]
	if !ok {
		return 0, fmt.Errorf("unknown op %q", name)
	}
	return op.Apply(a, b), nil
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	c := &Counter{name: "hits"}
	inc := c.Inc
	get := c.Get // bound to a copy now
	add := (*Counter).Add
	for range 3 {
		inc()
	}
	fmt.Println(c.Get(), get(), add(c, 10), c)

	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for i, f := range incs {
		for range i + 1 {
			f()
		}
	}
	fmt.Println(counters[0], counters[1], counters[2])
	getters := []func(Counter) int{Counter.Get, func(c Counter) int { return -c.n }}
	for _, g := range getters {
		fmt.Print(g(*counters[2]), " ")
	}
	fmt.Println()

	calc := &Calculator{ops: map[string]Op{}}
	calc.Register("+", func(a, b float64) float64 { return a + b })
	calc.Register("*", func(a, b float64) float64 { return a * b })
	calc.Register("max", Op(func(a, b float64) float64 { return max(a, b) }))
	for _, e := range []string{"2 + 3", "1.5 * 4", "7 max 9", "1 / 2", "oops"} {
		v, err := calc.Eval(e)
		fmt.Println(e, "=>", v, err)
	}
	pipeline := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(pipeline("  hello  "))
	byLen := func(ss []string) func(i, j int) bool {
		return func(i, j int) bool { return len(ss[i]) < len(ss[j]) }
	}
	ws := strings.Fields("ccc a bb dddd")
	sort.Slice(ws, byLen(ws))
	fmt.Println(ws)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
