//go:build ignore

package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"math"
)

type Bloom struct {
	bits []uint64
	m, k uint
	h    hash.Hash64
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1), h: fnv.New64a()}
}

func (b *Bloom) positions(s string) []uint {
	b.h.Reset()
	b.h.Write([]byte(s))
	sum := b.h.Sum64()
	h1, h2 := uint(sum&0xffffffff), uint(sum>>32)
	pos := make([]uint, b.k)
	for i := range b.k {
		pos[i] = (h1 + i*h2) % b.m
	}
	return pos
}

func (b *Bloom) Add(s string) {
	for _, p := range b.positions(s) {
		b.bits[p/64] |= 1 << (p % 64)
	}
	b.n++
}

func (b *Bloom) MayContain(s string) bool {
	for _, p := range b.positions(s) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func main() {
	b := NewBloom(100, 0.01)
	fmt.Println("m =", b.m, "k =", b.k, "words =", len(b.bits))
	for i := range 100 {
		b.Add(fmt.Sprintf("user-%d", i))
	}
	missing := 0
	for i := range 100 {
		if !b.MayContain(fmt.Sprintf("user-%d", i)) {
			missing++
		}
	}
	fmt.Println("false negatives:", missing)
	fp := 0
	for i := 1000; i < 11000; i++ {
		if b.MayContain(fmt.Sprintf("user-%d", i)) {
			fp++
		}
	}
	fmt.Printf("false positives: %d of 10000 (%.2f%%)\n", fp, float64(fp)/100)

	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Printf("fnv32a=%08x crc32=%08x\n", h.Sum32(), crc32.ChecksumIEEE([]byte("hello")))
	fmt.Printf("%x\n", fnv.New64().Sum([]byte("prefix-")))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Println(crc32.Checksum([]byte("hello"), tab), h.Size(), h.BlockSize())
}
