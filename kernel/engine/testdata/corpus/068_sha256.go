//go:build ignore

package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Printf("%x\n", bs)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]), len(sum))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	mac := hmac.New(sha256.New, []byte("key"))
	io.WriteString(mac, "The quick brown fox jumps over the lazy dog")
	fmt.Println(hex.EncodeToString(mac.Sum(nil)))
	h2 := sha256.New()
	io.Copy(h2, strings.NewReader(strings.Repeat("a", 1000)))
	fmt.Printf("%X\n", h2.Sum(nil)[:8])
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())
	fmt.Println(h.Size(), h.BlockSize())
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	fmt.Print(hex.Dump([]byte("gopher!")))
}
