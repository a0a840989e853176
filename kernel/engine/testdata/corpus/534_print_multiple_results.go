//go:build ignore

package main

import (
	"fmt"
	"log"
	"strings"
)

type HR int

func (h HR) String() string { return "hr" + fmt.Sprint(int(h)) }

type Card struct{ Rank HR }

func two() (HR, int)           { return 4, 5 }
func three() (Card, HR, error) { return Card{1}, 2, nil }

func main() {
	fmt.Println(two())
	a, b := two()
	fmt.Println(a, b)
	fmt.Println(three())
	s := fmt.Sprint(two())
	fmt.Println(s, len(s))
	var buf strings.Builder
	l := log.New(&buf, "", 0)
	l.Println(two())
	fmt.Print(buf.String())
	fmt.Print(two())
	fmt.Println()
}
