//go:build ignore

// encoding/xml's Decoder.DecodeElement and Encoder.EncodeElement with
// cell types embedding structs (a GPX-like stream of waypoints).
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Inner struct {
	Name string `xml:"name"`
}

type Point struct {
	Lat float64 `xml:"lat,attr"`
	Inner
	Ele float64 `xml:"ele"`
}

type Common struct {
	ID string `xml:"id,attr"`
}

type Book struct {
	Common
	Title string `xml:"title"`
}

func main() {
	d := xml.NewDecoder(strings.NewReader(`<gpx><wpt lat="59.9"><name>x</name><ele>23</ele></wpt><wpt lat="1"><name>y</name></wpt></gpx>`))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "wpt" {
			var r Point
			fmt.Println(d.DecodeElement(&r, &se), r)
		}
	}
	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	enc.EncodeElement(Book{Common{"b1"}, "Go"}, xml.StartElement{Name: xml.Name{Local: "item"}})
	enc.Flush()
	fmt.Println(sb.String())
}
