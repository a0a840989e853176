//go:build ignore

package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Cache[K comparable, V any] struct {
	capacity int
	order    *list.List
	index    map[K]*list.Element
	onEvict  func(K, V)
}

type pair[K comparable, V any] struct {
	key   K
	value V
}

func New[K comparable, V any](capacity int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{capacity: capacity, order: list.New(), index: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *Cache[K, V]) Get(key K) (v V, ok bool) {
	el, ok := c.index[key]
	if !ok {
		return v, false
	}
	c.order.MoveToFront(el)
	return el.Value.(pair[K, V]).value, true
}

func (c *Cache[K, V]) Set(key K, value V) {
	if el, ok := c.index[key]; ok {
		el.Value = pair[K, V]{key, value}
		c.order.MoveToFront(el)
		return
	}
	c.index[key] = c.order.PushFront(pair[K, V]{key, value})
	if c.order.Len() > c.capacity {
		oldest := c.order.Back()
		p := c.order.Remove(oldest).(pair[K, V])
		delete(c.index, p.key)
		if c.onEvict != nil {
			c.onEvict(p.key, p.value)
		}
	}
}

func (c *Cache[K, V]) Keys() []K {
	keys := make([]K, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(pair[K, V]).key)
	}
	return keys
}

func (c *Cache[K, V]) String() string {
	var parts []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		p := el.Value.(pair[K, V])
		parts = append(parts, fmt.Sprintf("%v=%v", p.key, p.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type point struct{ x, y int }

func main() {
	var evicted []string
	c := New(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) })
	for i, k := range strings.Fields("a b c a d e b f") {
		if v, ok := c.Get(k); ok {
			c.Set(k, v*10)
		} else {
			c.Set(k, i)
		}
		fmt.Println(k, c)
	}
	fmt.Println("keys:", c.Keys())
	fmt.Println("evicted:", evicted)

	pc := New[point, []string](2, nil)
	pc.Set(point{1, 2}, []string{"a"})
	pc.Set(point{3, 4}, nil)
	v, ok := pc.Get(point{1, 2})
	fmt.Println(v, ok, pc)
	_, ok = pc.Get(point{9, 9})
	fmt.Println(ok, len(pc.Keys()))
}
