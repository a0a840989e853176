//go:build ignore

package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Name() string
}

type memFile struct {
	name string
	data []string
	pos  int
}

func (m *memFile) Read() string {
	if m.pos >= len(m.data) {
		return ""
	}
	m.pos++
	return m.data[m.pos-1]
}
func (m *memFile) Write(s string) { m.data = append(m.data, s) }
func (m *memFile) Close() error   { return fmt.Errorf("%s closed", m.name) }
func (m *memFile) Name() string   { return m.name }

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type loud struct {
	io.Writer // embedding an interface in a struct
}

func (l loud) Write(p []byte) (int, error) {
	return l.Writer.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	var rwc ReadWriteCloser = &memFile{name: "mem"}
	rwc.Write("one")
	rwc.Write("two")
	var r Reader = rwc
	fmt.Println(r.Read(), rwc.Read(), rwc.Read() == "")
	var w Writer = rwc
	w.Write("three")
	fmt.Println(rwc.Read())
	fmt.Println(rwc.Close(), rwc.Name())
	if c, ok := r.(Closer); ok {
		fmt.Println("reader is also a closer:", c.Close())
	}
	_, ok := r.(io.Reader)
	fmt.Println("is io.Reader:", ok)
	b, _ := io.ReadAll(upperReader{strings.NewReader("quiet words")})
	fmt.Println(string(b))
	var sb strings.Builder
	l := loud{&sb}
	fmt.Fprintf(l, "hello %s", "there")
	fmt.Println(sb.String())
	fmt.Printf("%T\n", rwc)
}
