package capture

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// write is one Sink.Write call, as recorded by writes.
type write struct{ stream, data string }

// writes is a Sink that records every call.
type writes []write

func (w *writes) Write(stream string, p []byte) { *w = append(*w, write{stream, string(p)}) }

func dropped(n int) write {
	return write{Stderr, fmt.Sprintf("[gokernel: %d bytes of earlier output dropped]\n", n)}
}

func TestBacklog(t *testing.T) {
	tests := []struct {
		name  string
		limit int
		adds  []write
		want  []write
	}{
		{"empty", 10, nil, nil},
		{"same stream merges", 10, []write{{Stdout, "ab"}, {Stdout, "cd"}}, []write{{Stdout, "abcd"}}},
		{"streams keep their order", 10,
			[]write{{Stdout, "a"}, {Stderr, "b"}, {Stdout, "c"}},
			[]write{{Stdout, "a"}, {Stderr, "b"}, {Stdout, "c"}}},
		{"exactly full", 4, []write{{Stdout, "ab"}, {Stderr, "cd"}}, []write{{Stdout, "ab"}, {Stderr, "cd"}}},
		{"overflow trims the oldest chunk", 10,
			[]write{{Stdout, "0123456789"}, {Stderr, "abcde"}},
			[]write{dropped(5), {Stdout, "56789"}, {Stderr, "abcde"}}},
		{"overflow drops whole chunks", 5,
			[]write{{Stdout, "abc"}, {Stderr, "de"}, {Stdout, "fghi"}},
			[]write{dropped(4), {Stderr, "e"}, {Stdout, "fghi"}}},
		{"one write larger than the limit", 4,
			[]write{{Stderr, "x"}, {Stdout, "abcdefgh"}},
			[]write{dropped(5), {Stdout, "efgh"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := backlog{limit: tt.limit}
			for _, a := range tt.adds {
				b.add(a.stream, []byte(a.data))
			}
			var got writes
			b.flush(&got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("flush: got %q, want %q", got, tt.want)
			}
			got = nil
			b.flush(&got)
			if len(got) != 0 {
				t.Errorf("second flush: got %q, want nothing", got)
			}
		})
	}
}

func TestBacklogCopiesAndSplitsChunks(t *testing.T) {
	b := backlog{limit: 1 << 20}
	p := []byte(strings.Repeat("x", maxChunk+maxChunk/2))
	b.add(Stdout, p)
	p[0] = 'y' // the backlog must not alias the caller's buffer
	var got writes
	b.flush(&got)
	var lens []int
	for _, w := range got {
		lens = append(lens, len(w.data))
	}
	if want := []int{maxChunk, maxChunk / 2}; !slices.Equal(lens, want) {
		t.Errorf("chunk sizes: got %v, want %v", lens, want)
	}
	if len(got) > 0 && got[0].data[0] != 'x' {
		t.Errorf("first byte: got %q, want %q", got[0].data[0], 'x')
	}
}
