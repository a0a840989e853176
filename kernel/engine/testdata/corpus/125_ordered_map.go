//go:build ignore

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	o.keys = slices.DeleteFunc(o.keys, func(x K) bool { return x == k })
}

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range o.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func SortedBy[K comparable, V any, S cmp.Ordered](o *OrderedMap[K, V], key func(V) S) []K {
	ks := slices.Collect(o.Keys())
	slices.SortStableFunc(ks, func(a, b K) int { return cmp.Compare(key(o.m[a]), key(o.m[b])) })
	return ks
}

func main() {
	om := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("pear apple fig apple kiwi pear apple") {
		v, _ := om.Get(w)
		om.Set(w, v+1)
	}
	for k, v := range om.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	om.Delete("fig")
	om.Delete("nope")
	fmt.Println(slices.Collect(om.Keys()), om.Len())
	fmt.Println(SortedBy(om, func(v int) int { return -v }))
	for k := range om.Keys() {
		if k == "apple" {
			fmt.Println("found apple early")
			break
		}
	}
	type emp struct {
		name string
		age  int
	}
	people := NewOrderedMap[int, emp]()
	people.Set(3, emp{"c", 30})
	people.Set(1, emp{"a", 50})
	people.Set(2, emp{"b", 40})
	fmt.Println(SortedBy(people, func(e emp) string { return e.name }))
	fmt.Println(SortedBy(people, func(e emp) int { return e.age }))
}
