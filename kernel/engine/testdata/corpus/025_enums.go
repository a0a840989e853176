//go:build ignore

package main

import "fmt"

type ServerState int

const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

func (ss ServerState) String() string {
	return stateName[ss]
}

func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", uint8(c))
}

type Direction int

const (
	North Direction = iota
	East
	South
	West
)

func (d Direction) String() string  { return [...]string{"N", "E", "S", "W"}[d] }
func (d Direction) Turn() Direction { return (d + 1) % 4 }

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns)
	ns2 := transition(ns)
	fmt.Println(ns2)
	fmt.Printf("%v %d %s %q\n", StateError, StateError, StateRetrying, StateConnected)
	fmt.Println(Red, Blue, Color(9))
	fmt.Printf("%v|%d|%x\n", Green, Green, Blue)
	d := North
	for range 5 {
		fmt.Print(d, " ")
		d = d.Turn()
	}
	fmt.Println()
	fmt.Println([]Color{Red, Green}, map[Color]int{Blue: 3})
	type pair struct {
		C Color
		D Direction
	}
	fmt.Printf("%v %+v\n", pair{Red, West}, pair{Green, South})
}
