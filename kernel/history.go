package kernel

import (
	"regexp"
	"strings"
	"sync"
)

// MemoryHistory is a History kept in memory for one session; it is what
// the kernel uses when no persistent history is configured.
type MemoryHistory struct {
	mu      sync.Mutex // guards entries
	entries []HistoryEntry
}

// NewMemoryHistory returns an empty history for session 1.
func NewMemoryHistory() *MemoryHistory { return &MemoryHistory{} }

// Session implements History.
func (h *MemoryHistory) Session() int { return 1 }

// Add implements History.
func (h *MemoryHistory) Add(line int, input string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, HistoryEntry{Session: 1, Line: line, Input: input})
}

// SetOutput implements History.
func (h *MemoryHistory) SetOutput(line int, output string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i := len(h.entries) - 1; i >= 0; i-- {
		if h.entries[i].Line == line {
			h.entries[i].Output = output
			return
		}
	}
}

// Tail implements HistoryReader.
func (h *MemoryHistory) Tail(n int, output bool) []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	if n <= 0 || n > len(h.entries) {
		n = len(h.entries)
	}
	return strip(h.entries[len(h.entries)-n:], output)
}

// Range implements History.
func (h *MemoryHistory) Range(session, start, stop int, output bool) []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []HistoryEntry
	for _, e := range h.entries {
		if e.Session == session && e.Line >= start && (stop <= 0 || e.Line < stop) {
			out = append(out, e)
		}
	}
	return strip(out, output)
}

// Search implements History.
func (h *MemoryHistory) Search(pattern string, n int, unique, output bool) []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	re := GlobRegexp(pattern)
	seen := map[string]bool{}
	var out []HistoryEntry
	for i := len(h.entries) - 1; i >= 0; i-- {
		e := h.entries[i]
		if !re.MatchString(e.Input) || (unique && seen[e.Input]) {
			continue
		}
		seen[e.Input] = true
		out = append(out, e)
		if n > 0 && len(out) == n {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return strip(out, output)
}

func strip(in []HistoryEntry, output bool) []HistoryEntry {
	out := make([]HistoryEntry, len(in))
	copy(out, in)
	if !output {
		for i := range out {
			out[i].Output = ""
		}
	}
	return out
}

// GlobRegexp compiles a history search pattern the way IPython reads it:
// a glob where * matches any text (newlines too), ? one character, and
// [...] a class; the whole input must match.
func GlobRegexp(pattern string) *regexp.Regexp {
	if pattern == "" {
		pattern = "*"
	}
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			j := strings.IndexByte(pattern[i+1:], ']')
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			class := pattern[i+1 : i+1+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += j + 1
		default:
			b.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
		}
	}
	b.WriteString(`\z`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(regexp.QuoteMeta(pattern))
	}
	return re
}
