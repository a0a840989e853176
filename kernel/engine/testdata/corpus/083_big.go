//go:build ignore

package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	fmt.Println(factorial(30))
	fmt.Println(fib(100))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(y, y.BitLen(), y.String()[:5])
	q, m := new(big.Int).QuoRem(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Sign(), new(big.Int).Neg(x))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	g := new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36))
	fmt.Println(g)
	fmt.Printf("%x %s %v\n", y, x.Text(36), factorial(5))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	f := new(big.Float).SetPrec(100).SetInt64(1)
	f.Quo(f, big.NewFloat(3).SetPrec(100))
	fmt.Println(f.Text('g', 25))
	sqrt2 := new(big.Float).SetPrec(200).Sqrt(big.NewFloat(2).SetPrec(200))
	fmt.Println(sqrt2.Text('f', 50))
	fmt.Println(new(big.Int).Sqrt(big.NewInt(1_000_000)))
}
