//go:build ignore

// fmt's # and + flags on verbs other than v, %T with an explicit index
// reusing the argument, GoString padding, and bad verbs of nil pointers,
// on the program's own types.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Hash [4]byte

type ID []byte

type Name string

func (n Name) String() string { return "N:" + string(n) }

type User struct{ ID int }

func (u User) String() string { return fmt.Sprintf("user-%d", u.ID) }

type G struct{ A int }

func (g G) GoString() string { return "G()" }

type Account struct{ Owner string }

type E struct{ Code int }

func (e *E) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	p := Point{1, -2}
	fmt.Printf("%T %[1]v\n", p)
	fmt.Println(fmt.Sprintf("%[1]v (%[1]T) [%8T] [%-8T]", p))
	fmt.Println(fmt.Errorf("unexpected %T: %[1]v", p))
	fmt.Printf("%#x %#x %x %#v\n", Hash{0xde, 0xad, 0xbe, 0xef}, ID("ab"), Hash{1, 2, 3, 4}, Hash{1})
	fmt.Printf("%#q %#x %#q %#s %q\n", User{7}, User{7}, Name("bob"), User{7}, Name("al"))
	fmt.Printf("%+d %+v %#v %+.1f\n", p, p, p, struct{ A float64 }{1})
	fmt.Printf("[%#8v][%#-8v] %#v\n", G{}, G{}, []G{{}})
	var a *Account
	fmt.Printf("acct=%s %v %d\n", a, a, a)
	fmt.Printf("%s %v\n", []*Account{nil}, []*Account{nil})
	fmt.Printf("%s\n", struct{ A *Account }{&Account{"x"}})
	var e error = &E{3}
	fmt.Printf("%v %s %#x %+v\n", e, e, e, errors.New("plain"))
}
