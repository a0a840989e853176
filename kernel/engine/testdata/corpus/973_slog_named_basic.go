//go:build ignore

// slog key-value arguments of named non-struct types with Error or
// MarshalText methods.

package main

import (
	"fmt"
	"log/slog"
	"strings"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type T int

func (T) MarshalText() ([]byte, error) { return []byte("T!"), nil }

type E string

func (e E) Error() string { return "E:" + string(e) }

type Level int

func (l Level) String() string { return "lvl" + fmt.Sprint(int(l)) }

func main() {
	var sb strings.Builder
	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}
	slog.New(slog.NewJSONHandler(&sb, opts)).Info("m", "err", Code(3), "e2", error(Code(4)), "e", E("x"), "l", Level(2), "t", T(1))
	slog.New(slog.NewTextHandler(&sb, opts)).Info("m", "t", T(2), "err", Code(5), "l", Level(3), "n", 4)
	lg := slog.New(slog.NewTextHandler(&sb, opts))
	lg.Info("w", slog.Any("c", Code(6)), "e", E("y"))
	fmt.Print(sb.String())
}
