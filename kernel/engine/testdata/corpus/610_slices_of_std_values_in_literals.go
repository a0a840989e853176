//go:build ignore

// Slicing an element of a value of a standard-library type (strings.Split,
// bytes.Fields, regexp submatches, url.Values, os.Args) inside composite
// literals: the interpreter crashed on []string{p[0][1:]}.
package main

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
)

type Row struct {
	Date string
	User string
	N    int
}

func main() {
	p := strings.Split("ab,cd", ",")
	fmt.Println([]string{p[0][1:]})
	rec := strings.Fields("2024-05-01T10 alice 3")
	r := Row{rec[0][:7], rec[1][1:], 3}
	fmt.Printf("%+v\n", r)
	rows := []Row{{rec[0][:4], strings.Fields("x yz")[1][1:], 1}}
	fmt.Println(rows, &Row{rec[1][:2], "", 0})
	b := bytes.Fields([]byte("hello world"))
	fmt.Printf("%q\n", [][]byte{b[1][1:3]})
	m := regexp.MustCompile(`(\w+)-(\d+)`).FindStringSubmatch("item-42")
	fmt.Println([2]string{m[1][:2], m[2][1:]}, []any{m[1][1:]})
	q, _ := url.ParseQuery("a=xyz&b=1")
	fmt.Println([]string{q["a"][0][1:]}, [][]string{q["a"][0:]})
	args := os.Args
	fmt.Println(len([]string{args[0][:0]}) == 1)
	fmt.Println(map[string]string{"k": p[1][:1]}, []string{0: p[1][1:]})
}
