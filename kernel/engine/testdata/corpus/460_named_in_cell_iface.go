//go:build ignore

package main

import "fmt"

type Level int

func (l Level) String() string { return "level" }
func (l Level) Rank() int      { return int(l) }

type Ranked interface{ Rank() int }

type Holder struct{ R Ranked }

func main() {
	var r Ranked = Level(2)
	rs := []Ranked{Level(1), Level(2)}
	fmt.Println(rs, Holder{r}, map[string]Ranked{"a": r})
	fmt.Println(r)
	fmt.Printf("%v %s %T\n", r, r, r)
}
