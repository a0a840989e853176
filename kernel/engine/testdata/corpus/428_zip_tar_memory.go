//go:build ignore

// archive/zip and archive/tar written to and read from memory.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"
)

var files = map[string]string{
	"README.md":      "# demo\n",
	"src/main.go":    "package main\n\nfunc main() {}\n",
	"src/util/x.txt": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
}

func names() []string {
	var ns []string
	for n := range files {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

var stamp = time.Date(2023, 6, 1, 12, 0, 0, 0, time.UTC)

func buildZip() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.SetComment("made in memory")
	for _, n := range names() {
		method := zip.Deflate
		if len(files[n]) < 10 {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method, Modified: stamp})
		if err != nil {
			panic(err)
		}
		io.WriteString(w, files[n])
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func buildTar() []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, n := range names() {
		hdr := &tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), ModTime: stamp, Format: tar.FormatPAX}
		tw.WriteHeader(hdr)
		io.WriteString(tw, files[n])
	}
	tw.Close()
	return buf.Bytes()
}

func main() {
	z := buildZip()
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("comment:", zr.Comment, "files:", len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%-15s method=%d size=%d ok=%v %s\n", f.Name, f.Method, f.UncompressedSize64, string(body) == files[f.Name], f.Modified.UTC().Format(time.DateOnly))
	}
	f, err := zr.Open("src/main.go")
	if err == nil {
		st, _ := f.Stat()
		fmt.Println(st.Name(), st.Size(), st.IsDir())
		f.Close()
	}
	_, err = zr.Open("missing.txt")
	fmt.Println(err)

	t := buildTar()
	fmt.Println("tar size multiple of 512:", len(t)%512 == 0)
	tr := tar.NewReader(bytes.NewReader(t))
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		body, _ := io.ReadAll(tr)
		fmt.Printf("%s %o %d %q\n", hdr.Name, hdr.Mode, hdr.Size, string(body[:min(len(body), 8)]))
	}
	_, err = zip.NewReader(bytes.NewReader([]byte("junk")), 4)
	fmt.Println(err)
}
