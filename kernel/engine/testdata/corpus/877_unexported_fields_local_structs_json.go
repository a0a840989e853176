//go:build ignore

// json and xml leave out the unexported fields of anonymous struct types
// and of struct types declared inside functions, in both directions.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

func main() {
	b, _ := json.Marshal(struct {
		Name string
		age  int
	}{"a", 3})
	fmt.Println(string(b))
	type rec struct {
		ID     int
		secret string
		Tags   []string
	}
	b, _ = json.Marshal(rec{1, "pw", nil})
	fmt.Println(string(b))
	var v struct {
		Name string
		xx   int
	}
	fmt.Println(json.Unmarshal([]byte(`{"Name":"a","Xxx":4,"xx":5}`), &v), v)
	var r rec
	fmt.Println(json.Unmarshal([]byte(`{"ID":2,"secret":"s","Xsecret":"t"}`), &r), r.ID, r.secret == "")
	x, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"item"`
		Code    string
		note    string
	}{Code: "c", note: "n"})
	fmt.Println(string(x))
	list := []struct {
		K string `json:"k"`
		v int
	}{{"a", 1}, {"b", 2}}
	b, _ = json.Marshal(list)
	fmt.Println(string(b))
}
