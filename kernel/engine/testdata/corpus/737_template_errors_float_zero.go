//go:build ignore

// Template errors name types as Go does (comparisons, nil pointers of
// the program's struct types); a float or complex variable divided by a
// constant zero is +Inf, NaN.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Row struct{ Qty int }

func (r Row) Double() int { return r.Qty * 2 }

type Emp struct{ Name string }

type Dept struct{ Lead *Emp }

func main() {
	var sb strings.Builder
	for _, src := range []string{`{{if eq .Qty "5"}}five{{end}}`, `{{if gt .Qty 1.5}}big{{end}}`, `{{if lt .Qty 9}}small{{end}}`, `{{if ge .Double 10}}ten{{end}}`} {
		t := template.Must(template.New("t").Parse(src))
		fmt.Println(t.Execute(&sb, Row{5}))
	}
	fmt.Println(sb.String())
	t := template.Must(template.New("t").Parse(`{{.Lead.Name}}`))
	fmt.Println(t.Execute(&sb, Dept{}))

	sum, c := 3.0, complex(1, 2)
	var f32 float32 = -2
	fmt.Println(sum/0, -sum/0, f32/0, c/0)
	zero := 0.0
	fmt.Println(zero/0 == zero/0)
}
