//go:build ignore

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Pipe-like in-memory buffer that implements several io interfaces.
type Buffer struct {
	data []byte
	off  int
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }

func (b *Buffer) Read(p []byte) (int, error) {
	if b.off >= len(b.data) {
		return 0, io.EOF
	}
	n := copy(p, b.data[b.off:])
	b.off += n
	return n, nil
}

func (b *Buffer) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.data[b.off:])
	b.off += n
	return int64(n), err
}

func (b *Buffer) Len() int { return len(b.data) - b.off }

// LineNumberer prefixes each line written through it.
type LineNumberer struct {
	w    io.Writer
	line int
	bol  bool
}

func NewLineNumberer(w io.Writer) *LineNumberer { return &LineNumberer{w: w, bol: true} }

func (l *LineNumberer) Write(p []byte) (int, error) {
	for _, c := range p {
		if l.bol {
			l.line++
			fmt.Fprintf(l.w, "%3d| ", l.line)
			l.bol = false
		}
		if _, err := l.w.Write([]byte{c}); err != nil {
			return 0, err
		}
		if c == '\n' {
			l.bol = true
		}
	}
	return len(p), nil
}

type failWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errDiskFull
	}
	f.after--
	return len(p), nil
}

func main() {
	var _ io.ReadWriter = (*Buffer)(nil)
	var _ io.WriterTo = (*Buffer)(nil)
	var _ io.StringWriter = (*Buffer)(nil)

	buf := &Buffer{}
	fmt.Fprintf(buf, "first line\nsecond %d\n", 2)
	io.WriteString(buf, "third\n")
	fmt.Println("buffered:", buf.Len())

	ln := NewLineNumberer(os.Stdout)
	n, err := io.Copy(ln, buf)
	fmt.Println(n, err, buf.Len())

	w := bufio.NewWriter(ln)
	fmt.Fprint(w, "via bufio\nand more\n")
	fmt.Println("before flush, buffered:", w.Buffered())
	w.Flush()

	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words)

	_, err = io.Copy(&failWriter{after: 1}, strings.NewReader(strings.Repeat("x", 100000)))
	fmt.Println(err, errors.Is(err, errDiskFull))
	var rw io.Reader = buf
	_, isWT := rw.(io.WriterTo)
	_, isSeeker := rw.(io.Seeker)
	fmt.Println(isWT, isSeeker)
}
