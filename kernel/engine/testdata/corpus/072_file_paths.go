//go:build ignore

package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	if err != nil {
		panic(err)
	}
	fmt.Println(rel)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	if err != nil {
		panic(err)
	}
	fmt.Println(rel)
	fmt.Println(filepath.Clean("/a/./b/../c//d/"), filepath.Clean(""))
	dir, file := filepath.Split("/usr/local/bin/go")
	fmt.Println(dir, file)
	m, _ := filepath.Match("*.go", "main.go")
	m2, _ := filepath.Match("a/[b-d]?/*", "a/cx/y")
	fmt.Println(m, m2)
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), string(filepath.Separator))
	fmt.Println(path.Join("a", "b/../c"), path.Base("/x/y.tar.gz"), path.Ext("y.tar.gz"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.VolumeName("/a"))
	parts := strings.Split(filepath.ToSlash(p), "/")
	fmt.Println(parts, len(parts))
	abs, _ := filepath.Abs("/tmp/../etc")
	fmt.Println(abs)
	_, err = filepath.Rel("/abs", "rel")
	fmt.Println(err)
}
