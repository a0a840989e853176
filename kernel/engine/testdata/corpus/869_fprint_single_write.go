//go:build ignore

// fmt.Fprint writes its text with one Write call, as fmt does: a large
// text goes past a bufio.Writer's buffer, and a failing writer's error
// comes back from Fprint.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

type rec struct{ sizes []int }

func (r *rec) Write(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	return len(p), nil
}

type limited struct{ sb strings.Builder }

func (l *limited) Write(p []byte) (int, error) {
	if l.sb.Len()+len(p) > 20 {
		return 0, errors.New("full")
	}
	return l.sb.Write(p)
}

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	r := &rec{}
	bw := bufio.NewWriterSize(r, 16)
	fmt.Fprint(bw, strings.Repeat("x", 30))
	fmt.Println(r.sizes, bw.Buffered())
	fmt.Fprint(bw, 1234567890123456789, strings.Repeat("y", 20))
	fmt.Println(r.sizes, bw.Buffered())
	fmt.Fprint(bw, point{1, 2}, "!")
	fmt.Println(r.sizes, bw.Buffered())

	l := &limited{}
	bl := bufio.NewWriterSize(l, 16)
	n, err := fmt.Fprint(bl, strings.Repeat("x", 30))
	fmt.Println(n, err, bl.Flush(), bl.Buffered(), l.sb.Len())
}
