package stdgen_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net"
	"os"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unique"
)

func TestOnceValue(t *testing.T) {
	h := newHarness(t, "sync")
	ov := inst("sync", "OnceValue", "int")
	ovs := inst("sync", "OnceValues", "string", "error")
	h.check("OnceValue", `calls := 0
f := `+ov+`(func() int { calls++; return 42 })
return []any{f(), f(), f(), calls}`, func() any {
		calls := 0
		f := sync.OnceValue(func() int { calls++; return 42 })
		return []any{f(), f(), f(), calls}
	})
	h.check("OnceValue/concurrent", `var mu sync.Mutex
calls := 0
f := `+ov+`(func() int { mu.Lock(); calls++; mu.Unlock(); time.Sleep(time.Millisecond); return 7 })
var wg sync.WaitGroup
results := make([]int, 20)
// The worker is made before the goroutines start: yaegi races on the
// frame of a func literal evaluated while goroutines it started return.
work := func(i int) {
	defer wg.Done()
	results[i] = f()
}
for i := 0; i < 20; i++ {
	wg.Add(1)
	go work(i)
}
wg.Wait()
return []any{results, calls}`, func() any {
		var mu sync.Mutex
		calls := 0
		f := sync.OnceValue(func() int { mu.Lock(); calls++; mu.Unlock(); time.Sleep(time.Millisecond); return 7 })
		var wg sync.WaitGroup
		results := make([]int, 20)
		for i := range 20 {
			wg.Go(func() { results[i] = f() })
		}
		wg.Wait()
		return []any{results, calls}
	})
	h.check("OnceValue/panic", `calls := 0
f := `+ov+`(func() int { calls++; panic(fmt.Sprint("boom ", calls)) })
var got []any
for i := 0; i < 3; i++ {
	func() {
		defer func() { got = append(got, recover()) }()
		f()
	}()
}
return []any{got, calls}`, func() any {
		calls := 0
		f := sync.OnceValue(func() int { calls++; panic(fmt.Sprint("boom ", calls)) })
		var got []any
		for range 3 {
			func() {
				defer func() { got = append(got, recover()) }()
				f()
			}()
		}
		return []any{got, calls}
	})
	h.check("OnceValues", `calls := 0
f := `+ovs+`(func() (string, error) { calls++; return "v", os.ErrNotExist })
a, err := f()
b, err2 := f()
return []any{a, err, b, err2, calls}`, func() any {
		calls := 0
		f := sync.OnceValues(func() (string, error) { calls++; return "v", os.ErrNotExist })
		a, err := f()
		b, err2 := f()
		return []any{a, err, b, err2, calls}
	})
	h.check("OnceValues/panic", `f := `+ovs+`(func() (string, error) { panic(P{1, 2}) })
var got []any
for i := 0; i < 2; i++ {
	func() {
		defer func() { got = append(got, recover()) }()
		f()
	}()
}
return got`, func() any {
		f := sync.OnceValues(func() (string, error) { panic(P{1, 2}) })
		var got []any
		for range 2 {
			func() {
				defer func() { got = append(got, recover()) }()
				f()
			}()
		}
		return got
	})
	h.check("OnceValue/panic(nil)", `f := `+ov+`(func() int { panic(nil) })
var got []any
for i := 0; i < 2; i++ {
	func() {
		defer func() { got = append(got, recover()) }()
		f()
	}()
}
return got`, func() any {
		f := sync.OnceValue(func() int { panic(nil) })
		var got []any
		for range 2 {
			func() {
				defer func() { got = append(got, recover()) }()
				f()
			}()
		}
		return got
	})
	h.check("OnceValue/P", `f := `+inst("sync", "OnceValue", "P")+`(func() P { return P{3, 4} })
return f()`, func() any { return sync.OnceValue(func() P { return P{3, 4} })() })
}

