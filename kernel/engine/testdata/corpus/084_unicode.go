//go:build ignore

package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
)

func main() {
	for _, r := range "aZ9 _é!世\t" {
		fmt.Printf("%q letter=%t upper=%t digit=%t space=%t punct=%t han=%t\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.Is(unicode.Han, r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL"))
	caesar := func(s string, k rune) string {
		return strings.Map(func(r rune) rune {
			switch {
			case unicode.IsLower(r):
				return 'a' + (r-'a'+k)%26
			case unicode.IsUpper(r):
				return 'A' + (r-'A'+k)%26
			}
			return r
		}, s)
	}
	fmt.Println(caesar("Hello, World!", 13))
	fmt.Println(utf16.Encode([]rune("a😀")))
	fmt.Println(string(utf16.Decode([]uint16{0x48, 0xd83d, 0xde00})))
	fmt.Println(unicode.IsPrint('\n'), unicode.IsControl('\n'), unicode.In('ж', unicode.Cyrillic), unicode.MaxRune)
	var letters, digits, others int
	for _, r := range "Go 1.26 是 great!" {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsNumber(r):
			digits++
		default:
			others++
		}
	}
	fmt.Println(letters, digits, others)
	fmt.Println(string(unicode.SimpleFold('A')), unicode.ReplacementChar == '\uFFFD')
}
