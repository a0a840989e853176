//go:build ignore

// Ranges over strings with and without offsets, invalid UTF-8, named
// string types, closures, labels, defer, and a long string.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Name string

func main() {
	s := "héllo, wörld ✓"
	for i, c := range s {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, _ := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
	for _, c := range Name("ab") {
		fmt.Print(c, " ")
	}
	bad := "a\xffb\xe2\x82"
	for i, c := range bad {
		fmt.Print(i, "=", c, " ")
	}
	for _, c := range bad {
		fmt.Print(c, " ")
	}
	fmt.Println()
	var fs []func() string
	for i, c := range "xyz" {
		if c == 'y' {
			continue
		}
		fs = append(fs, func() string { return fmt.Sprint(i, string(c)) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
outer:
	for i, c := range "ab cd" {
		for j, d := range "xy" {
			if c == ' ' {
				continue outer
			}
			if d == 'y' && i > 3 {
				break outer
			}
			fmt.Print(i, j, string(c), string(d), " ")
		}
	}
	fmt.Println()
	long := strings.Repeat("héllo wörld ", 5000)
	up, cnt := 0, 0
	for i, c := range long {
		if unicode.IsLetter(c) {
			up += i % 7
		}
		cnt++
	}
	fmt.Println(up, cnt)
	words := 0
	inWord := false
	for _, c := range long {
		if unicode.IsSpace(c) {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	fmt.Println(words)
	var last rune
	var li int
	for li, last = range "abc" {
	}
	fmt.Println(li, string(last))
	for i, c := range s {
		defer func() {
			if i == 0 {
				fmt.Println("deferred", string(c))
			}
		}()
	}
}
