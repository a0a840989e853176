//go:build ignore

package main

import (
	"log/slog"
	"os"
)

type S struct{ N int }

func (s S) String() string { return "S!" }

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type P struct {
	Name string
	age  int
}

func main() {
	l := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
			if a.Key == "time" {
				return slog.Attr{}
			}
			return a
		}}))
	l.Info("m", "s", S{1}, "e", E{"bad"}, "p", P{"x", 3}, "pp", &P{"y", 4})
	l.Info("attrs", slog.Any("s", S{2}), slog.Int("n", 1))
}
