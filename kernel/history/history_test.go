package history

import (
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel"
)

// testLimits are the default limits with a short fsync delay.
var testLimits = limits{
	maxEntries:  defaultLimits.maxEntries,
	maxBytes:    defaultLimits.maxBytes,
	keepEntries: defaultLimits.keepEntries,
	keepBytes:   defaultLimits.keepBytes,
	syncDelay:   time.Millisecond,
}

// openT opens a store on path and closes it when the test ends.
func openT(t *testing.T, path string, lim limits) *Store {
	t.Helper()
	s, err := open(path, nil, lim)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// closeT closes s and fails the test on an error.
func closeT(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
}

// entry builds a HistoryEntry.
func entry(session, line int, input, output string) kernel.HistoryEntry {
	return kernel.HistoryEntry{Session: session, Line: line, Input: input, Output: output}
}

// checkEntries compares entries.
func checkEntries(t *testing.T, what string, got, want []kernel.HistoryEntry) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: got %+v, want %+v", what, got, want)
	}
}

func TestRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dir", "history.jsonl")

	s1 := openT(t, path, testLimits)
	if got := s1.Session(); got != 1 {
		t.Fatalf("first session: got %d, want 1", got)
	}
	s1.Add(1, `x := 1`)
	s1.Add(2, `x + 1`)
	s1.SetOutput(2, "2")
	s1.Add(3, `fmt.Println("<&>")`)
	closeT(t, s1)

	s2 := openT(t, path, testLimits)
	if got := s2.Session(); got != 2 {
		t.Fatalf("second session: got %d, want 2", got)
	}
	s2.Add(1, "y := \"a\nb\"") // a newline inside a record
	s2.SetOutput(1, "kept")

	checkEntries(t, "Range(1, 0, 0, true)", s2.Range(1, 0, 0, true), []kernel.HistoryEntry{
		entry(1, 1, `x := 1`, ""),
		entry(1, 2, `x + 1`, "2"),
		entry(1, 3, `fmt.Println("<&>")`, ""),
	})
	checkEntries(t, "Range(1, 2, 3, false)", s2.Range(1, 2, 3, false), []kernel.HistoryEntry{
		entry(1, 2, `x + 1`, ""),
	})
	checkEntries(t, "Range(2, 1, 0, true)", s2.Range(2, 1, 0, true), []kernel.HistoryEntry{
		entry(2, 1, "y := \"a\nb\"", "kept"),
	})
	checkEntries(t, "Range(3, 0, 0, true)", s2.Range(3, 0, 0, true), nil)
	checkEntries(t, "Tail(3, true)", s2.Tail(3, true), []kernel.HistoryEntry{
		entry(1, 2, `x + 1`, "2"),
		entry(1, 3, `fmt.Println("<&>")`, ""),
		entry(2, 1, "y := \"a\nb\"", "kept"),
	})
	checkEntries(t, "Tail(2, false)", s2.Tail(2, false), []kernel.HistoryEntry{
		entry(1, 3, `fmt.Println("<&>")`, ""),
		entry(2, 1, "y := \"a\nb\"", ""),
	})
	if got := len(s2.Tail(0, false)); got != 4 {
		t.Errorf("len(Tail(0)): got %d, want 4", got)
	}
	closeT(t, s2)

	s3 := openT(t, path, testLimits)
	if got := s3.Session(); got != 3 {
		t.Errorf("third session: got %d, want 3", got)
	}
	checkEntries(t, "Tail after reopen", s3.Tail(1, true), []kernel.HistoryEntry{
		entry(2, 1, "y := \"a\nb\"", "kept"),
	})
}

func TestEmptySessionsKeepTheirNumbers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	for want := 1; want <= 3; want++ {
		s := openT(t, path, testLimits)
		if got := s.Session(); got != want {
			t.Errorf("session: got %d, want %d", got, want)
		}
		closeT(t, s)
	}
}

func TestReplaceSameLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	s := openT(t, path, testLimits)
	s.Add(1, "a := ")
	s.SetOutput(1, "stale")
	s.Add(2, "b := 2")
	s.Add(1, "a := 1") // the kernel reuses a number after a compile error
	s.SetOutput(7, "no such line")
	want := []kernel.HistoryEntry{entry(1, 1, "a := 1", ""), entry(1, 2, "b := 2", "")}
	checkEntries(t, "before reopen", s.Tail(0, true), want)
	closeT(t, s)

	s = openT(t, path, testLimits)
	checkEntries(t, "after reopen", s.Range(1, 0, 0, true), want)
}

