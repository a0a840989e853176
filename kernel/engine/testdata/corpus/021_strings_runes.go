//go:build ignore

package main

import (
	"fmt"
	"unicode/utf8"
)

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}
	hello := "héllo, 世界"
	fmt.Println(len(hello), utf8.RuneCountInString(hello), []rune(hello)[1], string([]rune(hello)[7:]))
	b := []byte(hello)
	fmt.Println(b[:3])
	r := []rune(hello)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r))
	fmt.Println(utf8.ValidString(hello), utf8.ValidString("\xff"), utf8.RuneLen('世'))
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, string(buf))
	fmt.Println(string(rune(65)), fmt.Sprint('A'), "a"+"b" < "b")
	raw := `raw\nstring`
	fmt.Println(raw, len(raw))
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Printf("%U ", c)
	}
	fmt.Println()
	fmt.Println(hello[1:3] == "é", hello[0])
}
