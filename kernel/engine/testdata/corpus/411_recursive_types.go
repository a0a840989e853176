//go:build ignore

// Recursive types: expression trees, state functions, nested maps,
// trees with child slices.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 {
	return env[string(v)]
}
func (v Var) String() string { return string(v) }
func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

type StateFn func(*lexer) StateFn

type lexer struct {
	in     string
	pos    int
	tokens []string
}

func lexText(l *lexer) StateFn {
	for l.pos < len(l.in) {
		if l.in[l.pos] >= '0' && l.in[l.pos] <= '9' {
			return lexNumber
		}
		l.tokens = append(l.tokens, string(l.in[l.pos]))
		l.pos++
	}
	return nil
}

func lexNumber(l *lexer) StateFn {
	start := l.pos
	for l.pos < len(l.in) && l.in[l.pos] >= '0' && l.in[l.pos] <= '9' {
		l.pos++
	}
	l.tokens = append(l.tokens, "#"+l.in[start:l.pos])
	return lexText
}

type Tree struct {
	Name     string
	Children []*Tree
}

func (t *Tree) Render(b *strings.Builder, depth int) {
	fmt.Fprintf(b, "%s%s\n", strings.Repeat("  ", depth), t.Name)
	for _, c := range t.Children {
		c.Render(b, depth+1)
	}
}

func (t *Tree) Count() int {
	n := 1
	for _, c := range t.Children {
		n += c.Count()
	}
	return n
}

type JSONish map[string]any

func depth(v any) int {
	m, ok := v.(JSONish)
	if !ok {
		return 0
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := 0
	for _, k := range keys {
		best = max(best, depth(m[k]))
	}
	return best + 1
}

func main() {
	e := Bin{'+', Num(2), Bin{'*', Var("x"), Bin{'-', Var("y"), Num(1)}}}
	fmt.Println(e, "=", e.Eval(map[string]float64{"x": 3, "y": 5}))

	l := &lexer{in: "a+12*(b-345)"}
	for state := StateFn(lexText); state != nil; {
		state = state(l)
	}
	fmt.Println(strings.Join(l.tokens, " "))

	root := &Tree{"root", []*Tree{
		{"a", []*Tree{{"a1", nil}, {"a2", nil}}},
		{"b", nil},
	}}
	var b strings.Builder
	root.Render(&b, 0)
	fmt.Print(b.String())
	fmt.Println("nodes:", root.Count())

	doc := JSONish{"a": JSONish{"b": JSONish{"c": 1}}, "d": 2}
	fmt.Println("depth:", depth(doc))
}
