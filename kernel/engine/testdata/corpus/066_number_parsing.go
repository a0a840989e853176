//go:build ignore

package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	b, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(b)
	bl, err := strconv.ParseBool("true")
	fmt.Println(bl, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'e', 3, 32))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 7, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "x")))
	f32, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f32, err)
	fi, _ := strconv.ParseFloat("inf", 64)
	fmt.Println(fi)
	n, err := strconv.ParseInt("  12", 10, 64)
	fmt.Println(n, err)
	var ne *strconv.NumError
	_, err = strconv.ParseUint("-1", 10, 64)
	ne = err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Println(strconv.ParseInt("1_000", 0, 64))
	fmt.Println(strconv.ParseFloat("0x1p-2", 64))
}
