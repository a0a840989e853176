//go:build ignore

// Unexported fields of standard-library struct types with String methods
// (image.Point, image.Rectangle, time.Time) print their fields, as fmt
// calls no methods on unexported fields.
package main

import (
	"fmt"
	"image"
	"time"
)

type state struct {
	p image.Point
	P image.Point
	d time.Duration
	r image.Rectangle
}

type event struct {
	name string
	at   time.Time
	m    time.Month
}

func main() {
	s := state{image.Pt(1, 2), image.Pt(3, 4), 1500 * time.Millisecond, image.Rect(0, 0, 2, 2)}
	fmt.Println(s)
	fmt.Printf("%v %+v\n", s, s)
	e := event{"launch", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), time.March}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Println([]image.Point{{2, 2}}, e.m, e.at.Format(time.DateOnly))
}
