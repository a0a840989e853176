//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type Pt struct{ X, Y int }

func (p Pt) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }

type ID int

func (i ID) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("id-%d", int(i))), nil }

func main() {
	b, err := json.Marshal(map[Upper]int{"k": 1})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[Pt]string{{1, 2}: "a"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[ID]bool{7: true})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{ U Upper }{"v"})
	fmt.Println(string(b), err)
}
