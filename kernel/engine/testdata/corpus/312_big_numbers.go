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

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	return h
}

func main() {
	f := factorial(50)
	fmt.Println("50! =", f)
	fmt.Println("digits:", len(f.String()), "digit sum:", digitSum(factorial(100)))
	fmt.Println("fib(100) =", fib(100))
	fmt.Println("H(10) =", harmonic(10), "≈", harmonic(10).FloatString(6))

	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime:", p.ProbablyPrime(20))

	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(ok, x.Text(16), x.BitLen(), x.Cmp(p))
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)

	pi := new(big.Float).SetPrec(100)
	pi.SetString("3.14159265358979323846264338327950288")
	r := new(big.Float).Mul(pi, big.NewFloat(2))
	fmt.Println(r.Text('f', 25))
	fmt.Printf("%.10f %s\n", pi, new(big.Int).Sqrt(big.NewInt(1_000_000_007)))
}
