//go:build ignore

package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func createFile(p string) *os.File {
	fmt.Println("creating")
	f, err := os.Create(p)
	if err != nil {
		panic(err)
	}
	return f
}

func writeFile(f *os.File) {
	fmt.Println("writing")
	fmt.Fprintln(f, "data")
}

func closeFile(f *os.File) {
	fmt.Println("closing")
	err := f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}

func counting() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func order() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func args() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	fmt.Println("using a and b")
}

func main() {
	dir, err := os.MkdirTemp("", "defer")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	func() {
		f := createFile(filepath.Join(dir, "defer.txt"))
		defer closeFile(f)
		writeFile(f)
	}()
	data, _ := os.ReadFile(filepath.Join(dir, "defer.txt"))
	fmt.Printf("%q\n", data)
	fmt.Println(counting())
	order()
	args()
	useResources()
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("end of main")
}
