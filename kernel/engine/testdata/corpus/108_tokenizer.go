//go:build ignore

package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Op", "LParen", "RParen", "Illegal"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.pos}
	}
	start := l.pos
	r := l.src[l.pos]
	switch {
	case unicode.IsLetter(r) || r == '_':
		for l.pos < len(l.src) && (unicode.IsLetter(l.src[l.pos]) || unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '_') {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}
	case unicode.IsDigit(r):
		for l.pos < len(l.src) && (unicode.IsDigit(l.src[l.pos]) || l.src[l.pos] == '.') {
			l.pos++
		}
		return Token{Number, string(l.src[start:l.pos]), start}
	case r == '"':
		l.pos++
		var sb strings.Builder
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			if l.src[l.pos] == '\\' && l.pos+1 < len(l.src) {
				l.pos++
			}
			sb.WriteRune(l.src[l.pos])
			l.pos++
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, "unterminated string", start}
		}
		l.pos++
		return Token{String, sb.String(), start}
	case r == '(':
		l.pos++
		return Token{LParen, "(", start}
	case r == ')':
		l.pos++
		return Token{RParen, ")", start}
	case strings.ContainsRune("+-*/=<>!", r):
		l.pos++
		if l.pos < len(l.src) && l.src[l.pos] == '=' {
			l.pos++
		}
		return Token{Op, string(l.src[start:l.pos]), start}
	}
	l.pos++
	return Token{Illegal, string(r), start}
}

func Tokenize(s string) []Token {
	l := &Lexer{src: []rune(s)}
	var toks []Token
	for {
		t := l.Next()
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks
		}
	}
}

func main() {
	for _, src := range []string{
		`x1 = (y + 42.5) * 3`,
		`name != "go \"pher\"" >= é_ok`,
		`bad # "open`,
	} {
		fmt.Println(src)
		for _, t := range Tokenize(src) {
			fmt.Println("  ", t)
		}
	}
	counts := map[Kind]int{}
	for _, t := range Tokenize(`a b c 1 2 ( ) + "s"`) {
		counts[t.Kind]++
	}
	for k := EOF; k <= Illegal; k++ {
		if counts[k] > 0 {
			fmt.Printf("%v=%d ", k, counts[k])
		}
	}
	fmt.Println()
}
