//go:build ignore

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price int // cents
}

type Stock interface {
	Add(sku SKU, n int) error
	Remove(sku SKU, n int) error
	Count(sku SKU) int
}

type memStock map[SKU]int

var ErrUnknown = errors.New("unknown sku")

type ShortageError struct {
	SKU        SKU
	Have, Want int
}

func (e *ShortageError) Error() string {
	return fmt.Sprintf("shortage of %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (m memStock) Add(s SKU, n int) error {
	if n <= 0 {
		return fmt.Errorf("add %s: invalid quantity %d", s, n)
	}
	m[s] += n
	return nil
}

func (m memStock) Remove(s SKU, n int) error {
	have, ok := m[s]
	if !ok {
		return fmt.Errorf("remove %s: %w", s, ErrUnknown)
	}
	if have < n {
		return &ShortageError{s, have, n}
	}
	m[s] = have - n
	return nil
}

func (m memStock) Count(s SKU) int { return m[s] }

type Line struct {
	SKU SKU
	Qty int
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func checkout(st Stock, catalog map[SKU]Product, lines []Line) (int, error) {
	total := 0
	var errs []error
	for _, l := range lines {
		p, ok := catalog[l.SKU]
		if !ok {
			errs = append(errs, fmt.Errorf("line %s: %w", l.SKU, ErrUnknown))
			continue
		}
		if err := st.Remove(l.SKU, l.Qty); err != nil {
			errs = append(errs, err)
			continue
		}
		total += p.Price * l.Qty
	}
	return total, errors.Join(errs...)
}

func main() {
	catalog := map[SKU]Product{
		"A1": {"A1", "Widget", 250},
		"B2": {"B2", "Gadget", 1999},
		"C3": {"C3", "Doohickey", 75},
	}
	st := memStock{}
	for sku, n := range map[SKU]int{"A1": 10, "B2": 2, "C3": 100} {
		if err := st.Add(sku, n); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(st.Add("A1", 0))
	total, err := checkout(st, catalog, []Line{{"A1", 3}, {"B2", 5}, {"Z9", 1}, {"C3", 10}})
	fmt.Println("total:", cents(total))
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  error:", line)
		}
		var se *ShortageError
		fmt.Println("shortage?", errors.As(err, &se), se.Want-se.Have, "unknown?", errors.Is(err, ErrUnknown))
	}
	skus := make([]string, 0, len(st))
	for s := range st {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	for _, s := range skus {
		p := catalog[SKU(s)]
		fmt.Printf("%-3s %-10s %4d x %7s = %9s\n", s, p.Name, st.Count(SKU(s)), cents(p.Price), cents(p.Price*st.Count(SKU(s))))
	}
}
