//go:build ignore

// Templates with the program's types: values written in a script as JSON,
// a failing method inside range, FuncMap functions taking and returning
// the program's values, printf of a pointer.
package main

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"text/template"
)

type U struct {
	Name string
	N    int
}

func (u U) Initial() string { return u.Name[:1] }

type Tag struct{ N int }

func (t Tag) String() string { return fmt.Sprintf("T<%d>", t.N) }

type C struct{ N int }

func (c C) Check() (string, error) {
	if c.N < 0 {
		return "", errors.New("negative")
	}
	return "ok", nil
}

type W struct {
	U U
	P *U
}

func main() {
	var sb strings.Builder
	h := htmltemplate.Must(htmltemplate.New("").Parse(`<script>var u = {{.U}}; var t = {{.T}};</script>`))
	fmt.Println(h.Execute(&sb, map[string]any{"U": U{"bob", 1}, "T": Tag{3}}), sb.String())
	sb.Reset()
	h2 := htmltemplate.Must(htmltemplate.New("").Parse(`<script>var u = {{.}};</script>`))
	fmt.Println(h2.Execute(&sb, U{"al", 2}), sb.String())

	sb.Reset()
	r := template.Must(template.New("r").Parse(`{{range .}}{{.Check}} {{end}}`))
	fmt.Println(r.Execute(&sb, []C{{1}, {-1}}), sb.String())

	sb.Reset()
	f := template.Must(template.New("f").Funcs(template.FuncMap{
		"show": func(v any) string { return fmt.Sprintf("%T %+v", v, v) },
		"name": func(u U) string { return strings.ToUpper(u.Name) },
		"mk":   func(n int) C { return C{n} },
	}).Parse(`{{show .U}} | {{name .U}} | {{(mk 5).Check}} | {{printf "%v %T" .P .P}} | {{.P}} | {{.U.Initial}}`))
	fmt.Println(f.Execute(&sb, W{U{"bob", 1}, &U{"al", 2}}), sb.String())
}
