//go:build ignore

// An error an UnmarshalText method returns reaches the caller of
// json.Unmarshal unchanged; a method that panics or returns an error,
// called by a template, makes Execute fail with "error calling".
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/template"
)

type N struct{ V int }

func (n *N) UnmarshalText(b []byte) error {
	v, err := strconv.Atoi(string(b))
	n.V = v
	return err
}

type S struct {
	A N
	B []N
}

type User struct{ Name string }

func (u User) Boom() string { panic("boom") }

func (u User) Fail() (string, error) { return "", errors.New("no luck") }

func (u User) Fine() (string, error) { return "fine " + u.Name, nil }

func main() {
	var s S
	err := json.Unmarshal([]byte(`{"A":"x"}`), &s)
	fmt.Printf("%v (%T)\n", err, err)
	_, ok := err.(*strconv.NumError)
	fmt.Println(ok)
	err = json.Unmarshal([]byte(`{"B":["1","y"]}`), &s)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num)

	var sb strings.Builder
	for _, src := range []string{`{{.Name}} {{.Boom}}`, `{{.Boom}} {{.Name}}`, `{{.Fine}}`, `{{.Fail}}`} {
		t := template.Must(template.New("t").Parse(src))
		fmt.Println(t.Execute(&sb, User{"ann"}))
	}
	fmt.Println(sb.String())
}
