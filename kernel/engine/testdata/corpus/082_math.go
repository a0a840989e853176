//go:build ignore

package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Cbrt(27))
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(1/math.Inf(1), 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Printf("%.2f %v %v\n", math.Inf(1), -math.MaxFloat32, float32(0.1)+float32(0.2))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(16777216.0)+1)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	fmt.Println(7/2, -7/2, 7%-2, 7.0/2)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Abs(3+4i), cmplx.Exp(1i*math.Pi))
	fmt.Println(math.Gamma(5), math.Erf(0))
	neg := -3.9
	fmt.Println(int(math.Round(2.675*100)), int64(neg), uint8(300&0xff))
}
