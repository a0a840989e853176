//go:build ignore

// Pointers to named non-struct types with methods held in any: type
// switches and assertions tell *Status from *int (a Scan(dest ...any)
// loop), also after a trip through compiled containers.

package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Status int
type Level int

func (s *Status) Scan(src any) error {
	n, err := strconv.Atoi(fmt.Sprint(src))
	*s = Status(n)
	return err
}

func (l *Level) Set(v int) { *l = Level(v) }

type Scanner interface{ Scan(any) error }

func scan(dest ...any) {
	for i, d := range dest {
		switch p := d.(type) {
		case Scanner:
			fmt.Println(i, "scanner", p.Scan("7"))
		case *int:
			*p = 42
			fmt.Println(i, "int")
		case *string:
			*p = "s"
			fmt.Println(i, "string")
		case *Level:
			p.Set(3)
			fmt.Println(i, "level")
		default:
			fmt.Printf("%d other\n", i)
		}
	}
}

func main() {
	var s Status
	var l Level
	var n int
	var str string
	scan(&s, &l, &n, &str)
	fmt.Println(s, l, n, str)
	var p any = &s
	_, ok1 := p.(*Status)
	_, ok2 := p.(*Level)
	_, ok3 := p.(*int)
	fmt.Println(ok1, ok2, ok3)

	var m sync.Map
	m.Store("k", &l)
	v, _ := m.Load("k")
	v.(*Level).Set(9)
	fmt.Println(l)
	ch := make(chan any, 1)
	ch <- &s
	switch q := (<-ch).(type) {
	case *int:
		fmt.Println("int")
	case *Status:
		q.Scan("11")
		fmt.Println("status", s)
	}
	for _, a := range []any{&s, &l, &n} {
		if t, ok := a.(interface{ Set(int) }); ok {
			t.Set(1)
			fmt.Println("setter")
		} else {
			fmt.Println("other")
		}
	}
	defer func() { fmt.Println(recover()) }()
	_ = p.(*int)
}
