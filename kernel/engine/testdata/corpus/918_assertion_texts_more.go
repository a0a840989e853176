//go:build ignore

// Failed assertions panic with Go's texts: from error to a pointer of the
// held type, to an interface the held type only partly implements, from
// the program's interface holding a named non-struct type, and of an any
// that the standard library handed back.
package main

import (
	"container/list"
	"fmt"
	"reflect"
	"sync/atomic"
)

type myErr struct{ n int }

func (m myErr) Error() string { return "my error" }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ side float64 }

func (s Sq) Area() float64 { return s.side * s.side }

type Temp interface{ C() float64 }

type F float64

func (f F) C() float64 { return float64(f) }

type Names []string

func (n Names) C() float64 { return float64(len(n)) }

type Pt struct{ X int }

func try(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", label, r, r)
	}()
	f()
}

func main() {
	try("error to pointer", func() { var e error = myErr{1}; _ = e.(*myErr) })
	try("partial", func() { var s any = Sq{2}; _ = s.(Shape) })
	try("partial pointer", func() { var s any = &Sq{2}; _ = s.(Shape) })
	try("none", func() { var s any = 3; _ = s.(Shape) })
	try("named float", func() { var t Temp = F(1); _ = t.(fmt.Stringer) })
	try("named slice", func() { var t Temp = Names{"a"}; _ = t.(fmt.Stringer) })
	try("reflect any", func() { _ = reflect.ValueOf(5).Interface().(string) })
	try("list value", func() { _ = list.New().PushBack(Pt{1}).Value.(*Pt) })
	try("atomic value", func() { var v atomic.Value; v.Store(Pt{1}); _ = v.Load().(int) })
	var e error = myErr{2}
	if p, ok := e.(*myErr); !ok {
		fmt.Println("comma ok:", p, ok)
	}
	v, ok := e.(myErr)
	fmt.Println(v.n, ok)
}
