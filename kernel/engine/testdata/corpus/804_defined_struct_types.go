//go:build ignore

// Types defined from other struct types (type Step Pos, type Cell
// image.Point) are types of their own in interfaces: %T, assertions, type
// switches, map keys, errors.As and their own methods.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"image"
)

type Pos struct{ X, Y int }

type Step Pos

type Vec struct {
	Pos
	name string
}

type Velocity Vec

type base struct{ Code int }

type NotFound base

func (e NotFound) Error() string { return fmt.Sprint("not found ", e.Code) }

type Base struct{ X int }

func (Base) Name() string   { return "Base" }
func (Base) String() string { return "Base" }

type Derived Base

func (Derived) Name() string   { return "Derived" }
func (Derived) String() string { return "Derived" }

type Namer interface{ Name() string }

type Cell image.Point

func (c Cell) String() string { return fmt.Sprintf("cell %d/%d", c.X, c.Y) }

func kind(a any) string {
	switch a.(type) {
	case Pos:
		return "Pos"
	case Step:
		return "Step"
	case Velocity:
		return "Velocity"
	}
	return "other"
}

func main() {
	var a any = Step{1, 2}
	_, isPos := a.(Pos)
	fmt.Printf("%T %v %+v %v %s\n", a, isPos, a, any(Pos{}) == any(Step{}), kind(a))
	m := map[any]int{Pos{}: 1, Step{}: 2}
	fmt.Println(len(m), m[Step{}])
	p := Pos{3, 4}
	s := Step(p)
	fmt.Println(s, Pos(s) == p, kind(Velocity{Pos: p}), kind(&s))
	b, _ := json.Marshal(Velocity{Pos{5, 6}, "v"})
	fmt.Println(string(b))

	err := fmt.Errorf("load: %w", NotFound{4})
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Code, err)
	var e2 error = NotFound{5}
	fmt.Printf("%T %v\n", e2, e2)

	var x any = Derived{}
	fmt.Println(x.(Namer).Name(), x)
	var n Namer = Derived{}
	fmt.Println(n.Name(), n, Base{})

	var st fmt.Stringer = Cell{5, 6}
	fmt.Printf("%v %T %v\n", st, st, image.Point(Cell{7, 8}))
}
