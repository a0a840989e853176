//go:build ignore

// json.Marshal, json.Unmarshal and text/template in helpers taking any,
// declared before the types whose methods they must call.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/template"
)

// Helpers first, types below: the usual layout of a small program.

func dump(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func load(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func render(text string, v any) {
	var sb strings.Builder
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(&sb, v); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(sb.String())
}

type Emp struct{ Name string }

func (e Emp) MarshalJSON() ([]byte, error) { return json.Marshal("emp:" + e.Name) }

func (e Emp) Hello() string { return "hi " + e.Name }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("L", int(l))), nil }

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	f := 0.0
	_, err := fmt.Sscanf(strings.Trim(string(b), `"`), "%fC", &f)
	*t = Temp(f)
	return err
}

type Reading struct {
	T     Temp
	Level Level
}

func main() {
	dump(Emp{"bo"})
	dump([]Emp{{"ann"}})
	dump(map[string]Emp{"x": {"cy"}})
	var r Reading
	fmt.Println(load(`{"T":"21.5C"}`, &r), r.T)
	dump(r)
	render("{{.Hello}}, {{.Name}}\n", Emp{"c"})
}
