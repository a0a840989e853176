//go:build ignore

// Method values of standard-library interfaces, method values of the
// program's types passed straight to fmt, ranges over m[k] of channel
// maps, and a type declared in a function with a package type's name.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type T struct{ n int }

func (t T) M(u T) T { return T{t.n + u.n} }

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Broker struct {
	subs map[string]map[int]chan string
}

func (b *Broker) Publish(topic, msg string) int {
	n := 0
	for _, ch := range b.subs[topic] {
		ch <- msg
		n++
	}
	return n
}

func main() {
	var r io.Reader = strings.NewReader("xyz")
	read := r.Read
	buf := make([]byte, 2)
	n, err := read(buf)
	fmt.Println(n, err, string(buf))
	var w bytes.Buffer
	var wr io.Writer = &w
	write := wr.Write
	write([]byte("hi"))
	var st fmt.Stringer = &w
	str := st.String
	fmt.Println(str())

	t := T{1}
	fmt.Printf("%T %v\n", t.M, t.M(T{2}))

	fmt.Println(Weekday(1))
	type Weekday string
	fmt.Println(Weekday("local"))

	b := &Broker{subs: map[string]map[int]chan string{}}
	b.subs["news"] = map[int]chan string{1: make(chan string, 1), 2: make(chan string, 1)}
	fmt.Println(b.Publish("news", "hello"), len(b.subs["news"][1]))
}
