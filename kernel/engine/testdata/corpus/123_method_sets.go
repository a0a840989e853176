//go:build ignore

package main

import "fmt"

type Speaker interface{ Speak() string }
type Renamer interface{ Rename(string) }

type Base struct{ name string }

func (b Base) Speak() string    { return "I am " + b.name }
func (b *Base) Rename(n string) { b.name = n }
func (b Base) Describe() string { return "base:" + b.name }

type ByValue struct {
	Base
	extra int
}

type ByPointer struct {
	*Base
	tag string
}

type Override struct {
	Base
}

func (o Override) Speak() string { return "override, " + o.Base.Speak() }

type Multi struct {
	Base
	Other
}

type Other struct{ id int }

func (o Other) ID() int { return o.id }

func tryRename(v any, to string) {
	if r, ok := v.(Renamer); ok {
		r.Rename(to)
		fmt.Printf("%T renamed\n", v)
	} else {
		fmt.Printf("%T is not a Renamer\n", v)
	}
}

func main() {
	bv := ByValue{Base{"val"}, 1}
	fmt.Println(bv.Speak(), bv.Describe())
	bv.Rename("val2")
	fmt.Println(bv.name)
	tryRename(bv, "x")
	tryRename(&bv, "val3")
	fmt.Println(bv.name)

	bp := ByPointer{&Base{"ptr"}, "t"}
	tryRename(bp, "ptr2")
	fmt.Println(bp.Speak())

	var s Speaker = Override{Base{"o"}}
	fmt.Println(s.Speak())
	m := Multi{Base{"m"}, Other{7}}
	fmt.Println(m.Speak(), m.ID(), m.Describe())
	speakers := []Speaker{bv, &bv, bp, Override{Base{"z"}}, m}
	for _, sp := range speakers {
		fmt.Printf("%T: %s\n", sp, sp.Speak())
	}
	shared := &Base{"shared"}
	x, y := ByPointer{shared, "x"}, ByPointer{shared, "y"}
	x.Rename("changed via x")
	fmt.Println(y.name)
	f := bv.Describe
	g := (&bv).Rename
	g("val4")
	fmt.Println(f(), bv.Describe())
}
