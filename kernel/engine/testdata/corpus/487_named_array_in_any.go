//go:build ignore

package main

import "fmt"

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

func main() {
	ip := IPAddr{127, 0, 0, 1}
	var x any = ip
	fmt.Printf("%v %T\n", x, x)
	var y any = IPAddr{10, 0, 0, 1}
	fmt.Printf("%v %T\n", y, y)
	_, ok := y.(fmt.Stringer)
	fmt.Println(ok)
}