func TestAtomicPointer(t *testing.T) {
	h := newHarness(t, "sync/atomic")
	ptr := inst("sync/atomic", "Pointer", "P")
	h.check("methods", `var p `+ptr+`
var ev []any
ev = append(ev, p.Load() == nil)
a, b := &P{1, 1}, &P{2, 2}
p.Store(a)
ev = append(ev, p.Load() == a, *p.Load())
ev = append(ev, p.CompareAndSwap(b, nil), p.Load() == a)
ev = append(ev, p.CompareAndSwap(a, b), p.Load() == b)
old := p.Swap(nil)
ev = append(ev, old == b, p.Load() == nil)
ev = append(ev, p.CompareAndSwap(nil, a), p.Load() == a)
return ev`, func() any {
		var p atomic.Pointer[P]
		var ev []any
		ev = append(ev, p.Load() == nil)
		a, b := &P{1, 1}, &P{2, 2}
		p.Store(a)
		ev = append(ev, p.Load() == a, *p.Load())
		ev = append(ev, p.CompareAndSwap(b, nil), p.Load() == a)
		ev = append(ev, p.CompareAndSwap(a, b), p.Load() == b)
		old := p.Swap(nil)
		ev = append(ev, old == b, p.Load() == nil)
		ev = append(ev, p.CompareAndSwap(nil, a), p.Load() == a)
		return ev
	})
	// new(Pointer[int]) fails in the interpreter ("type not found").
	h.check("concurrent", `var p0 `+inst("sync/atomic", "Pointer", "int")+`
p := &p0
zero := 0
p.Store(&zero)
var wg sync.WaitGroup
work := func() {
	defer wg.Done()
	for i := 0; i < 50; i++ {
		for {
			old := p.Load()
			n := *old + 1
			if p.CompareAndSwap(old, &n) {
				break
			}
		}
	}
}
for g := 0; g < 8; g++ {
	wg.Add(1)
	go work()
}
wg.Wait()
return *p.Load()`, func() any { return 400 })
	h.check("in struct", `type holder struct {
	name string
	p    `+inst("sync/atomic", "Pointer", "string")+`
}
var x holder
s := "hi"
x.p.Store(&s)
return *x.p.Load()`, func() any { return "hi" })
}

func TestRandN(t *testing.T) {
	h := newHarness(t, "math/rand/v2")
	for _, tc := range []struct{ typ, n string }{
		{"int", "0"}, {"int", "-5"}, {"int8", "-1"}, {"time.Duration", "0"},
	} {
		h.check("panic/"+tc.typ+"/"+tc.n, "return "+inst("math/rand/v2", "N", tc.typ)+"("+tc.typ+"("+tc.n+"))", func() any {
			return "panic: invalid argument to N"
		})
	}
	for _, tc := range []struct{ typ, n string }{
		{"int", "10"}, {"int", "1"}, {"int8", "127"}, {"uint8", "255"}, {"uint64", "1<<64 - 1"}, {"int64", "1<<62"},
		{"uintptr", "3"}, {"MyInt", "7"}, {"time.Duration", "time.Second"}, {"time.Duration", "3*time.Millisecond"},
	} {
		// Every draw is in [0, n) and has the type of n.
		h.check("range/"+tc.typ+"/"+tc.n, fmt.Sprintf(`n := %s(%s)
for i := 0; i < 2000; i++ {
	if v := %s(n); v < 0 || v >= n {
		return fmt.Sprint("out of range: ", v)
	}
}
return fmt.Sprintf("%%T", %s(n))`, tc.typ, tc.n, inst("math/rand/v2", "N", tc.typ), inst("math/rand/v2", "N", tc.typ)), func() any {
			switch tc.typ {
			case "MyInt":
				return "int" // the interpreter's reflect type of MyInt
			case "time.Duration":
				return fmt.Sprintf("%T", rand.N(time.Second))
			}
			return tc.typ
		})
	}
	// Every value of a small range comes up.
	h.check("cover", `seen := map[int]bool{}
for i := 0; i < 1000; i++ {
	seen[`+inst("math/rand/v2", "N", "int")+`(5)] = true
}
return len(seen)`, func() any { return 5 })
}

