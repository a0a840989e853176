//go:build ignore

// A call of several results passed to a function of the cell, whose first
// result is of an interface the cell declared (the interpreter spread such
// tuples wrongly).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Token interface{ Text() string }

type Num int

func (n Num) Text() string { return strconv.Itoa(int(n)) }

type Word string

func (w Word) Text() string { return string(w) }

func next(s string) (Token, int) {
	if n, err := strconv.Atoi(s); err == nil {
		return Num(n), len(s)
	}
	return Word(s), len(s)
}

func show(t Token, n int) string { return fmt.Sprintf("%T %s (%d)", t, t.Text(), n) }

func logTok(t Token, n int) { fmt.Println("log:", t.Text(), n) }

func find(k string) (Token, error) {
	if k == "" {
		return nil, errors.New("empty key")
	}
	return Word(k), nil
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Lexer struct{ seen []string }

func (l *Lexer) Add(t Token, n int) int {
	l.seen = append(l.seen, t.Text())
	return len(l.seen)
}

func asNum(n Num, err error) string { return fmt.Sprint("num ", int(n)+1, " ", err) }

func parse(s string) (Num, error) { n, err := strconv.Atoi(s); return Num(n), err }

func main() {
	fmt.Println(show(next("42")))
	fmt.Println(show(next("go")))
	logTok(next("x"))
	fmt.Println(must(find("key")).Text())
	fmt.Println(must[Token](find("k2")).Text())
	var l Lexer
	l.Add(next("a"))
	fmt.Println(l.Add(
		next("b"),
	), l.seen)
	f := show
	fmt.Println(f(next("7")))
	fmt.Println(asNum(parse("41")))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		must(find(""))
	}()
}
