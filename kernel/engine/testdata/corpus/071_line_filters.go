//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `the quick brown fox
jumps over
the lazy dog

last line without newline`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		n++
		ucl := strings.ToUpper(scanner.Text())
		fmt.Printf("%2d: %s\n", n, ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}
	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := map[string]int{}
	total := 0
	for words.Scan() {
		count[words.Text()]++
		total++
	}
	fmt.Println("words:", total, "the:", count["the"])
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print("[", runes.Text(), "]")
	}
	fmt.Println()
	csvish := bufio.NewScanner(strings.NewReader("a,b,,c"))
	csvish.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	var fields []string
	for csvish.Scan() {
		fields = append(fields, csvish.Text())
	}
	fmt.Printf("%q\n", fields)
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println("long line:", long.Err())
	r := bufio.NewReader(strings.NewReader("line1\nline2\n"))
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Printf("%q\n", line)
	}
}
