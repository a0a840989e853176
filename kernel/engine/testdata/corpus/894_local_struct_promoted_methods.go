//go:build ignore

// Struct types declared inside functions and anonymous ones print with
// the String or Error method an embedded field promotes (also one of
// the program's types), and %T names a type declared in a function as
// Go does.
package main

import (
	"errors"
	"fmt"
	"image"
)

type Robot struct{ ID int }

type Name string

func (n Name) String() string { return "N(" + string(n) + ")" }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

type Both struct{ V int }

func (b Both) String() string { return "val" }
func (b *Both) Error() string { return "ptr" }

func (r Robot) String() string { return fmt.Sprint("robot#", r.ID) }

func main() {
	type Tile struct {
		image.Point
		Ch rune
	}
	t := Tile{image.Pt(1, 2), '#'}
	fmt.Println(t, t.In(image.Rect(0, 0, 5, 5)))
	fmt.Printf("%v %s %T\n", t, t, t)
	type Bot struct {
		Robot
		Label string
	}
	b := Bot{Robot{7}, "r2"}
	fmt.Println(b, []Bot{b})
	var a any = struct{ image.Point }{image.Pt(3, 4)}
	fmt.Println(a)
	type Wrapped struct {
		Err  error
		Code int
	}
	w := Wrapped{errors.New("boom"), 500}
	fmt.Println(w, w.Code)
	type Two struct {
		image.Point
		Robot
	}
	fmt.Println(Two{image.Pt(5, 6), Robot{1}})
	type L struct {
		Name
		X int
	}
	fmt.Println(L{"a", 1})
	fmt.Printf("%v %s\n", []L{{"b", 2}}, L{"c", 3})
	type E struct{ Code }
	fmt.Println(E{3})
	fmt.Printf("%+v\n", &E{4})
	type Amb struct {
		Robot
		Name
	}
	fmt.Println(Amb{Robot{2}, "z"})
	type P struct{ Both }
	fmt.Println(&P{}, P{})
	type A struct{ Name }
	fmt.Printf("%#v %v\n", A{"x"}, []A{{"a"}})
	l := Code(2)
	type Tagged struct {
		*Code
		N int
	}
	fmt.Println(Tagged{&l, 1})
	type WS struct {
		Robot
		String string
	}
	fmt.Println(WS{Robot{1}, "s"})
}
