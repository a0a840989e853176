//go:build ignore

// switch, slices.Index, slices.Contains and slices.Equal on structs whose
// interface fields hold values of types with methods.
package main

import (
	"fmt"
	"slices"
)

type NotFound struct{ Name string }

func (n NotFound) Error() string { return "not found: " + n.Name }

type Event struct {
	Kind string
	Err  error
}

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Box struct{ S Shape }

func classify(e Event) string {
	switch e {
	case Event{"lookup", NotFound{"x"}}:
		return "nf-x"
	case Event{"lookup", nil}, Event{"save", nil}:
		return "ok"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(classify(Event{"lookup", NotFound{"x"}}), classify(Event{"save", nil}), classify(Event{"lookup", NotFound{"y"}}))
	boxes := []Box{{Sq{1}}, {Sq{2}}}
	fmt.Println(boxes[1] == Box{Sq{2}})
	fmt.Println(slices.Index(boxes, Box{Sq{2}}), slices.Contains(boxes, Box{Sq{2}}), slices.Contains(boxes, Box{Sq{3}}))
	fmt.Println(slices.Equal(boxes, []Box{{Sq{1}}, {Sq{2}}}), slices.Equal(boxes, []Box{{Sq{1}}}))
	switch b := boxes[0]; b {
	case Box{Sq{2}}:
		fmt.Println("two")
	case Box{Sq{1}}:
		fmt.Println("one")
	}
	evs := []Event{{"a", nil}, {"b", NotFound{"z"}}}
	fmt.Println(slices.Index(evs, Event{"b", NotFound{"z"}}))
}
