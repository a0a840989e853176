//go:build ignore

package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// reverse embeds sort.Interface and overrides only Less, as in the sort docs.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// prefixWriter embeds io.Writer; Write is promoted unless overridden.
type namedWriter struct {
	io.Writer
	name string
}

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

// ReadCloser built from a Reader plus a Close method.
type nopCloser struct {
	io.Reader
	closed *bool
}

func (n nopCloser) Close() error { *n.closed = true; return nil }

func consume(rc io.ReadCloser) string {
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	return string(b)
}

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	sort.Sort(words)
	fmt.Println(words)

	nw := namedWriter{os.Stdout, "stdout"}
	fmt.Fprintf(nw, "written through %s\n", nw.name)
	var w io.Writer = upperWriter{os.Stdout}
	fmt.Fprintln(w, "shouting")

	closed := false
	got := consume(nopCloser{strings.NewReader("payload"), &closed})
	fmt.Println(got, closed)

	var sb strings.Builder
	mw := io.MultiWriter(&sb, namedWriter{Writer: io.Discard})
	fmt.Fprint(mw, "multi")
	fmt.Println(sb.String())
}
