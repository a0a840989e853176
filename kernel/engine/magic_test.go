package engine

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gokernel/kernel"
)

// TestMagicHelp checks that %help lists every magic and !commands.
func TestMagicHelp(t *testing.T) {
	e := newTestEngine(t)
	out, _ := mustExec(t, e, 1, "%help")
	text := out.text("stdout")
	for _, m := range magics {
		name := "%" + m.name
		if m.cell {
			name = "%" + name
		}
		if !regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(name) + `\s`).MatchString(text) {
			t.Errorf("%%help does not list %s:\n%s", name, text)
		}
	}
	if !strings.Contains(text, "!COMMAND") {
		t.Errorf("%%help does not mention !commands:\n%s", text)
	}
	if len(magics) < 20 {
		t.Errorf("got %d magics, want the 20 of the issue", len(magics))
	}
}

// TestMagicUnknown checks that an unknown magic fails with a usage error
// that lists the magics, and that the rest of the cell does not run.
func TestMagicUnknown(t *testing.T) {
	e := newTestEngine(t)
	for i, tt := range []struct{ code, msg string }{
		{"%nope\nfmt.Println(\"ran\")", "unknown magic %nope"},
		{"%%nope\nfmt.Println(\"ran\")", "unknown cell magic %%nope"},
		{"%Time 1", "unknown magic %Time"},
	} {
		t.Run(tt.code, func(t *testing.T) {
			out := &tape{}
			res := execCell(t, e, i+1, tt.code, out)
			if res.Error == nil || res.Error.Name != "UsageError" || res.Error.Value != tt.msg {
				t.Fatalf("got error %v, want UsageError: %s", res.Error, tt.msg)
			}
			tb := strings.Join(res.Error.Traceback, "\n")
			for _, name := range []string{"%help", "%timeit", "%%writefile", "%%bash", "!command"} {
				if !strings.Contains(tb, name) {
					t.Errorf("traceback does not list %s:\n%s", name, tb)
				}
			}
			if s := out.text("stdout"); s != "" {
				t.Errorf("got stdout %q, want nothing run", s)
			}
		})
	}
}

// timeLines matches the output of %time.
var timeLines = regexp.MustCompile(`^CPU times: user ([\d.]+ [mµn]?s), sys ([\d.]+ [mµn]?s), total ([\d.]+ [mµn]?s)\nWall time: ([\d.]+ [mµn]?s)\n$`)

// parseDuration reads a duration as %time and %timeit print it.
func parseDuration(t *testing.T, s string) time.Duration {
	t.Helper()
	num, unit, _ := strings.Cut(s, " ")
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		t.Fatalf("duration %q: %v", s, err)
	}
	scale := map[string]float64{"s": 1e9, "ms": 1e6, "µs": 1e3, "ns": 1}[unit]
	if scale == 0 {
		t.Fatalf("duration %q: unknown unit", s)
	}
	return time.Duration(f * scale)
}

// TestMagicTime checks %time and %%time: the code runs (its output and
// result kept), and the CPU and wall times follow.
func TestMagicTime(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name    string
		code    string
		stdout  string // before the timing lines
		result  string
		minWall time.Duration
	}{
		{"line, declaration", "%time x := 40", "", "", 0},
		{"line, expression", "%time x + 2", "", "42", 0},
		{"line, then Go", "%time x++\nx", "", "41", 0},
		{"cell", "%%time\ntime.Sleep(30 * time.Millisecond)\nfmt.Println(\"slept\")\nx * 2", "slept\n", "82", 30 * time.Millisecond},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, res := mustExec(t, e, i+1, tt.code)
			if got := plain(res.Result); got != tt.result {
				t.Errorf("got result %q, want %q", got, tt.result)
			}
			stdout := out.text("stdout")
			timing, ok := strings.CutPrefix(stdout, tt.stdout)
			if !ok {
				t.Fatalf("got stdout %q, want it to start with %q", stdout, tt.stdout)
			}
			m := timeLines.FindStringSubmatch(timing)
			if m == nil {
				t.Fatalf("got %q, want the lines \"CPU times: user X, sys Y, total Z\" and \"Wall time: W\"", timing)
			}
			user, sys, total := parseDuration(t, m[1]), parseDuration(t, m[2]), parseDuration(t, m[3])
			if d := total - user - sys; d < -total/50-time.Microsecond || d > total/50+time.Microsecond {
				t.Errorf("total %v is not user %v + sys %v", total, user, sys)
			}
			if wall := parseDuration(t, m[4]); wall < tt.minWall || wall > 10*time.Second {
				t.Errorf("got wall time %v, want at least %v", wall, tt.minWall)
			}
		})
	}
	t.Run("failing cell", func(t *testing.T) {
		out := &tape{}
		res := execCell(t, e, 10, "%%time\npanic(\"boom\")", out)
		if res.Error == nil || !strings.Contains(res.Error.Value, "boom") {
			t.Errorf("got error %v, want the panic", res.Error)
		}
		if !timeLines.MatchString(out.text("stdout")) {
			t.Errorf("got stdout %q, want the timing lines", out.text("stdout"))
		}
	})
}

