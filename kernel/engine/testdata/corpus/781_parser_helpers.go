//go:build ignore

// A parser's Is and As helpers (not errors'), and pointers to AST nodes
// passed to interface parameters in loops, asserted back by the callee.
package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	Ident Kind = iota
	Number
	Plus
)

type Token struct {
	Kind Kind
	Text string
}

// Is is a parser's helper, not errors' Is.
func (t Token) Is(k Kind) bool { return t.Kind == k }

// As converts, with a parameter that is not any.
func (t *Token) As(k Kind) Token { return Token{k, t.Text} }

type Node interface{ Pos() int }

type Name struct{ Text string }
type Lit struct{ Val int }

func (n *Name) Pos() int { return 0 }
func (l *Lit) Pos() int  { return 1 }

func describe(n Node) string {
	if id, ok := n.(*Name); ok {
		return "name " + id.Text
	}
	switch v := n.(type) {
	case *Lit:
		return fmt.Sprint("lit ", v.Val)
	}
	return "?"
}

type Visitor interface{ Visit(n Node) string }

type printer struct{ prefix string }

func (p printer) Visit(n Node) string { return p.prefix + describe(n) }

func all(ns ...Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, describe(n))
	}
	return out
}

func main() {
	toks := []Token{{Ident, "x"}, {Plus, "+"}, {Number, "1"}}
	for _, t := range toks {
		fmt.Println(t.Text, t.Is(Number), t.Is(Ident))
	}
	fmt.Println(toks[0].As(Number))

	names := []*Name{{"x"}, {"y"}}
	lits := []*Lit{{1}, {2}}
	var v Visitor = printer{"> "}
	for i, n := range names {
		fmt.Println(describe(n), describe(lits[i]), v.Visit(n))
	}
	for i := range 2 {
		fmt.Println(strings.Join(all(names[i], lits[i]), ", "))
	}
}
