package stdgen_test

import (
	"cmp"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// typeName is the name of T in the interpreter (and in this file).
func typeName[T any]() string {
	return strings.ReplaceAll(reflect.TypeFor[T]().String(), "stdgen_test.", "")
}

// inst spells a call target with its type arguments, as the compiler
// does: inst("slices", "Sort", "[]int", "int") = "__gk_slices_Sort[[]int, int]".
func inst(pkg, name string, targs ...string) string {
	return "__gk_" + strings.ReplaceAll(pkg, "/", "_") + "_" + name + "[" + strings.Join(targs, ", ") + "]"
}

// ordered runs the functions of slices with cmp.Ordered elements on each
// input, in the interpreter and compiled.
func ordered[S ~[]E, E cmp.Ordered](h *harness, inputs []S) {
	st, et := typeName[S](), typeName[E]()
	call := func(name string) string { return inst("slices", name, st, et) }
	for n, x := range inputs {
		pre := fmt.Sprintf("%s/%d/", st, n)
		l := lit(x)
		h.check(pre+"Sort", "x := "+l+"\n"+call("Sort")+"(x)\nreturn x", func() any {
			y := dup(x)
			slices.Sort(y)
			return y
		})
		h.check(pre+"IsSorted", "return "+call("IsSorted")+"("+l+")", func() any { return slices.IsSorted(x) })
		h.check(pre+"Min", "return "+call("Min")+"("+l+")", func() any { return slices.Min(x) })
		h.check(pre+"Max", "return "+call("Max")+"("+l+")", func() any { return slices.Max(x) })
		h.check(pre+"Compact", "x := "+l+"\ny := "+call("Compact")+"(x)\nreturn []any{x, y}", func() any {
			y := dup(x)
			return []any{y, slices.Compact(y)}
		})
		sorted := slices.Clone(x)
		slices.Sort(sorted)
		ls := lit(sorted)
		for _, target := range x {
			h.check(pre+"BinarySearch/"+fmt.Sprint(target),
				"i, ok := "+call("BinarySearch")+"("+ls+", "+lit(target)+")\nreturn []any{i, ok}",
				func() any { i, ok := slices.BinarySearch(sorted, target); return []any{i, ok} })
			h.check(pre+"Index/"+fmt.Sprint(target), "return "+call("Index")+"("+l+", "+lit(target)+")",
				func() any { return slices.Index(x, target) })
			h.check(pre+"Contains/"+fmt.Sprint(target), "return "+call("Contains")+"("+l+", "+lit(target)+")",
				func() any { return slices.Contains(x, target) })
		}
		for m, y := range inputs {
			h.check(fmt.Sprintf("%sCompare/%d", pre, m), "return "+call("Compare")+"("+l+", "+lit(y)+")",
				func() any { return slices.Compare(x, y) })
			h.check(fmt.Sprintf("%sEqual/%d", pre, m), "return "+call("Equal")+"("+l+", "+lit(y)+")",
				func() any { return slices.Equal(x, y) })
		}
		h.check(pre+"Sorted", "return "+inst("slices", "Sorted", et)+"("+inst("slices", "Values", st, et)+"("+l+"))",
			func() any { return slices.Sorted(slices.Values(x)) })
	}
}

func TestSlicesOrdered(t *testing.T) {
	h := newHarness(t, "slices")
	nan, negz, inf := math.NaN(), math.Copysign(0, -1), math.Inf(1)
	ordered(h, [][]int{{3, 1, 2}, {1, 1, 2, 2, 2, 3, 1}, {5}, {-7, 0, 7, 0}})
	ordered(h, [][]string{{"b", "a", "c"}, {"", "x", "", "x", "x"}, {"only"}})
	ordered(h, [][]float64{
		{3, nan, 1, negz, 0, 2, nan, -inf, inf},
		{0, negz, 0, negz},
		{negz, 0, 0, negz, 1},
		{nan, nan, 1, nan},
		{nan},
		{1, nan},
		{2.5, 2.5, -1},
	})
	ordered(h, [][]MyFloat{{1, MyFloat(nan), 0, MyFloat(negz)}, {MyFloat(negz), 0}})
	ordered(h, [][]float32{{3, float32(nan), 1, float32(negz), 0}, {0, float32(negz)}})
	ordered(h, [][]MyInt{{3, 1, 2, 1}})
	ordered(h, []Ints{{9, 8, 9, 7}})
	ordered(h, [][]int8{{-128, 127, 0, -1, 5}})
	ordered(h, [][]uint8{{255, 0, 7, 7, 128}})
	ordered(h, [][]int16{{-300, 300, 0}})
	ordered(h, [][]uint16{{65535, 1, 0}})
	ordered(h, [][]int32{{math.MinInt32, math.MaxInt32, 0, -1}})
	ordered(h, [][]uint32{{math.MaxUint32, 0, 1 << 31}})
	ordered(h, [][]int64{{math.MinInt64, math.MaxInt64, 0}})
	ordered(h, [][]uint64{{math.MaxUint64, 0, 1 << 63, 1<<63 - 1}})
	ordered(h, [][]uint{{math.MaxUint, 3, 1 << 63}})
	ordered(h, [][]uintptr{{1, 0, math.MaxUint64}})
	// Compiled named types.
	ordered(h, [][]time.Duration{{time.Second, -time.Hour, 0, time.Nanosecond}})
	ordered(h, [][]time.Month{{time.March, time.January, time.December}})
	ordered(h, [][]fs.FileMode{{0o755, 0o644, fs.ModeDir}})
}

func TestSlicesOrderedEmpty(t *testing.T) {
	h := newHarness(t, "slices")
	for _, name := range []string{"Min", "Max"} {
		h.check(name+"/empty", "return "+inst("slices", name, "[]int", "int")+"(nil)", func() any {
			if name == "Min" {
				return slices.Min([]int(nil))
			}
			return slices.Max([]int(nil))
		})
	}
	h.check("Sort/nil", "var x []int\n"+inst("slices", "Sort", "[]int", "int")+"(x)\nreturn x", func() any { return []int(nil) })
	h.check("BinarySearch/empty", "i, ok := "+inst("slices", "BinarySearch", "[]string", "string")+"(nil, \"a\")\nreturn []any{i, ok}",
		func() any { i, ok := slices.BinarySearch([]string(nil), "a"); return []any{i, ok} })
	h.check("Compare/nil-empty", "return "+inst("slices", "Compare", "[]int", "int")+"(nil, []int{})", func() any { return slices.Compare(nil, []int{}) })
	h.check("Sorted/empty", "return "+inst("slices", "Sorted", "int")+"(func(func(int) bool) {})",
		func() any { return slices.Sorted(func(func(int) bool) {}) })
}

// TestSlicesFunc runs the functions taking a callback, recording the
// callback's calls so that their order is compared too.
func TestSlicesFunc(t *testing.T) {
	h := newHarness(t, "slices")
	r := rand.New(rand.NewPCG(1, 2))
	inputs := []Ps{nil, {}, {{1, 0}}, randPs(r, 10, 3), randPs(r, 30, 5), randPs(r, 60, 60)}
	c := func(name string) string { return inst("slices", name, "Ps", "P") }
	rec := "var calls []int\nrec := func(a, b P) int { calls = append(calls, a.ID, b.ID); return cmpKey(a, b) }\n"
	for n, x := range inputs {
		pre := fmt.Sprintf("%d/", n)
		l := lit(x)
		var calls []int
		rec2 := func(a, b P) int { calls = append(calls, a.ID, b.ID); return cmpKey(a, b) }
		reset := func() { calls = nil }
		h.check(pre+"SortFunc", rec+"x := "+l+"\n"+c("SortFunc")+"(x, rec)\nreturn []any{x, calls}", func() any {
			reset()
			y := dup(x)
			slices.SortFunc(y, rec2)
			return []any{y, calls}
		})
		h.check(pre+"SortStableFunc", rec+"x := "+l+"\n"+c("SortStableFunc")+"(x, rec)\nreturn []any{x, calls}", func() any {
			reset()
			y := dup(x)
			slices.SortStableFunc(y, rec2)
			return []any{y, calls}
		})
		h.check(pre+"IsSortedFunc", rec+"v := "+c("IsSortedFunc")+"("+l+", rec)\nreturn []any{v, calls}", func() any {
			reset()
			return []any{slices.IsSortedFunc(x, rec2), calls}
		})
		h.check(pre+"MinFunc", rec+"v := "+c("MinFunc")+"("+l+", rec)\nreturn []any{v, calls}", func() any {
			reset()
			return []any{slices.MinFunc(x, rec2), calls}
		})
		h.check(pre+"MaxFunc", rec+"v := "+c("MaxFunc")+"("+l+", rec)\nreturn []any{v, calls}", func() any {
			reset()
			return []any{slices.MaxFunc(x, rec2), calls}
		})
		h.check(pre+"CompactFunc", rec+"x := "+l+"\ny := "+c("CompactFunc")+"(x, func(a, b P) bool { return rec(a, b) == 0 })\nreturn []any{x, y, calls}", func() any {
			reset()
			y := dup(x)
			z := slices.CompactFunc(y, func(a, b P) bool { return rec2(a, b) == 0 })
			return []any{y, z, calls}
		})
		h.check(pre+"DeleteFunc", "x := "+l+"\ny := "+c("DeleteFunc")+"(x, func(p P) bool { return p.Key%2 == 0 })\nreturn []any{x, y}", func() any {
			y := dup(x)
			z := slices.DeleteFunc(y, func(p P) bool { return p.Key%2 == 0 })
			return []any{y, z}
		})
		h.check(pre+"IndexFunc", "return "+c("IndexFunc")+"("+l+", func(p P) bool { return p.Key == 2 })",
			func() any { return slices.IndexFunc(x, func(p P) bool { return p.Key == 2 }) })
		h.check(pre+"ContainsFunc", "return "+c("ContainsFunc")+"("+l+", func(p P) bool { return p.Key == 2 })",
			func() any { return slices.ContainsFunc(x, func(p P) bool { return p.Key == 2 }) })
		sorted := slices.Clone(x)
		slices.SortStableFunc(sorted, cmpKey)
		for _, key := range []int{-1, 0, 2, 3, 100} {
			h.check(fmt.Sprintf("%sBinarySearchFunc/%d", pre, key),
				"i, ok := "+inst("slices", "BinarySearchFunc", "Ps", "P", "int")+"("+lit(sorted)+", "+fmt.Sprint(key)+", func(p P, k int) int { return p.Key - k })\nreturn []any{i, ok}",
				func() any {
					i, ok := slices.BinarySearchFunc(sorted, key, func(p P, k int) int { return p.Key - k })
					return []any{i, ok}
				})
		}
		for m, y := range inputs {
			h.check(fmt.Sprintf("%sEqualFunc/%d", pre, m),
				"return "+inst("slices", "EqualFunc", "Ps", "[]P", "P", "P")+"("+l+", []P("+lit(y)+"), func(a, b P) bool { return a.Key == b.Key })",
				func() any { return slices.EqualFunc(x, []P(y), func(a, b P) bool { return a.Key == b.Key }) })
			h.check(fmt.Sprintf("%sCompareFunc/%d", pre, m),
				"return "+inst("slices", "CompareFunc", "Ps", "[]int", "P", "int")+"("+l+", "+lit(keys(y))+", func(a P, k int) int { return cmpKey(a, P{Key: k}) })",
				func() any {
					return slices.CompareFunc(x, keys(y), func(a P, k int) int { return cmpKey(a, P{Key: k}) })
				})
		}
		h.check(pre+"SortedFunc", "return "+inst("slices", "SortedFunc", "P")+"("+c("Values")+"("+l+"), cmpKey)",
			func() any { return slices.SortedFunc(slices.Values(x), cmpKey) })
		h.check(pre+"SortedStableFunc", "return "+inst("slices", "SortedStableFunc", "P")+"("+c("Values")+"("+l+"), cmpKey)",
			func() any { return slices.SortedStableFunc(slices.Values(x), cmpKey) })
	}
}

func randPs(r *rand.Rand, n, keys int) Ps {
	ps := make(Ps, n)
	for i := range ps {
		ps[i] = P{Key: r.IntN(keys), ID: i}
	}
	return ps
}

func keys(ps Ps) []int {
	ks := make([]int, len(ps))
	for i, p := range ps {
		ks[i] = p.Key
	}
	return ks
}

// TestSortTies sorts random slices with many equal elements (and the
// patterns pdqsort treats specially) in the interpreter and compares the
// order of the equal elements with Go's.
func TestSortTies(t *testing.T) {
	h := newHarness(t, "slices")
	r := rand.New(rand.NewPCG(3, 4))
	sizes := []int{12, 13, 49, 50, 51, 150, 700}
	if !testing.Short() {
		sizes = append(sizes, 2000)
	}
	for _, n := range sizes {
		for _, k := range []int{1, 2, 7, n} {
			for _, pattern := range []string{"random", "sorted", "reversed", "sawtooth"} {
				x := randPs(r, n, k)
				switch pattern {
				case "sorted":
					slices.SortStableFunc(x, cmpKey)
				case "reversed":
					slices.SortStableFunc(x, func(a, b P) int { return cmpKey(b, a) })
				case "sawtooth":
					for i := range x {
						x[i].Key = i % (k + 3)
					}
				}
				h.check(fmt.Sprintf("n%d/k%d/%s", n, k, pattern), "x := "+lit(x)+"\n"+inst("slices", "SortFunc", "Ps", "P")+"(x, cmpKey)\nreturn x", func() any {
					y := dup(x)
					slices.SortFunc(y, cmpKey)
					return y
				})
			}
		}
	}
}

// TestSortSliceIsPdqsort checks, on compiled code only, what the sources
// rely on: sort.Slice makes the same calls and leaves the same order as
// slices.SortFunc (and sort.SliceStable as slices.SortStableFunc).
func TestSortSliceIsPdqsort(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 1200 {
		n := r.IntN(400)
		if trial%60 == 0 {
			n = 5000 + r.IntN(5000)
		}
		x := randPs(r, n, 1+r.IntN(n+1))
		if trial%3 == 0 {
			slices.SortFunc(x, cmpKey)
			if trial%2 == 0 {
				slices.Reverse(x)
			}
		}
		for _, stable := range []bool{false, true} {
			var c1, c2 []int
			a, b := dup(x), dup(x)
			rec := func(calls *[]int) func(a, b P) int {
				return func(a, b P) int { *calls = append(*calls, a.ID, b.ID); return cmpKey(a, b) }
			}
			f1, f2 := rec(&c1), rec(&c2)
			if stable {
				slices.SortStableFunc(a, f1)
				sort.SliceStable(b, func(i, j int) bool { return f2(b[i], b[j]) < 0 })
			} else {
				slices.SortFunc(a, f1)
				sort.Slice(b, func(i, j int) bool { return f2(b[i], b[j]) < 0 })
			}
			if !slices.Equal(a, b) || !slices.Equal(c1, c2) {
				t.Fatalf("trial %d (n=%d, stable=%v): sort.Slice differs from slices.SortFunc", trial, n, stable)
			}
		}
	}
}
