//go:build ignore

package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type (
	Num   float64
	Var   string
	Unary struct {
		Op rune
		X  Expr
	}
	Binary struct {
		Op   rune
		L, R Expr
	}
	Call struct {
		Fn   string
		Args []Expr
	}
)

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (v Var) String() string { return string(v) }

func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (u Unary) String() string { return fmt.Sprintf("(-%v)", u.X) }

func (b Binary) Eval(env map[string]float64) (float64, error) {
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
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b Binary) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

var funcs = map[string]func(...float64) float64{
	"sqrt": func(a ...float64) float64 { return math.Sqrt(a[0]) },
	"max":  func(a ...float64) float64 { return max(a[0], a[1]) },
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", c.Fn)
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	return f(args...), nil
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Expr {
	l := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := rune(p.next()[0])
		l = Binary{op, l, p.term()}
	}
	return l
}

func (p *parser) term() Expr {
	l := p.power()
	for p.peek() == "*" || p.peek() == "/" {
		op := rune(p.next()[0])
		l = Binary{op, l, p.power()}
	}
	return l
}

func (p *parser) power() Expr {
	b := p.unary()
	if p.peek() == "^" {
		p.next()
		return Binary{'^', b, p.power()}
	}
	return b
}

func (p *parser) unary() Expr {
	if p.peek() == "-" {
		p.next()
		return Unary{'-', p.unary()}
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	t := p.next()
	switch {
	case t == "(":
		e := p.expr()
		p.next()
		return e
	case unicode.IsLetter(rune(t[0])):
		if p.peek() == "(" {
			p.next()
			var args []Expr
			for p.peek() != ")" {
				args = append(args, p.expr())
				if p.peek() == "," {
					p.next()
				}
			}
			p.next()
			return Call{t, args}
		}
		return Var(t)
	}
	f, _ := strconv.ParseFloat(t, 64)
	return Num(f)
}

func main() {
	env := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2 + 10", "sqrt(16) + max(x, 7)", "1 / (x - 3)", "y + 1", "2 * pi"} {
		e := (&parser{toks: tokenize(src)}).expr()
		v, err := e.Eval(env)
		fmt.Printf("%-22s %-28v = %.6g %v\n", src, e, v, err)
	}
}
