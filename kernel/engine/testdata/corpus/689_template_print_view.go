//go:build ignore

// text/template printing a value whose type has methods or embedded
// structs ({{.}}, printf %v and %+v) as Go prints it.
package main

import (
	"os"
	"text/template"
)

type Column struct {
	Name string
	Type string
}

func (c Column) SQL() string { return c.Name + " " + c.Type }

type Base struct{ ID int }

type Table struct {
	Base
	Name string
	Cols []Column
}

func (t Table) Count() int { return len(t.Cols) }

const src = `{{.}}
{{printf "%v|%+v" . .}}
{{range .Cols}}{{.}} {{.SQL}} {{printf "%+v" .}}
{{end}}{{.ID}} {{.Count}} {{index .Cols 0}}
{{with $c := index .Cols 1}}{{$c.Name}}={{$c}}{{end}}
`

func main() {
	t := Table{Base{7}, "users", []Column{{"id", "int"}, {"name", "text"}}}
	tm := template.Must(template.New("t").Parse(src))
	if err := tm.Execute(os.Stdout, t); err != nil {
		panic(err)
	}
	template.Must(template.New("c").Parse("{{.}}\n")).Execute(os.Stdout, Column{"a", "b"})
	template.Must(template.New("d").Parse("{{.}} {{len .}}\n")).Execute(os.Stdout, []any{Column{"a", "b"}, t})
}
