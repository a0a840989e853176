//go:build ignore

// path and path/filepath: cleaning, joining, splitting, matching; walking
// an in-memory fs.FS.
package main

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"testing/fstest"
)

func main() {
	for _, p := range []string{"a/b/../c/./d/", "/../x", "", "a//b", "/", "../../a"} {
		fmt.Printf("%q -> %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b/c", "../d", ""), path.Join("", ""), path.Join("/", "x"))
	fmt.Println(path.Base("/a/b.tar.gz"), path.Ext("/a/b.tar.gz"), path.Dir("/a/b.tar.gz"), path.Base(""), path.Dir("file"))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file, path.IsAbs("/x"), path.IsAbs("x"))

	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "dir/*", `\*`} {
		var hits []string
		for _, name := range []string{"main.go", "abc", "axc", "dir/x", "dir/x/y", "*", "cat"} {
			if ok, _ := path.Match(pat, name); ok {
				hits = append(hits, name)
			}
		}
		fmt.Println(pat, hits)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)

	fmt.Println(filepath.Join("usr", "local", "..", "bin"), filepath.Ext("x.TXT"), filepath.ToSlash("a/b"))
	rel, err := filepath.Rel("/home/ann/src", "/home/ann/docs/readme.md")
	fmt.Println(rel, err)
	_, err = filepath.Rel("relative", "/abs")
	fmt.Println(err)
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt"), filepath.VolumeName("/x"))
	fmt.Println(strings.TrimSuffix("report.final.pdf", filepath.Ext("report.final.pdf")))

	fsys := fstest.MapFS{
		"go.mod":             {Data: []byte("module demo\n")},
		"cmd/app/main.go":    {Data: []byte("package main\n")},
		"internal/db/db.go":  {Data: []byte("package db\n\nvar x = 1\n")},
		"internal/db/db.sql": {Data: []byte("select 1;")},
		"docs/README":        {Data: []byte("readme")},
	}
	var total int
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "docs" {
			fmt.Println("skip", p)
			return fs.SkipDir
		}
		if !d.IsDir() {
			info, _ := d.Info()
			total += int(info.Size())
		}
		depth := strings.Count(p, "/")
		if p == "." {
			depth = -1
		}
		fmt.Printf("%s%s dir=%v\n", strings.Repeat("  ", depth+1), d.Name(), d.IsDir())
		return nil
	})
	fmt.Println("bytes:", total)
	gos, _ := fs.Glob(fsys, "*/*/*.go")
	fmt.Println(gos)
	data, err := fs.ReadFile(fsys, "internal/db/db.sql")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "nope")
	fmt.Println(err)
	sub, _ := fs.Sub(fsys, "internal")
	entries, _ := fs.ReadDir(sub, "db")
	for _, e := range entries {
		fmt.Println(e.Name(), e.Type().IsRegular())
	}
}
