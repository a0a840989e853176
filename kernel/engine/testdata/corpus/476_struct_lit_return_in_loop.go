//go:build ignore

package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

type Lexer struct {
	src string
	pos int
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) {
		rest := l.src[l.pos:]
		end := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) })
		if end == 0 {
			l.pos++
			continue
		}
		if end < 0 {
			end = len(rest)
		}
		l.pos += end
		word := rest[:end]
		if strings.IndexFunc(word, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			return Token{"NUM", word}
		}
		return Token{"WORD", word}
	}
	return Token{Kind: "EOF"}
}

type Field struct {
	Key, Value string
}

func parse(line string) (Field, bool) {
	for _, part := range strings.Split(line, ";") {
		i := strings.IndexFunc(part, func(r rune) bool { return r == '=' })
		if i > 0 {
			return Field{part[:i], part[i+1:]}, true
		}
	}
	return Field{}, false
}

func main() {
	l := &Lexer{src: "let x 42 be  7"}
	for {
		t := l.Next()
		fmt.Printf("%+v\n", t)
		if t.Kind == "EOF" {
			break
		}
	}
	fmt.Println(parse("junk;a=b;c=d"))
	fmt.Println(parse("nothing"))
}
