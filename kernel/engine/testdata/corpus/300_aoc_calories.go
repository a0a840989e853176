//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

type Elf struct {
	ID       int
	Calories []int
}

func (e Elf) Total() int {
	sum := 0
	for _, c := range e.Calories {
		sum += c
	}
	return sum
}

func parse(s string) ([]Elf, error) {
	var elves []Elf
	cur := Elf{ID: 1}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			elves = append(elves, cur)
			cur = Elf{ID: cur.ID + 1}
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			return nil, fmt.Errorf("elf %d: %w", cur.ID, err)
		}
		cur.Calories = append(cur.Calories, n)
	}
	if len(cur.Calories) > 0 {
		elves = append(elves, cur)
	}
	return elves, sc.Err()
}

func main() {
	elves, err := parse(input)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("elves:", len(elves))
	slices.SortFunc(elves, func(a, b Elf) int { return b.Total() - a.Total() })
	for _, e := range elves {
		fmt.Printf("elf %d carries %d items, %d calories\n", e.ID, len(e.Calories), e.Total())
	}
	fmt.Println("part 1:", elves[0].Total())
	top3 := 0
	for _, e := range elves[:3] {
		top3 += e.Total()
	}
	fmt.Println("part 2:", top3)

	_, err = parse("100\nabc\n")
	fmt.Println("bad input:", err)
}
