package main

import (
	"strings"
	"testing"
)

func TestIndexFile(t *testing.T) {
	entries := []entry{
		{path: "crypto/rand", name: "rand", off: 0, size: 10},
		{path: "math/rand", name: "rand", off: 10, size: 5},
		{path: "math/rand/v2", name: "rand", off: 15, size: 7},
		{path: "text/template", name: "template", off: 22, size: 1},
		{path: "html/template", name: "template", off: 23, size: 1},
		{path: "unsafe", name: "unsafe"},
	}
	src, err := indexFile(entries, "go1.99.0", "plan9/386")
	if err != nil {
		t.Fatal(err)
	}
	tests := []string{
		`return []string{"math/rand", "crypto/rand", "math/rand/v2"}`,
		`return []string{"html/template", "text/template"}`,
		`case "math/rand/v2":` + "\n\t\treturn \"rand\", 15, 7, true",
		`const GoVersion = "go1.99.0"`,
		`const Platform = "plan9/386"`,
	}
	for _, want := range tests {
		if !strings.Contains(string(src), want) {
			t.Errorf("index.go lacks %q:\n%s", want, src)
		}
	}
}
