//go:build ignore

// String methods on value vs pointer receivers: which values fmt formats
// with them (values, pointers, fields, slice elements, map values).
package main

import (
	"fmt"
	"strings"
)

type Celsius struct{ Deg float64 }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", c.Deg) }

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) String() string { return fmt.Sprintf("%s: $%d", a.Owner, a.Balance) }

type Reading struct {
	Where string
	Temp  Celsius
	Acct  *Account
}

type Tags []string

func (t Tags) String() string { return "#" + strings.Join(t, " #") }

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("err %d", e.Code) }

func main() {
	c := Celsius{21.5}
	fmt.Println(c, &c)
	fmt.Printf("%v %s %+v %q\n", c, c, c, c)

	a := Account{"ann", 10}
	fmt.Println(a, &a)
	fmt.Printf("%v %v %+v\n", a, &a, a)

	r := Reading{"lab", Celsius{19}, &a}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)

	temps := []Celsius{{1}, {2.25}}
	accts := []*Account{{"bo", 1}, {"cy", 2}}
	vals := []Account{{"di", 3}}
	fmt.Println(temps, accts, vals)

	m := map[string]Celsius{"in": {20}, "out": {-3.5}}
	fmt.Println(m)

	t := Tags{"go", "fmt"}
	fmt.Println(t, []string(t), len(t))
	fmt.Printf("%v|%s|%q|%x\n", t, t, t, t)

	var e error = &Err{404}
	fmt.Println(e, Err{500})
	fmt.Printf("%v %s %+v\n", e, e, Err{1})

	var st fmt.Stringer = c
	fmt.Println(st.String(), st)
	st = &a
	a.Balance = 99
	fmt.Println(st)
	_, ok := any(a).(fmt.Stringer)
	_, okp := any(&a).(fmt.Stringer)
	fmt.Println(ok, okp)

	fmt.Println(fmt.Sprint(c) == c.String(), fmt.Sprintf("%10s|%-10v|", c, c))
}
