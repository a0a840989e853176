//go:build ignore

// Parsing with fmt: Sscanf, Sscan, Sscanln, Fscan over a reader.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Move struct {
	Dir  string
	Dist int
}

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("ada 36 1.70", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	var x, y int
	n, err = fmt.Sscanf("pos=(3,-4)", "pos=(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)

	var hexv, octv int
	var word string
	fmt.Sscanf("ff 17 go", "%x %o %s", &hexv, &octv, &word)
	fmt.Println(hexv, octv, word)

	var a, b, c int
	n, err = fmt.Sscan("1\n2 3", &a, &b, &c)
	fmt.Println(n, err, a+b+c)
	n, err = fmt.Sscanln("4 5\n6", &a, &b, &c)
	fmt.Println(n, err, a, b)

	var f float64
	n, err = fmt.Sscan("notanumber", &f)
	fmt.Println(n, err != nil)

	input := "R 4\nU 12\nL 3\nD 1\n"
	var moves []Move
	r := strings.NewReader(input)
	for {
		var m Move
		_, err := fmt.Fscan(r, &m.Dir, &m.Dist)
		if err != nil {
			break
		}
		moves = append(moves, m)
	}
	fmt.Println(moves)

	sc := bufio.NewScanner(strings.NewReader("10 20\n30 x\n40 50"))
	total := 0
	for sc.Scan() {
		var p, q int
		if k, err := fmt.Sscanf(sc.Text(), "%d %d", &p, &q); err != nil {
			fmt.Println("line", sc.Text(), "parsed", k, "error:", err)
			continue
		}
		total += p + q
	}
	fmt.Println("total", total)

	var r1 rune
	var s1 string
	var b1 bool
	fmt.Sscanf("x true rest", "%c %t %s", &r1, &b1, &s1)
	fmt.Println(string(r1), b1, s1)

	var date struct{ Y, M, D int }
	fmt.Sscanf("2024-03-15", "%4d-%2d-%2d", &date.Y, &date.M, &date.D)
	fmt.Printf("%+v\n", date)

	var q string
	fmt.Sscanf(`"quoted str" tail`, "%q", &q)
	fmt.Println(q)
}
