//go:build ignore

package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	SKU   string
	Qty   int
	Price float64
}

func (l LineItem) Total() float64 { return float64(l.Qty) * l.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []LineItem
	Paid     bool
	Notes    []string
}

func (inv *Invoice) Total() float64 {
	t := 0.0
	for _, it := range inv.Items {
		t += it.Total()
	}
	return t
}

const tmpl = `{{define "item"}}{{printf "%-8s" .SKU}} {{.Qty | printf "%3d"}} x {{printf "%6.2f" .Price}} = {{.Total | money}}{{end -}}
Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{inc $i}}. {{template "item" $it}}
{{end -}}
Total: {{.Total | money}}{{if .Paid}} (paid){{else}} (due){{end}}
{{with .Notes}}Notes:{{range .}} [{{.}}]{{end}}{{else}}No notes.{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))
	invoices := []*Invoice{
		{Number: 1001, Customer: "acme corp", Items: []LineItem{{"WIDGET", 3, 2.5}, {"GADGET", 1, 19.99}}, Paid: true},
		{Number: 1002, Customer: "globex", Items: []LineItem{{"SPROCKET", 12, 0.75}}, Notes: []string{"rush", "gift wrap"}},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
	}

	m := map[string]any{"Name": "map data", "Count": 3, "List": []int{1, 2, 3}}
	t2 := template.Must(template.New("m").Parse("{{.Name}}: {{len .List}} items, count {{.Count}}{{range .List}} {{if eq . 2}}two{{else}}{{.}}{{end}}{{end}}\n"))
	t2.Execute(os.Stdout, m)

	t3 := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := t3.Execute(os.Stdout, invoices[0])
	fmt.Println("error:", err)
}
