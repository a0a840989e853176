//go:build ignore

package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

type Stats struct {
	Letters, Digits, Spaces, Punct, Upper, Other int
	Scripts                                      map[string]int
}

func analyze(s string) Stats {
	st := Stats{Scripts: map[string]int{}}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
			for _, name := range []string{"Latin", "Greek", "Cyrillic", "Han", "Hiragana"} {
				if unicode.Is(unicode.Scripts[name], r) {
					st.Scripts[name]++
				}
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		default:
			st.Other++
		}
	}
	return st
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func main() {
	text := "Hello, Wörld! Καλημέρα κόσμε. Привет 123 — 日本語 ひらがな ✓"
	st := analyze(text)
	fmt.Printf("%+v\n", st)
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text))
	fmt.Println(reverse("Hello, 世界"), strings.ToUpper("straße"), strings.ToTitle("ǆ"), strings.EqualFold("Gö", "GÖ"))
	for _, p := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "gopher", "ÉtÉ"} {
		fmt.Printf("%q palindrome=%v\n", p, isPalindrome(p))
	}
	for i, w := 0, 0; i < len("aé世🙂"); i += w {
		r, width := utf8.DecodeRuneInString("aé世🙂"[i:])
		w = width
		fmt.Printf("%d:%c(%d,%U) ", i, r, width, r)
	}
	fmt.Println()
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xff"), []rune("\xffx"), string(rune(65)), utf8.RuneLen('🙂'))
	fmt.Println(utf16.Encode([]rune("a🙂")), string(utf16.Decode([]uint16{0x48, 0xd83d, 0xde00})))
	b := utf8.AppendRune(nil, '€')
	fmt.Printf("% x %v\n", b, utf8.FullRune(b[:2]))
	title := strings.Map(func(r rune) rune {
		if unicode.In(r, unicode.Greek) {
			return unicode.ToUpper(r)
		}
		return r
	}, "alpha α beta β")
	fmt.Println(title, unicode.SimpleFold('K'), unicode.IsControl('\t'))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.TrimFunc("¡¡hola!!", unicode.IsPunct), strings.ContainsRune("abc", 'b'))
}
