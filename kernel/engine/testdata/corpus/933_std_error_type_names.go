//go:build ignore

// encoding/json's unsupported-type errors and encoding/binary's errors
// name the program's types.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
)

type Inner struct{ N int }

type Bad struct{ S string }

type Good struct {
	A int32
	B [2]uint16
}

func main() {
	_, err := json.Marshal(map[Inner]int{{1}: 1})
	fmt.Println(err)
	_, err = json.Marshal(struct{ F func() }{})
	fmt.Println(err)
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Bad{"x"}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, []Bad{{"x"}}))
	var b Bad
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &b))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Good{1, [2]uint16{2, 3}}), buf.Len())
	var g Good
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &g), g)
}
