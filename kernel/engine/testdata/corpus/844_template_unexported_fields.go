//go:build ignore

// text/template names an unexported field of a struct type as Go does,
// also for Chinese field names (unexported: no upper case).
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type 学生 struct{ 姓名 string }

type person struct {
	Name string
	age  int
}

func (p person) Greeting() string { return "hi " + p.Name }

type plain struct {
	id   int
	Tags []string
}

func main() {
	var sb strings.Builder
	t := template.Must(template.New("").Parse("{{.姓名}}"))
	fmt.Println(t.Execute(&sb, 学生{"小明"}))
	t2 := template.Must(template.New("p").Parse("{{.Greeting}} {{.age}}"))
	fmt.Println(t2.Execute(&sb, person{"Ann", 3}))
	fmt.Println(t2.Execute(&sb, &person{"Bob", 4}))
	t3 := template.Must(template.New("q").Parse("{{range .}}{{.id}}{{end}}"))
	fmt.Println(t3.Execute(&sb, []plain{{1, nil}}))
	t4 := template.Must(template.New("r").Parse("{{.Missing}}"))
	fmt.Println(t4.Execute(&sb, plain{}))
	fmt.Println(sb.String())
}
