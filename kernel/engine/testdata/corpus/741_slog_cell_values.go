//go:build ignore

// Values of cell types handed to log/slog: a handler's assertions and type
// switches on Value.Any(), slices and maps of them printed with String and
// marshalled with MarshalJSON.
package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
)

type UserID struct{ N int }

func (u UserID) String() string { return fmt.Sprintf("user-%d", u.N) }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Money struct{ C int }

func (m Money) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"$%d"`, m.C)), nil }

type H struct{ b *strings.Builder }

func (H) Enabled(context.Context, slog.Level) bool { return true }
func (h H) Handle(_ context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool {
		switch v := a.Value.Any().(type) {
		case UserID:
			fmt.Fprintln(h.b, a.Key, "user", v.N)
		case *UserID:
			fmt.Fprintln(h.b, a.Key, "user ptr", v.N)
		case []UserID:
			fmt.Fprintln(h.b, a.Key, "users", len(v), v)
		case Level:
			fmt.Fprintln(h.b, a.Key, "level", v)
		default:
			fmt.Fprintf(h.b, "%s other %v\n", a.Key, v)
		}
		return true
	})
	return nil
}
func (h H) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h H) WithGroup(string) slog.Handler      { return h }

func main() {
	var sb strings.Builder
	l := slog.New(H{&sb})
	u := UserID{7}
	l.Info("login", "uid", u, "p", &u, "all", []UserID{{1}, {2}}, "lvl", Level(1), "n", 5)
	fmt.Print(sb.String())
	v := slog.AnyValue(u).Any()
	fmt.Println(v == any(u), v)
	var buf bytes.Buffer
	opts := &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}
	slog.New(slog.NewTextHandler(&buf, opts)).Info("t", "users", []UserID{{1}}, "m", map[string]UserID{"a": {2}}, "arr", [2]UserID{})
	slog.New(slog.NewJSONHandler(&buf, opts)).Info("j", "one", Money{5}, "list", []Money{{6}}, "byname", map[string]Money{"a": {8}}, "ptrs", []*Money{{9}})
	fmt.Print(buf.String())
}
