//go:build ignore

package main

import (
	"log"
	"os"
)

type Logger struct{ *log.Logger }

func (l *Logger) Infof(f string, a ...any) { l.Printf("INFO "+f, a...) }

type Svc struct {
	Logger
	name string
}

func main() {
	l := &Logger{log.New(os.Stdout, "", 0)}
	l.Println("direct")
	l.Infof("x=%d", 3)
	s := Svc{Logger{log.New(os.Stdout, "svc: ", 0)}, "a"}
	s.Println("hello", s.name)
	s.Infof("y")
}
