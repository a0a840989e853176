//go:build ignore

package main

import "fmt"

type Weekday int

const (
	Sun Weekday = iota
	Mon
	Tue
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func Count[E ~int](n E) int {
	c := 0
	for i := range n {
		c += int(i)
	}
	return c
}

func Names[E interface {
	~int
	String() string
}](n E) []string {
	var out []string
	for i := range n {
		out = append(out, i.String())
	}
	return out
}

func main() {
	fmt.Println(Count(4), Count(Weekday(3)))
	fmt.Println(Names(Tue + 1))
}
