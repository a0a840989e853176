//go:build ignore

package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct{ X, Y int }

type Polygon struct {
	Name   string
	Points []Point
	Meta   map[string]string
	Closed bool
	Color  *Color
}

type Color struct{ R, G, B uint8 }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	in := []Polygon{
		{Name: "tri", Points: []Point{{0, 0}, {4, 0}, {0, 3}}, Closed: true, Color: &Color{255, 0, 0}},
		{Name: "line", Points: []Point{{1, 1}, {2, 2}}, Meta: map[string]string{"style": "dashed"}},
	}
	for _, p := range in {
		if err := enc.Encode(p); err != nil {
			fmt.Println("encode:", err)
			return
		}
	}
	fmt.Println("encoded bytes > 0:", buf.Len() > 0)

	dec := gob.NewDecoder(&buf)
	for range in {
		var p Polygon
		if err := dec.Decode(&p); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("%s %v closed=%v meta=%v", p.Name, p.Points, p.Closed, p.Meta)
		if p.Color != nil {
			fmt.Printf(" color=%+v", *p.Color)
		}
		fmt.Println()
	}

	gob.Register(Square{})
	var b2 bytes.Buffer
	shapes := []Shape{Square{2}, Square{1.5}}
	if err := gob.NewEncoder(&b2).Encode(&shapes); err != nil {
		fmt.Println("encode shapes:", err)
		return
	}
	var out []Shape
	if err := gob.NewDecoder(&b2).Decode(&out); err != nil {
		fmt.Println("decode shapes:", err)
		return
	}
	for _, s := range out {
		fmt.Printf("%T %.2f\n", s, s.Area())
	}
}
