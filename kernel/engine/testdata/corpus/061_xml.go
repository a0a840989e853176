//go:build ignore

package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v",
		p.Id, p.Name, p.Origin)
}

type Book struct {
	Title  string   `xml:"title"`
	Author string   `xml:"author,attr"`
	Year   int      `xml:"year,omitempty"`
	Notes  string   `xml:",comment"`
	Tags   []string `xml:"tags>tag"`
}

func main() {
	coffee := &Plant{Id: 27, Name: "Coffee"}
	coffee.Origin = []string{"Ethiopia", "Brazil"}
	out, _ := xml.MarshalIndent(coffee, " ", "  ")
	fmt.Println(string(out))
	fmt.Println(xml.Header + string(out))

	var p Plant
	if err := xml.Unmarshal(out, &p); err != nil {
		panic(err)
	}
	fmt.Println(p)

	tomato := &Plant{Id: 81, Name: "Tomato"}
	tomato.Origin = []string{"Mexico", "California"}
	type Nesting struct {
		XMLName xml.Name `xml:"nesting"`
		Plants  []*Plant `xml:"parent>child>plant"`
	}
	nesting := &Nesting{}
	nesting.Plants = []*Plant{coffee, tomato}
	out, _ = xml.MarshalIndent(nesting, " ", "  ")
	fmt.Println(string(out))

	b := Book{Title: "Go & You", Author: "Gopher", Notes: " classic ", Tags: []string{"go", "prog"}}
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(b); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	var back Book
	err := xml.Unmarshal([]byte(`<Book author="Ann"><title>T &lt;1&gt;</title><year>1999</year><tags><tag>a</tag><tag>b</tag></tags></Book>`), &back)
	fmt.Printf("%+v %v\n", back, err)
	err = xml.Unmarshal([]byte(`<unclosed>`), &back)
	fmt.Println(err)
}
