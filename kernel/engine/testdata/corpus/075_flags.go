//go:build ignore

package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func parse(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var errBuf strings.Builder
	fs.SetOutput(&errBuf)
	word := fs.String("word", "foo", "a string")
	numb := fs.Int("numb", 42, "an int")
	fork := fs.Bool("fork", false, "a bool")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	wait := fs.Duration("wait", time.Second, "how long")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable")
	if err := fs.Parse(args); err != nil {
		fmt.Println("parse error:", err)
		fmt.Println(strings.SplitN(errBuf.String(), "\n", 2)[0])
		return
	}
	fmt.Println("word:", *word)
	fmt.Println("numb:", *numb)
	fmt.Println("fork:", *fork)
	fmt.Println("svar:", svar)
	fmt.Println("wait:", *wait)
	fmt.Println("tags:", tags, len(tags))
	fmt.Println("tail:", fs.Args(), fs.NArg(), fs.NFlag())
}

func main() {
	parse([]string{"-word=opt", "-numb=7", "-fork", "-svar=flag", "a1", "a2", "a3"})
	parse([]string{"-word=opt"})
	parse([]string{"-word=opt", "a1", "a2", "a3", "-numb=7"})
	parse([]string{"--wait", "250ms", "-tag", "x", "-tag=y", "--", "-notaflag"})
	parse([]string{"-wat"})
	parse([]string{"-numb=abc"})

	fs := flag.NewFlagSet("help", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Int("n", 1, "count")
	fmt.Println(fs.Parse([]string{"-h"}) == flag.ErrHelp)
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue, f.Usage) })
	var sb strings.Builder
	fs.SetOutput(&sb)
	fs.PrintDefaults()
	fmt.Print(sb.String())
}
