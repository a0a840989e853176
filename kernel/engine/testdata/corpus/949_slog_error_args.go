//go:build ignore

// log/slog given the program's errors and TextMarshalers as key-value
// arguments and through slog.Any: the JSON handler writes Error()'s text,
// the text handler MarshalText's.

package main

import (
	"fmt"
	"log/slog"
	"strings"
)

type pErr struct{}

func (*pErr) Error() string { return "perr" }

type myErr struct{ c int }

func (m myErr) Error() string { return fmt.Sprint("code ", m.c) }

type TM struct{ A int }

func (TM) MarshalText() ([]byte, error) { return []byte("tm"), nil }

func rm(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func main() {
	var sb strings.Builder
	h := slog.New(slog.NewJSONHandler(&sb, &slog.HandlerOptions{ReplaceAttr: rm}))
	h.Info("m", "p", &pErr{}, "v", myErr{1}, slog.Any("tm", TM{3}))
	h.With("e", myErr{2}).Error("x", "tm", TM{4})
	t := slog.New(slog.NewTextHandler(&sb, &slog.HandlerOptions{ReplaceAttr: rm}))
	t.Info("m", "tm", TM{2}, slog.Any("p", &TM{8}), "e", myErr{9})
	fmt.Print(sb.String())
}
