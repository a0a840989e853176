//go:build ignore

// Value-receiver error and Stringer types whose last field is a struct of
// the program, held in error and fmt.Stringer.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Pos struct{ Line, Col int }

type SyntaxError struct {
	Msg string
	At  Pos
}

func (e SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.At.Line, e.At.Col, e.Msg) }

type Wrapper struct{ Inner SyntaxError }

func (w Wrapper) Error() string { return "wrapped " + w.Inner.Error() }
func (w Wrapper) Unwrap() error { return w.Inner }

type Point struct{ X, Y int }
type Seg struct {
	Name string
	A, B Point
}

func (s Seg) String() string { return fmt.Sprintf("%s(%v-%v)", s.Name, s.A, s.B) }

type Empty struct{}

func (Empty) Error() string { return "empty" }

func parse(n int) error {
	switch n {
	case 0:
		return SyntaxError{"unexpected EOF", Pos{3, 7}}
	case 1:
		return Wrapper{SyntaxError{"inner", Pos{1, 2}}}
	case 2:
		return Empty{}
	}
	return nil
}

func main() {
	for i := range 3 {
		err := parse(i)
		var se SyntaxError
		fmt.Printf("%v | %T | as=%v %v\n", err, err, errors.As(err, &se), se.At)
		switch e := err.(type) {
		case SyntaxError:
			fmt.Println("syntax at", e.At.Line)
		case Wrapper:
			fmt.Println("wrapper of", e.Inner.Msg)
		default:
			fmt.Printf("other %T\n", e)
		}
		if t, ok := errors.AsType[SyntaxError](err); ok {
			fmt.Println("astype", t.Msg)
		}
	}
	var s fmt.Stringer = Seg{"s", Point{1, 2}, Point{3, 4}}
	seg, ok := s.(Seg)
	fmt.Printf("%v %T %v %v\n", s, s, ok, seg.B)
	segs := []fmt.Stringer{Seg{"a", Point{}, Point{1, 1}}, Seg{"b", Point{2, 2}, Point{0, 0}}}
	sort.Slice(segs, func(i, j int) bool { return segs[i].(Seg).B.X < segs[j].(Seg).B.X })
	fmt.Println(segs)
	fmt.Println(errors.Is(parse(0), SyntaxError{"unexpected EOF", Pos{3, 7}}))
}
