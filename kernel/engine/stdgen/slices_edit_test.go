package stdgen_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// array returns a slice of length n and capacity c whose whole array is
// numbered (1, 2, ... then 101, 102, ... beyond the length), the same
// code in the interpreter.
func array(n, c int) []int {
	s := make([]int, n, c)
	full := s[:c]
	for k := range full {
		full[k] = k + 1
		if k >= n {
			full[k] = 100 + k
		}
	}
	return s
}

const arraySrc = `s := make([]int, %d, %d)
full := s[:cap(s)]
for k := range full {
	full[k] = k + 1
	if k >= len(s) {
		full[k] = 100 + k
	}
}
`

// vSource describes the values inserted: fresh ones or a part of the
// array itself.
type vSource struct {
	name  string
	a, b  int // full[a:b] when alias
	n     int // fresh values -1, -2, ...
	alias bool
}

func (v vSource) src() string {
	if v.alias {
		return fmt.Sprintf("v := full[%d:%d]\n", v.a, v.b)
	}
	return fmt.Sprintf("v := make([]int, %d)\nfor k := range v {\n\tv[k] = -k - 1\n}\n", v.n)
}

func (v vSource) get(full []int) []int {
	if v.alias {
		return full[v.a:v.b]
	}
	x := make([]int, v.n)
	for k := range x {
		x[k] = -k - 1
	}
	return x
}

func vSources(c int) []vSource {
	vs := []vSource{{name: "none"}, {name: "one", n: 1}, {name: "three", n: 3}}
	for a := 0; a <= c; a += 3 {
		for b := a; b <= c && b <= a+3; b++ {
			vs = append(vs, vSource{name: fmt.Sprintf("alias%d:%d", a, b), a: a, b: b, alias: true})
		}
	}
	return vs
}

// TestSlicesEdit runs Insert, Replace and Delete at every position of
// small slices with spare capacity, with values that may alias the slice,
// and compares the result (length, capacity, contents) and the whole
// array afterwards with Go's.
func TestSlicesEdit(t *testing.T) {
	h := newHarness(t, "slices")
	for _, n := range []int{0, 1, 3, 5} {
		for _, extra := range []int{0, 3} {
			c := n + extra
			for i := 0; i <= n+1; i++ {
				for _, v := range vSources(c) {
					name := fmt.Sprintf("Insert/n%d/c%d/i%d/%s", n, c, i, v.name)
					body := fmt.Sprintf(arraySrc, n, c) + v.src() +
						fmt.Sprintf("r := %s(s, %d, v...)\nreturn []any{r, full}", inst("slices", "Insert", "[]int", "int"), i)
					h.checkBounds(name, body, func() any {
						s := array(n, c)
						full := s[:c]
						r := slices.Insert(s, i, v.get(full)...)
						return []any{r, full}
					})
				}
				for j := i - 1; j <= n+1; j++ {
					name := fmt.Sprintf("Delete/n%d/c%d/%d:%d", n, c, i, j)
					body := fmt.Sprintf(arraySrc, n, c) +
						fmt.Sprintf("r := %s(s, %d, %d)\nreturn []any{r, full}", inst("slices", "Delete", "[]int", "int"), i, j)
					h.checkBounds(name, body, func() any {
						s := array(n, c)
						full := s[:c]
						r := slices.Delete(s, i, j)
						return []any{r, full}
					})
					for _, v := range vSources(c) {
						name := fmt.Sprintf("Replace/n%d/c%d/%d:%d/%s", n, c, i, j, v.name)
						body := fmt.Sprintf(arraySrc, n, c) + v.src() +
							fmt.Sprintf("r := %s(s, %d, %d, v...)\nreturn []any{r, full}", inst("slices", "Replace", "[]int", "int"), i, j)
						h.checkBounds(name, body, func() any {
							s := array(n, c)
							full := s[:c]
							r := slices.Replace(s, i, j, v.get(full)...)
							return []any{r, full}
						})
					}
				}
			}
		}
	}
}

