//go:build ignore

// Templates see the methods of a struct whose only field is an embedded
// struct (a view model wrapping a post), and the methods it declares.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Post struct {
	Title string
	Body  string
}

func (p Post) Slug() string { return strings.ToLower(strings.ReplaceAll(p.Title, " ", "-")) }

type View struct{ Post }

func (v View) Excerpt() string { return v.Body[:5] + "…" }

type Wrap struct{ *Post }

type Page struct {
	Post
	N int
}

func run(v any) {
	var sb strings.Builder
	err := template.Must(template.New("x").Parse(`{{.Title}} {{.Slug}}`)).Execute(&sb, v)
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	p := Post{"Hello World", "Lorem ipsum"}
	run(View{p})
	run(&View{p})
	run(Wrap{&p})
	run(Page{p, 1})
	t := template.Must(template.New("v").Parse("<h1>{{.Title}}</h1> <a href=\"/{{.Slug}}\">{{.Excerpt}}</a>\n"))
	if err := t.Execute(os.Stdout, View{p}); err != nil {
		fmt.Println(err)
	}
}
