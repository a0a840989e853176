//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range p[:n] {
		p[i] = rot13(p[i])
	}
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)

	var buf bytes.Buffer
	io.Copy(&buf, rot13Reader{strings.NewReader("Hello, Gophers")})
	fmt.Println(buf.String())
	io.Copy(upperWriter{os.Stdout}, rot13Reader{&buf})
	fmt.Println()

	b := make([]byte, 8)
	n, err := MyReader{}.Read(b)
	fmt.Println(n, err, string(b))

	var sb strings.Builder
	mw := io.MultiWriter(&sb, upperWriter{os.Stdout})
	fmt.Fprintf(mw, "multi %d\n", 42)
	fmt.Printf("%q\n", sb.String())
	tee := io.TeeReader(strings.NewReader("tee"), upperWriter{os.Stdout})
	all, _ := io.ReadAll(tee)
	fmt.Println("", string(all))
}
