//go:build ignore

// Template FuncMap functions, variadic in the program's type, and taking a
// value where the template holds a pointer to it.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Item struct{ N int }

func (i Item) Get() int { return i.N }

func main() {
	var sb strings.Builder
	fm := template.FuncMap{
		"sum": func(xs ...Item) int {
			t := 0
			for _, x := range xs {
				t += x.N
			}
			return t
		},
		"mk":  func(n int) Item { return Item{n} },
		"one": func(x Item) int { return x.N },
	}
	t := template.Must(template.New("a").Funcs(fm).Parse(`{{sum (mk 1) (mk 2)}} {{sum}} {{one .}} {{.Get}}`))
	fmt.Println(t.Execute(&sb, &Item{4}), sb.String())
}
