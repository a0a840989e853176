//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func shadowErr() (err error) {
	if _, err := strconv.Atoi("bad"); err != nil {
		// this err shadows the named result
		_ = err
	}
	return
}

func noShadow() (err error) {
	if _, err = strconv.Atoi("bad"); err != nil {
		return
	}
	return nil
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		_ = x
	}
	fmt.Println(x)
	if x := 42; x > 0 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for:", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch:", x)
	}
	fmt.Println(x)
	fmt.Println("shadowed err is lost:", shadowErr())
	fmt.Println("assigned err is kept:", noShadow())
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	err := errors.New("outer")
	if true {
		err := errors.New("inner")
		_ = err
	}
	fmt.Println(err)
	type int32 = string
	var s int32 = "type alias shadows int32"
	fmt.Println(s)
	fmt := "fmt is now a string"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