func TestUnique(t *testing.T) {
	h := newHarness(t, "unique")
	mk := func(typ string) string { return inst("unique", "Make", typ) }
	h.check("strings", `a := `+mk("string")+`("go")
b := `+mk("string")+`(strings.Repeat("g", 1) + "o")
c := `+mk("string")+`("other")
return []any{a == b, a == c, a.Value(), c.Value()}`, func() any {
		a := unique.Make("go")
		b := unique.Make(string([]byte{'g', 'o'}))
		c := unique.Make("other")
		return []any{a == b, a == c, a.Value(), c.Value()}
	})
	h.check("structs", `a := `+mk("P")+`(P{1, 2})
b := `+mk("P")+`(P{1, 2})
c := `+mk("P")+`(P{2, 1})
// var h Handle[P] = a fails in the interpreter (reflect.Value.Set on zero Value).
var h `+inst("unique", "Handle", "P")+`
h = a
return []any{a == b, a == c, h == b, b.Value(), c.Value()}`, func() any {
		a, b, c := unique.Make(P{1, 2}), unique.Make(P{1, 2}), unique.Make(P{2, 1})
		var h unique.Handle[P] = a
		return []any{a == b, a == c, h == b, b.Value(), c.Value()}
	})
	h.check("NaN", `a := `+mk("float64")+`(math.NaN())
b := `+mk("float64")+`(math.NaN())
z := `+mk("float64")+`(0)
nz := `+mk("float64")+`(math.Copysign(0, -1))
return []any{a == b, z == nz, a.Value() != a.Value()}`, func() any {
		a, b := unique.Make(nanF()), unique.Make(nanF())
		z, nz := unique.Make(0.0), unique.Make(negZero())
		return []any{a == b, z == nz, a.Value() != a.Value()}
	})
	h.check("types", `a := `+mk("int")+`(1)
b := `+mk("int64")+`(1)
c := `+mk("any")+`(1)
d := `+mk("any")+`(int64(1))
e := `+mk("any")+`(1)
return []any{a.Value(), b.Value(), c == d, c == e, c.Value()}`, func() any {
		a, b := unique.Make(1), unique.Make(int64(1))
		c, d, e := unique.Make[any](1), unique.Make[any](int64(1)), unique.Make[any](1)
		return []any{a.Value(), b.Value(), c == d, c == e, c.Value()}
	})
}

