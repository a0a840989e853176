//go:build ignore

package main

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

type match struct {
	word string
	dist int
}

type byDist []match

func (m byDist) Len() int      { return len(m) }
func (m byDist) Swap(i, j int) { m[i], m[j] = m[j], m[i] }
func (m byDist) Less(i, j int) bool {
	if m[i].dist != m[j].dist {
		return m[i].dist < m[j].dist
	}
	return m[i].word < m[j].word
}

func suggest(word string, dict []string, max int) []match {
	var out byDist
	for _, d := range dict {
		if dist := levenshtein(word, d); dist <= max {
			out = append(out, match{d, dist})
		}
	}
	sort.Sort(out)
	return out
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"}, {"héllo", "hello"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("%q -> %q: %d (runes %d/%d)\n", p[0], p[1], levenshtein(p[0], p[1]),
			utf8.RuneCountInString(p[0]), utf8.RuneCountInString(p[1]))
	}
	dict := []string{"apple", "apply", "ample", "maple", "applet", "angle", "apples"}
	for _, m := range suggest("appel", dict, 2) {
		fmt.Printf("%s(%d) ", m.word, m.dist)
	}
	fmt.Println()
	fmt.Println(suggest("zzz", dict, 1) == nil, len(suggest("zzz", dict, 1)))
}
