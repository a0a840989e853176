//go:build ignore

// Method values of standard-library values (sb.WriteString of a
// new(strings.Builder), wg.Add, d.String) returned, stored and called.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

func writer(sb *strings.Builder) func(string) (int, error) {
	return sb.WriteString
}

type sink struct{ write func(string) (int, error) }

type out struct{ buf *bytes.Buffer }

func main() {
	sb := new(strings.Builder)
	var f func(string) (int, error) = sb.WriteString
	f("a")
	writer(sb)("b")
	fmt.Println(sb.String())
	sb2 := &strings.Builder{}
	g := sb2.String
	sb2.WriteString("main")
	fmt.Println(g())
	var h func() string
	h = sb2.String
	s := sink{write: sb2.WriteString}
	s.write("!")
	fmt.Println(h())
	wg := &sync.WaitGroup{}
	var add func(int) = wg.Add
	add(1)
	go func() { defer wg.Done(); fmt.Println("worker") }()
	wg.Wait()
	w2 := bufio.NewWriter(os.Stdout)
	var fl func() error = w2.Flush
	fmt.Fprint(w2, "")
	fmt.Println(fl())
	o := out{buf: &bytes.Buffer{}}
	wr := o.buf.Write
	wr([]byte("buf"))
	fmt.Println(o.buf.String())
	var vb strings.Builder
	vs := vb.WriteString
	vs("value")
	fmt.Println(vb.String())
	d := 3 * time.Second
	str := d.String
	fmt.Println(str())
	t := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	fm := t.Format
	fmt.Println(fm(time.DateOnly))
}
