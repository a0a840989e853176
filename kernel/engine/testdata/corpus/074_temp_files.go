//go:build ignore

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	f, err := os.CreateTemp("", "sample")
	check(err)
	fmt.Println("Temp file name has prefix:", strings.HasPrefix(filepath.Base(f.Name()), "sample"))
	defer os.Remove(f.Name())
	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Println(b)

	dname, err := os.MkdirTemp("", "sampledir")
	check(err)
	fmt.Println("Temp dir exists:", dname != "")
	defer os.RemoveAll(dname)
	fname := filepath.Join(dname, "file1")
	err = os.WriteFile(fname, []byte{1, 2}, 0666)
	check(err)
	g, err := os.CreateTemp(dname, "*.txt")
	check(err)
	fmt.Println(filepath.Ext(g.Name()), filepath.Dir(g.Name()) == dname)
	g.Close()
	entries, _ := os.ReadDir(dname)
	fmt.Println(len(entries))
	check(os.RemoveAll(dname))
	_, err = os.Stat(dname)
	fmt.Println("removed:", os.IsNotExist(err))
}
