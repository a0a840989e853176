//go:build ignore

// Function types with methods: handler adapters, middleware chains,
// option functions, predicates combined with methods.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Tag(name string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return name + "(" + next.Handle(req) + ")"
		})
	}
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(n int) bool { return p(n) && q(n) } }
func (p Pred) Or(q Pred) Pred  { return func(n int) bool { return p(n) || q(n) } }
func (p Pred) Not() Pred       { return func(n int) bool { return !p(n) } }

func (p Pred) Filter(xs []int) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type Server struct {
	host    string
	port    int
	verbose bool
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }
func Verbose() Option       { return func(s *Server) { s.verbose = true } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

type ByKey func(a, b string) bool

func (less ByKey) Sort(xs []string) {
	sort.Slice(xs, func(i, j int) bool { return less(xs[i], xs[j]) })
}

func main() {
	h := Chain(HandlerFunc(strings.ToUpper), Tag("log"), Tag("auth"))
	fmt.Println(h.Handle("get /"))

	even := Pred(func(n int) bool { return n%2 == 0 })
	big := Pred(func(n int) bool { return n > 5 })
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(even.Filter(xs))
	fmt.Println(even.And(big).Filter(xs))
	fmt.Println(even.Or(big).Not().Filter(xs))

	s := NewServer("example.org", WithPort(8080), Verbose())
	fmt.Printf("%+v\n", *s)
	fmt.Printf("%+v\n", *NewServer("plain"))

	words := []string{"banana", "Apple", "cherry", "apple"}
	ByKey(func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) }).Sort(words)
	fmt.Println(words)
	byLen := ByKey(func(a, b string) bool { return len(a) < len(b) })
	byLen.Sort(words)
	fmt.Println(words[0], words[len(words)-1])

	var hf HandlerFunc = func(s string) string { return s + s }
	var hi Handler = hf
	fmt.Println(hi.Handle("ab"), hf("cd"))
	fmt.Printf("%T\n", hi)
}
