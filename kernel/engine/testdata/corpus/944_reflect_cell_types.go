//go:build ignore

// Reflection on the program's struct types: type names, fields with their
// declared names and tags, methods listed and called by name.

package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Greeter struct {
	Base
	Name  string `json:"name" validate:"required"`
	email string
}

func (g Greeter) Hello(to string) string { return "hello " + to + " from " + g.Name }
func (g *Greeter) Rename(n string)       { g.Name = n }
func (g Greeter) Join(sep string, xs ...string) string {
	return strings.Join(xs, sep)
}

type Empty struct{}

func describe(v any) {
	t := reflect.TypeOf(v)
	fmt.Println(t, t.Name(), t.Kind(), t.PkgPath(), t.String())
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %s %v %q json=%q exported=%v anonymous=%v\n", f.Name, f.Type, f.Tag, f.Tag.Get("json"), f.IsExported(), f.Anonymous)
	}
}

func main() {
	g := Greeter{Base{7}, "ann", "a@b"}
	describe(g)
	describe(&g)
	describe(Empty{})
	fmt.Println(reflect.TypeOf([]Greeter{}), reflect.TypeOf(map[string]*Greeter{}))
	sf, ok := reflect.TypeOf(g).FieldByName("email")
	fmt.Println(sf.Name, sf.Index, ok, sf.PkgPath)
	_, ok = reflect.TypeOf(g).FieldByName("Xemail")
	fmt.Println(ok)
	for _, f := range reflect.VisibleFields(reflect.TypeOf(g)) {
		fmt.Print(f.Name, f.Index, " ")
	}
	fmt.Println()

	t := reflect.TypeOf(g)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&g).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(i, m.Name, m.Type)
	}
	v := reflect.ValueOf(g)
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("bob")})
	fmt.Println(out[0])
	fmt.Println(v.MethodByName("Describe").Call(nil)[0])
	fmt.Println(v.MethodByName("Join").Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
	pv := reflect.ValueOf(&g)
	pv.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("zed")})
	fmt.Println(g.Name, pv.NumMethod(), v.MethodByName("Nope").IsValid())
	m, ok := reflect.TypeOf(&g).MethodByName("Hello")
	fmt.Println(m.Name, ok, m.Func.Call([]reflect.Value{pv, reflect.ValueOf("x")})[0])
	fmt.Println(v.Method(0).Call(nil)[0])
}
