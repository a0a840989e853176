//go:build ignore

package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	emailRe = regexp.MustCompile(`(?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	dateRe  = regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	wordRe  = regexp.MustCompile(`\b\w+\b`)
	varRe   = regexp.MustCompile(`\$\{(\w+)(?::-([^}]*))?\}`)
)

func expand(s string, env map[string]string) string {
	return varRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := varRe.FindStringSubmatch(m)
		if v, ok := env[sub[1]]; ok {
			return v
		}
		return sub[2]
	})
}

func main() {
	for _, e := range []string{"ada@example.com", "Bob.Smith+go@Mail.Co.UK", "nope@", "x@y.z"} {
		fmt.Printf("%-26s %v\n", e, emailRe.MatchString(e))
	}

	text := "released 2023-08-08, patched 2024-02-06 and 2024-12-31"
	for _, m := range dateRe.FindAllStringSubmatch(text, -1) {
		parts := map[string]string{}
		for i, name := range dateRe.SubexpNames() {
			if name != "" {
				parts[name] = m[i]
			}
		}
		fmt.Println(parts["day"], parts["month"], parts["year"])
	}
	fmt.Println(dateRe.ReplaceAllString(text, "${day}/${month}/${year}"))
	fmt.Println(dateRe.SubexpIndex("month"), dateRe.NumSubexp())
	fmt.Println(dateRe.FindStringIndex(text), dateRe.FindAllStringIndex(text, 2))

	counts := map[string]int{}
	for _, w := range wordRe.FindAllString(strings.ToLower("The cat and THE hat; the end."), -1) {
		counts[w]++
	}
	fmt.Println(counts)

	env := map[string]string{"HOME": "/home/ada", "USER": "ada"}
	fmt.Println(expand("${HOME}/bin:${PATH:-/usr/bin}:${USER}", env))

	doubler := regexp.MustCompile(`\d+`)
	fmt.Println(doubler.ReplaceAllStringFunc("a1 b22 c333", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	}))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(string(re.ExpandString(nil, "$2:$1", "mail ada@golang.com now", re.FindStringSubmatchIndex("mail ada@golang.com now"))))
	fmt.Println(re.String())
	fmt.Println(re.LiteralPrefix())
}
