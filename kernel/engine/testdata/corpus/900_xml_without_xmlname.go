//go:build ignore

// encoding/xml with the program's struct types without an XMLName field
// (named after their type, also as elements of a slice), a struct
// embedding time.Duration, and decoding back.
package main

import (
	"encoding/xml"
	"fmt"
	"time"
)

type Dur struct{ time.Duration }

type Cfg struct {
	XMLName xml.Name `xml:"cfg"`
	T       Dur      `xml:"t"`
}

type Item struct {
	ID   int    `xml:"id,attr"`
	Name string `xml:"name"`
}

type Inventory struct {
	Items []Item `xml:"item"`
	Owner *Item
}

func main() {
	b, err := xml.Marshal(Cfg{T: Dur{time.Second}})
	fmt.Println(string(b), err)
	b, err = xml.Marshal(Dur{2 * time.Second})
	fmt.Println(string(b), err)
	b, err = xml.MarshalIndent(Inventory{Items: []Item{{1, "a"}, {2, "b"}}, Owner: &Item{3, "c"}}, "", "  ")
	fmt.Println(string(b), err)
	b, err = xml.MarshalIndent([]*Item{{4, "d"}, {5, "e"}}, ">", " ")
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]any{Item{6, "f"}, 7, "s"})
	fmt.Println(string(b), err)
	var c Cfg
	err = xml.Unmarshal([]byte(`<cfg><t><Duration>5</Duration></t></cfg>`), &c)
	fmt.Println(c.T.Duration, err)
	var inv Inventory
	err = xml.Unmarshal([]byte(`<Inventory><item id="9"><name>z</name></item><Owner id="1"></Owner></Inventory>`), &inv)
	fmt.Println(inv.Items, inv.Owner.ID, err)
}
