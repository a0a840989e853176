//go:build ignore

// json and maps keyed by types with UnmarshalText/MarshalText: decoding
// keeps a map field the input does not mention (and merges into it when
// it does), and a key's MarshalText error has json's own text.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Key int

func (k *Key) UnmarshalText(b []byte) error {
	*k = Key(len(b))
	return nil
}

type Config struct {
	Counts map[Key]int
	Names  map[Key]string
	N      int
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	if l > 5 {
		return nil, errors.New("bad level")
	}
	return []byte(fmt.Sprint("L", int(l))), nil
}

type Cfg struct{ ByLevel map[Level]int }

func main() {
	c := Config{Counts: map[Key]int{1: 10}, Names: map[Key]string{2: "b"}}
	err := json.Unmarshal([]byte(`{"N":1}`), &c)
	fmt.Println(err, c)
	err = json.Unmarshal([]byte(`{"Counts":{"abc":3},"Names":null}`), &c)
	fmt.Println(err, c, c.Names == nil)
	var d Config
	err = json.NewDecoder(strings.NewReader(`{"N":2}`)).Decode(&d)
	fmt.Println(err, d, d.Counts == nil)

	_, err = json.Marshal(map[Level]int{7: 1})
	fmt.Println(err)
	_, err = json.Marshal(Level(7))
	fmt.Println(err)
	_, err = json.Marshal(Cfg{map[Level]int{9: 1}})
	fmt.Println(err)
	b, err := json.Marshal(Cfg{map[Level]int{2: 1}})
	fmt.Println(string(b), err)
}
