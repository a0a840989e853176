//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n    int
	cols []int
}

func (b *Board) safe(row, col int) bool {
	for r := 0; r < row; r++ {
		c := b.cols[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func (b *Board) solve(row int, found func([]int) bool) bool {
	if row == b.n {
		return found(b.cols)
	}
	for col := 0; col < b.n; col++ {
		if b.safe(row, col) {
			b.cols[row] = col
			if b.solve(row+1, found) {
				return true
			}
		}
	}
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, c := range b.cols {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q ")
		sb.WriteString(strings.Repeat(". ", b.n-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func count(n int) int {
	b := &Board{n: n, cols: make([]int, n)}
	total := 0
	b.solve(0, func([]int) bool {
		total++
		return false
	})
	return total
}

func main() {
	for n := 1; n <= 8; n++ {
		fmt.Printf("%d queens: %d solutions\n", n, count(n))
	}
	b := &Board{n: 6, cols: make([]int, 6)}
	var first []int
	b.solve(0, func(cols []int) bool {
		first = append([]int(nil), cols...)
		return true
	})
	fmt.Println("first 6x6:", first)
	fmt.Print(b)
}
