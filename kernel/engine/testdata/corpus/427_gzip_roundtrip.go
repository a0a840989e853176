//go:build ignore

// compress/gzip, zlib and flate round trips in memory; gzip headers;
// multistream; corrupted input.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"time"
)

func gz(data string, level int) []byte {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		panic(err)
	}
	w.Name = "notes.txt"
	w.Comment = "test data"
	w.ModTime = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	io.WriteString(w, data)
	w.Close()
	return buf.Bytes()
}

func gunzip(b []byte) (string, *gzip.Header, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	out, err := io.ReadAll(r)
	return string(out), &r.Header, err
}

func main() {
	text := strings.Repeat("to be or not to be, that is the question. ", 50)
	fast := gz(text, gzip.BestSpeed)
	best := gz(text, gzip.BestCompression)
	fmt.Println(len(text), len(fast) < len(text), len(best) <= len(fast))
	got, hdr, err := gunzip(best)
	fmt.Println(got == text, err, hdr.Name, hdr.Comment, hdr.ModTime.UTC())

	_, _, err = gunzip([]byte("not gzip at all"))
	fmt.Println(err)
	broken := append([]byte{}, best...)
	broken[len(broken)-5] ^= 0xff
	_, _, err = gunzip(broken)
	fmt.Println(err)

	var multi bytes.Buffer
	for _, part := range []string{"first|", "second|", "third"} {
		w := gzip.NewWriter(&multi)
		io.WriteString(w, part)
		w.Close()
	}
	mr, _ := gzip.NewReader(&multi)
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))

	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write([]byte(text))
	zw.Close()
	fmt.Printf("zlib header % x\n", zb.Bytes()[:2])
	zr, err := zlib.NewReader(&zb)
	if err != nil {
		fmt.Println(err)
		return
	}
	zout, _ := io.ReadAll(zr)
	fmt.Println(len(zout), string(zout[:18]))

	var fb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, flate.DefaultCompression)
	fw.Write([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbb"))
	fw.Flush()
	fw.Close()
	fr := flate.NewReader(&fb)
	fout, _ := io.ReadAll(fr)
	fmt.Println(len(fout), strings.Count(string(fout), "b"))

	pr, pw := io.Pipe()
	go func() {
		w := gzip.NewWriter(pw)
		for i := range 5 {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
		pw.Close()
	}()
	r, _ := gzip.NewReader(pr)
	streamed, _ := io.ReadAll(r)
	fmt.Print(string(streamed))
}
