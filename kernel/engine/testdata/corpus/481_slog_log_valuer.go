//go:build ignore

package main

import (
	"fmt"
	"log/slog"
)

type printer struct{}

func (printer) Write(p []byte) (int, error) { fmt.Print(string(p)); return len(p), nil }

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type User struct {
	ID    int
	Email string
	Pass  Secret
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("email", u.Email))
}

type Token struct{ raw string }

func (t *Token) LogValue() slog.Value { return slog.StringValue(t.raw[:2] + "…") }

func main() {
	h := slog.NewTextHandler(printer{}, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)
	u := User{7, "a@b.c", "hunter2"}
	log.Info("login", "user", u, "pw", u.Pass)
	log.Info("token", "tok", &Token{"abcdef"})
	log.Info("attr", slog.Any("pw", Secret("s")))
	fmt.Println(slog.AnyValue(Secret("s")).Resolve())
	var lv slog.LogValuer = Secret("s")
	fmt.Println(lv.LogValue())
	j := slog.New(slog.NewJSONHandler(printer{}, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	j.Warn("json", "user", u)
}
