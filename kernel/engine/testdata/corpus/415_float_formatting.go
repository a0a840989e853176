//go:build ignore

// Floating point formatting: verbs, precision, strconv.FormatFloat,
// special values, float32 rounding, parsing.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1.0 / 3, 123456789.125, 1e-7, 2.5e-10}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%e|%g|%G|%8.3f|%-10.1e|\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), float64(float32(0.1)))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%5.1f|%+.1f|% .1f|%05.1f|%x\n", math.Inf(1), 2.0, 2.0, -2.5, 1.0)

	for _, fmtc := range []byte{'f', 'e', 'g', 'b', 'x'} {
		fmt.Println(string(fmtc), strconv.FormatFloat(1234.5678, fmtc, -1, 64), strconv.FormatFloat(1234.5678, fmtc, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))

	for _, s := range []string{"3.25", "1e3", "-0", "inf", "NaN", "0x1p-2", "1_000.5", "abc", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}

	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.7))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Hypot(3, 4))
	fmt.Printf("%.3f %.3f %.3f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001))

	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float32(1)/3)
	fmt.Printf("%v %.10f %T\n", f32/3, f32/3, f32)
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), nan < 1, nan > 1)

	sum := 0.0
	for range 10 {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, math.Abs(sum-1) < 1e-9)
	fmt.Println(strconv.FormatFloat(sum, 'f', 2, 64), fmt.Sprintf("%6.2f%%", 12.3456))
}
