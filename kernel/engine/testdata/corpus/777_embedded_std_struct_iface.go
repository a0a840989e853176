//go:build ignore

// A struct embedding a standard-library struct by value before other
// fields keeps the promoted value methods in interfaces.
package main

import (
	"fmt"
	"net/netip"
	"sort"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type Endpoint struct {
	netip.Addr
	Port int
}

type Yearer interface{ Year() int }

func main() {
	ev := Event{time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), "launch"}
	var y Yearer = ev
	fmt.Println(y.Year())
	var a any = ev
	if s, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	if e, ok := a.(Event); ok {
		fmt.Println(e.Name, e.Month())
	}
	evs := []Yearer{ev, Event{time.Date(1999, 5, 1, 0, 0, 0, 0, time.UTC), "old"}}
	sort.Slice(evs, func(i, j int) bool { return evs[i].Year() < evs[j].Year() })
	for _, e := range evs {
		fmt.Println(e.Year(), e.(Event).Name)
	}
	var s fmt.Stringer = Endpoint{netip.MustParseAddr("10.0.0.1"), 80}
	fmt.Println(s.String(), s)
	fmt.Println(ev.Before(time.Now()), ev.Format(time.DateOnly))
}
