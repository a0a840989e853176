//go:build ignore

// Arrays are values: assignment, parameters, fields, comparison, map keys.
package main

import "fmt"

type Board [3][3]byte

func (b Board) With(r, c int, v byte) Board {
	b[r][c] = v
	return b
}

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

type Snapshot struct {
	Name string
	Vals [4]int
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2)
	b.Set(0, 0, 'O')
	fmt.Println(b, b2)

	c := b
	c[2][2] = 'Z'
	fmt.Println(b == c, b.String() != c.String())
	c[2][2] = 0
	fmt.Println(b == c)

	a := [4]int{1, 2, 3, 4}
	d := double(a)
	fmt.Println(a, d)

	s1 := Snapshot{"one", a}
	s2 := s1
	s2.Vals[0] = 99
	fmt.Println(s1, s2, s1 == s2)

	p := &a
	p[1] = 20
	fmt.Println(a, len(p))
	for i, v := range p {
		if i == 0 {
			p[3] = 400 // range over *array sees the change
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range a {
		if i == 0 {
			a[3] = 4000 // range over an array copies it
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	seen := map[[2]int]string{}
	seen[[2]int{1, 2}] = "a"
	seen[[2]int{2, 1}] = "b"
	k := [2]int{1, 2}
	fmt.Println(seen[k], len(seen))

	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 100
	fmt.Println(grid, row)
	sl := grid[1][:]
	sl[0] = 300
	fmt.Println(grid, sl)

	arrs := []([3]int){{1, 2, 3}, {4, 5, 6}}
	for _, arr := range arrs {
		arr[0] = 0
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 0
	}
	fmt.Println(arrs, [...]string{2: "c", 0: "a"})
}
