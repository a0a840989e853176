//go:build ignore

// Writing through io.Writer: Fprintf to strings.Builder, bytes.Buffer,
// a custom writer, io.MultiWriter, bufio.Writer flushing.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type lineCounter struct {
	lines int
	bytes int
}

func (l *lineCounter) Write(p []byte) (int, error) {
	l.bytes += len(p)
	l.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type prefixWriter struct {
	w      io.Writer
	prefix string
	atBOL  bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for _, c := range b {
		if p.atBOL {
			io.WriteString(p.w, p.prefix)
			p.atBOL = false
		}
		p.w.Write([]byte{c})
		if c == '\n' {
			p.atBOL = true
		}
	}
	return len(b), nil
}

func report(w io.Writer, items map[string]int, order []string) error {
	for _, k := range order {
		if _, err := fmt.Fprintf(w, "%-6s %3d\n", k, items[k]); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	items := map[string]int{"pens": 3, "paper": 500, "ink": 2}
	order := []string{"ink", "paper", "pens"}

	var sb strings.Builder
	report(&sb, items, order)
	fmt.Print(sb.String())
	fmt.Println(sb.Len())

	var buf bytes.Buffer
	lc := &lineCounter{}
	mw := io.MultiWriter(&buf, lc)
	report(mw, items, order)
	fmt.Println(lc.lines, lc.bytes, buf.Len() == lc.bytes)

	pw := &prefixWriter{w: os.Stdout, prefix: "> ", atBOL: true}
	fmt.Fprintln(pw, "quoted line one")
	fmt.Fprintf(pw, "two\nthree\n")

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", bw.Buffered())
	fmt.Println("printed before flush")
	bw.Flush()

	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err := fmt.Fprintf(io.Discard, "%s", strings.Repeat("x", 100))
	fmt.Println(n, err)

	s := fmt.Append([]byte("pre:"), "a", 1)
	s = fmt.Appendf(s, "|%03d", 7)
	s = fmt.Appendln(s, "!")
	fmt.Printf("%q\n", s)
	e := fmt.Errorf("wrap %d: %w", 1, io.EOF)
	fmt.Println(e, e.Error() == "wrap 1: EOF")
}
