package history

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"gokernel/kernel"
)

// syncBuffer is a bytes.Buffer safe for a logger shared by goroutines.
type syncBuffer struct {
	mu sync.Mutex // guards b
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestCorruptLines(t *testing.T) {
	tests := []struct {
		name    string
		content string
		session int // of the next Open
		want    []kernel.HistoryEntry
		skipped int // lines logged as skipped
	}{
		{
			name:    "empty file",
			content: "",
			session: 1,
		},
		{
			name: "garbage between records",
			content: `{"s":1,"start":"t","id":"a"}` + "\n" +
				`{"s":1,"l":1,"i":"a := 1"}` + "\n" +
				"not json at all\n" +
				`{"s":1,"l":2,"i":` + "\n" +
				"\n" +
				`{"s":0,"l":3,"i":"no session"}` + "\n" +
				`{"s":1,"l":-1,"i":"negative line"}` + "\n" +
				`{"s":1,"l":4}` + "\n" +
				`{"s":1,"i":"marker with input"}` + "\n" +
				`["s",1]` + "\n" +
				`{"s":1,"l":1,"o":"1"}` + "\n",
			session: 2,
			want:    []kernel.HistoryEntry{entry(1, 1, "a := 1", "1")},
			skipped: 7,
		},
		{
			name: "truncated last line",
			content: `{"s":3,"l":1,"i":"x"}` + "\n" +
				`{"s":3,"l":2,"i":"cut sh`,
			session: 4,
			want:    []kernel.HistoryEntry{entry(3, 1, "x", "")},
			skipped: 2, // unterminated at first, corrupt once closed by the next record
		},
		{
			name:    "output of an unknown line",
			content: `{"s":2,"l":9,"o":"orphan"}` + "\n",
			session: 3,
		},
		{
			name:    "unknown fields are ignored",
			content: `{"s":1,"l":1,"i":"x","future":true}` + "\n",
			session: 2,
			want:    []kernel.HistoryEntry{entry(1, 1, "x", "")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "h.jsonl")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			var logs syncBuffer
			log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			s, err := open(path, log, testLimits)
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			if got := s.Session(); got != tt.session {
				t.Errorf("session: got %d, want %d", got, tt.session)
			}
			checkEntries(t, "entries", s.Tail(0, true), tt.want)
			if got := strings.Count(logs.String(), "level=DEBUG msg=\"history: "+"skipping") +
				strings.Count(logs.String(), "unterminated"); got != tt.skipped {
				t.Errorf("skipped lines logged: got %d, want %d\n%s", got, tt.skipped, logs.String())
			}
			// The next records must not be swallowed by a cut-short line.
			s.Add(1, "after")
			closeT(t, s)

			s = openT(t, path, testLimits)
			want := append(slices.Clone(tt.want), entry(tt.session, 1, "after", ""))
			checkEntries(t, "after reopen", s.Tail(0, true), want)
			if got := s.Session(); got != tt.session+1 {
				t.Errorf("session after reopen: got %d, want %d", got, tt.session+1)
			}
		})
	}
}

func TestCompaction(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "h.jsonl")
	lim := testLimits
	lim.maxEntries, lim.keepEntries = 20, 10

	// Five sessions of six cells each, the last two sessions empty.
	for range 5 {
		s := openT(t, path, lim)
		for l := 1; l <= 6; l++ {
			s.Add(l, fmt.Sprintf("s%d l%d", s.Session(), l))
			s.SetOutput(l, "out")
		}
		closeT(t, s)
	}
	for range 2 {
		closeT(t, openT(t, path, lim))
	}
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	// Compaction happened once, at the fifth open (24 entries > 20): so
	// the file holds 10 entries and six more.
	s := openT(t, path, lim)
	if got := s.Session(); got != 8 {
		t.Errorf("session after compaction: got %d, want 8", got)
	}
	all := s.Tail(0, true)
	if len(all) != 16 {
		t.Fatalf("entries kept: got %d, want 16: %v", len(all), all)
	}
	if got, want := all[0], entry(3, 3, "s3 l3", "out"); got != want {
		t.Errorf("oldest entry kept: got %v, want %v", got, want)
	}
	if got, want := all[15], entry(5, 6, "s5 l6", "out"); got != want {
		t.Errorf("newest entry: got %v, want %v", got, want)
	}
	checkEntries(t, "Range of a trimmed session", s.Range(1, 0, 0, false), nil)
	closeT(t, s)

	// Go over the limit again: the next open compacts to 10 entries.
	s = openT(t, path, lim)
	for l := 1; l <= 6; l++ {
		s.Add(l, fmt.Sprintf("s%d l%d", s.Session(), l))
	}
	closeT(t, s)
	s = openT(t, path, lim)
	if got := len(s.Tail(0, false)); got != 10 {
		t.Errorf("entries after second compaction: got %d, want 10", got)
	}
	if got := s.Session(); got != 10 {
		t.Errorf("session after second compaction: got %d, want 10", got)
	}
	closeT(t, s)
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if after.Size() >= before.Size() {
		t.Errorf("file size: got %d after compaction, want less than %d", after.Size(), before.Size())
	}
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 {
		t.Errorf("files in the directory: got %d, want 1 (no temporary files left)", len(names))
	}
}

func TestCompactionByBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	lim := testLimits
	lim.maxBytes, lim.keepBytes = 4000, 2000
	s := openT(t, path, lim)
	for l := 1; l <= 50; l++ {
		s.Add(l, strings.Repeat("x", 100))
	}
	closeT(t, s)
	s = openT(t, path, lim)
	n := len(s.Tail(0, false))
	if n == 0 || n >= 50 {
		t.Errorf("entries after compaction by size: got %d, want between 1 and 49", n)
	}
	closeT(t, s)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > int64(lim.keepBytes)+200 {
		t.Errorf("file size: got %d, want about %d", fi.Size(), lim.keepBytes)
	}
}

func TestTwoStoresOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	a := openT(t, path, testLimits)
	b := openT(t, path, testLimits)
	if a.Session() != 1 || b.Session() != 2 {
		t.Fatalf("sessions: got %d and %d, want 1 and 2", a.Session(), b.Session())
	}
	const lines = 200
	var wg sync.WaitGroup
	for _, s := range []*Store{a, b} {
		wg.Go(func() {
			for l := 1; l <= lines; l++ {
				s.Add(l, fmt.Sprintf("session %d line %d %s", s.Session(), l, strings.Repeat("·", l)))
				s.SetOutput(l, fmt.Sprint(l))
			}
		})
	}
	wg.Wait()
	closeT(t, a)
	closeT(t, b)

	s := openT(t, path, testLimits)
	if got := s.Session(); got != 3 {
		t.Errorf("session: got %d, want 3", got)
	}
	for session := 1; session <= 2; session++ {
		got := s.Range(session, 0, 0, true)
		if len(got) != lines {
			t.Fatalf("session %d: got %d entries, want %d", session, len(got), lines)
		}
		for i, e := range got {
			want := entry(session, i+1, fmt.Sprintf("session %d line %d %s", session, i+1, strings.Repeat("·", i+1)), fmt.Sprint(i+1))
			if e != want {
				t.Errorf("session %d entry %d: got %v, want %v", session, i, e, want)
			}
		}
	}
}

func TestConcurrentOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	const kernels = 8
	sessions := make([]int, kernels)
	var wg sync.WaitGroup
	for i := range kernels {
		wg.Go(func() {
			s, err := open(path, nil, testLimits)
			if err != nil {
				t.Errorf("open: %v", err)
				return
			}
			sessions[i] = s.Session()
			s.Add(1, fmt.Sprint("kernel ", i))
			s.Close()
		})
	}
	wg.Wait()
	slices.Sort(sessions)
	for i, got := range sessions {
		if got != i+1 {
			t.Fatalf("sessions of kernels started together: got %v, want 1 to %d", sessions, kernels)
		}
	}
	s := openT(t, path, testLimits)
	if got := s.Session(); got != kernels+1 {
		t.Errorf("next session: got %d, want %d", got, kernels+1)
	}
	if got := len(s.Tail(0, false)); got != kernels {
		t.Errorf("entries: got %d, want %d", got, kernels)
	}
}

func TestFollowsCompactionByAnotherKernel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	lim := testLimits
	lim.maxEntries, lim.keepEntries = 4, 2

	a := openT(t, path, lim)
	for l := 1; l <= 5; l++ {
		a.Add(l, fmt.Sprint("a", l))
	}
	b := openT(t, path, lim) // compacts, replacing the file under a
	if got := len(b.Tail(0, false)); got != 2 {
		t.Fatalf("entries seen by b: got %d, want 2", got)
	}
	a.Add(6, "a6")
	b.Add(1, "b1")
	closeT(t, a)
	closeT(t, b)

	s := openT(t, path, lim)
	checkEntries(t, "after both closed", s.Tail(0, false), []kernel.HistoryEntry{
		entry(1, 4, "a4", ""), entry(1, 5, "a5", ""), entry(1, 6, "a6", ""), entry(2, 1, "b1", ""),
	})
	if got := s.Session(); got != 3 {
		t.Errorf("session: got %d, want 3", got)
	}
}

func TestFollowsRemovedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	s := openT(t, path, testLimits)
	s.Add(1, "before")
	closeT(t, s)
	s = openT(t, path, testLimits)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	s.Add(1, "after removal")
	closeT(t, s)

	s = openT(t, path, testLimits)
	checkEntries(t, "recreated file", s.Tail(0, false), []kernel.HistoryEntry{entry(2, 1, "after removal", "")})
	if got := s.Session(); got != 3 {
		t.Errorf("session: got %d, want 3 (the recreated file names session 2)", got)
	}
}
