//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func pad(s string, w int) string {
	if n := utf8.RuneCountInString(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	sales := []Sale{
		{"north", "tea", 10, 2.5}, {"south", "tea", 4, 2.5}, {"north", "café", 7, 3.0},
		{"south", "café", 12, 3.0}, {"east", "tea", 1, 2.5}, {"north", "tea", 5, 2.5},
	}
	type agg struct {
		units int
		rev   float64
	}
	byRegion := map[string]*agg{}
	for _, s := range sales {
		a := byRegion[s.Region]
		if a == nil {
			a = &agg{}
			byRegion[s.Region] = a
		}
		a.units += s.Units
		a.rev += float64(s.Units) * s.Price
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]].rev > byRegion[regions[j]].rev })
	var b strings.Builder
	line := strings.Repeat("=", 30)
	b.WriteString(line + "\n")
	fmt.Fprintf(&b, "%s%6s%10s\n", pad("region", 14), "units", "revenue")
	b.WriteString(strings.Repeat("-", 30) + "\n")
	var tu int
	var tr float64
	for _, r := range regions {
		a := byRegion[r]
		fmt.Fprintf(&b, "%s%6d%10.2f\n", pad(r, 14), a.units, a.rev)
		tu += a.units
		tr += a.rev
	}
	b.WriteString(line + "\n")
	fmt.Fprintf(&b, "%s%6d%10.2f\n", pad("total", 14), tu, tr)
	fmt.Print(b.String())
	products := map[string]int{}
	for _, s := range sales {
		products[s.Product] += s.Units
	}
	for _, p := range []string{"café", "tea"} {
		fmt.Printf("%s|%s|\n", pad(p, 6), strings.Repeat("#", products[p]/2))
	}
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps on running far away", 20) {
		fmt.Printf("%2d %-20s|\n", i+1, l)
	}
}
