//go:build ignore

// Shadowing: variables in inner scopes, package names and builtins.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty") // shadows the result
		_ = err
		return 0, nil
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			err = fmt.Errorf("bad digit %q", r)
			return
		}
		n = n*10 + int(r-'0')
	}
	return
}

func useStrings() string {
	strings := []string{"shadowed", "package"}
	return fmt.Sprint(len(strings), strings[0])
}

func builtins() string {
	len := func(s string) int { return 42 }
	true := false
	return fmt.Sprint(len("abc"), true)
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	}
	fmt.Println(x)

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop x", x)
	}

	n, err := parse("123")
	fmt.Println(n, err)
	n, err = parse("")
	fmt.Println(n, err)
	n, err = parse("12a")
	fmt.Println(n, err)

	fmt.Println(useStrings())
	fmt.Println(builtins())
	fmt.Println(strings.ToUpper(x))

	var err2 error
	if true {
		_, err2 := parse("x")
		fmt.Println("inner err2:", err2)
	}
	fmt.Println("outer err2:", err2)

	switch x := any(3.5).(type) {
	case int:
		fmt.Println("int", x)
	case float64:
		fmt.Println("float64", x*2)
	}
	fmt.Printf("%T %v\n", x, x)
}