// timeitLine matches the output of %timeit.
var timeitLine = regexp.MustCompile(`^(\d+) loops?, best of (\d+): ([\d.]+ [mµn]?s) per loop\n$`)

// TestMagicTimeit checks %timeit and %%timeit: the "N loops, best of R:
// X per loop" line, the loop count chosen automatically (1, 2, 5, 10, 20,
// ... loops until a run takes 0.2 s) or given with -n, and usage errors.
func TestMagicTimeit(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, "var s []int\nfunc work() { time.Sleep(2 * time.Millisecond) }")
	tests := []struct {
		name    string
		code    string
		loops   int // 0: chosen automatically
		repeat  int
		perLoop [2]time.Duration // bounds of the time per loop
	}{
		{"given loops", "%timeit -n 3 -r 2 work()", 3, 2, [2]time.Duration{2 * time.Millisecond, time.Second}},
		{"one loop", "%timeit -n 1 -r 1 work()", 1, 1, [2]time.Duration{2 * time.Millisecond, time.Second}},
		{"default repeat", "%timeit -n 1 s = append(s, 1)", 1, 5, [2]time.Duration{0, time.Second}},
		{"automatic loops", "%timeit -r 1 work()", 0, 1, [2]time.Duration{2 * time.Millisecond, time.Second}},
		{"automatic loops of a fast expression", "%timeit -r 2 len(s) * 2", 0, 2, [2]time.Duration{0, time.Millisecond}},
		{"cell", "%%timeit -n 2 -r 3\nwork()\nwork()", 2, 3, [2]time.Duration{4 * time.Millisecond, time.Second}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := mustExec(t, e, 10+i, tt.code)
			m := timeitLine.FindStringSubmatch(out.text("stdout"))
			if m == nil {
				t.Fatalf("got %q, want \"N loops, best of R: X per loop\"", out.text("stdout"))
			}
			loops, _ := strconv.Atoi(m[1])
			repeat, _ := strconv.Atoi(m[2])
			per := parseDuration(t, m[3])
			if tt.loops != 0 && loops != tt.loops {
				t.Errorf("got %d loops, want %d", loops, tt.loops)
			}
			if tt.loops == 0 && !isAutorange(loops) {
				t.Errorf("got %d loops, want one of 1, 2, 5, 10, 20, 50, ...", loops)
			}
			if tt.loops == 0 && time.Duration(loops)*per < timeitTarget/4 && loops != autorange()[len(autorange())-1] {
				t.Errorf("got %d loops of %v, want enough loops for about %v", loops, per, timeitTarget)
			}
			if repeat != tt.repeat {
				t.Errorf("got best of %d, want %d", repeat, tt.repeat)
			}
			if per < tt.perLoop[0] || per > tt.perLoop[1] {
				t.Errorf("got %v per loop, want between %v and %v", per, tt.perLoop[0], tt.perLoop[1])
			}
			if strings.HasPrefix(m[0], "1 loops") {
				t.Errorf("got %q, want \"1 loop\"", m[0])
			}
		})
	}
	if _, res := mustExec(t, e, 30, "len(s) >= 5"); plain(res.Result) != "true" {
		t.Errorf("the timed statement did not run on the session's variables: len(s) >= 5 is %q", plain(res.Result))
	}
	for i, tt := range []struct{ code, err string }{
		{"%timeit", "UsageError"},
		{"%timeit -n", "UsageError"},
		{"%timeit -n x work()", "UsageError"},
		{"%timeit -r 0 work()", "UsageError"},
		{"%timeit -n 1 -r 1 undefinedName()", "CompileError"},
		{"%timeit -n 1 -r 1 panic(\"boom\")", "panic"},
	} {
		t.Run(tt.code, func(t *testing.T) {
			res := execCell(t, e, 40+i, tt.code, &tape{})
			if res.Error == nil || res.Error.Name != tt.err {
				t.Errorf("got error %v, want %s", res.Error, tt.err)
			}
		})
	}
}

