//go:build ignore

// json decodes maps keyed by a type with UnmarshalText, merging into a
// map that holds entries already.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level struct{ N int }

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", l.N)), nil }

func (l *Level) UnmarshalText(b []byte) error {
	if !strings.HasPrefix(string(b), "L") {
		return fmt.Errorf("bad level %q", b)
	}
	_, err := fmt.Sscanf(string(b), "L%d", &l.N)
	return err
}

type Pos struct{ X, Y int }

func (p *Pos) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Grid struct {
	Cells map[Pos]string
	Name  string
}

func main() {
	var mk map[Level]int
	err := json.Unmarshal([]byte(`{"L1":1,"L2":2}`), &mk)
	fmt.Println(mk[Level{1}], mk[Level{2}], len(mk), err)

	err = json.Unmarshal([]byte(`{"L3":3}`), &mk)
	fmt.Println(mk[Level{1}], mk[Level{3}], len(mk), err)

	var g Grid
	err = json.Unmarshal([]byte(`{"Cells":{"1,2":"a","3,4":"b"},"Name":"g"}`), &g)
	fmt.Println(g.Cells[Pos{1, 2}], g.Cells[Pos{3, 4}], g.Name, err)

	b, _ := json.Marshal(map[Level]int{{7}: 70})
	fmt.Println(string(b))

	var bad map[Level]int
	err = json.Unmarshal([]byte(`{"x":1}`), &bad)
	fmt.Println(err)
}
