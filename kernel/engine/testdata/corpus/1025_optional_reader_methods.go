//go:build ignore

// Optional methods of readers and writers: ReadRune and UnreadRune reached
// by fmt.Fscan, ReadByte by gzip, ReadFrom by io.Copy; errors with Is
// and Unwrap methods.

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

type RS struct {
	s   string
	i   int
	log []string
}

func (r *RS) Read(p []byte) (int, error) {
	r.log = append(r.log, "R")
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}
func (r *RS) ReadRune() (rune, int, error) {
	r.log = append(r.log, "RR")
	if r.i >= len(r.s) {
		return 0, 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return rune(c), 1, nil
}
func (r *RS) UnreadRune() error { r.log = append(r.log, "UR"); r.i--; return nil }

type BR struct {
	r     *bytes.Reader
	bytes int
}

func (b *BR) Read(p []byte) (int, error) { return b.r.Read(p) }
func (b *BR) ReadByte() (byte, error)    { b.bytes++; return b.r.ReadByte() }

type RF struct{ got string }

func (r *RF) Write(p []byte) (int, error) { r.got += "W"; return len(p), nil }
func (r *RF) ReadFrom(src io.Reader) (int64, error) {
	b, _ := io.ReadAll(src)
	r.got += "RF:" + string(b)
	return int64(len(b)), nil
}

type ErrCode struct{ Code int }

func (e ErrCode) Error() string { return fmt.Sprint("code ", e.Code) }
func (e ErrCode) Is(t error) bool {
	tc, ok := t.(ErrCode)
	return ok && (tc.Code == 0 || tc.Code == e.Code)
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

var ErrA = errors.New("A")

func main() {
	r := &RS{s: "12 34"}
	var a, b int
	fmt.Fscan(r, &a)
	rest, _ := io.ReadAll(r)
	fmt.Println(a, b, string(rest))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("payload"))
	zw.Close()
	br := &BR{r: bytes.NewReader(gz.Bytes())}
	zr, err := gzip.NewReader(br)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := io.ReadAll(zr)
	fmt.Println(string(out), br.bytes > 0)
	rf := &RF{}
	bw := bufio.NewWriter(rf)
	bw.ReadFrom(strings.NewReader("xyz"))
	bw.Flush()
	fmt.Println(rf.got)
	e := fmt.Errorf("wrap: %w", ErrCode{404})
	fmt.Println(errors.Is(e, ErrCode{}), errors.Is(e, ErrCode{404}), errors.Is(e, ErrCode{500}))
	m := fmt.Errorf("w: %w", Multi{[]error{ErrCode{1}, ErrA}})
	fmt.Println(errors.Is(m, ErrA), errors.Is(m, ErrCode{1}))
	var ec ErrCode
	fmt.Println(errors.As(m, &ec), ec.Code)
	j := errors.Join(ErrCode{7}, nil, ErrA)
	fmt.Println(errors.Is(j, ErrCode{}), j)
	br2 := bufio.NewReader(strings.NewReader("x"))
	fmt.Printf("%T\n", br2)
}
