//go:build ignore

// A struct embedding a pointer to an unexported struct gets its pointer
// methods: values of it in an interface assert back (the kernel's
// assertion did not compile: "impossible type assertion").
package main

import "fmt"

type Logger interface{ Log(string) }

type Describer interface{ Describe() string }

type base struct{ lines []string }

func (b *base) Log(s string)    { b.lines = append(b.lines, s) }
func (b base) Describe() string { return fmt.Sprint(len(b.lines), " lines") }

type Service struct {
	*base
	Name string
}

type Layered struct{ Service }

func main() {
	var lg Logger = Service{&base{}, "svc"}
	lg.Log("start")
	s, ok := lg.(Service)
	fmt.Println(s.Name, ok, s.lines)
	d, ok := lg.(Describer)
	fmt.Println(d.Describe(), ok)
	switch v := lg.(type) {
	case Layered:
		fmt.Println("layered", v.Name)
	case Service:
		fmt.Println("service", v.Name)
	}
	lg = Layered{Service{&base{}, "inner"}}
	lg.Log("a")
	lg.Log("b")
	if l, ok := lg.(Layered); ok {
		fmt.Println(l.Name, l.Describe())
	}
	_, ok = lg.(interface{ Describe() string })
	fmt.Println(ok)
}
