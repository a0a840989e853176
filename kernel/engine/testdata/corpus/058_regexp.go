//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released 2024-02-29!")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(date.ReplaceAllString("2024-02-29 and 1999-12-31", "${day}/${month}/$year"))
	fmt.Println(date.SubexpIndex("month"), date.NumSubexp())
	words := regexp.MustCompile(`\W+`)
	fmt.Printf("%q\n", words.Split("hello, world! how are you?", -1))
	ci := regexp.MustCompile(`(?i)go+gle`)
	fmt.Println(ci.MatchString("GOOOGLE"), ci.MatchString("gogle"), ci.MatchString("ggle"))
	email := regexp.MustCompile(`^[\w.+-]+@[\w-]+\.[\w.]+$`)
	for _, e := range []string{"a@b.co", "bad@", "x.y+z@mail.example.org"} {
		fmt.Println(e, email.MatchString(e))
	}
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	multi := regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
	text := "name: gopher\nage: 13\nbad line\nlang: go"
	for _, sm := range multi.FindAllStringSubmatch(text, -1) {
		fmt.Printf("%s -> %q\n", sm[1], sm[2])
	}
	fmt.Println(strings.Join(regexp.MustCompile(`\d+`).FindAllString("a1b22c333", -1), ","))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`^$`).MatchString(""))
	prefix, complete := r.LiteralPrefix()
	fmt.Println(r.String(), prefix, complete)
	exp := regexp.MustCompile(`(\w+)@(\w+)`)
	fmt.Println(string(exp.Expand(nil, []byte("$2 at $1"), []byte("user@host"), exp.FindSubmatchIndex([]byte("user@host")))))
}
