package plot

import (
	"math"
	"strings"
	"testing"
)

func TestNiceAxis(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi float64
		n      int
		step   float64
		ticks  []float64
	}{
		{"UnitInterval", 0, 1, 5, 0.2, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{"Hundred", 0, 100, 5, 20, []float64{0, 20, 40, 60, 80, 100}},
		{"Ragged", 3, 97, 5, 20, []float64{0, 20, 40, 60, 80, 100}},
		{"Negative", -3, 7, 5, 2, []float64{-4, -2, 0, 2, 4, 6, 8}},
		{"Small", 0.0012, 0.0047, 4, 0.001, []float64{0.001, 0.002, 0.003, 0.004, 0.005}},
		{"Large", 1.2e6, 3.4e6, 5, 5e5, []float64{1e6, 1.5e6, 2e6, 2.5e6, 3e6, 3.5e6}},
		{"Reversed", 10, 0, 3, 5, []float64{0, 5, 10}},
		{"Constant", 5, 5, 5, 0.2, []float64{4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6}},
		{"Zero", 0, 0, 3, 1, []float64{-1, 0, 1}},
		{"NaN", math.NaN(), 1, 3, 0.5, []float64{0, 0.5, 1}},
		{"Inf", 0, math.Inf(1), 3, 0.5, []float64{0, 0.5, 1}},
		{"OneTick", 0, 10, 1, 10, []float64{0, 10}},
		{"Huge", -math.MaxFloat64, math.MaxFloat64, 5, math.MaxFloat64, []float64{-math.MaxFloat64, math.MaxFloat64}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := niceAxis(tt.lo, tt.hi, tt.n)
			if !close(a.step, tt.step) {
				t.Errorf("step = %g, want %g", a.step, tt.step)
			}
			if len(a.ticks) != len(tt.ticks) {
				t.Fatalf("ticks = %v, want %v", a.ticks, tt.ticks)
			}
			for i := range a.ticks {
				if !close(a.ticks[i], tt.ticks[i]) {
					t.Fatalf("ticks = %v, want %v", a.ticks, tt.ticks)
				}
			}
			if a.lo != a.ticks[0] || a.hi != a.ticks[len(a.ticks)-1] {
				t.Errorf("bounds %g…%g are not the end ticks %v", a.lo, a.hi, a.ticks)
			}
			if !finite(a.frac(a.hi)) || !close(a.frac(a.hi), 1) || !close(a.frac(a.lo), 0) {
				t.Errorf("frac(lo), frac(hi) = %g, %g, want 0, 1", a.frac(a.lo), a.frac(a.hi))
			}
		})
	}
}

// close reports whether a and b are equal up to rounding.
func close(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func TestNiceNum(t *testing.T) {
	tests := []struct {
		x     float64
		round bool
		want  float64
	}{
		{1, true, 1}, {1.4, true, 1}, {1.5, true, 2}, {2.9, true, 2}, {3, true, 5},
		{6.9, true, 5}, {7, true, 10}, {0.03, true, 0.05}, {420, true, 500},
		{1, false, 1}, {1.1, false, 2}, {2, false, 2}, {2.1, false, 5}, {5.1, false, 10}, {0.0031, false, 0.005},
		{0, true, 1}, {-3, false, 1}, {math.NaN(), true, 1},
	}
	for _, tt := range tests {
		if got := niceNum(tt.x, tt.round); !close(got, tt.want) {
			t.Errorf("niceNum(%g, %v) = %g, want %g", tt.x, tt.round, got, tt.want)
		}
	}
}

func TestTickLabels(t *testing.T) {
	tests := []struct {
		name   string
		lo, hi float64
		n      int
		want   string
	}{
		{"Integers", 0, 100, 5, "0 20 40 60 80 100"},
		{"Tenths", 0, 1, 5, "0 0.2 0.4 0.6 0.8 1.0"},
		{"Thousandths", 0.0012, 0.0047, 4, "0.001 0.002 0.003 0.004 0.005"},
		{"Negative", -3, 7, 5, "-4 -2 0 2 4 6 8"},
		{"Millions", 1.2e6, 3.4e6, 5, "1.0M 1.5M 2.0M 2.5M 3.0M 3.5M"},
		{"Billions", 0, 4e9, 4, "0 1G 2G 3G 4G"},
		{"Tiny", 0, 4e-5, 4, "0 1e-05 2e-05 3e-05 4e-05"},
		{"Thousands", 0, 5000, 5, "0 1000 2000 3000 4000 5000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := niceAxis(tt.lo, tt.hi, tt.n)
			labels := make([]string, len(a.ticks))
			for i, v := range a.ticks {
				labels[i] = a.label(v)
			}
			if got := strings.Join(labels, " "); got != tt.want {
				t.Errorf("labels = %q, want %q", got, tt.want)
			}
		})
	}
}
