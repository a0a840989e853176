//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Shape int

const (
	Rock Shape = iota + 1
	Paper
	Scissors
)

func (s Shape) String() string {
	switch s {
	case Rock:
		return "Rock"
	case Paper:
		return "Paper"
	case Scissors:
		return "Scissors"
	}
	return fmt.Sprintf("Shape(%d)", int(s))
}

func (s Shape) Beats() Shape {
	return map[Shape]Shape{Rock: Scissors, Paper: Rock, Scissors: Paper}[s]
}

type Outcome int

const (
	Lose Outcome = 0
	Draw Outcome = 3
	Win  Outcome = 6
)

func play(opp, me Shape) Outcome {
	switch {
	case opp == me:
		return Draw
	case me.Beats() == opp:
		return Win
	default:
		return Lose
	}
}

const guide = `A Y
B X
C Z
A Z
C X`

func main() {
	opp := map[byte]Shape{'A': Rock, 'B': Paper, 'C': Scissors}
	mine := map[byte]Shape{'X': Rock, 'Y': Paper, 'Z': Scissors}
	total1, total2 := 0, 0
	for i, line := range strings.Split(guide, "\n") {
		o, m := opp[line[0]], mine[line[2]]
		score := int(m) + int(play(o, m))
		total1 += score
		fmt.Printf("round %d: %v vs %v -> %d\n", i+1, o, m, score)

		var pick Shape
		switch line[2] {
		case 'X':
			pick = o.Beats()
		case 'Y':
			pick = o
		case 'Z':
			for _, s := range []Shape{Rock, Paper, Scissors} {
				if s.Beats() == o {
					pick = s
				}
			}
		}
		total2 += int(pick) + int(play(o, pick))
	}
	fmt.Println("part 1:", total1)
	fmt.Println("part 2:", total2)
	fmt.Println(Shape(7), []Shape{Rock, Scissors})
	fmt.Printf("%v %d %s\n", Paper, Paper, Paper)
}
