//go:build ignore

// fmt.Formatter and fmt.GoStringer: custom handling of verbs and flags.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	whole, frac := m.Cents/100, m.Cents%100
	if frac < 0 {
		frac = -frac
	}
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Currency, whole, frac)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Money{%d, %q}", m.Cents, m.Currency)
			return
		}
		s := fmt.Sprintf("%d.%02d", whole, frac)
		if w, ok := f.Width(); ok {
			s = strings.Repeat(" ", max(0, w-len(s))) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return "Pt(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

type Hex []byte

func (h Hex) Format(f fmt.State, verb rune) {
	sep := ""
	if f.Flag(' ') {
		sep = ":"
	}
	parts := make([]string, len(h))
	for i, b := range h {
		parts[i] = fmt.Sprintf("%02x", b)
	}
	if verb == 'X' {
		for i := range parts {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	fmt.Fprint(f, strings.Join(parts, sep))
}

type Verbose struct{ N int }

func (v Verbose) Format(f fmt.State, verb rune) {
	p, hasP := f.Precision()
	w, hasW := f.Width()
	fmt.Fprintf(f, "[%c w=%d/%v p=%d/%v minus=%v zero=%v]", verb, w, hasW, p, hasP, f.Flag('-'), f.Flag('0'))
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%#v|%d|%10v|%x\n", m, m, m, m, m, m)
	fmt.Println(m, Money{-250, "USD"})
	fmt.Println([]Money{{1, "A"}, {199, "B"}})
	fmt.Printf("%v\n", map[string]Money{"k": {5, "C"}})

	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %#v\n", p, p, p, []Point{p})

	h := Hex{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%x|% x|%X|% X|%v\n", h, h, h, h, h)
	fmt.Println(h)

	v := Verbose{1}
	fmt.Printf("%v %8.2f %-5d %05s\n", v, v, v, v)
	s := fmt.Sprintf("%s", m)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(m) + "!")
	type wrap struct {
		M Money
		P Point
	}
	fmt.Printf("%v %+v\n", wrap{m, p}, wrap{m, p})
}
