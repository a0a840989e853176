//go:build ignore

package main

import (
	"encoding/base32"
	b64 "encoding/base64"
	"fmt"
)

func main() {
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("a")), b64.StdEncoding.EncodeToString([]byte("a")))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("gopher")))
	buf := make([]byte, b64.StdEncoding.EncodedLen(5))
	b64.StdEncoding.Encode(buf, []byte("hello"))
	fmt.Println(string(buf), len(buf), b64.StdEncoding.DecodedLen(len(buf)))
}
