//go:build ignore

// Functions of the program passed or returned where a named function type
// of the standard library goes (bufio.SplitFunc, http.HandlerFunc,
// fs.WalkDirFunc): the middleware pattern.
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing/fstest"
)

func mine(data []byte, atEOF bool) (int, []byte, error) { return 1, data[:1], nil }

func call(split bufio.SplitFunc) {
	n, tok, _ := split([]byte("xy"), false)
	fmt.Println(n, string(tok))
}

func pick() (bufio.SplitFunc, error) { return mine, nil }
func pick1() bufio.SplitFunc         { return mine }

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello ", r.URL.Path) }

func logging(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("->", r.URL.Path)
		next(w, r)
	}
}

func visit(path string, d fs.DirEntry, err error) error {
	fmt.Println("visit", path)
	return nil
}

func walk(f fs.WalkDirFunc) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("x")}}
	fs.WalkDir(fsys, ".", f)
}

func main() {
	call(mine)
	s, _ := pick()
	n, _, _ := s([]byte("ab"), false)
	fmt.Println(n, pick1() != nil)
	rec := httptest.NewRecorder()
	logging(hello)(rec, httptest.NewRequest("GET", "/x", nil))
	fmt.Println(rec.Body.String())
	f := func(split bufio.SplitFunc) { call(split) }
	f(mine)
	walk(visit)
	sc := bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(mine)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println()
	hs := []http.HandlerFunc{hello}
	m := map[string]http.HandlerFunc{"h": logging(hello)}
	fmt.Println(len(hs), len(m))
}
