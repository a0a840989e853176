//go:build ignore

// A value with a LogValue method read back from slog.Value (Any, String,
// a handler printing the attribute) is the value itself.
package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
)

type secret string

func (secret) LogValue() slog.Value { return slog.StringValue("***") }

type S struct{ A int }

func (S) LogValue() slog.Value { return slog.IntValue(1) }

type H struct{ buf *bytes.Buffer }

func (h H) Enabled(context.Context, slog.Level) bool { return true }
func (h H) Handle(_ context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool { fmt.Fprintf(h.buf, "%s=%v|", a.Key, a.Value); return true })
	return nil
}
func (h H) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h H) WithGroup(string) slog.Handler      { return h }

func main() {
	v := slog.AnyValue(secret("y"))
	fmt.Println(v.Kind(), v)
	a := v.Any()
	fmt.Printf("%T\n", a)
	_, ok := a.(secret)
	fmt.Println(ok)
	b := slog.AnyValue(S{5}).Any()
	fmt.Printf("%T %v\n", b, b)
	fmt.Println(slog.Any("k", S{6}))
	fmt.Println(slog.Any("k", secret("z")).Value.Resolve())
	var buf bytes.Buffer
	l := slog.New(H{&buf})
	l.Info("m", "s", secret("q"), "t", S{7})
	fmt.Println(buf.String())
}
