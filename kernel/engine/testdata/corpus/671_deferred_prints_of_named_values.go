//go:build ignore

// Deferred fmt and log calls take values of types with String methods
// (structs and named ints) at the defer; a deferred method expression
// of *log.Logger.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Job struct{ Name string }

func (j Job) String() string { return "job:" + j.Name }

func main() {
	l := log.New(os.Stdout, "", 0)
	j := Job{"before"}
	lv := Level(1)
	func() {
		defer l.Print(j)
		defer fmt.Println(lv, j)
		defer l.Println("levels", lv)
		j.Name = "after"
		lv = 2
	}()
	var buf bytes.Buffer
	lg := log.New(&buf, "", 0)
	func() {
		defer (*log.Logger).Println(lg, "mexpr", Level(1))
		(*log.Logger).Println(lg, "direct", Level(2))
	}()
	fmt.Print(buf.String())
}
