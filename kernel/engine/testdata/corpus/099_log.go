//go:build ignore

package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("standard logger")
	log.Printf("formatted %d", 42)
	log.SetPrefix("[app] ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("message prefix")

	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")

	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", log.Lmsgprefix)
	buflog.Println("hello")
	fmt.Print("from buflog:", buf.String())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("panic with %s", "log")
	}()
	fmt.Println(log.Flags() == log.Lmsgprefix, log.Prefix())
	log.SetOutput(os.Stderr)
	log.SetPrefix("")
	log.SetFlags(log.LstdFlags)
}
