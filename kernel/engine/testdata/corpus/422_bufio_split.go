//go:build ignore

// bufio.Scanner: lines, words, runes, a custom split function, a small
// buffer limit; bufio.Reader for delimited reads.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// commaSplit splits on commas, trimming spaces.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	text := "first line\nsecond  line with words\n\nlast"
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}

	sc = bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(len(words), words)

	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("a, b ,c,, d "))
	sc.Split(commaSplit)
	var fields []string
	for sc.Scan() {
		fields = append(fields, sc.Text())
	}
	fmt.Printf("%q\n", fields)

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 16), 32)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	counter := 0
	sc = bufio.NewScanner(strings.NewReader("1 2 3 4 5 6"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			counter++
			if counter == 4 {
				return 0, nil, bufio.ErrFinalToken
			}
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(" stopped after", counter)

	br := bufio.NewReader(strings.NewReader("key1=val1;key2=val2;tail"))
	for {
		s, err := br.ReadString(';')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	br = bufio.NewReader(strings.NewReader("αβγ"))
	r, size, _ := br.ReadRune()
	br.UnreadRune()
	peek, _ := br.Peek(2)
	fmt.Println(string(r), size, peek, br.Buffered())
}
