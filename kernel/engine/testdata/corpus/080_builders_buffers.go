//go:build ignore

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("ignition")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 2026)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b := bytes.NewBuffer(nil)
	b.WriteString("xyz")
	c, _ := b.ReadByte()
	b.UnreadByte()
	fmt.Println(string(c), b.String())
	buf.Truncate(0)
	fmt.Println(buf.Len(), buf.String() == "")

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(string(bytes.ToUpper([]byte("up"))), string(bytes.TrimSpace([]byte("  t  "))))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Index([]byte("chicken"), []byte("ken")))

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %s\n", "output")
	fmt.Println("(before flush, buffered:", w.Buffered(), ")")
	w.Flush()

	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		l, err := r.ReadString('\n')
		fmt.Printf("%q\n", l)
		if err == io.EOF {
			break
		}
	}
	var out bytes.Buffer
	n64, _ := io.Copy(&out, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(n64, out.String())
	tee := io.TeeReader(strings.NewReader("tee"), &out)
	io.ReadAll(tee)
	fmt.Println(out.String())
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var w1, w2 strings.Builder
	mw := io.MultiWriter(&w1, &w2)
	io.WriteString(mw, "both")
	fmt.Println(w1.String(), w2.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	sr := strings.NewReader("seekable")
	sr.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest))
}
