//go:build linux || darwin

package capture

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// recordLen is the length of one record written by the Sync tests. It is
// below PIPE_BUF, so each record reaches a pipe in one piece.
const recordLen = 100

// record returns record seq of writer w: "w07 0000000042 ...\n".
func record(w, seq int) []byte {
	b := fmt.Appendf(make([]byte, 0, recordLen), "w%02d %010d ", w, seq)
	b = append(b, bytes.Repeat([]byte{'.'}, recordLen-1-len(b))...)
	return append(b, '\n')
}

// records is a Sink that parses records and checks that each writer's
// records arrive complete, in order and without gaps.
type records struct {
	mu      sync.Mutex        // guards the fields below
	partial map[string][]byte // an incomplete record at the end of each stream
	next    map[int]int       // per writer, the sequence number expected next
	err     error             // the first problem seen
}

func newRecords() *records {
	return &records{partial: map[string][]byte{}, next: map[int]int{}}
}

func (r *records) Write(stream string, p []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	buf := append(r.partial[stream], p...)
	for ; len(buf) >= recordLen; buf = buf[recordLen:] {
		if err := r.parse(stream, buf[:recordLen]); err != nil && r.err == nil {
			r.err = err
		}
	}
	r.partial[stream] = buf
}

func (r *records) parse(stream string, rec []byte) error {
	w, err1 := strconv.Atoi(string(rec[1:3]))
	seq, err2 := strconv.Atoi(string(rec[4:14]))
	if rec[0] != 'w' || err1 != nil || err2 != nil || rec[recordLen-1] != '\n' {
		return fmt.Errorf("%s: got malformed record %q", stream, rec)
	}
	if want := streamOf(w); stream != want {
		return fmt.Errorf("writer %d: got a record on %s, want %s", w, stream, want)
	}
	if seq != r.next[w] {
		return fmt.Errorf("writer %d: got record %d, want %d", w, seq, r.next[w])
	}
	r.next[w]++
	return nil
}

// delivered returns how many records of writer w were delivered.
func (r *records) delivered(w int) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.next[w]
}

// check returns the first problem seen, or a complaint about a trailing
// incomplete record.
func (r *records) check() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return r.err
	}
	for stream, p := range r.partial {
		if len(p) > 0 {
			return fmt.Errorf("%s: got %d bytes of an incomplete record, want none", stream, len(p))
		}
	}
	return nil
}

// streamOf says where writer w writes: even writers to stdout, odd to stderr.
func streamOf(w int) string {
	if w%2 == 0 {
		return Stdout
	}
	return Stderr
}

func fileOf(w int) *os.File {
	if w%2 == 0 {
		return os.Stdout
	}
	return os.Stderr
}

