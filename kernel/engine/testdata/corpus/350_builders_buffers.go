//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.rows = append(t.rows, row)
}

func (t *Table) Render(w io.Writer) {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	sep := func() {
		for _, w1 := range widths {
			io.WriteString(w, "+"+strings.Repeat("-", w1+2))
		}
		io.WriteString(w, "+\n")
	}
	line := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(w, "| %-*s ", widths[i], c)
		}
		io.WriteString(w, "|\n")
	}
	sep()
	line(t.headers)
	sep()
	for _, r := range t.rows {
		line(r)
	}
	sep()
}

func camelToSnake(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	t := &Table{headers: []string{"name", "lang", "stars"}}
	t.AddRow("yaegi", "Go", 7200)
	t.AddRow("gophernotes", "Go", 3800)
	t.AddRow("ipykernel", "Python", 650)
	var sb strings.Builder
	t.Render(&sb)
	fmt.Print(sb.String())
	fmt.Println("rendered bytes:", sb.Len())

	for _, s := range []string{"HTTPServer", "userID", "simple", "MyJSONParser"} {
		fmt.Println(s, "->", camelToSnake(s))
	}

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	first, _ := buf.ReadString(' ')
	fmt.Printf("%q %q\n", first, buf.String())
	next := buf.Next(5)
	fmt.Printf("%s %d\n", next, buf.Len())
	buf.Truncate(1)
	fmt.Printf("%q\n", buf.Bytes())

	fields := bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit)
	fmt.Printf("%q\n", fields)
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(string(bytes.ToTitle([]byte("shout"))))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a & b>"))
	fmt.Printf("[%8.3f] [%-8d] [%08b] [%x] [%X] [% x] [%+d] [%e]\n", 3.14159, 42, 5, "hi", 255, []byte{1, 171}, 7, 123456.789)
	fmt.Printf("%5t|%-5t|%q|%v|%c|%U\n", true, false, 'x', 'x', 0x1F600, 0x1F600)
}
