//go:build ignore

// strings breadth: Map, FieldsFunc, EqualFold, Cut, Replacer, SplitN,
// SplitAfter, TrimFunc, IndexFunc, Title-casing by hand, Builder.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) {
			return unicode.ToUpper(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func main() {
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"), strings.Map(rot13, strings.Map(rot13, "round trip")))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	fmt.Println(titleCase("the qUICK  brown fox"))

	f := strings.FieldsFunc("a1b22c333;d,e", func(r rune) bool { return unicode.IsDigit(r) || r == ';' || r == ',' })
	fmt.Printf("%q\n", f)
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("ß", "SS"), strings.EqualFold("K", "\u212A"))

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.tar.gz", ".zip")
	fmt.Println(rest, ok)

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("<a href> & <b>"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "na", "NA"), strings.Replace("ab", "", "-", -1))

	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  \t a  b\n c  "))

	trimmed := strings.TrimFunc("123abc456", unicode.IsDigit)
	fmt.Println(trimmed, strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.Trim("  a  ", " "))
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ln"), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.ContainsAny("hello", "xyz"))
	fmt.Println(strings.Compare("a", "b"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.ContainsFunc("abc1", unicode.IsDigit))

	var sb strings.Builder
	sb.Grow(32)
	for i := range 5 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune('α' + rune(i))
	}
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())

	lines := strings.Split("b 2\na 10\nc 1", "\n")
	for _, l := range lines {
		name, num, _ := strings.Cut(l, " ")
		fmt.Printf("[%-3s|%3s]", name, num)
	}
	fmt.Println()
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(part, ";")
	}
	for w := range strings.FieldsSeq(" p  q ") {
		fmt.Print(w, ";")
	}
	fmt.Println()
}
