//go:build ignore

package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	Customer string
	Items    []Item
	Notes    map[string]string
	VIP      bool
}

func (o *Order) GrandTotal() float64 {
	t := 0.0
	for _, i := range o.Items {
		t += i.Total()
	}
	return t
}

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct {
		Name string
	}{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{
		"Name": "Mickey Mouse",
	})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
	}
	const invoice = `Invoice for {{.Customer | upper}}{{if .VIP}} (VIP){{end}}
{{range $i, $it := .Items}}{{$i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{money $it.Price}} = {{money $it.Total}}
{{end}}{{with .Notes}}Notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}
{{end}}Total: {{money .GrandTotal}}
{{len .Items}} items; first is {{(index .Items 0).Name}}
{{- /* a comment */ -}}
{{define "footer"}}-- {{.}} --{{end}}
{{template "footer" "thanks"}}
`
	t5 := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))
	order := &Order{
		Customer: "ada",
		Items:    []Item{{"widget", 2.5, 4}, {"gadget", 10, 1}},
		Notes:    map[string]string{"ship": "fast", "gift": "yes"},
		VIP:      true,
	}
	if err := t5.Execute(os.Stdout, order); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	t6 := Create("t6", `{{range .}}{{if gt . 2}}{{.}}>2 {{else if eq . 2}}two {{else}}small {{end}}{{end}}`)
	t6.Execute(&sb, []int{1, 2, 3})
	fmt.Println(sb.String())
	err = Create("bad", "{{.Missing}}").Execute(&sb, Item{})
	fmt.Println("error:", err != nil)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err != nil)
	t7 := Create("t7", `{{and 1 0}} {{or 0 "x"}} {{not true}} {{len "abc"}} {{print 1 2}} {{html "<a>"}} {{js "it's"}} {{slice "abcdef" 1 3}}`+"\n")
	t7.Execute(os.Stdout, nil)
}
