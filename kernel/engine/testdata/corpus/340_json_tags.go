//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"
)

type Timestamps struct {
	Created time.Time  `json:"created"`
	Updated *time.Time `json:"updated,omitempty"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Customer struct {
	Timestamps
	ID        int64           `json:"id,string"`
	Name      string          `json:"name"`
	Email     string          `json:"email,omitempty"`
	Password  string          `json:"-"`
	Dash      string          `json:"-,"`
	Balance   float64         `json:"balance"`
	Addresses []Address       `json:"addresses"`
	Prefs     map[string]bool `json:"prefs,omitempty"`
	Note      *string         `json:"note"`
	internal  int
}

func main() {
	created := time.Date(2024, 1, 15, 9, 30, 0, 0, time.UTC)
	c := Customer{
		Timestamps: Timestamps{Created: created},
		ID:         9007199254740993,
		Name:       "Ada Lovelace",
		Password:   "secret",
		Dash:       "dash",
		Balance:    1234.5,
		Addresses:  []Address{{"1 Main St", "London", ""}},
		internal:   42,
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(Address{Street: "<b>2 High St</b>", City: "Paris & Co"})
	enc.SetEscapeHTML(false)
	enc.Encode(Address{Street: "<b>2 High St</b>", City: "Paris & Co"})

	var back Customer
	in := `{"id":"17","name":"Bob","password":"x","-":"d","created":"2023-06-01T12:00:00Z",
		"updated":"2023-06-02T08:00:00+02:00","prefs":{"email":true},"note":"hi","unknown":1}`
	err = json.Unmarshal([]byte(in), &back)
	fmt.Println(err)
	fmt.Println(back.ID, back.Name, back.Password == "", back.Dash, back.Created, back.Updated.UTC(), back.Prefs, *back.Note)

	dec := json.NewDecoder(stringsReader(in))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&back))

	var typeErr *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"balance":"lots"}`), &back)
	fmt.Printf("%v %T\n", err, err)
	_ = typeErr
	var synErr *json.SyntaxError
	err = json.Unmarshal([]byte(`{"name": "x",}`), &back)
	if e, ok := err.(*json.SyntaxError); ok {
		synErr = e
		fmt.Println("syntax error at offset", synErr.Offset, synErr)
	}
}

type strReader struct {
	s string
	i int
}

func (r *strReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func stringsReader(s string) *strReader { return &strReader{s: s} }
