//go:build ignore

// Request bodies of the program's types keep Close (and WriteTo): %T of
// req.Body and io.NopCloser as Go gives them.

package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

type B1 struct{ s *strings.Reader }

func (b B1) Read(p []byte) (int, error) { return b.s.Read(p) }
func (b B1) Close() error               { return nil }

type B2 struct{ s *strings.Reader }

func (b B2) Read(p []byte) (int, error)         { return b.s.Read(p) }
func (b B2) Close() error                       { return nil }
func (b B2) WriteTo(w io.Writer) (int64, error) { return 0, nil }

type B3 struct{ s *strings.Reader }

func (b *B3) Read(p []byte) (int, error)         { return b.s.Read(p) }
func (b *B3) Close() error                       { return nil }
func (b *B3) WriteTo(w io.Writer) (int64, error) { return 0, nil }

func main() {
	r1, _ := http.NewRequest("POST", "http://x/", B1{strings.NewReader("q")})
	r2, _ := http.NewRequest("POST", "http://x/", B2{strings.NewReader("q")})
	r3, _ := http.NewRequest("POST", "http://x/", &B3{strings.NewReader("q")})
	fmt.Printf("%T %T %T\n", r1.Body, r2.Body, r3.Body)
	rc := io.NopCloser(B2{strings.NewReader("q")})
	fmt.Printf("%T\n", rc)
	var r io.Reader = B2{strings.NewReader("q")}
	_, ok := r.(io.ReadCloser)
	fmt.Println(ok)
	var rt io.WriterTo = B2{}
	_, ok = rt.(io.ReadCloser)
	fmt.Println(ok)
	x := any(r).(io.Closer)
	fmt.Printf("%T\n", x)
}
