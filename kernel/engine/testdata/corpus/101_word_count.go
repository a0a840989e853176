//go:build ignore

package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type wordCount struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	lines, words, chars := 0, 0, 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len(line) + 1
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			counts[strings.ToLower(w)]++
			words++
		}
	}
	fmt.Printf("lines=%d words=%d chars=%d unique=%d\n", lines, words, chars, len(counts))
	var list []wordCount
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		list = append(list, wordCount{w, counts[w]})
	}
	slices.SortStableFunc(list, func(a, b wordCount) int { return cmp.Compare(b.count, a.count) })
	for _, wc := range list[:6] {
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	longest := slices.MaxFunc(list, func(a, b wordCount) int {
		return cmp.Or(cmp.Compare(len(a.word), len(b.word)), strings.Compare(b.word, a.word))
	})
	fmt.Println("longest:", longest.word)
}
