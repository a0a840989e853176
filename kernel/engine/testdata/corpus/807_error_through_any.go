//go:build ignore

// An error (or fmt.Stringer) holding a pointer to the program's type,
// passed on as any, asserts back to that type and to the program's
// interfaces: type switches, []any, map[string]any and channels.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

type Temporary interface{ Temporary() bool }

type Timeout struct{ Op string }

func (e *Timeout) Error() string   { return e.Op + " timed out" }
func (e *Timeout) Temporary() bool { return true }

type User struct{ Name string }

func (u *User) String() string { return "user " + u.Name }

func lookup(k string) error {
	if k == "t" {
		return &Timeout{"read"}
	}
	return &NotFound{k}
}

func describe(v any) string {
	switch x := v.(type) {
	case *NotFound:
		return "missing " + x.Key
	case Temporary:
		return fmt.Sprint("temporary ", x.Temporary())
	case *User:
		return "a user named " + x.Name
	case error:
		return "other error: " + x.Error()
	}
	return "?"
}

func main() {
	err := lookup("k")
	fmt.Println(describe(err), describe(lookup("t")), describe(errors.New("x")))
	items := []any{err, lookup("t")}
	nf, ok := items[0].(*NotFound)
	fmt.Println(nf.Key, ok)
	_, ok = items[1].(Temporary)
	fmt.Println(ok)
	m := map[string]any{"err": err}
	if e, ok := m["err"].(*NotFound); ok {
		fmt.Println("map:", e.Key)
	}
	ch := make(chan any, 1)
	ch <- err
	fmt.Println(describe(<-ch))
	var s fmt.Stringer = &User{"ann"}
	fmt.Println(describe(s), s)
	var e error = &NotFound{"z"}
	fmt.Println(e.(*NotFound).Key, fmt.Sprint(any(e)))
}