func TestReflect(t *testing.T) {
	h := newHarness(t, "reflect")
	tf := func(typ string) string { return inst("reflect", "TypeFor", typ) + "()" }
	for _, tc := range []struct {
		typ  string
		want reflect.Type
	}{
		{"int", reflect.TypeFor[int]()},
		{"[]string", reflect.TypeFor[[]string]()},
		{"map[string][]int", reflect.TypeFor[map[string][]int]()},
		{"*fs.PathError", reflect.TypeFor[*fs.PathError]()},
		{"error", reflect.TypeFor[error]()},
		{"any", reflect.TypeFor[any]()},
		{"fmt.Stringer", reflect.TypeFor[fmt.Stringer]()},
		{"time.Duration", reflect.TypeFor[time.Duration]()},
		{"func(int) bool", reflect.TypeFor[func(int) bool]()},
	} {
		h.check("TypeFor/"+tc.typ, "t := "+tf(tc.typ)+"\nreturn []any{t.String(), t.Kind().String()}", func() any {
			return []any{tc.want.String(), tc.want.Kind().String()}
		})
	}
	// A cell's types: the interpreter's reflect type, as reflect.TypeOf
	// gives for a value.
	h.check("TypeFor/P", "eq := "+tf("P")+" == reflect.TypeOf(P{})\nreturn eq", func() any { return true })
	h.check("TypeFor/*P", "eq := "+tf("*P")+" == reflect.TypeOf(&P{})\nreturn eq", func() any { return true })
	h.check("TypeFor/Ps", "eq := "+tf("Ps")+" == reflect.TypeOf(Ps{})\nreturn eq", func() any { return true })

	ta := func(typ, v string) string {
		return "x, ok := " + inst("reflect", "TypeAssert", typ) + "(" + v + ")\nreturn []any{x, ok}"
	}
	pair := func(x any, ok bool) any { return []any{x, ok} }
	var anyVar any = 5
	var nilErr error
	perr := &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}
	for _, tc := range []struct {
		name, typ, v string
		want         func() any
	}{
		{"int/int", "int", "reflect.ValueOf(1)", func() any { return pair(reflect.TypeAssert[int](reflect.ValueOf(1))) }},
		{"int/string", "string", "reflect.ValueOf(1)", func() any { return pair(reflect.TypeAssert[string](reflect.ValueOf(1))) }},
		{"int/any", "any", "reflect.ValueOf(1)", func() any { return pair(reflect.TypeAssert[any](reflect.ValueOf(1))) }},
		{"int/Stringer", "fmt.Stringer", "reflect.ValueOf(1)", func() any { return pair(reflect.TypeAssert[fmt.Stringer](reflect.ValueOf(1))) }},
		{"Duration/Stringer", "fmt.Stringer", "reflect.ValueOf(time.Second)", func() any {
			return pair(reflect.TypeAssert[fmt.Stringer](reflect.ValueOf(time.Second)))
		}},
		{"iface/int", "int", "reflect.ValueOf(&anyVar).Elem()", func() any { return pair(reflect.TypeAssert[int](reflect.ValueOf(&anyVar).Elem())) }},
		{"iface/any", "any", "reflect.ValueOf(&anyVar).Elem()", func() any { return pair(reflect.TypeAssert[any](reflect.ValueOf(&anyVar).Elem())) }},
		{"nil iface/error", "error", "reflect.ValueOf(&nilErr).Elem()", func() any { return pair(reflect.TypeAssert[error](reflect.ValueOf(&nilErr).Elem())) }},
		{"PathError/error", "error", "reflect.ValueOf(perr)", func() any { return pair(reflect.TypeAssert[error](reflect.ValueOf(perr))) }},
		{"PathError/*PathError", "*fs.PathError", "reflect.ValueOf(perr)", func() any { return pair(reflect.TypeAssert[*fs.PathError](reflect.ValueOf(perr))) }},
		{"P/P", "P", "reflect.ValueOf(P{1, 2})", func() any { return pair(reflect.TypeAssert[P](reflect.ValueOf(P{1, 2}))) }},
		{"invalid", "int", "reflect.Value{}", func() any { return pair(reflect.TypeAssert[int](reflect.Value{})) }},
		{"unexported", "int", "reflect.ValueOf(time.Time{}).Field(1)", func() any {
			return pair(reflect.TypeAssert[int](reflect.ValueOf(time.Time{}).Field(1)))
		}},
		{"method", "func() string", "reflect.ValueOf(time.Second).MethodByName(\"String\")", func() any {
			f, ok := reflect.TypeAssert[func() string](reflect.ValueOf(time.Second).MethodByName("String"))
			return []any{f(), ok}
		}},
	} {
		body := "var anyVar any = 5\nvar nilErr error\nperr := &fs.PathError{Op: \"open\", Path: \"/x\", Err: fs.ErrNotExist}\n_, _, _ = anyVar, nilErr, perr\n" + ta(tc.typ, tc.v)
		if tc.name == "method" {
			body = "f, ok := " + inst("reflect", "TypeAssert", tc.typ) + "(" + tc.v + ")\nreturn []any{f(), ok}"
		}
		h.check("TypeAssert/"+tc.name, body, tc.want)
	}
}

