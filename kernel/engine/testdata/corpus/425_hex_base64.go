//go:build ignore

// encoding/hex, base64 (standard, URL, raw), base32, ascii85: encode,
// decode, errors, streaming encoders.
package main

import (
	"bytes"
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data := []byte("Go gophers \xff\x00!")
	h := hex.EncodeToString(data)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Println(bytes.Equal(back, data), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	for _, enc := range []struct {
		name string
		e    *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding},
		{"rawurl", base64.RawURLEncoding},
	} {
		s := enc.e.EncodeToString([]byte("??>>~~a"))
		d, err := enc.e.DecodeString(s)
		fmt.Printf("%-7s %-14s %q %v\n", enc.name, s, d, err)
	}
	_, err = base64.StdEncoding.DecodeString("bad!")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawURLEncoding.EncodedLen(10))

	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	io.WriteString(w, "streamed ")
	io.WriteString(w, "content")
	w.Close()
	fmt.Println(sb.String())
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(sb.String()))
	io.Copy(os.Stdout, dec)
	fmt.Println()

	b32 := base32.StdEncoding.EncodeToString([]byte("hello"))
	b32h := base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("hello!"))
	fmt.Println(b32, b32h)

	a85 := make([]byte, ascii85.MaxEncodedLen(4))
	n := ascii85.Encode(a85, []byte("Man "))
	fmt.Println(string(a85[:n]))

	dst := hex.AppendEncode([]byte("0x"), []byte{1, 2, 254})
	fmt.Println(string(dst))
	enc64 := base64.StdEncoding.AppendEncode([]byte("b64:"), []byte{0xfb, 0xff})
	fmt.Println(string(enc64))
}
