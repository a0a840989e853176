//go:build ignore

package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

type node struct {
	val  int
	next *node
}

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println("pointer not nil:", p != nil)

	var np *int
	fmt.Println(np == nil, np)

	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	q := newInt(42)
	r := q
	*r = 43
	fmt.Println(*q)

	var head *node
	for v := range 4 {
		head = &node{v, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()

	pp := &p
	**pp = 7
	fmt.Println(i)

	type T struct{ A int }
	t := &T{1}
	t.A = 2
	(*t).A++
	fmt.Println(t.A, *t)
	nums := []int{1, 2, 3}
	for idx := range nums {
		e := &nums[idx]
		*e *= 10
	}
	fmt.Println(nums)
	pn := new(int)
	*pn = 5
	fmt.Println(*pn)
	ps := new([]string)
	*ps = append(*ps, "a")
	fmt.Println(*ps, len(*ps))
}
