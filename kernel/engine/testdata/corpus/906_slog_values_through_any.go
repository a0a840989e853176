//go:build ignore

// log/slog given the program's struct values through variables of type
// any (also with slog.Any and a spread []any): the text handler prints
// the declared field names and String methods, as for values passed
// directly.
package main

import (
	"fmt"
	"log/slog"
	"strings"
)

type Money struct {
	cents int64
	cur   string
}

type Tok struct{ s string }

func (t Tok) String() string { return "tok:" + t.s }

type User struct {
	Name  string
	Roles []string
}

func main() {
	var sb strings.Builder
	lg := slog.New(slog.NewTextHandler(&sb, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}))
	var v any = Money{150, "EUR"}
	var t any = Tok{"x"}
	var u any = &User{"ann", []string{"admin"}}
	lg.Info("direct", "m", Money{1, "USD"}, "t", Tok{"y"})
	lg.Info("any", "v", v, "t", t, "u", u)
	lg.Info("slog.Any", slog.Any("v", v), slog.Any("t", t))
	args := []any{"v", v, "t", t, "n", 3}
	lg.Info("spread", args...)
	lg.With("t", t).Warn("with")
	fmt.Print(sb.String())
	fmt.Println(args[1] == v, fmt.Sprintf("%+v", v))
}
