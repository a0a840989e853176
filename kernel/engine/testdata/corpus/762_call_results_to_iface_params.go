//go:build ignore

// Call results of the program's types passed straight to parameters of
// interface types: standard-library ones and the program's.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"sort"
	"strings"
)

type CountingWriter struct{ N int }

func (c *CountingWriter) Write(p []byte) (int, error) { c.N += len(p); return len(p), nil }

func NewCountingWriter() *CountingWriter { return &CountingWriter{} }

func writeReport(w io.Writer) { fmt.Fprintln(w, "report") }

type Logger struct{ out io.Writer }

func NewLogger(w io.Writer) *Logger { return &Logger{w} }

func (l *Logger) Log(s string) { fmt.Fprintln(l.out, s) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func reading() Temp { return 21.5 }

func show(s fmt.Stringer) { fmt.Println("shows", s.String()) }

type Labeler interface{ Label() string }

type Color int

func (c Color) Label() string { return [...]string{"red", "green"}[c] }

func parse(s string) Color {
	if s == "green" {
		return 1
	}
	return 0
}

func label(l Labeler) { fmt.Println(l.Label()) }

type Handler interface{ Handle(int) error }

type HandlerFunc func(int) error

func (f HandlerFunc) Handle(n int) error { return f(n) }

func logging(prefix string) HandlerFunc {
	return func(n int) error { fmt.Println(prefix, n); return nil }
}

func run(h Handler) error { return h.Handle(7) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func words() byLen { return byLen{"ccc", "a", "bb"} }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) NotFound { return NotFound{k} }

func wrap(err error) error { return fmt.Errorf("wrapped: %w", err) }

type Report struct{ cw CountingWriter }

func (r *Report) Out() *CountingWriter { return &r.cw }

func main() {
	writeReport(NewCountingWriter())
	l := NewLogger(NewCountingWriter())
	l.Log("hello")
	fmt.Println(l.out.(*CountingWriter).N)
	show(reading())
	label(parse("green"))
	fmt.Println(run(logging("got")))
	w := words()
	sort.Sort(w)
	fmt.Println(w)
	ws := words()
	sort.Sort(sort.Reverse(ws))
	fmt.Println(ws)
	err := wrap(lookup("k"))
	var nf NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Key)
	r := &Report{}
	fmt.Fprintf(r.Out(), "%d items\n", 3)
	io.WriteString(r.Out(), "more")
	lg := log.New(r.Out(), "", 0)
	lg.Print("x")
	fmt.Println(r.cw.N)
	var sb strings.Builder
	fmt.Fprint(&sb, reading())
	fmt.Println(sb.String())
}
