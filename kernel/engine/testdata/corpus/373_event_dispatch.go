//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(event string) string
}

type Logger struct{ prefix string }

func (l Logger) Handle(e string) string { return l.prefix + e }

type Counter struct{ n int }

func (c *Counter) Handle(e string) string {
	c.n++
	return fmt.Sprintf("count=%d", c.n)
}

type Named interface{ Name() string }

func (l Logger) Name() string { return "logger" }

func main() {
	registry := []any{Logger{"log: "}, &Counter{}, "not a handler", 42, Logger{"audit: "}}
	events := strings.Fields("start tick stop")
	for _, e := range events {
		for i := 0; i < len(registry); i++ {
			if h, ok := registry[i].(Handler); ok {
				fmt.Println(i, h.Handle(e))
			}
		}
	}
	names := 0
	for i := range registry {
		if n, ok := registry[i].(Named); ok {
			names++
			fmt.Println("named:", n.Name())
		}
	}
	fmt.Println("named handlers:", names)
	idx := 1
	c := registry[idx].(*Counter)
	fmt.Println("final count:", c.n)
	h := registry[idx].(Handler)
	fmt.Println(h.Handle("manual"))
}
