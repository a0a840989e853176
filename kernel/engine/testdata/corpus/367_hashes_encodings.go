//go:build ignore

package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"hash"
	"io"
	"strings"
)

type Checksummer struct {
	name string
	new  func() hash.Hash
}

func main() {
	data := "The quick brown fox jumps over the lazy dog"
	algos := []Checksummer{
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha512/256", sha512.New512_256},
	}
	for _, a := range algos {
		h := a.new()
		io.WriteString(h, data)
		fmt.Printf("%-10s %x\n", a.name, h.Sum(nil))
	}
	fmt.Printf("%x\n", sha256.Sum256([]byte("")))
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write([]byte(data))
	sig := mac.Sum(nil)
	fmt.Println("hmac:", hex.EncodeToString(sig))
	mac2 := hmac.New(sha256.New, []byte("key"))
	mac2.Write([]byte(data))
	fmt.Println("valid:", hmac.Equal(sig, mac2.Sum(nil)))

	raw := []byte("hello?>world\x00\xff")
	fmt.Println(base64.StdEncoding.EncodeToString(raw))
	fmt.Println(base64.URLEncoding.EncodeToString(raw))
	fmt.Println(base64.RawStdEncoding.EncodeToString(raw))
	fmt.Println(base32.StdEncoding.EncodeToString(raw))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	fmt.Printf("%s %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	h, err := hex.DecodeString("deadbeef")
	fmt.Println(h, err)
	fmt.Print(hex.Dump([]byte("gopher gophers!!")))

	block := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Animal": "Gopher"}, Bytes: []byte("secret payload")}
	var sb strings.Builder
	pem.Encode(&sb, block)
	fmt.Print(sb.String())
	p, rest := pem.Decode([]byte(sb.String()))
	fmt.Println(p.Type, string(p.Bytes), p.Headers["Animal"], len(rest))
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	sb.Reset()
	w.Write([]byte("streamed"))
	w.Close()
	fmt.Println(sb.String())
}
