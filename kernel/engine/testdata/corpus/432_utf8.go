//go:build ignore

// unicode/utf8 and strings over bytes vs runes: counting, decoding,
// invalid sequences, reversing, truncating safely.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func main() {
	s := "héllo, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range "aé世🎉" {
		fmt.Printf("%d:%c(%d bytes, %U) ", i, r, utf8.RuneLen(r), r)
	}
	fmt.Println()
	for i := 0; i < len("é世"); i++ {
		fmt.Printf("%02x ", "é世"[i])
	}
	fmt.Println()

	bad := "a\xffb\xc3"
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	fmt.Println(strings.ToValidUTF8(bad, "?"), []rune(bad)[1] == utf8.RuneError)

	b := []byte("世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, 'ß')
	buf = utf8.AppendRune(buf, 0x10FFFF+1)
	fmt.Printf("% x %v\n", buf, utf8.ValidRune(0xD800))
	enc := make([]byte, 4)
	n := utf8.EncodeRune(enc, '€')
	fmt.Println(enc[:n], n, utf8.FullRune(enc[:2]))

	fmt.Println(reverse(s), reverse(""))
	fmt.Println(truncate(s, 8), truncate("short", 10), truncate("世界世界", 4))

	counts := map[string]int{}
	for _, r := range "Hello, Wörld 123 ☃!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(string(rune(65)), string([]rune{0x4e16, 0x754c}), strings.ToUpper("straße"), strings.ToTitle("ǆ"))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('é', unicode.Latin, unicode.Greek), unicode.SimpleFold('K'))
}
