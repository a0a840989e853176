//go:build ignore

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type resource struct {
	name string
	log  *[]string
}

func (r *resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	return nil
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func processAll(names []string) []string {
	var log []string
	for _, n := range names {
		r := open(n, &log)
		defer func() { r.Close() }()
	}
	log = append(log, "work")
	return log
}

func closeLog(names []string) (log []string) {
	defer func() { log = append(log, "done") }()
	for _, n := range names {
		defer func() { log = append(log, "cleanup "+n) }()
	}
	return []string{"start"}
}

func main() {
	fmt.Println(strings.Join(processAll([]string{"a", "b", "c"}), ", "))
	fmt.Println(closeLog([]string{"x", "y"}))

	dir, err := os.MkdirTemp("", "defer-loop-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	var sizes []int
	for i, body := range []string{"one", "three", "fifteen"} {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("f%d.txt", i)))
		if err != nil {
			fmt.Println(err)
			return
		}
		defer func() {
			info, _ := f.Stat()
			sizes = append(sizes, int(info.Size()))
			f.Close()
		}()
		f.WriteString(body)
	}
	fmt.Println("files written")
	func() {
		for i := range 3 {
			defer func() { fmt.Print(i, " ") }()
		}
	}()
	fmt.Println()
}
