//go:build ignore

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "corpus-files-*")
	must(err)
	defer os.RemoveAll(root)

	files := map[string]string{
		"README.md":           "# Project\n",
		"src/main.go":         "package main\n\nfunc main() {}\n",
		"src/util/strings.go": "package util\n",
		"docs/guide.txt":      "line one\nline two\nline three\n",
		"docs/.hidden":        "secret",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		must(os.MkdirAll(filepath.Dir(p), 0o755))
		must(os.WriteFile(p, []byte(body), 0o644))
	}

	var listing []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if strings.HasPrefix(d.Name(), ".") && d.Name() != "." {
			return nil
		}
		if d.IsDir() {
			listing = append(listing, rel+"/")
			return nil
		}
		info, _ := d.Info()
		listing = append(listing, fmt.Sprintf("%s (%d bytes)", filepath.ToSlash(rel), info.Size()))
		return nil
	})
	must(err)
	fmt.Println(strings.Join(listing, "\n"))

	f, err := os.OpenFile(filepath.Join(root, "docs", "guide.txt"), os.O_APPEND|os.O_WRONLY, 0)
	must(err)
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "line four")
	must(w.Flush())
	must(f.Close())

	f, err = os.Open(filepath.Join(root, "docs", "guide.txt"))
	must(err)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, sc.Text())
	}
	f.Close()

	entries, err := os.ReadDir(filepath.Join(root, "docs"))
	must(err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsRegular())
	}
	matches, _ := filepath.Glob(filepath.Join(root, "src", "*.go"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches)

	must(os.Rename(filepath.Join(root, "README.md"), filepath.Join(root, "README.txt")))
	_, err = os.Stat(filepath.Join(root, "README.md"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fsys := os.DirFS(root)
	data, err := fs.ReadFile(fsys, "README.txt")
	fmt.Printf("%q %v\n", data, err)
	globbed, _ := fs.Glob(fsys, "*/*.txt")
	fmt.Println(globbed)
	info, _ := os.Stat(filepath.Join(root, "src"))
	fmt.Println(info.IsDir(), info.Mode().IsDir(), info.Name())
	err = os.Remove(filepath.Join(root, "src"))
	fmt.Println(err != nil)
}
