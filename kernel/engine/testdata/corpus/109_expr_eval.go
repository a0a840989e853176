//go:build ignore

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn  string
	Arg Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env map[string]float64) (float64, error) {
	a, err := c.Arg.Eval(env)
	if err != nil {
		return 0, err
	}
	switch c.Fn {
	case "sqrt":
		return math.Sqrt(a), nil
	case "abs":
		return math.Abs(a), nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}
func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

func (p *parser) expr() (Node, error) {
	n, err := p.term()
	for err == nil && (p.peek() == '+' || p.peek() == '-') {
		op := p.s[p.pos]
		p.pos++
		var r Node
		r, err = p.term()
		n = Bin{op, n, r}
	}
	return n, err
}

func (p *parser) term() (Node, error) {
	n, err := p.power()
	for err == nil && (p.peek() == '*' || p.peek() == '/') {
		op := p.s[p.pos]
		p.pos++
		var r Node
		r, err = p.power()
		n = Bin{op, n, r}
	}
	return n, err
}

func (p *parser) power() (Node, error) {
	base, err := p.unary()
	if err != nil {
		return nil, err
	}
	if p.peek() == '^' {
		p.pos++
		exp, err := p.power()
		if err != nil {
			return nil, err
		}
		return Bin{'^', base, exp}, nil
	}
	return base, nil
}

func (p *parser) unary() (Node, error) {
	if p.peek() == '-' {
		p.pos++
		n, err := p.unary()
		return Bin{'-', Num(0), n}, err
	}
	return p.primary()
}

func (p *parser) primary() (Node, error) {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		n, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, fmt.Errorf("expected ) at %d", p.pos)
		}
		p.pos++
		return n, nil
	case c >= '0' && c <= '9' || c == '.':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		return Num(f), err
	case unicode.IsLetter(rune(c)):
		start := p.pos
		for p.pos < len(p.s) && unicode.IsLetter(rune(p.s[p.pos])) {
			p.pos++
		}
		name := p.s[start:p.pos]
		if p.peek() == '(' {
			p.pos++
			arg, err := p.expr()
			if err != nil {
				return nil, err
			}
			if p.peek() != ')' {
				return nil, fmt.Errorf("expected ) after argument")
			}
			p.pos++
			return Call{name, arg}, nil
		}
		return Var(name), nil
	}
	return nil, fmt.Errorf("unexpected %q at %d", string(c), p.pos)
}

func Parse(s string) (Node, error) {
	p := &parser{s: strings.TrimSpace(s)}
	n, err := p.expr()
	if err == nil && p.peek() != 0 {
		err = fmt.Errorf("trailing input at %d", p.pos)
	}
	return n, err
}

func main() {
	env := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x * -2",
		"sqrt(16) + abs(-2.5)",
		"10 / (x - 3)",
		"y + 1",
		"2 * (3 + 4",
		"4 $ 4",
		"pi * x ^ 2",
	} {
		n, err := Parse(src)
		if err != nil {
			fmt.Printf("%-22s parse error: %v\n", src, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-22s %v -> error: %v (divzero=%v)\n", src, n, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-22s %v = %.4g\n", src, n, v)
	}
}
