//go:build ignore

// More reflection on the program's types: Implements, AssignableTo and
// ConvertibleTo against standard interfaces, Value.FieldByName of
// promoted fields, %T of a reflect.Type, and a method's reflect.Value
// result asserted in one chain.

package main

import (
	"fmt"
	"io"
	"reflect"
)

type Money struct{ C int }

func (m Money) String() string { return fmt.Sprintf("$%d", m.C) }

type Buf struct{ data []byte }

func (b *Buf) Write(p []byte) (int, error) { b.data = append(b.data, p...); return len(p), nil }

type Base struct{ ID int }

type Meta struct{ Tag string }

type Item struct {
	Base
	*Meta
	Name string
}

type Registry struct{}

func (r *Registry) zero(t reflect.Type) reflect.Value { return reflect.Zero(t) }

func main() {
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	writer := reflect.TypeOf((*io.Writer)(nil)).Elem()
	for _, v := range []any{Money{1}, &Money{2}, Buf{}, &Buf{}, 3} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Implements(stringer), t.Implements(writer), t.AssignableTo(stringer), t.ConvertibleTo(writer))
	}
	it := Item{Base{7}, &Meta{"x"}, "w"}
	v := reflect.ValueOf(it)
	fmt.Println(v.FieldByName("ID"), v.FieldByName("Tag"), v.FieldByName("Name"), v.FieldByName("Nope").IsValid())
	pv := reflect.ValueOf(&it).Elem()
	pv.FieldByName("ID").SetInt(9)
	fmt.Println(it.ID)
	fmt.Printf("%T %v %s\n", reflect.TypeOf(it), reflect.TypeOf(it), reflect.TypeOf(&it))
	x := (&Registry{}).zero(reflect.TypeOf(0)).Interface().(int)
	fmt.Println(x)
}
