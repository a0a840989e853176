//go:build ignore

// Package flag's functions with os.Args set by the program: definitions in
// var declarations, init and main, Parse, Visit, Set, a custom Value.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

var (
	verbose = flag.Bool("v", false, "verbose output")
	count   = flag.Int("n", 1, "how many")
	name    string
	timeout time.Duration
)

func init() {
	flag.StringVar(&name, "name", "world", "who to greet")
	flag.DurationVar(&timeout, "timeout", time.Second, "how long")
}

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var tags list
	flag.Var(&tags, "tag", "a tag (repeatable)")
	os.Args = []string{"greet", "-v", "-n", "3", "-tag", "a", "-tag", "b", "-timeout", "2s", "rest", "more"}
	flag.Parse()
	fmt.Println(*verbose, *count, name, timeout, tags, flag.NArg(), flag.Args(), flag.Arg(0), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fmt.Println(flag.NFlag(), flag.Lookup("name").DefValue)
	flag.Set("name", "gopher")
	fmt.Println(name)
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	fs.Int("x", 0, "an x")
	err := fs.Parse([]string{"-y"})
	fmt.Println(err)
	fmt.Print(sb.String())
}
