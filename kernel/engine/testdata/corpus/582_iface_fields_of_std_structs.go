//go:build ignore

// Values of the cell's types in interface fields of standard-library
// structs (exec.Cmd's Stdout, io.LimitedReader's R, slog.HandlerOptions'
// Level), and new(T) returned as a standard-library interface.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os/exec"
	"strings"
)

type Counter struct{ n, lines int }

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type Rep struct{ c byte }

func (r Rep) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.c
	}
	return len(p), nil
}

type Zero int

func (Zero) Read(p []byte) (int, error) { return 0, io.EOF }

type Fixed struct{ lv slog.Level }

func (f *Fixed) Level() slog.Level { return f.lv }

type Upper struct{ w io.Writer }

func (u *Upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func NewUpper(w io.Writer) io.Writer { u := new(Upper); u.w = w; return u }

type Err struct{ op string }

func (e *Err) Error() string { return "failed: " + e.op }

func fail() error { e := new(Err); e.op = "open"; return e }

func main() {
	var c Counter
	cmd := exec.Command("printf", "a\\nbb\\n")
	cmd.Stdout = &c
	fmt.Println(cmd.Run(), c.n, c.lines)

	var out strings.Builder
	cmd2 := &exec.Cmd{Path: "/bin/echo", Args: []string{"echo", "hello"}, Stdout: NewUpper(&out)}
	fmt.Println(cmd2.Run(), strings.TrimSpace(out.String()))

	lr := &io.LimitedReader{R: Rep{'x'}, N: 3}
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b), lr.N)

	readers := []io.LimitedReader{{R: Rep{'k'}, N: 1}, {R: &Rep{'m'}, N: 2}, {R: Zero(0), N: 5}}
	for i := range readers {
		b, err := io.ReadAll(&readers[i])
		fmt.Printf("%q %v\n", b, err)
	}

	var lr2 io.LimitedReader
	lr2.N = 2
	lr2.R = new(Rep)
	b, _ = io.ReadAll(&lr2)
	fmt.Printf("%q\n", b)
	r := Rep{'a'}
	lr2 = io.LimitedReader{R: r, N: 2}
	r.c = 'b'
	b, _ = io.ReadAll(&lr2)
	fmt.Println(string(b))

	var logs bytes.Buffer
	opts := slog.HandlerOptions{Level: &Fixed{slog.LevelWarn}, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	fmt.Println(opts.Level.Level())
	log := slog.New(slog.NewTextHandler(&logs, &opts))
	log.Info("hidden")
	log.Warn("shown", "n", 1)
	fmt.Print(logs.String())

	fmt.Println(fail())
}
