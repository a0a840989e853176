//go:build ignore

// os.Stdin where an *os.File is wanted (a parameter, a variable, an
// element, a field): the standard input of a program run without input.
package main

import (
	"bufio"
	"fmt"
	"os"
)

type Opts struct {
	In  *os.File
	Out *os.File
}

func name(f *os.File) string { return f.Name() }

func count(f *os.File) int {
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
	}
	return n
}

func main() {
	fmt.Println(name(os.Stdin))
	var f *os.File = os.Stdin
	fs := []*os.File{os.Stdin, os.Stdout}
	o := Opts{In: os.Stdin, Out: os.Stdout}
	o2 := Opts{os.Stdin, os.Stdout}
	fmt.Println(f.Name(), len(fs), o.In.Name(), o2.In.Name(), count(os.Stdin))
	in := os.Stdin
	fmt.Println(in.Name())
}
