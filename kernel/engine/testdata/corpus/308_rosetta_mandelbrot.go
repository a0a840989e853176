//go:build ignore

package main

import (
	"fmt"
	"math/cmplx"
	"strings"
)

const palette = " .:-=+*#%@"

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := range limit {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

type Canvas struct {
	W, H  int
	cells [][]byte
}

func NewCanvas(w, h int) *Canvas {
	c := &Canvas{W: w, H: h, cells: make([][]byte, h)}
	for i := range c.cells {
		c.cells[i] = []byte(strings.Repeat(" ", w))
	}
	return c
}

func (c *Canvas) Set(x, y int, b byte) { c.cells[y][x] = b }

func (c *Canvas) String() string {
	lines := make([]string, len(c.cells))
	for i, row := range c.cells {
		lines[i] = strings.TrimRight(string(row), " ")
	}
	return strings.Join(lines, "\n")
}

func main() {
	const w, h, limit = 60, 24, 50
	cv := NewCanvas(w, h)
	inside := 0
	for y := range h {
		for x := range w {
			c := complex(-2.1+3.0*float64(x)/w, -1.2+2.4*float64(y)/h)
			n := escape(c, limit)
			if n == limit {
				inside++
			}
			cv.Set(x, y, palette[n*(len(palette)-1)/limit])
		}
	}
	fmt.Println(cv)
	fmt.Printf("inside: %d of %d (%.1f%%)\n", inside, w*h, 100*float64(inside)/float64(w*h))
	fmt.Println(escape(0, 10), escape(1+1i, 10), escape(-1, 100))
	fmt.Printf("%.3f %v\n", cmplx.Abs(3+4i), cmplx.Sqrt(-1))
}