// checkBounds is check for code whose only panics are the runtime's
// errors of slicing and make: the interpreter words those its own way
// (through reflect), so only the fact of a panic is compared.
func (h *harness) checkBounds(name, body string, want func() any) {
	h.t.Helper()
	h.t.Run(name, func(t *testing.T) {
		t.Helper()
		got, err := h.run(body)
		if err != nil {
			t.Fatal(err)
		}
		w := show(catch(want))
		if strings.HasPrefix(got, "panic: ") && (strings.HasPrefix(w, "panic: runtime error: slice bounds out of range") ||
			strings.HasPrefix(w, "panic: runtime error: makeslice")) {
			return
		}
		if got != w {
			t.Errorf("got  %s\nwant %s\ncode:\n%s", got, w, body)
		}
	})
}

func TestSlicesShape(t *testing.T) {
	h := newHarness(t, "slices")
	c := func(name string) string { return inst("slices", name, "[]int", "int") }
	for _, n := range []int{-1, 0, 1, 3, 17, 100, 1000} {
		for _, tc := range []struct{ l, c int }{{0, 0}, {3, 3}, {3, 10}, {0, 1}} {
			h.check(fmt.Sprintf("Grow/%d/%d:%d", n, tc.l, tc.c), fmt.Sprintf("s := make([]int, %d, %d)\nreturn %s(s, %d)", tc.l, tc.c, c("Grow"), n),
				func() any { return slices.Grow(make([]int, tc.l, tc.c), n) })
			h.check(fmt.Sprintf("Grow/P/%d/%d:%d", n, tc.l, tc.c), fmt.Sprintf("s := make(Ps, %d, %d)\nreturn %s(s, %d)", tc.l, tc.c, inst("slices", "Grow", "Ps", "P"), n),
				func() any { return slices.Grow(make(Ps, tc.l, tc.c), n) })
		}
		h.check(fmt.Sprintf("Repeat/%d", n), fmt.Sprintf("return %s([]int{1, 2, 3}, %d)", c("Repeat"), n),
			func() any { return slices.Repeat([]int{1, 2, 3}, n) })
		h.check(fmt.Sprintf("Repeat/nil/%d", n), fmt.Sprintf("return %s(nil, %d)", c("Repeat"), n),
			func() any { return slices.Repeat([]int(nil), n) })
		h.check(fmt.Sprintf("Chunk/%d", n), fmt.Sprintf("var out []any\n%s([]int{1, 2, 3, 4, 5, 6, 7}, %d)(func(c []int) bool { out = append(out, c); return true })\nreturn out", c("Chunk"), n),
			func() any {
				var out []any
				for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, n) {
					out = append(out, c)
				}
				return out
			})
	}
	h.check("Repeat/overflow", "return "+c("Repeat")+"([]int{1, 2}, 1<<62)", func() any { return slices.Repeat([]int{1, 2}, 1<<62) })
	h.check("Chunk/break", "var out []any\n"+c("Chunk")+"([]int{1, 2, 3, 4, 5}, 2)(func(c []int) bool { out = append(out, c); return len(out) < 2 })\nreturn out",
		func() any {
			var out []any
			for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
				out = append(out, c)
				if len(out) == 2 {
					break
				}
			}
			return out
		})
	h.check("Clip", "s := make([]int, 2, 9)\nreturn "+c("Clip")+"(s)", func() any { return slices.Clip(make([]int, 2, 9)) })
	for _, tc := range []struct {
		name, lit string
		x         []int
	}{{"nil", "[]int(nil)", nil}, {"empty", "[]int{}", []int{}}, {"three", "[]int{1, 2, 3}", []int{1, 2, 3}}, {"cap", "make([]int, 2, 7)", make([]int, 2, 7)}} {
		h.check("Clone/"+tc.name, "return "+c("Clone")+"("+tc.lit+")", func() any { return slices.Clone(tc.x) })
		h.check("Reverse/"+tc.name, "x := "+tc.lit+"\n"+c("Reverse")+"(x)\nreturn x", func() any {
			y := slices.Clone(tc.x)
			if tc.x != nil {
				y = make([]int, len(tc.x), cap(tc.x))
				copy(y, tc.x)
			}
			slices.Reverse(y)
			return y
		})
	}
	concat := func(name, args string, xs ...[]int) {
		h.check("Concat/"+name, "return "+c("Concat")+"("+args+")", func() any { return slices.Concat(xs...) })
	}
	concat("none", "")
	concat("nils", "nil, nil", nil, nil)
	concat("empties", "[]int{}, []int{}", []int{}, []int{})
	concat("some", "[]int{1}, nil, []int{2, 3}, []int{4, 5, 6, 7, 8}", []int{1}, nil, []int{2, 3}, []int{4, 5, 6, 7, 8})
	// A cell's struct type and a named slice type through the editing
	// functions.
	h.check("Insert/Ps", "s := make(Ps, 3, 5)\ns[0].Key = 1\nr := "+inst("slices", "Insert", "Ps", "P")+"(s, 1, s[0], P{7, 7})\nreturn []any{r, s[:cap(s)]}", func() any {
		s := make(Ps, 3, 5)
		s[0].Key = 1
		r := slices.Insert(s, 1, s[0], P{7, 7})
		return []any{r, s[:cap(s)]}
	})
	h.check("Replace/Ps", "s := Ps{{1, 1}, {2, 2}, {3, 3}, {4, 4}}\nr := "+inst("slices", "Replace", "Ps", "P")+"(s, 0, 3, s[3])\nreturn []any{r, s}", func() any {
		s := Ps{{1, 1}, {2, 2}, {3, 3}, {4, 4}}
		r := slices.Replace(s, 0, 3, s[3])
		return []any{r, s}
	})
	h.check("Delete/Ints", "s := Ints{1, 2, 3, 4}\nr := "+inst("slices", "Delete", "Ints", "int")+"(s, 1, 3)\nreturn []any{r, s}", func() any {
		s := Ints{1, 2, 3, 4}
		r := slices.Delete(s, 1, 3)
		return []any{r, s}
	})
	h.check("Concat/Ps", "return "+inst("slices", "Concat", "Ps", "P")+"(Ps{{1, 2}}, Ps{{3, 4}, {5, 6}})",
		func() any { return slices.Concat(Ps{{1, 2}}, Ps{{3, 4}, {5, 6}}) })
}

