//go:build ignore

// recover() passed straight to a method (a logger's Println, a test
// helper's Logf), and fmt printing into a pipe a program put in
// os.Stdout to capture its output.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type T struct{ logs []string }

func (t *T) Logf(f string, a ...any) { t.logs = append(t.logs, fmt.Sprintf(f, a...)) }

func run(t *T, f func()) {
	defer func() { t.Logf("recovered: %v", recover()) }()
	f()
}

func capture(f func()) string {
	old := os.Stdout
	r, w, _ := os.Pipe()
	os.Stdout = w
	f()
	w.Close()
	os.Stdout = old
	b, _ := io.ReadAll(r)
	return string(b)
}

func main() {
	l := log.New(os.Stdout, "", 0)
	func() {
		defer func() { l.Println("recovered:", recover()) }()
		panic("boom")
	}()
	t := &T{}
	run(t, func() { panic("bad") })
	run(t, func() {})
	fmt.Println(strings.Join(t.logs, "; "))
	out := capture(func() {
		fmt.Println("captured")
		fmt.Printf("%d-%s\n", 7, "x")
		fmt.Print("end")
	})
	fmt.Printf("got %q\n", out)
}
