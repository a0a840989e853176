//go:build ignore

// Pointers to named non-struct types with methods held in io.Writer,
// hash.Hash, fmt.Stringer or the program's interfaces, asserted to other
// interfaces.
package main

import (
	"fmt"
	"hash"
	"io"
)

type Buf []byte

func (b *Buf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
func (b *Buf) String() string              { return "Buf(" + string(*b) + ")" }

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) { *c += ByteCounter(len(p)); return len(p), nil }

type W interface{ Write([]byte) (int, error) }

type WS interface {
	io.Writer
	Sum32() uint32
}

type H byte

func (h *H) Write(p []byte) (int, error) { *h += H(len(p)); return len(p), nil }
func (h *H) Sum(b []byte) []byte         { return append(b, byte(*h)) }
func (h *H) Reset()                      { *h = 0 }
func (h *H) Size() int                   { return 1 }
func (h *H) BlockSize() int              { return 1 }
func (h *H) Sum32() uint32               { return uint32(*h) }

func main() {
	var b Buf
	var iw io.Writer = &b
	fmt.Fprint(iw, "hi")
	st, ok := iw.(fmt.Stringer)
	fmt.Println(ok, st)
	var s fmt.Stringer = &b
	w2, ok := s.(io.Writer)
	fmt.Println(ok)
	w2.Write([]byte("!"))
	fmt.Println(b.String())

	c := ByteCounter(7)
	var w W = &c
	iw2, ok := w.(io.Writer)
	fmt.Println(ok)
	fmt.Fprintf(iw2, "%d", 12345)
	fmt.Println(c)
	_, ok = iw2.(fmt.Stringer)
	fmt.Println(ok)

	h := H(1)
	var ws WS = &h
	_, ok = ws.(io.Writer)
	fmt.Println(ok)
	var hh hash.Hash = new(H)
	h32, ok := hh.(hash.Hash32)
	fmt.Println(ok)
	h32.Write([]byte("abc"))
	fmt.Println(h32.Sum32(), h32.Sum(nil))
	for _, x := range []W{&c, new(H), &b} {
		if h32, ok := x.(hash.Hash32); ok {
			fmt.Println("hash32", h32.Size())
		} else if st, ok := x.(fmt.Stringer); ok {
			fmt.Println("stringer", st)
		} else {
			fmt.Println("writer")
		}
	}
}
