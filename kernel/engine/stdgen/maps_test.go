package stdgen_test

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"testing"
	"time"
)

func TestMaps(t *testing.T) {
	h := newHarness(t, "maps", "slices")
	type msi = map[string]int
	inputs := []msi{nil, {}, {"a": 1}, {"a": 1, "b": 2, "c": 3, "d": 4}, {"a": 1, "b": 20}}
	c := func(name string) string { return inst("maps", name, "map[string]int", "string", "int") }
	sortedKeys := inst("slices", "Sorted", "string")
	sortedValues := inst("slices", "Sorted", "int")
	for n, m := range inputs {
		pre := fmt.Sprintf("%d/", n)
		l := lit(m)
		h.check(pre+"Keys", "return "+sortedKeys+"("+c("Keys")+"("+l+"))", func() any { return slices.Sorted(maps.Keys(m)) })
		h.check(pre+"Values", "return "+sortedValues+"("+c("Values")+"("+l+"))", func() any { return slices.Sorted(maps.Values(m)) })
		h.check(pre+"All", "var out []string\n"+c("All")+"("+l+")(func(k string, v int) bool { out = append(out, fmt.Sprint(k, v)); return true })\n"+
			inst("slices", "Sort", "[]string", "string")+"(out)\nreturn out", func() any {
			var out []string
			for k, v := range maps.All(m) {
				out = append(out, fmt.Sprint(k, v))
			}
			slices.Sort(out)
			return out
		})
		for _, stop := range []int{1, 2} {
			h.check(fmt.Sprintf("%sKeys/stop%d", pre, stop), fmt.Sprintf("n := 0\n%s(%s)(func(string) bool { n++; return n < %d })\nreturn n", c("Keys"), l, stop),
				func() any {
					n := 0
					for range maps.Keys(m) {
						n++
						if n >= stop {
							break
						}
					}
					return n
				})
		}
		h.check(pre+"Clone", "c := "+c("Clone")+"("+l+")\nreturn []any{c, c == nil}", func() any { c := maps.Clone(m); return []any{c, c == nil} })
		h.check(pre+"Collect", "return "+inst("maps", "Collect", "string", "int")+"("+c("All")+"("+l+"))", func() any { return maps.Collect(maps.All(m)) })
		h.check(pre+"Insert", "dst := map[string]int{\"z\": 26, \"a\": 0}\n"+c("Insert")+"(dst, "+c("All")+"("+l+"))\nreturn dst", func() any {
			dst := map[string]int{"z": 26, "a": 0}
			maps.Insert(dst, maps.All(m))
			return dst
		})
		h.check(pre+"Copy", "dst := map[string]int{\"z\": 26, \"a\": 0}\n"+inst("maps", "Copy", "map[string]int", "map[string]int", "string", "int")+"(dst, "+l+")\nreturn dst", func() any {
			dst := map[string]int{"z": 26, "a": 0}
			maps.Copy(dst, m)
			return dst
		})
		h.check(pre+"DeleteFunc", "x := "+l+"\n"+c("DeleteFunc")+"(x, func(k string, v int) bool { return v%2 == 0 })\nreturn x", func() any {
			x := maps.Clone(m)
			maps.DeleteFunc(x, func(k string, v int) bool { return v%2 == 0 })
			return x
		})
		for k, m2 := range inputs {
			h.check(fmt.Sprintf("%sEqual/%d", pre, k), "return "+inst("maps", "Equal", "map[string]int", "map[string]int", "string", "int")+"("+l+", "+lit(m2)+")",
				func() any { return maps.Equal(m, m2) })
			h.check(fmt.Sprintf("%sEqualFunc/%d", pre, k),
				"return "+inst("maps", "EqualFunc", "map[string]int", "map[string]int", "string", "int", "int")+"("+l+", "+lit(m2)+", func(a, b int) bool { return a%10 == b%10 })",
				func() any { return maps.EqualFunc(m, m2, func(a, b int) bool { return a%10 == b%10 }) })
		}
	}
	// Struct values, a named map type, and NaN keys (which only Clone and
	// range can copy).
	h.check("P/Clone", "return "+inst("maps", "Clone", "map[int]P", "int", "P")+"(map[int]P{1: {1, 2}, 3: {3, 4}})",
		func() any { return maps.Clone(map[int]P{1: {1, 2}, 3: {3, 4}}) })
	nanMap := "m := map[float64]int{math.NaN(): 1, math.NaN(): 2, 0: 3}\n"
	h.check("NaN/Clone", nanMap+"c := "+inst("maps", "Clone", "map[float64]int", "float64", "int")+"(m)\nreturn len(c)", func() any {
		return len(maps.Clone(map[float64]int{math.NaN(): 1, math.NaN(): 2, 0: 3}))
	})
	h.check("NaN/Collect", nanMap+"c := "+inst("maps", "Collect", "float64", "int")+"("+inst("maps", "All", "map[float64]int", "float64", "int")+"(m))\nreturn len(c)", func() any {
		return len(maps.Collect(maps.All(map[float64]int{math.NaN(): 1, math.NaN(): 2, 0: 3})))
	})
	h.check("NaN/Equal", "return "+inst("maps", "Equal", "map[string]float64", "map[string]float64", "string", "float64")+"(map[string]float64{\"a\": math.NaN()}, map[string]float64{\"a\": math.NaN()})",
		func() any {
			return maps.Equal(map[string]float64{"a": math.NaN()}, map[string]float64{"a": math.NaN()})
		})
	h.check("NaN/DeleteFunc", nanMap+inst("maps", "DeleteFunc", "map[float64]int", "float64", "int")+"(m, func(float64, int) bool { return true })\nreturn len(m)", func() any {
		m := map[float64]int{math.NaN(): 1, math.NaN(): 2, 0: 3}
		maps.DeleteFunc(m, func(float64, int) bool { return true })
		return len(m)
	})
}

