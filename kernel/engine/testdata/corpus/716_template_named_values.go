//go:build ignore

// Templates compare and format values of named non-struct types with
// methods as Go does: printf with numeric verbs sees the number, %v and
// plain output the String method, and eq/lt/gt compare the values.
package main

import (
	htmltemplate "html/template"
	"os"
	"text/template"
)

type State int

func (s State) String() string { return [...]string{"off", "on"}[s] }

type Dollars float64

func (d Dollars) String() string { return "$" + template.HTMLEscapeString("x") }

type Color string

func (c Color) String() string { return "color:" + string(c) }

type Price float64

func (p Price) Cents() int { return int(p * 100) }

type Item struct {
	Name  string
	S     State
	D     Dollars
	C     Color
	P     Price
	Count uint8
}

const text = `{{.Name}}: {{.S}} {{printf "%d %v %s %T" .S .S .S .S}}
  {{printf "%.1f" .D}} {{.D}} {{.C}} {{if eq .C "red"}}red!{{end}} {{if ne .C "blue"}}not blue{{end}}
  {{if eq .S 1}}one{{else}}zero{{end}} {{if eq .S 0 1}}0-or-1{{end}} {{if gt .P 5.0}}dear{{end}} {{if lt .P 5.0}}cheap{{end}} {{.P.Cents}}
  {{if le .S 1}}le{{end}} {{if ge .Count 3}}many{{end}} {{.S | printf "%03d"}} {{printf "%x|%q" .C .C}}
`

func main() {
	items := []Item{
		{"lamp", 1, 9.5, "red", 12.25, 4},
		{"cup", 0, 2.25, "blue", 1.5, 2},
	}
	t := template.Must(template.New("t").Parse(text))
	for _, it := range items {
		if err := t.Execute(os.Stdout, it); err != nil {
			panic(err)
		}
	}
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<b>{{.S}}</b> {{if eq .S 1}}<i>{{printf "%d" .S}}</i>{{end}} {{printf "%.2f" .D}}` + "\n"))
	for _, it := range items {
		if err := h.Execute(os.Stdout, it); err != nil {
			panic(err)
		}
	}
}
