//go:build ignore

// Template FuncMap functions taking slices, maps and pointers of the
// program's types with methods, and variadic ones.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Item struct{ N int }

func (Item) Check() string { return "c" }

type Box struct{ Items []Item }

type Plain struct{ N int }

func main() {
	var sb strings.Builder
	fm := template.FuncMap{
		"first": func(xs []Item) int { return xs[0].N },
		"mp":    func(m map[string]Item) int { return len(m) },
		"join":  func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"ptr":   func(p *Item) int { return p.N },
	}
	t := template.Must(template.New("a").Funcs(fm).Parse(`{{first .}} {{join "-" "a" "b"}}`))
	fmt.Println(t.Execute(&sb, []Item{{1}}), sb.String())
	sb.Reset()
	t2 := template.Must(template.New("b").Funcs(fm).Parse(`{{mp .}}`))
	fmt.Println(t2.Execute(&sb, map[string]Item{"x": {2}}), sb.String())
	sb.Reset()
	t3 := template.Must(template.New("c").Funcs(fm).Parse(`{{first .Items}} {{ptr .P}}`))
	fmt.Println(t3.Execute(&sb, struct {
		Items []Item
		P     *Item
	}{[]Item{{3}}, &Item{4}}), sb.String())
	sb.Reset()
	t4 := template.Must(template.New("d").Parse(`{{printf "%T" .}} {{printf "%T" .M}}`))
	fmt.Println(t4.Execute(&sb, &struct {
		P *Plain
		M map[string]Plain
	}{&Plain{1}, map[string]Plain{"a": {2}}}), sb.String())
}
