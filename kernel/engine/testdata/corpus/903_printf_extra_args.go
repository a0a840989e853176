//go:build ignore

// Printf with arguments no verb takes: %!(EXTRA …) names the types of
// the program's values (also through Sprintf and Errorf, with nil, a
// width argument and explicit indexes).
package main

import (
	"errors"
	"fmt"
)

type S struct{ A int }
type Code int

func (c Code) String() string { return fmt.Sprint("code", int(c)) }

func main() {
	fmt.Printf("x\n", 1, S{2}, &S{3}, []S{{4}})
	fmt.Println()
	s := fmt.Sprintf("%d", 1, Code(5), nil, "s")
	fmt.Println(s)
	err := fmt.Errorf("e %v", S{1}, S{2})
	fmt.Println(err)
	fmt.Printf("%[1]d %[1]v\n", 7, S{8})
	fmt.Printf("%*d|\n", 4, 5, S{9})
	fmt.Printf("%d%%\n", 50, S{1})
	fmt.Println(errors.New("plain"))
}