func TestSlicesIter(t *testing.T) {
	h := newHarness(t, "slices")
	x := []string{"a", "b", "c", "d"}
	l := lit(x)
	for _, stop := range []int{0, 1, 2, 4, 9} {
		pre := fmt.Sprintf("stop%d/", stop)
		seq2 := func(name string) string {
			return fmt.Sprintf("var out []any\n%s(%s)(func(i int, v string) bool { out = append(out, i, v); return len(out) < 2*%d })\nreturn out",
				inst("slices", name, "[]string", "string"), l, stop)
		}
		collect2 := func(seq func(func(int, string) bool)) any {
			var out []any
			for i, v := range seq {
				out = append(out, i, v)
				if len(out) >= 2*stop {
					break
				}
			}
			return out
		}
		h.check(pre+"All", seq2("All"), func() any { return collect2(slices.All(x)) })
		h.check(pre+"Backward", seq2("Backward"), func() any { return collect2(slices.Backward(x)) })
		h.check(pre+"Values", fmt.Sprintf("var out []any\n%s(%s)(func(v string) bool { out = append(out, v); return len(out) < %d })\nreturn out",
			inst("slices", "Values", "[]string", "string"), l, stop), func() any {
			var out []any
			for v := range slices.Values(x) {
				out = append(out, v)
				if len(out) >= stop {
					break
				}
			}
			return out
		})
	}
	values := inst("slices", "Values", "[]string", "string")
	h.check("Collect", "return "+inst("slices", "Collect", "string")+"("+values+"("+l+"))", func() any { return slices.Collect(slices.Values(x)) })
	h.check("Collect/empty", "return "+inst("slices", "Collect", "string")+"("+values+"(nil))", func() any { return slices.Collect(slices.Values([]string(nil))) })
	h.check("AppendSeq", "s := make([]string, 1, 3)\nreturn "+inst("slices", "AppendSeq", "[]string", "string")+"(s, "+values+"("+l+"))",
		func() any { return slices.AppendSeq(make([]string, 1, 3), slices.Values(x)) })
	h.check("Collect/P", "return "+inst("slices", "Collect", "P")+"("+inst("slices", "Values", "Ps", "P")+"(Ps{{1, 2}, {3, 4}}))",
		func() any { return slices.Collect(slices.Values(Ps{{1, 2}, {3, 4}})) })
}
