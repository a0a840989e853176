package compile

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestGoTypeString(t *testing.T) {
	const src = `package main

import (
	"fmt"
	"io"
)

type T struct{}

var (
	a interface{ Timeout() bool }
	b interface {
		fmt.Stringer
		M()
	}
	c struct {
		X int ` + "`json:\"x\"`" + `
		io.Reader
	}
	d func(int, ...string) (bool, error)
	e map[string][]*T
	f <-chan int
	g any
	h struct{}
	i [3]func() T
	j func([]byte) rune
)
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, want string }{
		{"a", "interface { Timeout() bool }"},
		{"b", "interface { M(); String() string }"},
		{"c", `struct { X int "json:\"x\""; io.Reader }`},
		{"d", "func(int, ...string) (bool, error)"},
		{"e", "map[string][]*main.T"},
		{"f", "<-chan int"},
		{"g", "interface {}"},
		{"h", "struct {}"},
		{"i", "[3]func() main.T"},
		{"j", "func([]uint8) int32"},
	}
	for _, tt := range tests {
		got := goTypeString(pkg.Scope().Lookup(tt.name).Type())
		if got != tt.want {
			t.Errorf("goTypeString(%s): got %q, want %q", tt.name, got, tt.want)
		}
	}
}
