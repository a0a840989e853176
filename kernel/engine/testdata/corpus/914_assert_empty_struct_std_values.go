//go:build ignore

// Assertions and type switches on standard-library values of empty
// struct types (io.Discard, http.NoBody) held in io.Writer and
// io.ReadCloser variables.
package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

func kind(w io.Writer) string {
	switch v := w.(type) {
	case *strings.Builder:
		return "builder"
	case *bytes.Buffer:
		return fmt.Sprint("buffer ", v.Len())
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	var w io.Writer = io.Discard
	_, ok := w.(*strings.Builder)
	fmt.Println(ok)
	var r io.ReadCloser = http.NoBody
	_, ok = r.(*os.File)
	fmt.Println(ok)
	for _, x := range []io.Writer{io.Discard, &strings.Builder{}, bytes.NewBufferString("ab")} {
		fmt.Println(kind(x))
	}
}
