//go:build ignore

// Package variables of the standard library assigned by the program and
// read back in the same function: the output capture of tests (os.Stdout
// swapped for a file), a fresh flag.CommandLine, http.DefaultClient and
// time.Local, assigned values and call results alike.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

type I interface{ M() }
type T1 struct{ x int }
type T2 struct{ s []int }

func (T1) M() {}
func (T2) M() {}

func capture(f func()) string {
	tmp, _ := os.CreateTemp("", "out")
	defer os.Remove(tmp.Name())
	save := os.Stdout
	os.Stdout = tmp
	f()
	os.Stdout = save
	b, _ := os.ReadFile(tmp.Name())
	return string(b)
}

func main() {
	out := capture(func() { fmt.Fprintln(os.Stdout, "captured") })
	fmt.Printf("%q\n", out)

	flag.CommandLine = flag.NewFlagSet("app", flag.ContinueOnError)
	fs := flag.CommandLine
	fs.SetOutput(io.Discard)
	n := fs.Int("n", 1, "count")
	err := fs.Parse([]string{"-n", "x"})
	fmt.Println(*n, err, fs.Name(), fs == flag.CommandLine)

	http.DefaultClient = &http.Client{Timeout: 3 * time.Second}
	c := http.DefaultClient
	clients := []*http.Client{http.DefaultClient}
	fmt.Println(c.Timeout, clients[0].Timeout, c == http.DefaultClient)

	time.Local = time.FixedZone("X", 3600)
	loc := time.Local
	fmt.Println(loc, time.Date(2024, 1, 2, 3, 4, 5, 0, time.Local).Format(time.RFC3339))

	defer func() { fmt.Println(recover()) }()
	m := map[I]int{}
	m[T1{}] = 1
	m[T2{}] = 1
}