// isAutorange reports whether n is one of the loop counts %timeit tries.
func isAutorange(n int) bool {
	for _, a := range autorange() {
		if a == n {
			return true
		}
	}
	return false
}

// TestMagicWho checks %who and %whos after defining a variable, a
// function, a type and a constant, and %reset.
func TestMagicWho(t *testing.T) {
	e := newTestEngine(t)
	if out, _ := mustExec(t, e, 1, "%who"); out.text("stdout") != "Interactive namespace is empty.\n" {
		t.Errorf("%%who of a new session: got %q", out.text("stdout"))
	}
	mustExec(t, e, 2, `answer := 42
greeting := "hello"

func double(n int) int { return 2 * n }

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

const Limit = 10`)
	out, _ := mustExec(t, e, 3, "%who")
	if got, want := out.text("stdout"), "Limit\tPoint\tanswer\tdouble\tgreeting\n"; got != want {
		t.Errorf("%%who: got %q, want %q", got, want)
	}
	out, _ = mustExec(t, e, 4, "%whos")
	lines := strings.Split(strings.TrimSuffix(out.text("stdout"), "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("%%whos: got %d lines, want a header, a rule and 5 rows:\n%s", len(lines), out.text("stdout"))
	}
	if f := strings.Fields(lines[0]); strings.Join(f, " ") != "Name Kind Type Data/Info" {
		t.Errorf("%%whos header: got %q", lines[0])
	}
	rows := map[string]string{}
	for _, l := range lines[2:] {
		rows[strings.Fields(l)[0]] = strings.Join(strings.Fields(l), " ")
	}
	for name, want := range map[string]string{
		"answer":   "answer var int 42 (Cell [2])",
		"greeting": "greeting var string hello (Cell [2])",
		"double":   "double func func(int) int (Cell [2])",
		"Point":    "Point type type Point struct{ X, Y int } (Cell [2])",
		"Limit":    "Limit const untyped int 10 (Cell [2])",
	} {
		if rows[name] != want {
			t.Errorf("%%whos row of %s: got %q, want %q", name, rows[name], want)
		}
	}

	// %reset forgets every name.
	out, _ = mustExec(t, e, 5, "%reset")
	if !strings.Contains(out.text("stdout"), "history is kept") {
		t.Errorf("%%reset: got %q", out.text("stdout"))
	}
	if out, _ := mustExec(t, e, 6, "%who"); out.text("stdout") != "Interactive namespace is empty.\n" {
		t.Errorf("%%who after %%reset: got %q", out.text("stdout"))
	}
	res := execCell(t, e, 7, "answer", &tape{})
	if res.Error == nil || !strings.Contains(res.Error.Value, "undefined: answer") {
		t.Errorf("answer after %%reset: got %v, want undefined", res.Error)
	}
	// The session works after the reset, with names defined anew.
	if _, res := mustExec(t, e, 8, "answer := 1\nDisplay(answer)\nanswer + 1"); plain(res.Result) != "2" {
		t.Errorf("after %%reset: got %q, want 2", plain(res.Result))
	}
	// The generic standard library (loaded into the interpreter on first
	// use) is loaded again into the fresh one.
	const sorted = "xs := []int{3, 1, 2}\nslices.SortStableFunc(xs, func(a, b int) int { return a - b })\nxs"
	if _, res := mustExec(t, e, 9, sorted); plain(res.Result) != "[1 2 3]" {
		t.Errorf("before %%reset: got %q, want [1 2 3]", plain(res.Result))
	}
	mustExec(t, e, 10, "%reset")
	if _, res := mustExec(t, e, 11, sorted); plain(res.Result) != "[1 2 3]" {
		t.Errorf("after %%reset: got %q, want [1 2 3]", plain(res.Result))
	}
}

// TestMagicWhosValues checks the values %whos shows: as %v, cut when long.
func TestMagicWhosValues(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, "xs := []int{1, 2, 3}\nlong := strings.Repeat(\"ab\", 50)")
	out, _ := mustExec(t, e, 2, "%whos")
	text := out.text("stdout")
	if !strings.Contains(text, "[1 2 3]") {
		t.Errorf("%%whos does not show xs's value:\n%s", text)
	}
	if strings.Contains(text, strings.Repeat("ab", 31)) || !strings.Contains(text, "...") {
		t.Errorf("%%whos does not cut long values:\n%s", text)
	}
}

