//go:build ignore

package main

import (
	"errors"
	"fmt"
	"time"
)

type Address struct {
	City string
	Zip  *string
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Friends []Person
	Meta    map[string]any
	private bool
	Born    time.Month
	Err     error
	Fn      func()
	Ch      chan int
	Iface   fmt.Stringer
	Arr     [2]uint8
	Any     any
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

type Wrapper struct {
	ID    ID
	IDs   []ID
	PtrID *ID
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

type Empty struct{}

func main() {
	zip := "12345"
	p := Person{
		Name:    "Ada",
		Age:     36,
		Addr:    &Address{"London", &zip},
		Friends: []Person{{Name: "Charles", Age: 40}},
		Meta:    map[string]any{"lang": "math", "id": 1},
		private: true,
		Born:    time.December,
		Err:     errors.New("none"),
		Iface:   ID(3),
		Arr:     [2]uint8{1, 2},
		Any:     []int{1},
	}
	fmt.Println(p.Friends)
	fmt.Printf("%v\n", p.Friends[0])
	fmt.Printf("%+v\n", p.Friends[0])
	fmt.Printf("%v\n", *p.Addr.Zip)
	fmt.Printf("%+v\n", p.Meta)
	fmt.Printf("%v %+v\n", p.Born, p.Err)
	id := ID(7)
	w := Wrapper{ID: 1, IDs: []ID{2, 3}, PtrID: &id}
	fmt.Printf("%v|%+v\n", w.ID, w.IDs)
	fmt.Println(w.ID, w.IDs, *w.PtrID)
	fmt.Printf("%#v\n", w.IDs)
	fmt.Printf("%d %s %q %x\n", w.ID, w.ID, w.ID, w.ID)
	t := &Tree{1, &Tree{Val: 2}, nil}
	fmt.Printf("%v\n", *t.Left)
	fmt.Printf("%+v\n", *t.Left)
	fmt.Printf("%#v\n", *t.Left)
	fmt.Println(Empty{}, &Empty{}, []Empty{{}, {}})
	fmt.Printf("%#v %#v\n", Empty{}, []*int(nil))
	fmt.Printf("%v %+v\n", []*Tree{nil}, map[string]*Tree{"x": nil})
	type inner struct {
		A []string
		B map[int]bool
	}
	type outer struct {
		In  inner
		Ptr *inner
		Arr [2]inner
	}
	o := outer{In: inner{[]string{"a"}, map[int]bool{2: true, 1: false}}, Arr: [2]inner{{A: []string{"z"}}}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v %+v\n", struct{ T time.Duration }{1500 * time.Millisecond}, struct{ E error }{})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, []any{1, "a", nil})
	fmt.Printf("%#v %#v\n", map[string]int(nil), struct{ p *int }{})
	fmt.Printf("%v\n", [][]int{{1, 2}, {3}})
	fmt.Printf("%#v\n", [2][]string{{"x"}, nil})
	fmt.Printf("%v %d\n", []ID{4, 5}, []ID{4, 5})
	fmt.Printf("%s\n", []error{errors.New("e1"), nil})
	fmt.Printf("%v\n", p.Arr)
	fmt.Printf("%+v\n", p.Iface)
}
