//go:build ignore

package main

import (
	"fmt"
	"strings"
)

const drawing = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

type Stack []byte

func (s *Stack) Push(b ...byte) { *s = append(*s, b...) }

func (s *Stack) Pop(n int) []byte {
	old := *s
	top := make([]byte, n)
	copy(top, old[len(old)-n:])
	*s = old[:len(old)-n]
	return top
}

func (s Stack) Top() byte {
	if len(s) == 0 {
		return ' '
	}
	return s[len(s)-1]
}

type Move struct{ N, From, To int }

func parse(in string) ([]Stack, []Move) {
	head, body, _ := strings.Cut(in, "\n\n")
	rows := strings.Split(head, "\n")
	count := len(strings.Fields(rows[len(rows)-1]))
	stacks := make([]Stack, count)
	for i := len(rows) - 2; i >= 0; i-- {
		for j := range count {
			if pos := 1 + 4*j; pos < len(rows[i]) && rows[i][pos] != ' ' {
				stacks[j].Push(rows[i][pos])
			}
		}
	}
	var moves []Move
	for _, line := range strings.Split(body, "\n") {
		var m Move
		if _, err := fmt.Sscanf(line, "move %d from %d to %d", &m.N, &m.From, &m.To); err != nil {
			panic(err)
		}
		moves = append(moves, m)
	}
	return stacks, moves
}

func run(reverse bool) string {
	stacks, moves := parse(drawing)
	for _, m := range moves {
		crates := stacks[m.From-1].Pop(m.N)
		if reverse {
			for i, j := 0, len(crates)-1; i < j; i, j = i+1, j-1 {
				crates[i], crates[j] = crates[j], crates[i]
			}
		}
		stacks[m.To-1].Push(crates...)
	}
	var tops []byte
	for _, s := range stacks {
		tops = append(tops, s.Top())
		fmt.Printf("%q ", string(s))
	}
	fmt.Println()
	return string(tops)
}

func main() {
	_, moves := parse(drawing)
	fmt.Printf("%d moves, first %+v\n", len(moves), moves[0])
	fmt.Println("part 1:", run(true))
	fmt.Println("part 2:", run(false))
}
