//go:build ignore

// Optional methods the standard library asks for: a reader's WriteTo
// (io.Copy), a writer's WriteString (io.WriteString), a flag value's
// IsBoolFlag, a file's ReadDir (fs.WalkDir, fs.Glob, fs.ReadDir, os.CopyFS
// over a file system of the program's own).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing/fstest"
	"time"
)

// upper counts how io.WriteString reaches it.
type upper struct {
	b       strings.Builder
	strings int
}

func (u *upper) Write(p []byte) (int, error) { return u.b.Write(bytes.ToUpper(p)) }
func (u *upper) WriteString(s string) (int, error) {
	u.strings++
	return u.b.WriteString(strings.ToUpper(s))
}

// src copies itself through WriteTo.
type src struct{ s string }

func (r *src) Read(p []byte) (int, error) { return 0, io.EOF }
func (r *src) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "[WriteTo "+r.s+"]")
	return int64(n), err
}

// verbose is a boolean flag of its own type.
type verbose int

func (v *verbose) String() string { return fmt.Sprint(int(*v)) }
func (v *verbose) Set(s string) error {
	*v++
	return nil
}
func (v *verbose) IsBoolFlag() bool { return true }

// memFS is a file system of directories and files in a map.
type memFS map[string]string

type memFile struct {
	name    string
	data    *strings.Reader
	entries []fs.DirEntry
	dir     bool
}

type info struct {
	name string
	size int64
	dir  bool
}

func (i info) Name() string { return i.name }
func (i info) Size() int64  { return i.size }
func (i info) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.dir }
func (i info) Sys() any           { return nil }

func (f *memFile) Stat() (fs.FileInfo, error) {
	if f.dir {
		return info{name: f.name, dir: true}, nil
	}
	return info{name: f.name, size: f.data.Size()}, nil
}
func (f *memFile) Read(p []byte) (int, error) {
	if f.dir {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: fs.ErrInvalid}
	}
	return f.data.Read(p)
}
func (f *memFile) Close() error { return nil }
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	es := f.entries
	f.entries = nil
	return es, nil
}

func (m memFS) Open(name string) (fs.File, error) {
	if s, ok := m[name]; ok {
		return &memFile{name: name, data: strings.NewReader(s)}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var entries []fs.DirEntry
	for p, s := range m {
		if !strings.HasPrefix(p, prefix) {
			continue
		}
		rest := strings.TrimPrefix(p, prefix)
		first, _, isDir := strings.Cut(rest, "/")
		if seen[first] {
			continue
		}
		seen[first] = true
		entries = append(entries, fs.FileInfoToDirEntry(info{name: first, size: int64(len(s)), dir: isDir}))
	}
	if len(entries) == 0 {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return &memFile{name: name, entries: entries, dir: true}, nil
}

func main() {
	u := &upper{}
	io.WriteString(u, "hello ")
	fmt.Fprint(u, "world")
	fmt.Println(u.b.String(), u.strings)

	var b bytes.Buffer
	n, err := io.Copy(&b, &src{"x"})
	fmt.Println(b.String(), n, err)

	var v verbose
	fs1 := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs1.Var(&v, "v", "more output")
	err = fs1.Parse([]string{"-v", "-v", "rest"})
	fmt.Println(int(v), err, fs1.Args())

	m := memFS{"a.txt": "alpha", "docs/b.md": "bee", "docs/deep/c.go": "package c"}
	err = fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", p, d.IsDir())
		return nil
	})
	fmt.Println("walk err:", err)
	matches, err := fs.Glob(m, "docs/*")
	fmt.Println(matches, err)
	entries, err := fs.ReadDir(m, "docs")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	fmt.Println(err)
	data, err := fs.ReadFile(m, "docs/b.md")
	fmt.Println(string(data), err)
	dir, err := os.MkdirTemp("", "optfs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println(os.CopyFS(dir, m))
	got, err := os.ReadFile(dir + "/docs/deep/c.go")
	fmt.Println(string(got), err)
	fmt.Println(fstest.TestFS(fstest.MapFS{"x": {Data: []byte("1")}}, "x"))
}
