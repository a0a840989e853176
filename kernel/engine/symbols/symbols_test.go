package symbols_test

import (
	"bytes"
	"fmt"
	"go/constant"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"gokernel/kernel/engine/symbols"
)

// newInterp returns an unrestricted interpreter using the tables, with its
// standard output and error going to the returned buffer.
func newInterp(t testing.TB) (*interp.Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	i := interp.New(interp.Options{Unrestricted: true, Stdout: &out, Stderr: &out})
	if err := i.Use(symbols.Symbols); err != nil {
		t.Fatalf("Use: %v", err)
	}
	return i, &out
}

// eval evaluates src, turning a panic of the interpreter into an error:
// yaegi v0.16.1 panics instead of failing on some constructs, such as
// range over an int or a function.
func eval(i *interp.Interpreter, src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("interpreter panic: %v", r)
		}
	}()
	_, err = i.Eval(src)
	return err
}

// TestCells runs cells that use API added after Go 1.22 (the last version
// yaegi's own tables know), the bundled extras, and the unrestricted
// symbols. Each step is one Eval: yaegi cannot mix an import with
// statements, nor start statements with a declaration, in one Eval.
func TestCells(t *testing.T) {
	tests := []struct {
		name    string
		steps   []string
		want    string // standard output, when wantErr is empty
		wantErr string // substring of the error of the last step
	}{
		{
			name:  "strings.Lines returns a callable iter.Seq",
			steps: []string{`import ("fmt"; "strings")`, `n := 0; strings.Lines("a\nb\n")(func(s string) bool { n++; return true }); fmt.Println(n)`},
			want:  "2\n",
		},
		{
			name:  "bytes.Lines",
			steps: []string{`import ("bytes"; "fmt")`, `n := 0; bytes.Lines([]byte("a\nb"))(func(l []byte) bool { n++; return true }); fmt.Println(n)`},
			want:  "2\n",
		},
		{
			name: "os.CopyFS",
			steps: []string{`import ("fmt"; "os"; "path/filepath"; "testing/fstest")`, `
dir, _ := os.MkdirTemp("", "copyfs")
err := os.CopyFS(filepath.Join(dir, "x"), fstest.MapFS{"a.txt": &fstest.MapFile{Data: []byte("hi")}})
data, _ := os.ReadFile(filepath.Join(dir, "x", "a.txt"))
os.RemoveAll(dir)
fmt.Println(err, string(data))`},
			want: "<nil> hi\n",
		},
		{
			name:  "time.Time.AppendText",
			steps: []string{`import ("fmt"; "time")`, `b, err := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC).AppendText(nil); fmt.Println(string(b), err)`},
			want:  "2024-01-02T03:04:05Z <nil>\n",
		},
		{
			name: "log/slog",
			steps: []string{`import ("bytes"; "fmt"; "log/slog"; "strings")`, `
buf := new(bytes.Buffer)
slog.New(slog.NewJSONHandler(buf, nil)).Info("hi", "n", 1)
slog.Info("to the default logger")
fmt.Println(strings.Contains(buf.String(), ` + "`" + `"msg":"hi","n":1` + "`" + `))`},
			want: "true\n",
		},
		{
			name:  "os/exec",
			steps: []string{`import ("fmt"; "os/exec")`, `out, err := exec.Command("echo", "hi").Output(); fmt.Printf("%q %v\n", out, err)`},
			want:  "\"hi\\n\" <nil>\n",
		},
		{
			name: "errgroup",
			// A closure per goroutine comes from a function: at top level,
			// yaegi v0.16.1 shares "j := i" between iterations, and loops
			// forever on "i := i".
			steps: []string{
				`import ("fmt"; "golang.org/x/sync/errgroup")`,
				`func square(sq []int, i int) func() error { return func() error { sq[i] = i * i; return nil } }`, `
g := new(errgroup.Group)
g.SetLimit(2)
sq := make([]int, 3)
for i := 0; i < 3; i++ { g.Go(square(sq, i)) }
fmt.Println(g.Wait(), sq)`},
			want: "<nil> [0 1 4]\n",
		},
		{
			name:  "semaphore",
			steps: []string{`import ("context"; "fmt"; "golang.org/x/sync/semaphore")`, `s := semaphore.NewWeighted(2); fmt.Println(s.Acquire(context.Background(), 2), s.TryAcquire(1))`},
			want:  "<nil> false\n",
		},
		{
			name:  "singleflight",
			steps: []string{`import ("fmt"; "golang.org/x/sync/singleflight")`, `sf := new(singleflight.Group); v, err, _ := sf.Do("k", func() (interface{}, error) { return 42, nil }); fmt.Println(v, err)`},
			want:  "42 <nil>\n",
		},
		{
			name:  "testing.Benchmark",
			steps: []string{`import ("fmt"; "testing")`, `r := testing.Benchmark(func(b *testing.B) { for i := 0; i < b.N; i++ {} }); fmt.Println(r.N > 0)`},
			want:  "true\n",
		},
		{
			name:  "Go 1.23+ crypto and structs",
			steps: []string{`import ("crypto/mlkem"; "crypto/sha3"; "fmt"; "structs")`, `k, err := mlkem.GenerateKey768(); var h structs.HostLayout; fmt.Printf("%v %d %x %v\n", err, len(k.EncapsulationKey().Bytes()), sha3.Sum256(nil)[:4], h)`},
			want:  "<nil> 1184 a7ffc6f8 {{}}\n",
		},
		{
			name:  "interpreted Stringer through MapTypes",
			steps: []string{`import "fmt"`, `type T int`, `func (T) String() string { return "tee" }`, `fmt.Println(T(1))`},
			want:  "tee\n",
		},
		{
			name:  "constants resolved on the building platform",
			steps: []string{`import ("fmt"; "math"; "os")`, `fmt.Println(string(os.PathSeparator) == "` + string(os.PathSeparator) + `", os.DevNull == "` + os.DevNull + `", math.MaxInt64)`},
			want:  "true true 9223372036854775807\n",
		},
		{
			name:  "unsafe from yaegi's stdlib/unsafe",
			steps: []string{`import ("fmt"; "unsafe")`, `fmt.Println(unsafe.Sizeof(int64(0)))`},
			want:  "8\n",
		},
		{
			name:  "syscall is unrestricted",
			steps: []string{`import ("fmt"; "os"; "syscall")`, `fmt.Println(syscall.Getpid() == os.Getpid(), syscall.Kill != nil)`},
			want:  "true true\n",
		},
		{
			name:    "log.Fatal panics: fixStdlib replaces it even when unrestricted",
			steps:   []string{`import "log"`, `log.Fatal("boom")`},
			wantErr: "boom",
		},
		// Generic API: absent from the tables. slices, maps and cmp come from
		// yaegi's bundled Go 1.22 sources, compiled by Use.
		{
			name:  "slices.Index from yaegi's generic source",
			steps: []string{`import ("fmt"; "slices")`, `fmt.Println(slices.Index([]int{1, 2, 3}, 3), slices.Contains([]string{"a"}, "a"))`},
			want:  "2 true\n",
		},
		{
			name:  "cmp.Compare from yaegi's generic source",
			steps: []string{`import ("cmp"; "fmt")`, `fmt.Println(cmp.Compare(1, 2))`},
			want:  "-1\n",
		},
		{
			name:    "slices.Sort is not in yaegi's generic source",
			steps:   []string{`import "slices"`, `s := []int{3, 1}; slices.Sort(s)`},
			wantErr: "undefined selector: slices.Sort",
		},
		{
			name:    "slices.Sorted (Go 1.23) is missing",
			steps:   []string{`import "slices"`, `slices.Sorted`},
			wantErr: "undefined selector: slices.Sorted",
		},
		{
			name:    "maps.Keys (Go 1.23) is missing",
			steps:   []string{`import "maps"`, `maps.Keys(map[int]int{1: 2})`},
			wantErr: "undefined selector: maps.Keys",
		},
		{
			name:    "maps.Clone fails to compile in yaegi",
			steps:   []string{`import "maps"`, `maps.Clone(map[int]int{1: 2})`},
			wantErr: "undefined type for K",
		},
		{
			name:    "rand.N is generic",
			steps:   []string{`import "math/rand/v2"`, `rand.N(10)`},
			wantErr: `package rand "math/rand/v2" has no symbol N`,
		},
		{
			name:    "sync.OnceValue is generic",
			steps:   []string{`import "sync"`, `sync.OnceValue(func() int { return 1 })`},
			wantErr: `package sync "sync" has no symbol OnceValue`,
		},
		{
			name:    "iter has no table",
			steps:   []string{`import "iter"`},
			wantErr: `unable to find source related to: "iter"`,
		},
		{
			name:    "range over func panics in yaegi v0.16.1",
			steps:   []string{`import "strings"`, `for l := range strings.Lines("a") { _ = l }`},
			wantErr: "interpreter panic: nil type",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			i, out := newInterp(t)
			var err error
			for _, step := range tt.steps {
				if err = eval(i, step); err != nil {
					break
				}
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v (output %q)", err, out)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("got output %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnrestricted checks that the symbols yaegi restricts are the real ones.
func TestUnrestricted(t *testing.T) {
	tests := []struct {
		key, name string
		want      any
	}{
		{"os/os", "Exit", os.Exit},
		{"os/os", "FindProcess", os.FindProcess},
		{"log/log", "Fatal", log.Fatal},
		{"log/log", "New", log.New},
		{"os/exec/exec", "Command", exec.Command},
		{"syscall/syscall", "Exec", nil}, // present, platform-specific signature
	}
	for _, tt := range tests {
		got, ok := symbols.Symbols[tt.key][tt.name]
		if !ok {
			t.Errorf("%s.%s missing", tt.key, tt.name)
			continue
		}
		if tt.want != nil && got.Pointer() != reflect.ValueOf(tt.want).Pointer() {
			t.Errorf("%s.%s is not the real function", tt.key, tt.name)
		}
	}
	if got, want := symbols.Symbols["log/log"]["Logger"].Type(), reflect.TypeFor[*log.Logger](); got != want {
		t.Errorf("log.Logger is %v, want %v", got, want)
	}
}

// TestPortableConstants checks that untyped constants hold the value of the
// platform the kernel was built for.
func TestPortableConstants(t *testing.T) {
	tests := []struct {
		key, name string
		want      constant.Value
	}{
		{"os/os", "PathSeparator", constant.MakeInt64(os.PathSeparator)},
		{"os/os", "DevNull", constant.MakeString(os.DevNull)},
		{"strconv/strconv", "IntSize", constant.MakeInt64(strconv.IntSize)},
		{"math/math", "MaxUint64", constant.MakeUint64(1<<64 - 1)},
	}
	for _, tt := range tests {
		v, ok := symbols.Symbols[tt.key][tt.name]
		if !ok {
			t.Errorf("%s.%s missing", tt.key, tt.name)
			continue
		}
		got, ok := v.Interface().(constant.Value)
		if !ok || !constant.Compare(got, token.EQL, tt.want) {
			t.Errorf("%s.%s = %v, want %v", tt.key, tt.name, v, tt.want)
		}
	}
}

// TestCoversYaegiStdlib checks that every symbol of yaegi's own Go 1.22
// tables is present.
func TestCoversYaegiStdlib(t *testing.T) {
	for key, syms := range stdlib.Symbols {
		if key == "." || strings.HasPrefix(key, "github.com/traefik/yaegi/") || len(syms) == 0 {
			continue
		}
		ours, ok := symbols.Symbols[key]
		if !ok {
			t.Errorf("package %s missing", key)
			continue
		}
		for name := range syms {
			if _, ok := ours[name]; !ok {
				t.Errorf("%s: symbol %s missing", key, name)
			}
		}
	}
}

// TestPackages checks the consistency of Packages, Generic and Symbols.
func TestPackages(t *testing.T) {
	pkgs := symbols.Packages()
	if !slices.IsSorted(pkgs) {
		t.Error("Packages is not sorted")
	}
	for key := range symbols.Symbols {
		if key == "." || strings.HasPrefix(key, "github.com/traefik/yaegi/") {
			continue
		}
		if _, found := slices.BinarySearch(pkgs, path.Dir(key)); !found {
			t.Errorf("Symbols has %s, which Packages does not list", key)
		}
	}
	for _, p := range []string{"fmt", "iter", "unique", "weak", "crypto/hkdf", "os/exec", "golang.org/x/sync/errgroup", "unsafe"} {
		if _, found := slices.BinarySearch(pkgs, p); !found {
			t.Errorf("Packages lacks %s", p)
		}
	}
	for _, p := range []string{"plugin", "runtime/cgo", "internal/abi"} {
		if _, found := slices.BinarySearch(pkgs, p); found {
			t.Errorf("Packages lists excluded %s", p)
		}
	}
	for _, p := range pkgs {
		for _, name := range symbols.Generic(p) {
			for key, syms := range symbols.Symbols {
				if path.Dir(key) == p && syms[name].IsValid() {
					t.Errorf("%s.%s is listed as generic but has a table entry", p, name)
				}
			}
		}
	}
	if got := symbols.Generic("math/rand/v2"); !slices.Contains(got, "N") {
		t.Errorf("Generic(math/rand/v2) = %v, want it to contain N", got)
	}
}

// BenchmarkNewUse measures creating an interpreter and loading the tables,
// which includes yaegi compiling its bundled generic sources.
func BenchmarkNewUse(b *testing.B) {
	for b.Loop() {
		i := interp.New(interp.Options{Unrestricted: true})
		if err := i.Use(symbols.Symbols); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewUseYaegiStdlib is the same with yaegi's own tables.
func BenchmarkNewUseYaegiStdlib(b *testing.B) {
	for b.Loop() {
		i := interp.New(interp.Options{Unrestricted: true})
		if err := i.Use(stdlib.Symbols); err != nil {
			b.Fatal(err)
		}
	}
}
