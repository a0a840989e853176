//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type Val struct{ n int }

func (v Val) String() string { return fmt.Sprintf("Val<%d>", v.n) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr<%d>", p.n) }

type Both struct{ s string }

func (b Both) String() string { return "stringer:" + b.s }
func (b Both) Error() string  { return "error:" + b.s }

type Fmt struct{ x int }

func (f Fmt) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('+') {
			fmt.Fprintf(s, "Fmt{x=%d}", f.x)
			return
		}
		fmt.Fprintf(s, "F%d", f.x)
	default:
		fmt.Fprintf(s, "%%!%c(Fmt)", verb)
	}
}

type Outer struct {
	V  Val
	P  Ptr
	PP *Ptr
}

type Recursive []any

func (r Recursive) String() string { return fmt.Sprintf("R%d", len(r)) }

type NilSafe struct{}

func (n *NilSafe) String() string {
	if n == nil {
		return "nil NilSafe"
	}
	return "NilSafe"
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

func main() {
	v := Val{1}
	p := Ptr{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d\n", v, v, v)
	fmt.Println([]Val{{3}, {4}}, []*Ptr{{5}}, []Ptr{{6}})
	fmt.Println(Outer{Val{7}, Ptr{8}, &Ptr{9}})
	fmt.Printf("%+v\n", Outer{Val{7}, Ptr{8}, &Ptr{9}})
	fmt.Println(Both{"x"})
	var err error = Both{"y"}
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Println(Fmt{3})
	fmt.Printf("%+v %d\n", Fmt{4}, Fmt{5})
	fmt.Println(map[Val]string{{1}: "one"})
	fmt.Println(Recursive{1, 2, 3})
	var ns *NilSafe
	fmt.Println(ns)
	fmt.Println(Panicky{})
	var sv fmt.Stringer = v
	fmt.Println(sv.String(), fmt.Sprint(sv))
	fmt.Printf("%s|%v|%q\n", []fmt.Stringer{v, &p}, [2]Val{}, Val{10})
}
