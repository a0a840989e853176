package stdgen_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSortSpeed logs how long sorting takes in the interpreter and
// compiled, on the same random data, and checks that the results agree.
// The first call of a generic function also instantiates it: that
// latency is logged separately.
func TestSortSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	h := newHarness(t, "slices")
	if err := h.eval(`import "math/rand/v2"`); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := h.run("x := []int{3, 1, 2}\n" + inst("slices", "Sort", "[]int", "int") + "(x)\nreturn x"); err != nil {
		t.Fatal(err)
	}
	t.Logf("first call of Sort[[]int, int] (compile, instantiate, run on 3 ints): %v", time.Since(start))

	const n = 100_000
	for _, tc := range []struct {
		typ, gen string // element type; expression of r making one
		compiled func(r *rand.Rand) (any, time.Duration)
	}{
		{"int", "r.IntN(1 << 30)", func(r *rand.Rand) (any, time.Duration) {
			return sortTimed(r, n, func(r *rand.Rand) int { return r.IntN(1 << 30) })
		}},
		{"int64", "int64(r.IntN(1 << 30))", func(r *rand.Rand) (any, time.Duration) {
			return sortTimed(r, n, func(r *rand.Rand) int64 { return int64(r.IntN(1 << 30)) })
		}},
		{"uint32", "uint32(r.IntN(1 << 30))", func(r *rand.Rand) (any, time.Duration) {
			return sortTimed(r, n, func(r *rand.Rand) uint32 { return uint32(r.IntN(1 << 30)) })
		}},
		{"float64", "r.Float64()", func(r *rand.Rand) (any, time.Duration) { return sortTimed(r, n, (*rand.Rand).Float64) }},
		{"float32", "r.Float32()", func(r *rand.Rand) (any, time.Duration) { return sortTimed(r, n, (*rand.Rand).Float32) }},
		{"string", "fmt.Sprint(r.IntN(1 << 30))", func(r *rand.Rand) (any, time.Duration) {
			return sortTimed(r, n, func(r *rand.Rand) string { return fmt.Sprint(r.IntN(1 << 30)) })
		}},
	} {
		body := fmt.Sprintf(`r := rand.New(rand.NewPCG(7, 8))
xs := make([]%s, %d)
for i := range xs {
	xs[i] = %s
}
start := time.Now()
%s(xs)
elapsed := time.Since(start)
return []any{xs[0], xs[len(xs)/2], xs[len(xs)-1], elapsed}`, tc.typ, n, tc.gen, inst("slices", "Sort", "[]"+tc.typ, tc.typ))
		v, err := h.value(fmt.Sprintf("func speed%s() []any {\n%s\n}", strings.ToUpper(tc.typ[:1])+tc.typ[1:], body))
		_ = v
		if err != nil {
			t.Fatal(err)
		}
		res, err := h.value(fmt.Sprintf("speed%s()", strings.ToUpper(tc.typ[:1])+tc.typ[1:]))
		if err != nil {
			t.Fatal(err)
		}
		got := res.Interface().([]any)
		want, compiled := tc.compiled(rand.New(rand.NewPCG(7, 8)))
		if g, w := show(got[:3]), show(want); g != w {
			t.Errorf("Sort of %d %ss: got %s, want %s", n, tc.typ, g, w)
		}
		interp := got[3].(time.Duration)
		t.Logf("Sort of %d %ss: interpreter %v, compiled %v (%.1fx)", n, tc.typ, interp, compiled, float64(interp)/float64(compiled))
	}

	// A comparator written in a cell: every comparison is an interpreted
	// call (made from compiled sort.Slice).
	const m = 10_000
	r := rand.New(rand.NewPCG(9, 10))
	ps := randPs(r, m, m/10)
	body := "x := " + lit(ps) + "\nstart := time.Now()\n" + inst("slices", "SortFunc", "Ps", "P") +
		"(x, func(a, b P) int { return a.Key - b.Key })\nreturn []any{x, time.Since(start)}"
	h.n++
	if err := h.eval(fmt.Sprintf("func speedFunc() []any {\n%s\n}", body)); err != nil {
		t.Fatal(err)
	}
	res, err := h.value("speedFunc()")
	if err != nil {
		t.Fatal(err)
	}
	got := res.Interface().([]any)
	want := dup(ps)
	start = time.Now()
	slices.SortFunc(want, func(a, b P) int { return a.Key - b.Key })
	compiled := time.Since(start)
	if g, w := show(got[0]), show(want); g != w {
		t.Errorf("SortFunc of %d structs differs from Go's", m)
	}
	t.Logf("SortFunc of %d structs, comparator in the cell: interpreter %v, compiled %v", m, got[1], compiled)
}

func sortTimed[E interface {
	~int | ~int64 | ~uint32 | ~float64 | ~float32 | ~string
}](r *rand.Rand, n int, gen func(*rand.Rand) E) (any, time.Duration) {
	xs := make([]E, n)
	for i := range xs {
		xs[i] = gen(r)
	}
	start := time.Now()
	slices.Sort(xs)
	elapsed := time.Since(start)
	return []any{xs[0], xs[len(xs)/2], xs[len(xs)-1]}, elapsed
}
