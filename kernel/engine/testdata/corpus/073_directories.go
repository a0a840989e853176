//go:build ignore

package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	orig, err := os.Getwd()
	check(err)
	defer os.Chdir(orig)
	root, err := os.MkdirTemp("", "dirs")
	check(err)
	defer os.RemoveAll(root)
	subdir := filepath.Join(root, "subdir")
	check(os.Mkdir(subdir, 0755))

	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(subdir, "file1"))
	check(os.MkdirAll(filepath.Join(subdir, "parent", "child"), 0755))
	createEmptyFile(filepath.Join(subdir, "parent", "file2"))
	createEmptyFile(filepath.Join(subdir, "parent", "file3"))
	createEmptyFile(filepath.Join(subdir, "parent", "child", "file4"))
	check(os.WriteFile(filepath.Join(subdir, "data.txt"), []byte("12345"), 0644))

	c, err := os.ReadDir(filepath.Join(subdir, "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	check(os.Chdir(filepath.Join(subdir, "parent", "child")))
	c, err = os.ReadDir(".")
	check(err)
	fmt.Println("Listing subdir/parent/child")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	check(os.Chdir("../../.."))

	fmt.Println("Visiting subdir")
	err = filepath.WalkDir(subdir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Println(" ", rel, d.IsDir())
		return nil
	})
	check(err)

	var sizes []string
	filepath.Walk(subdir, func(p string, info os.FileInfo, err error) error {
		if !info.IsDir() && info.Size() > 0 {
			sizes = append(sizes, fmt.Sprintf("%s=%d", info.Name(), info.Size()))
		}
		return nil
	})
	fmt.Println(sizes)

	var skipped []string
	filepath.WalkDir(subdir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "child" {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			skipped = append(skipped, d.Name())
		}
		return nil
	})
	sort.Strings(skipped)
	fmt.Println(skipped)

	fsys := os.DirFS(subdir)
	matches, err := fs.Glob(fsys, "parent/file*")
	fmt.Println(matches, err)
	data, err := fs.ReadFile(fsys, "data.txt")
	fmt.Println(string(data), err)
	globbed, _ := filepath.Glob(filepath.Join(subdir, "*", "file?"))
	for _, g := range globbed {
		r, _ := filepath.Rel(subdir, g)
		fmt.Println("glob:", r)
	}
}
