package main

import (
	"fmt"
	"os"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func main() {
	src, _ := os.ReadFile(os.Args[1])
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	t := time.Now()
	_, err := i.Eval(string(src))
	fmt.Fprintln(os.Stderr, "err", err, time.Since(t))
}
