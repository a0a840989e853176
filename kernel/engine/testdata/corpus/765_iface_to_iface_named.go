//go:build ignore

// Named non-struct values asserted from one of the program's interfaces to
// another, recovering methods deferred with arguments, a channel range
// variable named like a type, an assertion on slog.Value.Any().
package main

import (
	"fmt"
	"log/slog"
)

type Shape interface{ Area() int }
type Namer interface{ Name() string }
type Walker interface{ Legs() int }

type Sq int

func (s Sq) Area() int    { return int(s * s) }
func (s Sq) Name() string { return "square" }

type Bird int

func (b Bird) Area() int { return 0 }
func (b Bird) Legs() int { return 2 }

type Temp interface{ Value() float64 }
type C float64

func (c C) Value() float64   { return float64(c) }
func (c C) Celsius() float64 { return float64(c) }

type T struct{ name string }

func (t T) catch(where string) {
	if r := recover(); r != nil {
		fmt.Println(t.name, "recovered in", where+":", r)
	}
}

func (t *T) catchPtr(where string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: %v", where, r)
	}
}

func work(t T) {
	defer t.catch("work")
	panic("boom")
}

func safeDiv(a, b int) (q int, err error) {
	t := &T{"ptr"}
	defer t.catchPtr("div", &err)
	return a / b, nil
}

type job struct{ id int }

type UserID int

func (u UserID) String() string { return fmt.Sprintf("user-%d", int(u)) }

func main() {
	var s Shape = Sq(3)
	if n, ok := s.(Namer); ok {
		fmt.Println(n.Name(), s.Area())
	}
	for _, sh := range []Shape{Sq(2), Bird(1)} {
		switch v := sh.(type) {
		case Namer:
			fmt.Println("named", v.Name())
		case Walker:
			fmt.Println("walks on", v.Legs())
		}
		if w, ok := sh.(Walker); ok {
			fmt.Println("legs", w.Legs())
		}
	}
	var t Temp = C(-1)
	if c, ok := t.(interface{ Celsius() float64 }); ok {
		fmt.Println(c.Celsius())
	}
	work(T{"t"})
	fmt.Println(safeDiv(1, 0))
	in := make(chan job, 2)
	in <- job{1}
	in <- job{2}
	close(in)
	for job := range in {
		fmt.Println("got", job.id)
	}
	v := slog.AnyValue(UserID(42))
	if u, ok := v.Any().(UserID); ok {
		fmt.Println("got", int(u), v.Any().(UserID))
	}
}
