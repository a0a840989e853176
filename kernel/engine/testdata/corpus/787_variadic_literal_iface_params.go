//go:build ignore

// Function literals with interface parameters before a variadic one of
// the program's interface type, called with several arguments: building
// application chains of an AST.
package main

import (
	"fmt"
	"strings"
)

type Expr interface{ String() string }

type Var string

type App struct{ Fn, Arg Expr }

type Lit struct{ N int }

func (v Var) String() string  { return string(v) }
func (a App) String() string  { return "(" + a.Fn.String() + " " + a.Arg.String() + ")" }
func (l *Lit) String() string { return fmt.Sprint(l.N) }

func main() {
	app := func(f Expr, args ...Expr) Expr {
		for _, a := range args {
			f = App{f, a}
		}
		return f
	}
	fmt.Println(app(Var("f"), Var("x"), Var("y")))
	fmt.Println(app(Var("g"), &Lit{1}, &Lit{2}, Var("z")))
	fmt.Println(app(App{Var("h"), Var("a")}, Var("b"), Var("c")))
	join := func(sep string, head Expr, rest ...Expr) string {
		parts := []string{head.String()}
		for _, r := range rest {
			parts = append(parts, r.String())
		}
		return strings.Join(parts, sep)
	}
	fmt.Println(join(", ", &Lit{7}, Var("p"), Var("q")))
	var e Expr = Var("e")
	fmt.Println(join("+", e, e, e), app(e))
}
