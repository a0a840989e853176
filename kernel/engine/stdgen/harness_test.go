package stdgen_test

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/stdgen"
	"gokernel/kernel/engine/symbols"
)

// testDecls are the declarations of cells that the tests use: a struct, a
// named integer, a named float and named slices, as a user would write
// them. P mirrors the compiled P below.
const testDecls = `
import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"time"
)

type P struct {
	Key int
	ID  int
}

type MyInt int

type MyFloat float64

type Ints []int

type Ps []P

func cmpKey(a, b P) int { return a.Key - b.Key }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func show(p any) string { return "panic: " + fmt.Sprint(p) }

var _ = errors.New
var _ fs.FileMode
var _ = math.NaN
var _ = os.Open
var _ = reflect.TypeOf
var _ = strings.Repeat
var _ = runtime.Goexit
var _ = net.ErrClosed
var _ sync.Mutex
var _ time.Duration
`

// P, MyInt and MyFloat are the compiled twins of the cells' types.
type P struct {
	Key int
	ID  int
}

type (
	MyInt   int
	MyFloat float64
	Ints    []int
	Ps      []P
)

func cmpKey(a, b P) int { return a.Key - b.Key }

func nanF() float64    { return math.NaN() }
func negZero() float64 { return math.Copysign(0, -1) }

// harness is an interpreter with some stdgen packages loaded.
type harness struct {
	t *testing.T
	i *interp.Interpreter
	n int // counts the snippets' functions
}

// newHarness returns an interpreter with the symbol tables, the sources of
// pkgs (and what they require) and testDecls.
func newHarness(t *testing.T, pkgs ...string) *harness {
	t.Helper()
	i := interp.New(interp.Options{Unrestricted: true})
	if err := i.Use(symbols.Symbols); err != nil {
		t.Fatalf("Use: %v", err)
	}
	h := &harness{t: t, i: i}
	loaded := map[string]bool{}
	var load func(path string)
	load = func(path string) {
		if loaded[path] {
			return
		}
		loaded[path] = true
		for _, r := range stdgen.Requires(path) {
			load(r)
		}
		src, ok := stdgen.Source(path)
		if !ok {
			t.Fatalf("Source(%q): no source", path)
		}
		if err := h.eval(src); err != nil {
			t.Fatalf("evaluating the source of %s: %v", path, err)
		}
	}
	for _, p := range pkgs {
		load(p)
	}
	if err := h.eval(testDecls); err != nil {
		t.Fatalf("evaluating the test declarations: %v", err)
	}
	return h
}

// eval evaluates src, turning a panic of the interpreter into an error.
func (h *harness) eval(src string) (err error) {
	_, err = h.value(src)
	return err
}

func (h *harness) value(src string) (v reflect.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("interpreter panic: %v", p)
		}
	}()
	return h.i.Eval(src)
}

// run runs body, the statements of a cell-like function returning any,
// and returns what it returned as show formats it. A panic of body is
// returned as "panic: " and its value.
func (h *harness) run(body string) (string, error) {
	h.n++
	name := fmt.Sprintf("snippet%d", h.n)
	src := fmt.Sprintf("func %s() (snippetResult any) {\n\tdefer func() {\n\t\tif p := recover(); p != nil {\n\t\t\tsnippetResult = show(p)\n\t\t}\n\t}()\n%s\n}", name, body)
	if err := h.eval(src); err != nil {
		return "", fmt.Errorf("compiling %s: %w\n%s", name, err, body)
	}
	v, err := h.value(name + "()")
	if err != nil {
		return "", fmt.Errorf("running %s: %w", name, err)
	}
	if !v.IsValid() {
		return show(nil), nil
	}
	return show(v.Interface()), nil
}

// check runs body in the interpreter and compares its result with want,
// the result of the compiled standard library.
func (h *harness) check(name, body string, want func() any) {
	h.t.Helper()
	h.t.Run(name, func(t *testing.T) {
		t.Helper()
		got, err := h.run(body)
		if err != nil {
			t.Fatal(err)
		}
		if w := show(catch(want)); got != w {
			t.Errorf("got  %s\nwant %s\ncode:\n%s", got, w, body)
		}
	})
}

// catch calls f, returning a panic's value formatted as the snippets do.
func catch(f func() any) (r any) {
	defer func() {
		if p := recover(); p != nil {
			r = "panic: " + fmt.Sprint(p)
		}
	}()
	return f()
}

// dup returns a copy of x with the same length and capacity, as a literal
// in the interpreter makes.
func dup[S ~[]E, E any](x S) S {
	if x == nil {
		return nil
	}
	y := make(S, len(x))
	copy(y, x)
	return y
}

// show formats a result so that an interpreted value and its compiled
// twin look the same: %v, plus nil-ness, length and capacity of slices,
// element by element for []any (several results).
func show(x any) string {
	if xs, ok := x.([]any); ok {
		parts := make([]string, len(xs))
		for i, e := range xs {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return fmt.Sprintf("nil%v", x)
		}
		return fmt.Sprintf("%v len=%d cap=%d", x, v.Len(), v.Cap())
	case reflect.Float32, reflect.Float64:
		// The sign of a zero matters; a NaN's sign and payload do not
		// (Go leaves them to the architecture: see slices.Min).
		if f := v.Float(); f == 0 && math.Signbit(f) {
			return "-0"
		}
		return fmt.Sprintf("%v", x)
	}
	return fmt.Sprintf("%v", x)
}

// lit returns a Go literal for v, valid both in the interpreter (with
// testDecls) and in this file.
func lit(v any) string {
	switch x := v.(type) {
	case int:
		return strconv.Itoa(x)
	case string:
		return strconv.Quote(x)
	case float64:
		return floatLit(x)
	case float32:
		return "float32(" + floatLit(float64(x)) + ")"
	case P:
		return fmt.Sprintf("P{%d, %d}", x.Key, x.ID)
	case MyInt:
		return fmt.Sprintf("MyInt(%d)", x)
	case MyFloat:
		return "MyFloat(" + floatLit(float64(x)) + ")"
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("%s(%d)", r.Type(), r.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("%s(%d)", r.Type(), r.Uint())
	case reflect.Slice:
		if r.IsNil() {
			return strings.ReplaceAll(r.Type().String(), "stdgen_test.", "") + "(nil)"
		}
		parts := make([]string, r.Len())
		for i := range parts {
			parts[i] = lit(r.Index(i).Interface())
		}
		return strings.ReplaceAll(r.Type().String(), "stdgen_test.", "") + "{" + strings.Join(parts, ", ") + "}"
	case reflect.Map:
		if r.IsNil() {
			return strings.ReplaceAll(r.Type().String(), "stdgen_test.", "") + "(nil)"
		}
		var parts []string
		for it := r.MapRange(); it.Next(); {
			parts = append(parts, lit(it.Key().Interface())+": "+lit(it.Value().Interface()))
		}
		sort.Strings(parts)
		return strings.ReplaceAll(r.Type().String(), "stdgen_test.", "") + "{" + strings.Join(parts, ", ") + "}"
	}
	panic(fmt.Sprintf("lit: unsupported %T", v))
}

func floatLit(f float64) string {
	switch {
	case math.IsNaN(f):
		return "math.NaN()"
	case math.IsInf(f, 0):
		return fmt.Sprintf("math.Inf(%d)", int(math.Copysign(1, f)))
	case f == 0 && math.Signbit(f):
		return "math.Copysign(0, -1)"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
