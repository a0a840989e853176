//go:build ignore

// Struct values with value-receiver methods passed straight to standard
// library functions taking interfaces (io.LimitReader, http.ServeMux.Handle,
// sort.Reverse, io.TeeReader) and read back: their type is kept.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Rd struct {
	s   string
	pos int
}

func (r Rd) Read(p []byte) (int, error) { n := copy(p, r.s); return n, io.EOF }

type Hn struct {
	msg string
	n   int
}

func (h Hn) ServeHTTP(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, h.msg, h.n) }

type Ints struct {
	xs  []int
	tag string
}

func (s Ints) Len() int           { return len(s.xs) }
func (s Ints) Less(i, j int) bool { return s.xs[i] < s.xs[j] }
func (s Ints) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func main() {
	b, _ := io.ReadAll(io.LimitReader(Rd{"hello", 0}, 3))
	fmt.Println(string(b))
	mux := http.NewServeMux()
	mux.Handle("/", Hn{"hi", 2})
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Body.String())
	h, pat := mux.Handler(httptest.NewRequest("GET", "/", nil))
	fmt.Printf("%T %s\n", h, pat)
	s := Ints{[]int{3, 1, 2}, "t"}
	sort.Sort(sort.Reverse(s))
	fmt.Println(s.xs)
	x := io.MultiReader(Rd{"ab", 0}, strings.NewReader("cd"))
	b2, _ := io.ReadAll(x)
	fmt.Println(string(b2))
	tr := io.TeeReader(Rd{"zz", 0}, io.Discard)
	b3, _ := io.ReadAll(tr)
	fmt.Println(string(b3))
}
