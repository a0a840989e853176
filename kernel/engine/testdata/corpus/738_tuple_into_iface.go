//go:build ignore

// Results of calls with several results, comma-ok values and receives
// assigned to existing interface variables, in loops too.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func parse(r float64) (*Circle, error) {
	if r < 0 {
		return nil, errors.New("negative")
	}
	return &Circle{r}, nil
}

func check(n int) (int, *MyErr) { return n, &MyErr{n} }

func square(s float64) (Sq, bool) { return Sq{s}, s > 0 }

func main() {
	var s Shape
	var err error
	s, err = parse(2)
	fmt.Println(s.Area(), err)
	var shapes []Shape
	for _, r := range []float64{1, 2, 3} {
		s, err = parse(r)
		shapes = append(shapes, s)
	}
	for _, sh := range shapes {
		fmt.Print(sh.Area(), " ")
	}
	fmt.Println()
	var ok bool
	s, ok = square(4)
	fmt.Println(s.Area(), ok)
	var n int
	n, err = check(7)
	fmt.Println(n, err)
	m := map[string]*MyErr{"a": {1}}
	err, ok = m["a"]
	fmt.Println(err, ok)
	ch := make(chan Sq, 1)
	ch <- Sq{5}
	var st Shape
	st = <-ch
	fmt.Println(st.Area())
	var a any
	ch <- Sq{6}
	a, ok = <-ch
	fmt.Println(a, ok)
}