func TestAsType(t *testing.T) {
	h := newHarness(t, "errors")
	// The errors of each case: built the same way in both worlds.
	setup := `_, perr := os.Open("/nonexistent/gokernel")
myErr := &MyErr{"mine"}
_, _ = perr, myErr
`
	errs := []struct {
		name, src string
		err       func(perr error) error
	}{
		{"nil", "nil", func(error) error { return nil }},
		{"PathError", "perr", func(perr error) error { return perr }},
		{"wrapped", `fmt.Errorf("ctx: %w", perr)`, func(perr error) error { return fmt.Errorf("ctx: %w", perr) }},
		{"joined", `errors.Join(os.ErrClosed, fmt.Errorf("a: %w", perr))`, func(perr error) error {
			return errors.Join(os.ErrClosed, fmt.Errorf("a: %w", perr))
		}},
		{"multi %w", `fmt.Errorf("%w + %w", os.ErrClosed, perr)`, func(perr error) error { return fmt.Errorf("%w + %w", os.ErrClosed, perr) }},
		{"plain", `errors.New("plain")`, func(error) error { return errors.New("plain") }},
		{"DNSError", `&net.DNSError{Err: "x", IsTimeout: true}`, func(error) error { return &net.DNSError{Err: "x", IsTimeout: true} }},
		{"wrapped DNSError", `fmt.Errorf("w: %w", &net.DNSError{Err: "x", IsTimeout: true})`, func(error) error {
			return fmt.Errorf("w: %w", &net.DNSError{Err: "x", IsTimeout: true})
		}},
	}
	targets := []struct {
		typ  string
		call func(error) any
	}{
		{"*fs.PathError", func(err error) any { return pairOf(errors.AsType[*fs.PathError](err)) }},
		{"error", func(err error) any { return pairOf(errors.AsType[error](err)) }},
		{"net.Error", func(err error) any { return pairOf(errors.AsType[net.Error](err)) }},
		{"*net.DNSError", func(err error) any { return pairOf(errors.AsType[*net.DNSError](err)) }},
	}
	_, perr := os.Open("/nonexistent/gokernel")
	for _, e := range errs {
		for _, tg := range targets {
			h.check(e.name+"/"+tg.typ, setup+"import_net := net.ErrClosed\n_ = import_net\nvar err error = "+e.src+"\nx, ok := "+inst("errors", "AsType", tg.typ)+"(err)\nreturn []any{x, ok}",
				func() any { return tg.call(e.err(perr)) })
		}
	}
	// A cell's error type as the target.
	h.check("cell type/direct", setup+"var err error = myErr\nx, ok := "+inst("errors", "AsType", "*MyErr")+"(err)\nreturn []any{x.msg, ok}",
		func() any { return []any{"mine", true} })
	h.check("cell type/absent", setup+"x, ok := "+inst("errors", "AsType", "*MyErr")+"(perr)\nreturn []any{x == nil, ok}",
		func() any { return []any{true, false} })
	h.check("cell type/joined", setup+"var e error = myErr\nerr := errors.Join(os.ErrClosed, e)\nx, ok := "+inst("errors", "AsType", "*MyErr")+"(err)\nreturn []any{ok, x != nil && x.msg == \"mine\"}",
		func() any { return []any{true, true} })
}

func pairOf[E any](x E, ok bool) any { return []any{x, ok} }

// TestAsTypeLimits pins what AsType cannot do in the interpreter, where
// Go differs (see the errors source): a target interface type written in
// a cell is not a real interface type to reflect, and the methods of a
// cell's types are invisible to compiled code. If the interpreter learns
// these, the wants here become Go's.
func TestAsTypeLimits(t *testing.T) {
	h := newHarness(t, "errors")
	if err := h.eval(`type Wrap struct{ err error }

func (w *Wrap) Error() string { return "wrap: " + w.err.Error() }
func (w *Wrap) Unwrap() error { return w.err }
`); err != nil {
		t.Fatal(err)
	}
	setup := "_, perr := os.Open(\"/nonexistent/gokernel\")\n"
	h.check("cell interface target", setup+"_, ok := "+inst("errors", "AsType", "interface{ error; Timeout() bool }")+"(perr)\nreturn ok",
		func() any { return false }) // Go: true
	h.check("cell wrapper", setup+"var err error = &Wrap{perr}\n_, ok := "+inst("errors", "AsType", "*fs.PathError")+"(err)\nreturn ok",
		func() any { return false }) // Go: true
}
