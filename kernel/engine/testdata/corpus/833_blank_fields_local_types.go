//go:build ignore

// Blank (_) fields of struct types declared inside functions stay out of
// encoding/json and encoding/xml, as Go's blank fields do.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

func main() {
	type Rec struct {
		ID   int
		_    int
		N    string
		_, _ bool
	}
	b, err := json.Marshal(Rec{ID: 1, N: "x"})
	fmt.Println(string(b), err)
	var r Rec
	err = json.Unmarshal([]byte(`{"ID":2,"N":"y","_":5}`), &r)
	fmt.Println(r.ID, r.N, err)
	type Item struct {
		XMLName xml.Name `xml:"item"`
		Name    string   `xml:"name"`
		_       [4]byte
	}
	x, err := xml.Marshal(Item{Name: "pen"})
	fmt.Println(string(x), err)
}
