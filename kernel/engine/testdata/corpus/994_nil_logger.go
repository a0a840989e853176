//go:build ignore

// A nil *log.Logger panics as Go's does; log's own functions and deferred
// calls of them use the standard logger.
package main

import (
	"fmt"
	"log"
	"strings"
)

type App struct {
	name string
	log  *log.Logger
}

func (a *App) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", a.name, r)
		}
	}()
	a.log.Printf("running %s", a.name)
	return nil
}

func main() {
	var sb strings.Builder
	log.SetOutput(&sb)
	log.SetFlags(0)
	log.Println("std", 1)
	l := log.New(&sb, "p: ", 0)
	l.Printf("x=%d", 2)
	func() {
		defer log.Print("deferred std")
	}()
	fmt.Println((&App{name: "a"}).run())
	fmt.Println((&App{name: "b", log: l}).run())
	fmt.Print(sb.String())
}
