//go:build ignore

// A declared function passed as an argument of a call that also spreads a
// slice: decorator chains and functional options.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

type Middleware func(Handler) Handler

func upper(s string) string { return strings.ToUpper(s) }

func exclaim(next Handler) Handler { return func(s string) string { return next(s) + "!" } }

func brackets(next Handler) Handler { return func(s string) string { return "[" + next(s) + "]" } }

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type Server struct {
	name string
	port int
}

type Option func(*Server)

func defaults(s *Server) { s.name, s.port = "srv", 80 }

func WithPort(p int) Option { return func(s *Server) { s.port = p } }

func New(first Option, opts ...Option) *Server {
	s := &Server{}
	first(s)
	for _, o := range opts {
		o(s)
	}
	return s
}

type Pipe struct{ steps []func(int) int }

func (p *Pipe) Use(f func(int) int, more ...func(int) int) *Pipe {
	p.steps = append(append(p.steps, f), more...)
	return p
}

func inc(n int) int { return n + 1 }
func dbl(n int) int { return n * 2 }

func run() {
	mws := []Middleware{exclaim, brackets}
	fmt.Println(Chain(upper, mws...)("go"))
	opts := []Option{WithPort(8080)}
	fmt.Printf("%+v\n", *New(defaults, opts...))
	extra := []func(int) int{dbl}
	p := (&Pipe{}).Use(inc, extra...)
	n := 5
	for _, f := range p.steps {
		n = f(n)
	}
	fmt.Println(n)
}

func main() { run() }
