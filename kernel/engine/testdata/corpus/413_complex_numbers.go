//go:build ignore

// Complex numbers: arithmetic, real/imag, cmplx functions, formatting,
// roots of polynomials and a small DFT.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func roots(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func dft(xs []float64) []complex128 {
	n := len(xs)
	out := make([]complex128, n)
	for k := range n {
		var sum complex128
		for t, x := range xs {
			angle := -2 * math.Pi * float64(k*t) / float64(n)
			sum += complex(x, 0) * cmplx.Exp(complex(0, angle))
		}
		out[k] = sum
	}
	return out
}

func round(c complex128) complex128 {
	r := func(f float64) float64 {
		v := math.Round(f*1000) / 1000
		if v == 0 {
			return 0 // no negative zero
		}
		return v
	}
	return complex(r(real(c)), r(imag(c)))
}

func main() {
	z := 3 + 4i
	w := complex(1, -2)
	fmt.Println(z, w, z+w, z*w, z/w)
	fmt.Println(real(z), imag(z), cmplx.Abs(z), cmplx.Conj(z))
	fmt.Printf("%.2f %v %g\n", z, z == complex(3, 4), w)
	fmt.Printf("%T %T\n", z, complex64(z))

	r1, r2 := roots(1, 2, 5)
	fmt.Println(r1, r2)
	r1, r2 = roots(1, -3, 2)
	fmt.Println(r1, r2)

	fmt.Printf("%.4f\n", cmplx.Exp(complex(0, math.Pi))+1)
	fmt.Printf("%.4f %.4f\n", cmplx.Phase(1i), cmplx.Sqrt(-1))

	for _, c := range dft([]float64{1, 0, -1, 0}) {
		fmt.Print(round(c), " ")
	}
	fmt.Println()

	var c64 complex64 = 1.5 + 2.5i
	c64 *= 2
	fmt.Println(c64, real(c64))
	fmt.Println(cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))

	// Mandelbrot membership on a tiny grid.
	for y := 1.0; y >= -1.0; y -= 0.5 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.25 {
			c := complex(x, y)
			z := complex128(0)
			in := true
			for range 50 {
				z = z*z + c
				if cmplx.Abs(z) > 2 {
					in = false
					break
				}
			}
			if in {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
}
