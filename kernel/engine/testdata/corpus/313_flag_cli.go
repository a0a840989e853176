//go:build ignore

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

type Config struct {
	Name    string
	Count   int
	Verbose bool
	Timeout time.Duration
	Tags    listFlag
	Args    []string
}

func parse(args []string) (*Config, error) {
	cfg := &Config{}
	fs := flag.NewFlagSet("greet", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.StringVar(&cfg.Name, "name", "world", "who to greet")
	fs.IntVar(&cfg.Count, "n", 1, "how many times")
	fs.BoolVar(&cfg.Verbose, "v", false, "verbose output")
	fs.DurationVar(&cfg.Timeout, "timeout", 5*time.Second, "give up after")
	fs.Var(&cfg.Tags, "tag", "add a tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	cfg.Args = fs.Args()
	if cfg.Verbose {
		fs.VisitAll(func(f *flag.Flag) {
			fmt.Printf("  -%s=%s (default %q)\n", f.Name, f.Value, f.DefValue)
		})
	}
	return cfg, nil
}

func main() {
	runs := [][]string{
		{},
		{"-name", "Gopher", "-n", "3", "extra", "args"},
		{"-v", "-tag", "a", "-tag=b", "--timeout=1m30s"},
		{"-n", "notanumber"},
		{"-tag", ""},
	}
	for _, args := range runs {
		fmt.Printf("args %q\n", args)
		cfg, err := parse(args)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		for range cfg.Count {
			fmt.Printf("hello, %s!\n", cfg.Name)
		}
		fmt.Printf("timeout=%v tags=%v rest=%v\n", cfg.Timeout, cfg.Tags, cfg.Args)
	}
}
