package plot

import (
	"math"
	"strconv"
)

// maxTicks bounds the number of ticks of an axis, whatever the data.
const maxTicks = 50

// axis is the scale of one axis: the data interval [lo, hi] it shows and
// its ticks, multiples of step.
type axis struct {
	lo, hi float64
	step   float64
	ticks  []float64
}

// niceAxis returns an axis that covers [lo, hi] with about n ticks whose
// step is 1, 2 or 5 times a power of ten; its bounds are multiples of the
// step (after Heckbert's "nice numbers"). A degenerate or non-finite interval is
// widened to something sensible.
func niceAxis(lo, hi float64, n int) axis {
	if !finite(lo) || !finite(hi) {
		lo, hi = 0, 1
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi == lo {
		d := math.Abs(lo) / 10
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
	}
	n = min(max(n, 2), maxTicks)
	span := hi - lo
	if !finite(span) { // the data spans more than MaxFloat64
		return axis{lo: lo, hi: hi, step: hi/2 - lo/2, ticks: []float64{lo, hi}}
	}
	step := niceNum(span/float64(n-1), true)
	first, last := math.Floor(lo/step), math.Ceil(hi/step)
	if last-first > maxTicks || step == 0 || !finite(step) {
		return axis{lo: lo, hi: hi, step: span, ticks: []float64{lo, hi}}
	}
	a := axis{lo: first * step, hi: last * step, step: step}
	for k := first; k <= last; k++ {
		v := k * step
		if v == 0 {
			v = 0 // no -0
		}
		a.ticks = append(a.ticks, v)
	}
	return a
}

// niceNum returns a number close to x of the form f×10^k with f in {1, 2,
// 5, 10}: rounded when round is set, else the smallest not below x.
func niceNum(x float64, round bool) float64 {
	if x <= 0 || !finite(x) {
		return 1
	}
	exp := math.Floor(math.Log10(x))
	pow := math.Pow(10, exp)
	f := x / pow
	var nf float64
	if round {
		switch {
		case f < 1.5:
			nf = 1
		case f < 3:
			nf = 2
		case f < 7:
			nf = 5
		default:
			nf = 10
		}
	} else {
		switch {
		case f <= 1:
			nf = 1
		case f <= 2:
			nf = 2
		case f <= 5:
			nf = 5
		default:
			nf = 10
		}
	}
	return nf * pow
}

// siPrefix is the SI prefix of 1000^i.
var siPrefix = [...]string{"", "k", "M", "G", "T", "P", "E"}

// label formats tick v of the axis with as many digits as its step (1, 2
// or 5 times a power of ten) needs: "0.2", "1500", "2.5M", "2e-05".
func (a axis) label(v float64) string {
	if v == 0 || math.Abs(v) < a.step*1e-9 {
		return "0"
	}
	mag := math.Max(math.Abs(a.lo), math.Abs(a.hi))
	stepExp := math.Floor(math.Log10(a.step) + 1e-9)
	if mag >= 1e6 && mag < 1e21 {
		exp3 := math.Floor(math.Log10(mag)/3) * 3
		scale := math.Pow(10, exp3)
		decimals := max(0, int(-math.Floor(math.Log10(a.step/scale)+1e-9)))
		return strconv.FormatFloat(v/scale, 'f', decimals, 64) + siPrefix[int(exp3)/3]
	}
	if mag >= 1e6 || a.step < 1e-4 {
		prec := int(math.Floor(math.Log10(mag)+1e-9)-stepExp) + 1
		return strconv.FormatFloat(v, 'g', min(max(prec, 1), 15), 64)
	}
	decimals := 0
	if stepExp < 0 {
		decimals = int(-stepExp)
	}
	return strconv.FormatFloat(v, 'f', decimals, 64)
}

// frac returns where v lies in the axis: 0 at lo, 1 at hi. It halves
// before subtracting so that no difference overflows.
func (a axis) frac(v float64) float64 {
	return (v/2 - a.lo/2) / (a.hi/2 - a.lo/2)
}
