//go:build ignore

// Interfaces embedded in structs: decorators that override some methods
// and delegate the rest (used through pointers).
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Put(k, v string)
	Keys() []string
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Put(k, v string)             { s.m[k] = v }
func (s *mapStore) Keys() []string {
	var ks []string
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// countingStore overrides Get and inherits Put and Keys.
type countingStore struct {
	Store
	hits, misses int
}

func (c *countingStore) Get(k string) (string, bool) {
	v, ok := c.Store.Get(k)
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

type upperStore struct{ Store }

func (u *upperStore) Put(k, v string) { u.Store.Put(k, strings.ToUpper(v)) }

type countWriter struct {
	io.Writer
	n int
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return w.Writer.Write(p)
}

func fill(s Store) {
	s.Put("a", "apple")
	s.Put("b", "banana")
}

func main() {
	base := &mapStore{m: map[string]string{}}
	cs := &countingStore{Store: base}
	us := &upperStore{Store: cs}
	fill(us)
	for _, k := range []string{"a", "b", "c", "a"} {
		v, ok := us.Get(k)
		fmt.Println(k, v, ok)
	}
	fmt.Println("hits", cs.hits, "misses", cs.misses, "keys", us.Keys())

	var sb strings.Builder
	cw := &countWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more")
	fmt.Println(cw.n, sb.Len(), strings.Contains(sb.String(), "world"))

	var empty countingStore
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	empty.Put("x", "y") // nil embedded interface
}
