//go:build ignore

// Types defined from named function, map, channel and pointer types of
// the program and of the standard library (type MyHandler
// http.HandlerFunc), and from a standard basic type with methods (type
// MyDur time.Duration has none).
package main

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"time"
)

type A func(int) int
type B A

func (b B) Twice(x int) int { return b(b(x)) }

type M map[string]int
type M2 M
type C chan int
type C2 C
type P *int
type P2 P
type Header http.Header
type MyHandler http.HandlerFunc
type W filepath.WalkFunc
type MyDur time.Duration
type Mapper func(rune) rune
type Mapper2 Mapper

func (h MyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "my: ")
	h(w, r)
}

func main() {
	var b B = func(x int) int { return x * 2 }
	fmt.Println(b(21), b.Twice(3))
	m := M2{"a": 1}
	fmt.Println(m["a"], len(m))
	c := make(C2, 1)
	c <- 5
	fmt.Println(<-c)
	n := 7
	var p P2 = &n
	*p = 8
	fmt.Println(n)
	h := Header{"A": {"1"}}
	fmt.Println(len(h), h["A"], http.Header(h).Get("A"))
	var hd http.Handler = MyHandler(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, r.URL.Path) })
	rec := httptest.NewRecorder()
	hd.ServeHTTP(rec, httptest.NewRequest("GET", "/p", nil))
	fmt.Println(rec.Body.String())
	var walk W = func(path string, info fs.FileInfo, err error) error { return nil }
	fmt.Println(walk("x", nil, nil))
	d := MyDur(1500 * time.Millisecond)
	fmt.Println(d, time.Duration(d))
	var x any = d
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	var up Mapper2 = func(r rune) rune { return r - 32 }
	fmt.Println(strings.Map(up, "abc"))
	fmt.Printf("%T %T %T\n", b, m, d)
}