func TestSearch(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "h.jsonl"), testLimits)
	inputs := []string{"1 + 2", "fmt.Println(1)", "1-2", "132", "x := fmt.Sprint(2)", "fmt.Println(1)", "1x2y"}
	for i, in := range inputs {
		s.Add(i+1, in)
		s.SetOutput(i+1, fmt.Sprint("out", i+1))
	}
	tests := []struct {
		pattern string
		n       int
		unique  bool
		output  bool
		want    []int // lines
	}{
		{"1?2*", 0, false, false, []int{3, 4, 7}},
		{"1?2*", 2, false, false, []int{4, 7}},
		{"*fmt*", 0, false, false, []int{2, 5, 6}},
		{"*fmt*", 0, true, false, []int{5, 6}},
		{"*fmt*", 1, true, true, []int{6}},
		{"*Println*", 0, true, false, []int{6}},
		{"", 0, false, false, []int{1, 2, 3, 4, 5, 6, 7}},
		{"[!f]*", 0, false, false, []int{1, 3, 4, 5, 7}},
		{"nothing", 0, false, false, nil},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/n=%d/unique=%v", tt.pattern, tt.n, tt.unique)
		t.Run(name, func(t *testing.T) {
			var want []kernel.HistoryEntry
			for _, l := range tt.want {
				out := ""
				if tt.output {
					out = fmt.Sprint("out", l)
				}
				want = append(want, entry(1, l, inputs[l-1], out))
			}
			checkEntries(t, "Search", s.Search(tt.pattern, tt.n, tt.unique, tt.output), want)
		})
	}
}

func TestLongOutputIsCut(t *testing.T) {
	s := openT(t, filepath.Join(t.TempDir(), "h.jsonl"), testLimits)
	s.Add(1, "strings.Repeat")
	s.SetOutput(1, strings.Repeat("é", maxOutput)) // 2 bytes a rune
	got := s.Tail(1, true)[0].Output
	if len(got) > maxOutput+len("…") || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "éé") {
		t.Errorf("cut output: got %d bytes ending %q, want at most %d ending with an ellipsis",
			len(got), got[max(0, len(got)-8):], maxOutput+len("…"))
	}
	if got := truncate("héllo", 2); got != "h…" {
		t.Errorf("truncate inside a rune: got %q, want %q", got, "h…")
	}
}

func TestClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	s := openT(t, path, testLimits)
	s.Add(1, "kept")
	closeT(t, s)
	closeT(t, s) // twice is fine
	s.Add(2, "after close")
	s.SetOutput(1, "after close")
	checkEntries(t, "reads after Close", s.Tail(0, true), []kernel.HistoryEntry{entry(1, 1, "kept", "")})

	s = openT(t, path, testLimits)
	checkEntries(t, "reopened", s.Tail(0, true), []kernel.HistoryEntry{entry(1, 1, "kept", "")})
}

func TestOpenPaths(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", filepath.Join(dir, "data"))

	t.Setenv(EnvVar, "")
	def, err := DefaultPath()
	if want := filepath.Join(dir, "data", "gokernel", "history.jsonl"); err != nil || def != want {
		t.Fatalf("DefaultPath: got %q, %v, want %q", def, err, want)
	}

	tests := []struct {
		name, path, env string
		want            string // "" means ErrDisabled
	}{
		{"default", "", "", def},
		{"explicit", filepath.Join(dir, "a.jsonl"), "", filepath.Join(dir, "a.jsonl")},
		{"from env", "", filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "b.jsonl")},
		{"explicit beats env path", filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "a.jsonl")},
		{"off", Off, "", ""},
		{"env off", "", Off, ""},
		{"env off beats explicit", filepath.Join(dir, "a.jsonl"), Off, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvVar, tt.env)
			s, err := Open(tt.path, slog.New(slog.DiscardHandler))
			if tt.want == "" {
				if !errors.Is(err, ErrDisabled) {
					t.Fatalf("Open(%q) with %s=%q: got %v, want ErrDisabled", tt.path, EnvVar, tt.env, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open(%q): %v", tt.path, err)
			}
			defer s.Close()
			if got := s.Path(); got != tt.want {
				t.Errorf("Path: got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOpenError(t *testing.T) {
	dir := t.TempDir()
	// A directory where the file should be.
	if _, err := open(dir, nil, testLimits); err == nil || !strings.HasPrefix(err.Error(), "history: ") {
		t.Errorf("open on a directory: got %v, want a history: error", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	s := openT(t, path, testLimits)
	const writers, lines = 4, 50
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range lines {
				line := w*lines + i + 1
				s.Add(line, fmt.Sprintf("w%d := %d", w, i))
				s.SetOutput(line, fmt.Sprint(i))
			}
		})
	}
	for range 4 {
		wg.Go(func() {
			for range lines {
				s.Tail(10, true)
				s.Search("w1*", 5, true, true)
				s.Range(s.Session(), 1, 0, false)
			}
		})
	}
	wg.Wait()
	closeT(t, s)

	s = openT(t, path, testLimits)
	got := s.Range(1, 0, 0, true)
	if len(got) != writers*lines {
		t.Fatalf("entries after reopen: got %d, want %d", len(got), writers*lines)
	}
	for i, e := range got {
		if e.Line != i+1 || e.Output == "" {
			t.Errorf("entry %d: got %+v, want line %d with an output", i, e, i+1)
		}
	}
}