// TestMagicEnv checks %env: the list, setting with K=V and K V, reading
// K, and the variable seen by cells and commands.
func TestMagicEnv(t *testing.T) {
	e := newTestEngine(t)
	t.Setenv("GK_TEST_ENV", "") // restored after the test
	os.Unsetenv("GK_TEST_ENV")
	t.Setenv("GK_TEST_LISTED", "yes")
	tests := []struct {
		code   string
		stdout string
	}{
		{"%env GK_TEST_ENV=one", "env: GK_TEST_ENV=one\n"},
		{"%env GK_TEST_ENV", "one\n"},
		{"%env GK_TEST_ENV two words", "env: GK_TEST_ENV=two words\n"},
		{"%env GK_TEST_ENV", "two words\n"},
		{"%env GK_TEST_ENV = spaced", "env: GK_TEST_ENV=spaced\n"},
		{"fmt.Println(os.Getenv(\"GK_TEST_ENV\"))", "spaced\n"},
		{"!echo $GK_TEST_ENV", "spaced\n"},
	}
	for i, tt := range tests {
		out, _ := mustExec(t, e, i+1, tt.code)
		if got := out.text("stdout"); got != tt.stdout {
			t.Errorf("%s: got %q, want %q", tt.code, got, tt.stdout)
		}
	}
	if got := os.Getenv("GK_TEST_ENV"); got != "spaced" {
		t.Errorf("os.Getenv: got %q, want spaced", got)
	}
	out, _ := mustExec(t, e, 20, "%env")
	list := out.text("stdout")
	for _, want := range []string{"GK_TEST_LISTED=yes\n", "GK_TEST_ENV=spaced\n", "PATH="} {
		if !strings.Contains(list, want) {
			t.Errorf("%%env does not list %q", want)
		}
	}
	res := execCell(t, e, 21, "%env GK_TEST_UNSET_VARIABLE", &tape{})
	if res.Error == nil || res.Error.Name != "UsageError" || !strings.Contains(res.Error.Value, "not set") {
		t.Errorf("%%env of an unset variable: got %v, want a UsageError", res.Error)
	}
}

// TestMagicCd checks %cd and %pwd, and that cells and commands run in the
// new working directory.
func TestMagicCd(t *testing.T) {
	e := newTestEngine(t)
	start := t.TempDir()
	t.Chdir(start) // the working directory is restored after the test
	dir := filepath.Join(start, "sub dir")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct {
		code   string
		stdout string
		wd     string
	}{
		{"%pwd", start + "\n", start},
		{"%cd " + dir, dir + "\n", dir},
		{"%pwd", dir + "\n", dir},
		{"%cd ..", start + "\n", start},
		{"%cd sub dir", dir + "\n", dir},
		{"wd, _ := os.Getwd()\nfmt.Println(wd)", dir + "\n", dir},
		{"!pwd", dir + "\n", dir},
		{"%cd", home + "\n", home},
		{"%cd ~", home + "\n", home},
		{"%cd " + start, start + "\n", start},
	}
	for i, tt := range tests {
		out, _ := mustExec(t, e, i+1, tt.code)
		if got := out.text("stdout"); got != tt.stdout {
			t.Errorf("%s: got %q, want %q", tt.code, got, tt.stdout)
		}
		if wd, _ := os.Getwd(); wd != tt.wd {
			t.Errorf("%s: working directory %q, want %q", tt.code, wd, tt.wd)
		}
	}
	res := execCell(t, e, 20, "%cd "+filepath.Join(start, "missing"), &tape{})
	if res.Error == nil || res.Error.Name != "UsageError" {
		t.Errorf("%%cd to a missing directory: got %v, want a UsageError", res.Error)
	}
	if wd, _ := os.Getwd(); wd != start {
		t.Errorf("a failed %%cd moved to %q", wd)
	}
}

// historyCell runs code as cell n, storing it in h as the kernel does.
func historyCell(t *testing.T, e *Engine, h *kernel.MemoryHistory, n int, code string) *tape {
	t.Helper()
	h.Add(n, code)
	out, res := mustExec(t, e, n, code)
	if res.Result != nil {
		h.SetOutput(n, plain(res.Result))
	}
	return out
}

