//go:build ignore

// text/template printing cell values with String methods ({{.}}, fields of
// struct type), and empty struct types keeping their identity in interfaces.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money struct {
	Cents int
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Item struct {
	Name  string
	Price Money
	Tags  []string
}

func (i Item) Upper() string { return strings.ToUpper(i.Name) }

type Cow struct{}

func (Cow) Sound() string { return "moo" }

type HandlerFunc func(string) string

func main() {
	t := template.Must(template.New("t").Funcs(template.FuncMap{"join": strings.Join}).Parse(
		"{{range .}}{{.Name}} {{.Upper}} {{.Price}} {{join .Tags \",\"}}\n{{end}}{{(index . 0).Price.Cents}}\n"))
	items := []Item{{"pen", Money{150}, []string{"a", "b"}}, {"cup", Money{99}, nil}}
	if err := t.Execute(os.Stdout, items); err != nil {
		fmt.Println(err)
	}
	t2 := template.Must(template.New("t2").Parse("{{.}} and {{.Cents}}\n"))
	t2.Execute(os.Stdout, Money{5})
	var sb strings.Builder
	t2.Execute(&sb, items[0].Price)
	fmt.Print(sb.String())
	fmt.Printf("%T %T %v\n", Cow{}, HandlerFunc(nil), Cow{})
	var x any = Cow{}
	_, ok := x.(interface{ Sound() string })
	fmt.Println(ok)
}
