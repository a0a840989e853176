//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Date(2024, 5, 17, 8, 30, 0, 500, time.UTC)
	fmt.Println(now)
	fmt.Println(now.Unix())
	fmt.Println(now.UnixMilli())
	fmt.Println(now.UnixNano())
	fmt.Println(time.Unix(now.Unix(), 0).UTC())
	fmt.Println(time.Unix(0, now.UnixNano()).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC())
	fmt.Println(time.Unix(0, 0).UTC())
	fmt.Println(time.Unix(-86400, 0).UTC().Format(time.DateOnly))
	secs := int64(1234567890)
	fmt.Println(time.Unix(secs, 0).UTC().Format(time.RFC1123))
	fmt.Println(time.Now().Unix() > secs)
}
