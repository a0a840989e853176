//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type counter struct {
	mu    sync.Mutex
	bytes int64
	ops   int
}

func (c *counter) add(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bytes += int64(n)
	c.ops++
}

func (c *counter) count() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes, c.ops
}

type ReadCounter interface {
	io.Reader
	ReadCount() (n int64, nops int)
}

type WriteCounter interface {
	io.Writer
	WriteCount() (n int64, nops int)
}

type readCounter struct {
	r io.Reader
	counter
}

type writeCounter struct {
	w io.Writer
	counter
}

type rwCounter struct {
	ReadCounter
	WriteCounter
}

func NewReadCounter(r io.Reader) ReadCounter   { return &readCounter{r: r} }
func NewWriteCounter(w io.Writer) WriteCounter { return &writeCounter{w: w} }
func NewReadWriteCounter(rw io.ReadWriter) interface {
	ReadCounter
	WriteCounter
} {
	return &rwCounter{NewReadCounter(rw), NewWriteCounter(rw)}
}

func (rc *readCounter) Read(p []byte) (int, error) {
	n, err := rc.r.Read(p)
	rc.add(n)
	return n, err
}
func (rc *readCounter) ReadCount() (int64, int) { return rc.count() }

func (wc *writeCounter) Write(p []byte) (int, error) {
	n, err := wc.w.Write(p)
	wc.add(n)
	return n, err
}
func (wc *writeCounter) WriteCount() (int64, int) { return wc.count() }

type slowReader struct {
	s string
	i int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.i >= len(s.s) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = s.s[s.i]
	s.i++
	return 1, nil
}

func main() {
	rc := NewReadCounter(strings.NewReader("hello, world"))
	buf := make([]byte, 5)
	for {
		n, err := rc.Read(buf)
		fmt.Printf("read %q err=%v\n", buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println(rc.ReadCount())

	var sink bytes.Buffer
	wc := NewWriteCounter(&sink)
	fmt.Fprintf(wc, "%d-%s;", 42, "x")
	io.WriteString(wc, "abc")
	wc.Write(nil)
	fmt.Println(sink.String())
	fmt.Println(wc.WriteCount())

	rc2 := NewReadCounter(&slowReader{s: "abcdef"})
	data, err := io.ReadAll(rc2)
	fmt.Println(string(data), err)
	fmt.Println(rc2.ReadCount())

	var wg sync.WaitGroup
	wc2 := NewWriteCounter(io.Discard)
	for range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); wc2.Write([]byte("xy")) }()
	}
	wg.Wait()
	fmt.Println(wc2.WriteCount())

	var b bytes.Buffer
	b.WriteString("seed")
	rw := NewReadWriteCounter(&b)
	rw.Write([]byte("++more"))
	got, _ := io.ReadAll(rw)
	fmt.Println(string(got))
	fmt.Println(rw.ReadCount())
	fmt.Println(rw.WriteCount())
	n, err := io.Copy(NewWriteCounter(io.Discard), io.LimitReader(strings.NewReader(strings.Repeat("z", 100)), 37))
	fmt.Println(n, err)
}
