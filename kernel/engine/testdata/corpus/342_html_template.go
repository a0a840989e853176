//go:build ignore

package main

import (
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Score  int
}

type Page struct {
	Title    string
	Comments []Comment
	Footer   template.HTML
}

const page = `<!doctype html>
<title>{{.Title}}</title>
<ul>
{{- range .Comments}}
  <li class="{{if gt .Score 10}}hot{{else}}normal{{end}}"><a href="{{.URL}}" title="{{.Author}}">{{.Author}}</a>: {{.Body}}</li>
{{- end}}
</ul>
<script>var title = {{.Title}};</script>
<footer>{{.Footer}}</footer>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	p := Page{
		Title: `Tom & Jerry's "best" <episodes>`,
		Comments: []Comment{
			{"alice", "Great <b>show</b>!", "https://example.com/u/alice", 12},
			{"<script>alert(1)</script>", "xss attempt", "javascript:alert(1)", 0},
			{"bob", "a & b", "/u/bob?x=1&y=2", 5},
		},
		Footer: template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		panic(err)
	}
	var sb strings.Builder
	template.Must(template.New("x").Parse(`<p>{{.}}</p>`)).Execute(&sb, "<i>plain</i>")
	os.Stdout.WriteString(sb.String() + "\n")
	os.Stdout.WriteString(template.HTMLEscapeString("<a href='x'>") + " " + template.JSEscapeString("it's \"q\"") + "\n")
}
