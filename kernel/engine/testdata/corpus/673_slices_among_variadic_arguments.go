//go:build ignore

// A []any among the arguments of a program's ...any function (not
// spread: count(0, args) has two).
package main

import (
	"fmt"
	"strings"
)

func count(xs ...any) int { return len(xs) }

func join(sep string, xs ...any) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string, kv ...any) { fmt.Println(l.prefix, msg, len(kv), kv) }

func (l Logger) Logf(format string, args ...any) { fmt.Printf(l.prefix+" "+format+"\n", args...) }

func main() {
	args := []any{"a", "b", "c"}
	fmt.Println(count(0, args))
	fmt.Println(count(0, 1, []any{}))
	fmt.Println(count(args), count(args...), count(0, args, 1))
	fmt.Println(join("-", 1, args))
	lg := Logger{"[x]"}
	extra := []any{"k", 2}
	lg.Log("x", extra)
	lg.Log("y", 1, extra)
	lg.Logf("%d|%v", 1, extra)
	f := count
	fmt.Println(f(0, args))
}
