//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Shape interface {
	Area() float64
}

type Circle struct {
	Radius float64 `json:"radius"`
}

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }
func (r Rect) Area() float64   { return r.W * r.H }

func decode(env Envelope) (Shape, error) {
	switch env.Type {
	case "circle":
		var c Circle
		err := json.Unmarshal(env.Data, &c)
		return c, err
	case "rect":
		var r Rect
		err := json.Unmarshal(env.Data, &r)
		return r, err
	}
	return nil, fmt.Errorf("unknown shape type %q", env.Type)
}

func encode(s Shape) ([]byte, error) {
	var env Envelope
	switch s.(type) {
	case Circle:
		env.Type = "circle"
	case Rect:
		env.Type = "rect"
	}
	data, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	env.Data = data
	return json.Marshal(env)
}

const doc = `[
  {"type": "circle", "data": {"radius": 1.5}},
  {"type": "rect", "data": {"w": 2, "h": 3.5}},
  {"type": "triangle", "data": {"a": 1}},
  {"type": "rect", "data": {"w": "wide"}}
]`

func main() {
	var envs []Envelope
	if err := json.Unmarshal([]byte(doc), &envs); err != nil {
		fmt.Println(err)
		return
	}
	total := 0.0
	for _, e := range envs {
		s, err := decode(e)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%T %+v area=%.3f raw=%s\n", s, s, s.Area(), e.Data)
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	for _, s := range []Shape{Circle{2}, Rect{1, 1}} {
		b, err := encode(s)
		fmt.Println(string(b), err)
	}
	var delayed struct {
		Meta json.RawMessage
		N    int
	}
	json.Unmarshal([]byte(`{"Meta": {"nested": [1, 2, {"x": null}]}, "N": 3}`), &delayed)
	fmt.Println(string(delayed.Meta), delayed.N, json.Valid(delayed.Meta))
}
