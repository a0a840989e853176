//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type RomanError struct {
	Input string
	Pos   int
}

func (e *RomanError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q at position %d", e.Input, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("to roman %d: %w", n, ErrRange)
	}
	var b strings.Builder
	for _, r := range numerals {
		for n >= r.value {
			b.WriteString(r.symbol)
			n -= r.value
		}
	}
	return b.String(), nil
}

func FromRoman(s string) (int, error) {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, &RomanError{s, i}
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1990, 2008, 2024, 3999} {
		r, _ := ToRoman(n)
		back, _ := FromRoman(r)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, back)
	}
	if _, err := ToRoman(4000); err != nil {
		fmt.Println(err, errors.Is(err, ErrRange))
	}
	_, err := FromRoman("MCMZ")
	var re *RomanError
	if errors.As(err, &re) {
		fmt.Println("as:", re.Pos, re)
	}
	fmt.Println(err)
}