func TestSyncDeliversEverythingWrittenBefore(t *testing.T) {
	inChild(t, func(t *testing.T) {
		const writers, total = 8, 10 << 20
		const perWriter = total / writers / recordLen
		c := startCapture(t)
		rec := newRecords()
		c.SetSink(rec)
		var wg sync.WaitGroup
		errs := make(chan error, writers)
		for w := range writers {
			wg.Go(func() {
				f := fileOf(w)
				for seq := range perWriter {
					if _, err := f.Write(record(w, seq)); err != nil {
						errs <- fmt.Errorf("writer %d: %w", w, err)
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		mustSync(t, c)
		// No further Sync or sleep: everything must be there now.
		for w := range writers {
			if got := rec.delivered(w); got != perWriter {
				t.Errorf("writer %d: got %d records delivered, want %d", w, got, perWriter)
			}
		}
		if err := rec.check(); err != nil {
			t.Error(err)
		}
	})
}

func TestSyncWhileWriting(t *testing.T) {
	inChild(t, func(t *testing.T) {
		const writers, rounds = 6, 100
		c := startCapture(t)
		rec := newRecords()
		c.SetSink(rec)
		var (
			wg       sync.WaitGroup
			stop     atomic.Bool
			progress [writers]atomic.Int64 // records whose Write has returned
		)
		for w := range writers {
			wg.Go(func() {
				f := fileOf(w)
				for seq := 0; !stop.Load(); seq++ {
					if _, err := f.Write(record(w, seq)); err != nil {
						return // reported below as missing records
					}
					progress[w].Store(int64(seq + 1))
				}
			})
		}
		for i := range rounds {
			time.Sleep(time.Duration(rand.IntN(500)) * time.Microsecond)
			var before [writers]int64
			for w := range writers {
				before[w] = progress[w].Load()
			}
			mustSync(t, c)
			for w := range writers {
				if got := rec.delivered(w); int64(got) < before[w] {
					t.Errorf("round %d, writer %d: got %d records delivered after Sync, want at least %d", i, w, got, before[w])
				}
			}
		}
		stop.Store(true)
		wg.Wait()
		mustSync(t, c)
		for w := range writers {
			if got, want := rec.delivered(w), progress[w].Load(); int64(got) != want {
				t.Errorf("writer %d at the end: got %d records delivered, want %d", w, got, want)
			}
		}
		if err := rec.check(); err != nil {
			t.Error(err)
		}
	})
}

func TestSyncWithChildStillWriting(t *testing.T) {
	inChild(t, func(t *testing.T) {
		c := startCapture(t)
		var (
			mu     sync.Mutex // guards stderr
			stderr bytes.Buffer
			stdout atomic.Int64
		)
		c.SetSink(SinkFunc(func(stream string, p []byte) {
			if stream == Stdout {
				stdout.Add(int64(len(p)))
				return
			}
			mu.Lock()
			stderr.Write(p)
			mu.Unlock()
		}))
		ctx, cancel := context.WithCancel(t.Context())
		cmd := exec.CommandContext(ctx, "yes", "flood") // never stops writing to the pipe
		cmd.Stdout = os.Stdout
		if err := cmd.Start(); err != nil {
			t.Fatalf("start yes: %v", err)
		}
		defer func() { cancel(); cmd.Wait() }()
		for deadline := time.Now().Add(30 * time.Second); stdout.Load() == 0; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("stdout: got no bytes from the child after 30s, want its flood")
			}
		}

		for i := range 20 {
			fmt.Fprintf(os.Stderr, "mark %d\n", i)
			start := time.Now()
			mustSync(t, c) // fails the test after 30s
			mu.Lock()
			got := stderr.String()
			mu.Unlock()
			if want := fmt.Sprintf("mark %d\n", i); !strings.HasSuffix(got, want) {
				t.Errorf("stderr after Sync: got %q, want it to end with %q", got, want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Sync with a child flooding stdout: got %v, want well under 5s", d)
			}
		}
		start := time.Now()
		if err := c.Close(); err != nil {
			t.Errorf("Close with a child flooding stdout: got %v, want nil", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Close with a child flooding stdout: got %v, want well under 5s", d)
		}
	})
}

func TestSyncIdleIsCheap(t *testing.T) {
	inChild(t, func(t *testing.T) {
		const n = 2000
		c := startCapture(t)
		c.SetSink(SinkFunc(func(string, []byte) {}))
		ctx := t.Context()
		start := time.Now()
		for range n {
			if err := c.Sync(ctx); err != nil {
				t.Fatalf("Sync: %v", err)
			}
		}
		// Generous, so that it holds under the race detector on a busy
		// machine; BenchmarkSyncIdle measures the real cost.
		if avg := time.Since(start) / n; avg > time.Millisecond {
			t.Errorf("idle Sync: got %v on average, want under 1ms", avg)
		}
	})
}

// BenchmarkSyncIdle measures Sync with nothing pending, which the kernel
// does after every cell. It redirects fds 1 and 2 in the test process itself:
// benchmarks run one at a time, and the testing package prints a
// benchmark's result only after the function returned and Close restored
// the descriptors.
func BenchmarkSyncIdle(b *testing.B) {
	c, err := Start(nil)
	if err != nil {
		b.Fatalf("Start: %v", err)
	}
	defer c.Close()
	c.SetSink(SinkFunc(func(string, []byte) {}))
	ctx := context.Background()
	for b.Loop() {
		if err := c.Sync(ctx); err != nil {
			b.Fatalf("Sync: %v", err)
		}
	}
}

// BenchmarkWriteAndSync measures a small write followed by Sync: the
// latency from a cell's output to its delivery.
func BenchmarkWriteAndSync(b *testing.B) {
	c, err := Start(nil)
	if err != nil {
		b.Fatalf("Start: %v", err)
	}
	defer c.Close()
	c.SetSink(SinkFunc(func(string, []byte) {}))
	ctx := context.Background()
	line := []byte("hello from a cell\n")
	for b.Loop() {
		os.Stdout.Write(line)
		if err := c.Sync(ctx); err != nil {
			b.Fatalf("Sync: %v", err)
		}
	}
}
