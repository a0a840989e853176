//go:build ignore

// Values of the program's types held in `any` reach functions that read
// them by reflection as themselves: encoding/binary's Write and Size of a
// struct with methods or a named integer, sort.Slice of a named slice type
// with a String method.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
)

type Hdr struct{ A, B uint16 }

func (h Hdr) Valid() bool { return h.A > 0 }

type Code uint16

type Names []string

func (n Names) String() string { return fmt.Sprint(len(n), " names") }

func put(buf *bytes.Buffer, vals ...any) {
	for _, v := range vals {
		if err := binary.Write(buf, binary.BigEndian, v); err != nil {
			fmt.Println(err)
		}
	}
}

func sortAny(x any, less func(i, j int) bool) { sort.Slice(x, less) }

func main() {
	var buf bytes.Buffer
	for _, v := range []any{Hdr{1, 2}} {
		fmt.Println(binary.Write(&buf, binary.LittleEndian, v), binary.Size(v))
	}
	h := Hdr{3, 4}
	var v any = h
	fmt.Println(binary.Write(&buf, binary.LittleEndian, v), buf.Bytes())

	buf.Reset()
	put(&buf, Code(7), uint8(1), Hdr{5, 6})
	fmt.Println(buf.Bytes(), binary.Size(any(Code(7))))
	b, err := binary.Append(nil, binary.LittleEndian, any(Code(258)))
	fmt.Println(b, err)

	n := Names{"c", "a", "b"}
	sort.Slice(n, func(i, j int) bool { return n[i] < n[j] })
	fmt.Println([]string(n))
	m := Names{"z", "y", "x"}
	sortAny(m, func(i, j int) bool { return m[i] < m[j] })
	fmt.Println([]string(m), sort.SliceIsSorted(any(m), func(i, j int) bool { return m[i] < m[j] }))
}
