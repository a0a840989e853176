//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Grades struct {
	sort.IntSlice
	label string
}

type Desc struct {
	sort.IntSlice
	name string
}

func (d Desc) Less(i, j int) bool { return d.IntSlice[i] > d.IntSlice[j] }

type Doc struct {
	*strings.Builder
	title string
}

type LoggedBuffer struct {
	*bytes.Buffer
	writes int
}

func main() {
	g := Grades{sort.IntSlice{70, 95, 82}, "cs"}
	sort.Sort(g)
	fmt.Println(g.IntSlice, g.label)
	d := Desc{sort.IntSlice{1, 3, 2}, "desc"}
	sort.Sort(d)
	fmt.Println(d.IntSlice, d.name)
	doc := Doc{&strings.Builder{}, "t"}
	var s fmt.Stringer = doc
	doc.WriteString("body")
	fmt.Println(s.String(), doc.title)
	lb := LoggedBuffer{&bytes.Buffer{}, 0}
	var w io.Writer = lb
	fmt.Fprintf(w, "n=%d", 5)
	fmt.Println(lb.String(), lb.Len())
}
