//go:build ignore

// hash.Hash and friends: crc32 tables, fnv, adler32, sha256/sha512/md5,
// incremental writes, hmac, consistent hashing with sorted rings.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"sort"
	"strings"
)

type ring struct {
	points []uint32
	owner  map[uint32]string
}

func newRing(nodes []string, replicas int) *ring {
	r := &ring{owner: map[uint32]string{}}
	for _, n := range nodes {
		for i := range replicas {
			h := crc32.ChecksumIEEE([]byte(fmt.Sprintf("%s#%d", n, i)))
			r.points = append(r.points, h)
			r.owner[h] = n
		}
	}
	sort.Slice(r.points, func(i, j int) bool { return r.points[i] < r.points[j] })
	return r
}

func (r *ring) lookup(key string) string {
	h := crc32.ChecksumIEEE([]byte(key))
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i] >= h })
	if i == len(r.points) {
		i = 0
	}
	return r.owner[r.points[i]]
}

func main() {
	hashes := []struct {
		name string
		h    hash.Hash
	}{
		{"md5", md5.New()},
		{"sha1", sha1.New()},
		{"sha256", sha256.New()},
		{"sha512/256", sha512.New512_256()},
		{"crc32", crc32.NewIEEE()},
		{"castagnoli", crc32.New(crc32.MakeTable(crc32.Castagnoli))},
		{"crc64", crc64.New(crc64.MakeTable(crc64.ECMA))},
		{"fnv32a", fnv.New32a()},
		{"fnv64", fnv.New64()},
		{"adler32", adler32.New()},
	}
	for _, x := range hashes {
		io.WriteString(x.h, "The quick brown fox ")
		x.h.Write([]byte("jumps over the lazy dog"))
		fmt.Printf("%-10s %3d %s\n", x.name, x.h.Size(), hex.EncodeToString(x.h.Sum(nil)))
	}

	whole := sha256.Sum256([]byte("abc"))
	inc := sha256.New()
	for _, p := range []string{"a", "b", "c"} {
		inc.Write([]byte(p))
	}
	fmt.Println(hex.EncodeToString(whole[:]) == hex.EncodeToString(inc.Sum(nil)))
	fmt.Printf("%x\n", whole[:8])
	fmt.Printf("%x\n", md5.Sum(nil))

	f := fnv.New32a()
	f.Write([]byte("key"))
	h32 := f.(hash.Hash32).Sum32()
	fmt.Println(h32, h32%16)
	f.Reset()
	fmt.Println(f.(hash.Hash32).Sum32())

	mac := hmac.New(sha256.New, []byte("secret"))
	mac.Write([]byte("message"))
	sig := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(sig)[:16])
	mac2 := hmac.New(sha256.New, []byte("secret"))
	mac2.Write([]byte("message"))
	fmt.Println(hmac.Equal(sig, mac2.Sum(nil)))

	r := newRing([]string{"alpha", "beta", "gamma"}, 4)
	counts := map[string]int{}
	for i := range 30 {
		counts[r.lookup(fmt.Sprintf("user-%d", i))]++
	}
	fmt.Println(counts, r.lookup("user-7"), strings.Count(fmt.Sprint(r.points), " ")+1)
	fmt.Println(crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Koopman)))
}