func TestCmp(t *testing.T) {
	h := newHarness(t, "cmp")
	nan, negz, inf := math.NaN(), math.Copysign(0, -1), math.Inf(1)
	floats := []float64{nan, -inf, -1, negz, 0, 0.5, inf}
	for _, x := range floats {
		for _, y := range floats {
			name := fmt.Sprintf("%v,%v", x, y)
			args := "(" + lit(x) + ", " + lit(y) + ")"
			h.check("Compare/"+name, "return "+inst("cmp", "Compare", "float64")+args, func() any { return cmp.Compare(x, y) })
			h.check("Less/"+name, "return "+inst("cmp", "Less", "float64")+args, func() any { return cmp.Less(x, y) })
			h.check("Compare/MyFloat/"+name, "return "+inst("cmp", "Compare", "MyFloat")+args, func() any { return cmp.Compare(MyFloat(x), MyFloat(y)) })
			h.check("Less/float32/"+name, "return "+inst("cmp", "Less", "float32")+"(float32"+"("+lit(x)+"), float32("+lit(y)+"))",
				func() any { return cmp.Less(float32(x), float32(y)) })
		}
	}
	for _, x := range []string{"", "a", "b"} {
		for _, y := range []string{"", "a", "b"} {
			args := "(" + lit(x) + ", " + lit(y) + ")"
			h.check("Compare/string/"+x+","+y, "return "+inst("cmp", "Compare", "string")+args, func() any { return cmp.Compare(x, y) })
			h.check("Less/string/"+x+","+y, "return "+inst("cmp", "Less", "string")+args, func() any { return cmp.Less(x, y) })
		}
	}
	for _, x := range []int{math.MinInt, -1, 0, math.MaxInt} {
		for _, y := range []int{math.MinInt, 0, math.MaxInt} {
			args := "(" + lit(x) + ", " + lit(y) + ")"
			h.check(fmt.Sprintf("Compare/int/%d,%d", x, y), "return "+inst("cmp", "Compare", "int")+args, func() any { return cmp.Compare(x, y) })
			h.check(fmt.Sprintf("Compare/uint8/%d,%d", x&0xff, y&0xff), fmt.Sprintf("return %s(uint8(%d), uint8(%d))", inst("cmp", "Compare", "uint8"), x&0xff, y&0xff),
				func() any { return cmp.Compare(uint8(x), uint8(y)) })
		}
	}
	// cmp.Ordered as the constraint of a cell's generic function.
	if err := h.eval("func biggest[T " + "__gk_cmp_Ordered](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}"); err != nil {
		t.Fatal(err)
	}
	h.check("Ordered/int", "return biggest[int](1, 2)", func() any { return 2 })
	h.check("Ordered/MyInt", "return biggest[MyInt](3, 2)", func() any { return MyInt(3) })
	h.check("Ordered/Duration", "return biggest[time.Duration](time.Second, time.Minute)", func() any { return time.Minute })
	h.check("Ordered/string", `return biggest[string]("a", "b")`, func() any { return "b" })
	h.check("Or/none", "return "+inst("cmp", "Or", "string")+"()", func() any { return cmp.Or[string]() })
	h.check("Or/strings", "return "+inst("cmp", "Or", "string")+`("", "", "x", "y")`, func() any { return cmp.Or("", "", "x", "y") })
	h.check("Or/zeros", "return "+inst("cmp", "Or", "int")+"(0, 0)", func() any { return cmp.Or(0, 0) })
	h.check("Or/P", "return "+inst("cmp", "Or", "P")+"(P{}, P{0, 1}, P{2, 0})", func() any { return cmp.Or(P{}, P{0, 1}, P{2, 0}) })
	h.check("Or/NaN", "return "+inst("cmp", "Or", "float64")+"(0, math.NaN(), 1)", func() any { return cmp.Or(0, nan, 1) })
	h.check("Or/error", "return "+inst("cmp", "Or", "error")+"(nil, os.ErrClosed, os.ErrExist)", func() any { return cmp.Or(nil, os.ErrClosed, os.ErrExist) })
	h.check("Or/spread", "xs := []int{0, 5}\nreturn "+inst("cmp", "Or", "int")+"(xs...)", func() any { return cmp.Or([]int{0, 5}...) })
}
