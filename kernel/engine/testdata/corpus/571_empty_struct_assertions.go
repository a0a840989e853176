//go:build ignore

package main

import "fmt"

type Meters float64

func main() {
	var v any = struct{}{}
	_, ok := v.(Meters)
	fmt.Println(ok)
}
