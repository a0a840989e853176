//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := NewMatrix[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var sum T
			for k := range m.cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, sum)
		}
	}
	return r, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.rows {
		b.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%v", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func Power[T Number](m Matrix[T], n int) Matrix[T] {
	result := Identity[T](m.rows)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result, _ = result.Mul(m)
		}
		m, _ = m.Mul(m)
	}
	return result
}

type Score float64

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print(a, b)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))

	fibm := NewMatrix[int64](2, 2, 1, 1, 1, 0)
	fmt.Println("fib(50) =", Power(fibm, 50).At(0, 1))

	s := NewMatrix[Score](2, 2, 0.5, 1.5, 2, 0.25)
	fmt.Print(Power(s, 2))
	fmt.Printf("%T %v\n", s.At(0, 0), Identity[float32](2).data)
}
