//go:build ignore

package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const rucksacks = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

type Set uint64

func priority(r rune) int {
	if r >= 'a' && r <= 'z' {
		return int(r-'a') + 1
	}
	return int(r-'A') + 27
}

func makeSet(s string) Set {
	var set Set
	for _, r := range s {
		set |= 1 << priority(r)
	}
	return set
}

func (s Set) Only() int { return bits.TrailingZeros64(uint64(s)) }

func (s Set) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for p := range 53 {
		if s&(1<<p) != 0 {
			if b.Len() > 1 {
				b.WriteByte(' ')
			}
			if p <= 26 {
				b.WriteRune(rune('a' + p - 1))
			} else {
				b.WriteRune(rune('A' + p - 27))
			}
		}
	}
	b.WriteByte('}')
	return b.String()
}

func main() {
	lines := strings.Fields(rucksacks)
	sum := 0
	for _, l := range lines {
		half := len(l) / 2
		common := makeSet(l[:half]) & makeSet(l[half:])
		fmt.Printf("%-34s common %v priority %d\n", l, common, common.Only())
		sum += common.Only()
	}
	fmt.Println("part 1:", sum)

	sum = 0
	for i := 0; i < len(lines); i += 3 {
		badge := makeSet(lines[i]) & makeSet(lines[i+1]) & makeSet(lines[i+2])
		fmt.Println("group", i/3+1, "badge", badge, bits.OnesCount64(uint64(badge)))
		sum += badge.Only()
	}
	fmt.Println("part 2:", sum)
	fmt.Println(makeSet("abcXYZ"))
}
