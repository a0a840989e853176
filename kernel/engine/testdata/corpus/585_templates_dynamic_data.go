//go:build ignore

// Templates over data of the cell's types reached through any, maps of
// any and interface fields, promoted fields of embedded structs, and
// method results with String methods.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Base struct {
	ID      int
	Created string
}

type Customer struct{ First, Last string }

func (c *Customer) Full() string { return c.First + " " + c.Last }

type Item struct {
	Name  string
	Price Money
	Qty   int
}

func (i Item) Total() Money { return i.Price * Money(i.Qty) }

type Order struct {
	Base
	Cust  *Customer
	Items []Item
}

func (o *Order) Customer() *Customer { return o.Cust }

func (o *Order) Sum() Money {
	var s Money
	for _, it := range o.Items {
		s += it.Total()
	}
	return s
}

func (o *Order) Tags() []Tag { return []Tag{"new", "paid"} }

type Shape interface{ Name() string }

type Circle struct{ R float64 }

func (c Circle) Name() string { return "circle" }

type Square struct{ S float64 }

func (s Square) Name() string { return "square" }

type Doc struct {
	Main   Shape
	Others []Shape
}

func render(src string, data any) string {
	var sb strings.Builder
	t := template.Must(template.New("t").Parse(src))
	if err := t.Execute(&sb, data); err != nil {
		return "error: " + err.Error()
	}
	return sb.String()
}

func main() {
	o := &Order{Base{42, "2024-05-01"}, &Customer{"Ada", "Lovelace"},
		[]Item{{"pen", 150, 2}, {"book", 1299, 1}}}
	fmt.Println(render("#{{.ID}} on {{.Created}} for {{.Cust.Full}} / {{.Customer.Full}}", o))
	fmt.Println(render("{{range .Items}}{{.Name}} {{.Price}} x{{.Qty}} = {{.Total}}\n{{end}}sum {{.Sum}} {{.Tags}}", o))
	fmt.Println(render("{{.Main.Name}}{{range .Others}} {{.Name}}{{end}}", Doc{Circle{1}, []Shape{Square{2}, Circle{3}}}))
	fmt.Println(render("{{.c.Name}} {{.n}} {{.m}}", map[string]any{"c": Circle{1}, "n": 7, "m": Money(250)}))
	t := template.Must(template.New("x").Parse("{{.Cust.First}} owes {{.Sum}}\n"))
	t.Execute(os.Stdout, o)
}