// TestMagicHistory checks %history with the kernel's history: the inputs
// of the session without the running cell, with -n, -o and -l, and kept
// across %reset.
func TestMagicHistory(t *testing.T) {
	e := newTestEngine(t)
	res := execCell(t, e, 1, "%history", &tape{})
	if res.Error == nil || res.Error.Name != "UsageError" {
		t.Errorf("%%history without a history: got %v, want a UsageError", res.Error)
	}
	h := kernel.NewMemoryHistory()
	e.SetHistory(h)
	historyCell(t, e, h, 1, "x := 20")
	historyCell(t, e, h, 2, "x * 2\n// twice")
	historyCell(t, e, h, 3, "%reset")
	tests := []struct{ code, want string }{
		{"%history", "x := 20\nx * 2\n// twice\n%reset\n"},
		{"%history -n", "  1: x := 20\n  2: x * 2\n     // twice\n  3: %reset\n  4: %history\n"},
		{"%history -l 2", "%history\n%history -n\n"},
		{"%history -n -o -l 5", "  2: x * 2\n     // twice\nOut[2]: 40\n  3: %reset\n  4: %history\n  5: %history -n\n  6: %history -l 2\n"},
	}
	for i, tt := range tests {
		out := historyCell(t, e, h, 4+i, tt.code)
		if got := out.text("stdout"); got != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.code, got, tt.want)
		}
	}
	res = execCell(t, e, 20, "%history -x", &tape{})
	if res.Error == nil || res.Error.Name != "UsageError" {
		t.Errorf("%%history -x: got %v, want a UsageError", res.Error)
	}
}

// TestMagicWritefile checks %%writefile: the cell's text written (with a
// final newline), overwritten, appended to with -a, and not run as Go.
func TestMagicWritefile(t *testing.T) {
	e := newTestEngine(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "hello.go")
	tests := []struct {
		code   string
		stdout string
		file   string
	}{
		{"%%writefile " + path + "\npackage main\n\nfunc main() { panic(\"not run\") }", "Writing " + path + "\n", "package main\n\nfunc main() { panic(\"not run\") }\n"},
		{"%%writefile " + path + "\nline one\n", "Overwriting " + path + "\n", "line one\n"},
		{"%%writefile -a " + path + "\nline two", "Appending to " + path + "\n", "line one\nline two\n"},
		{"%%writefile --append " + path + "\n", "Appending to " + path + "\n", "line one\nline two\n"},
	}
	for i, tt := range tests {
		out, res := mustExec(t, e, i+1, tt.code)
		if got := out.text("stdout"); got != tt.stdout {
			t.Errorf("%q: got stdout %q, want %q", tt.code, got, tt.stdout)
		}
		if res.Result != nil {
			t.Errorf("%q: got result %v, want none", tt.code, res.Result.Data)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.file {
			t.Errorf("%q: file holds %q, want %q", tt.code, b, tt.file)
		}
	}
	for i, code := range []string{"%%writefile\ntext", "%%writefile a b\ntext", "%%writefile " + filepath.Join(dir, "missing", "f") + "\ntext"} {
		res := execCell(t, e, 10+i, code, &tape{})
		if res.Error == nil || res.Error.Name != "UsageError" {
			t.Errorf("%q: got %v, want a UsageError", code, res.Error)
		}
	}
}

// TestMagicLines checks line magics before Go code: they run in order,
// and errors in the Go code keep the cell's line numbers.
func TestMagicLines(t *testing.T) {
	e := newTestEngine(t)
	t.Setenv("GK_TEST_LINES", "")
	out, res := mustExec(t, e, 1, "%env GK_TEST_LINES=1\n!echo shell\n\nfmt.Println(os.Getenv(\"GK_TEST_LINES\"))\n42")
	if got, want := out.text("stdout"), "env: GK_TEST_LINES=1\nshell\n1\n"; got != want {
		t.Errorf("got stdout %q, want %q", got, want)
	}
	if plain(res.Result) != "42" {
		t.Errorf("got result %q, want 42", plain(res.Result))
	}
	res = execCell(t, e, 2, "%pwd\n\nx := undefinedName", &tape{})
	if res.Error == nil || !strings.Contains(res.Error.Value, "line 3") {
		t.Errorf("got error %v, want one at line 3", res.Error)
	}
	// Comments may come before the magics.
	if out, _ := mustExec(t, e, 3, "// where are we?\n%pwd"); out.text("stdout") == "" {
		t.Errorf("a magic after a comment did not run")
	}
	// A magic after Go code is Go code (a syntax error).
	res = execCell(t, e, 4, "x := 1\n%pwd", &tape{})
	if res.Error == nil {
		t.Errorf("a magic after Go code: got no error")
	}
}
