//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(s string) string {
			return prefix + "(" + next.Handle(s) + ")"
		})
	}
}

type Op func(float64, float64) (float64, error)

type Predicate[T any] func(T) bool

func (p Predicate[T]) And(q Predicate[T]) Predicate[T] {
	return func(v T) bool { return p(v) && q(v) }
}

func (p Predicate[T]) Not() Predicate[T] { return func(v T) bool { return !p(v) } }

type Option func(*Server)

type Server struct {
	host string
	port int
	tls  bool
}

func WithPort(p int) Option { return func(s *Server) { s.port = p } }
func WithTLS() Option       { return func(s *Server) { s.tls = true } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

func main() {
	h := Chain(HandlerFunc(strings.ToUpper), Logging("A"), Logging("B"))
	fmt.Println(h.Handle("hi"))

	ops := map[string]Op{
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("divide by zero")
			}
			return a / b, nil
		},
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(ops[k](6, 0))
	}
	even := Predicate[int](func(n int) bool { return n%2 == 0 })
	big := Predicate[int](func(n int) bool { return n > 10 })
	f := even.And(big.Not())
	for _, n := range []int{4, 12, 7} {
		fmt.Print(f(n), " ")
	}
	fmt.Println()
	s := NewServer("localhost", WithPort(8443), WithTLS())
	fmt.Printf("%+v\n", *s)
	var nilFn func()
	fmt.Println(nilFn == nil)
	fns := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * x }}
	v := 3
	for _, fn := range fns {
		v = fn(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", Option(nil))
}
