//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	out := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	out := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.1f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func det(m Matrix) float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	if len(m) == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d float64
	for c := range m {
		sub := New(len(m)-1, 0)
		for r := 1; r < len(m); r++ {
			sub[r-1] = append(append([]float64{}, m[r][:c]...), m[r][c+1:]...)
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		d += sign * m[0][c] * det(sub)
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	fmt.Print(a.T())
	_, err = a.Mul(a)
	fmt.Println(err)
	id, _ := c.Mul(Identity(2))
	fmt.Print(id)
	fmt.Println(det(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}), det(c))
	var arr [3][3]int
	for i := range 3 {
		for j := range 3 {
			arr[i][j] = i*3 + j
		}
	}
	var sq [3][3]int
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				sq[i][j] += arr[i][k] * arr[k][j]
			}
		}
	}
	fmt.Println(sq)
}
