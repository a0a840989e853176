//go:build ignore

// encoding/xml of cell types with embedded structs: Marshal, MarshalIndent,
// Unmarshal, Encoder and Decoder see the embedded fields as Go does.
package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
)

type Meta struct {
	Version string `xml:"version,attr"`
}

type Item struct {
	Name  string  `xml:"name"`
	Price float64 `xml:"price"`
	note  string
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Meta
	Items []Item `xml:"items>item"`
	count int
}

func main() {
	c := Catalog{Meta: Meta{"1.2"}, Items: []Item{{"pen", 1.5, "x"}, {"ink", 3, "y"}}, count: 2}
	b, err := xml.Marshal(c)
	fmt.Println(string(b), err)
	var d Catalog
	err = xml.Unmarshal(b, &d)
	fmt.Printf("%+v %v\n", d, err)
	var buf bytes.Buffer
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(&c); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.String())
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var e Catalog
	fmt.Println(dec.Decode(&e), e.Version, len(e.Items))
	var anyv any = c
	b, _ = xml.Marshal(anyv)
	fmt.Println(string(b))
	err = xml.Unmarshal([]byte("<catalog><items><item><price>abc</price></item></items></catalog>"), &e)
	fmt.Println(err)
}
