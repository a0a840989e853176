//go:build ignore

// A named integer type as a * width or precision in Printf.
package main

import "fmt"

type ID int

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Printf("[%*d][%.*f]\n", ID(5), 1, ID(2), 3.14159)
	w := ID(6)
	fmt.Printf("[%*s]\n", w, "x")
	fmt.Printf("[%-*v]\n", 8, Celsius(2))
}
