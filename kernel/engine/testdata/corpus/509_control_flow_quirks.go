//go:build ignore

package main

import (
	"fmt"
	"sort"
)

var a = []int{170, 45, 75, -90, -802, 24, 2, 66}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

func combSort(a []int) {
	gap := len(a)
	for {
		if gap > 1 {
			gap = gap * 4 / 5
		}
		swapped := false
		for i := 0; i+gap < len(a); i++ {
			if a[i] > a[i+gap] {
				a[i], a[i+gap] = a[i+gap], a[i]
				swapped = true
			}
		}
		if gap == 1 && !swapped {
			break
		}
	}
}

func cocktail(a []int) {
	last := len(a) - 1
	for {
		swapped := false
		for i := 0; i < last; i++ {
			if a[i] > a[i+1] {
				a[i], a[i+1] = a[i+1], a[i]
				swapped = true
			}
		}
		if !swapped {
			return
		}
		swapped = false
		for i := last - 1; i >= 0; i-- {
			if a[i] > a[i+1] {
				a[i], a[i+1] = a[i+1], a[i]
				swapped = true
			}
		}
		if !swapped {
			return
		}
	}
}

func shell(a []int) {
	for inc := len(a) / 2; inc > 0; inc = (inc + 1) * 5 / 11 {
		for i := inc; i < len(a); i++ {
			j, temp := i, a[i]
			for ; j >= inc && a[j-inc] > temp; j -= inc {
				a[j] = a[j-inc]
			}
			a[j] = temp
		}
	}
}

func heapSort(a sort.Interface) {
	for start := (a.Len() - 2) / 2; start >= 0; start-- {
		siftDown(a, start, a.Len()-1)
	}
	for end := a.Len() - 1; end > 0; end-- {
		a.Swap(0, end)
		siftDown(a, 0, end-1)
	}
}

func siftDown(a sort.Interface, start, end int) {
	for root := start; root*2+1 <= end; {
		child := root*2 + 1
		if child+1 <= end && a.Less(child, child+1) {
			child++
		}
		if a.Less(root, child) {
			a.Swap(root, child)
			root = child
		} else {
			return
		}
	}
}

func radix(a []int) {
	b := make([]int, len(a))
	for i, v := range a {
		b[i] = v ^ (-1 << 63)
	}
	for bit := 0; bit < 64; bit += 8 {
		var buckets [256][]int
		for _, v := range b {
			k := uint64(v) >> uint(bit) & 0xff
			buckets[k] = append(buckets[k], v)
		}
		b = b[:0]
		for _, bk := range buckets {
			b = append(b, bk...)
		}
	}
	for i, v := range b {
		a[i] = v ^ (-1 << 63)
	}
}

func mergeSort(a []int) []int {
	if len(a) < 2 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m:m]), mergeSort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func quick(a []int) {
	var pex func(int, int)
	pex = func(lower, upper int) {
		for upper-lower > 0 {
			pivot := a[(lower+upper)/2]
			i, j := lower, upper
			for i <= j {
				for a[i] < pivot {
					i++
				}
				for a[j] > pivot {
					j--
				}
				if i <= j {
					a[i], a[j] = a[j], a[i]
					i++
					j--
				}
			}
			if j-lower < upper-i {
				pex(lower, j)
				lower = i
			} else {
				pex(i, upper)
				upper = j
			}
		}
	}
	pex(0, len(a)-1)
}

func main() {
	for _, f := range []struct {
		name string
		fn   func([]int)
	}{{"comb", combSort}, {"cocktail", cocktail}, {"shell", shell}, {"radix", radix}, {"quick", quick},
		{"heap", func(x []int) { heapSort(sort.IntSlice(x)) }},
		{"merge", func(x []int) { copy(x, mergeSort(x)) }}} {
		b := append([]int(nil), a...)
		f.fn(b)
		fmt.Printf("%-9s %v\n", f.name, b)
	}
	w := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Stable(byLen(w))
	fmt.Println(w)
	sort.Sort(rev{byLen(w)})
	fmt.Println(w)
	heapSort(rev{sort.StringSlice(w)})
	fmt.Println(w)
	fmt.Println(sort.IsSorted(sort.Reverse(sort.StringSlice(w))))
}
