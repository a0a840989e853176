package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"
	"unicode/utf8"

	"gokernel/kernel"
)

// maxClaims bounds the attempts to claim a session number while other
// kernels claim the same ones.
const maxClaims = 100

// record is one line of the history file. A record with Line 0 starts a
// session; any other carries the input of a cell, its output, or both.
type record struct {
	Session int     `json:"s"`
	Line    int     `json:"l,omitempty"`
	Input   *string `json:"i,omitempty"`
	Output  *string `json:"o,omitempty"`
	Start   string  `json:"start,omitempty"` // RFC 3339 time a session began
	ID      string  `json:"id,omitempty"`    // random id of a session's claim
}

// valid reports whether r is a record this package could have written.
func (r record) valid() bool {
	switch {
	case r.Session < 1 || r.Line < 0:
		return false
	case r.Line == 0:
		return r.Input == nil && r.Output == nil
	default:
		return r.Input != nil || r.Output != nil
	}
}

// encode returns r as one line of JSON, newline included.
func encode(r record) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		// A record of ints and strings always encodes.
		return nil
	}
	return b.Bytes()
}

// key names one cell.
type key struct{ session, line int }

// table is the history as read from the file and added since.
type table struct {
	entries    []kernel.HistoryEntry // in the order first seen in the file
	index      map[key]int           // position of each cell in entries
	starts     map[int]string        // start time of each session seen
	maxSession int                   // highest session number seen
}

// apply adds the effect of one record to t.
func (t *table) apply(r record) {
	if t.index == nil {
		t.index = map[key]int{}
		t.starts = map[int]string{}
	}
	t.maxSession = max(t.maxSession, r.Session)
	if r.Line == 0 {
		if t.starts[r.Session] == "" {
			t.starts[r.Session] = r.Start
		}
		return
	}
	k := key{r.Session, r.Line}
	if r.Input != nil {
		if i, ok := t.index[k]; ok {
			t.entries[i].Input, t.entries[i].Output = *r.Input, ""
		} else {
			t.index[k] = len(t.entries)
			t.entries = append(t.entries, kernel.HistoryEntry{Session: r.Session, Line: r.Line, Input: *r.Input})
		}
	}
	if r.Output != nil {
		if i, ok := t.index[k]; ok {
			t.entries[i].Output = *r.Output
		}
	}
}

// has reports whether the cell is in t.
func (t *table) has(session, line int) bool {
	_, ok := t.index[key{session, line}]
	return ok
}

// entryRecord returns the record that restores e.
func entryRecord(e kernel.HistoryEntry) record {
	r := record{Session: e.Session, Line: e.Line, Input: &e.Input}
	if e.Output != "" {
		r.Output = &e.Output
	}
	return r
}

// trim drops the oldest entries so that at most keepEntries remain and
// their records take at most keepBytes.
func (t *table) trim(keepEntries, keepBytes int) {
	n, size := 0, 0
	for i := len(t.entries) - 1; i >= 0 && n < keepEntries; i-- {
		size += len(encode(entryRecord(t.entries[i])))
		if size > keepBytes {
			break
		}
		n++
	}
	t.entries = append([]kernel.HistoryEntry(nil), t.entries[len(t.entries)-n:]...)
	t.index = make(map[key]int, len(t.entries))
	for i, e := range t.entries {
		t.index[key{e.Session, e.Line}] = i
	}
}

// encodeAll returns the file content that restores t: a record for each
// session that has entries and for the highest session, then the
// entries.
func (t *table) encodeAll() []byte {
	var b bytes.Buffer
	seen := map[int]bool{}
	marker := func(s int) {
		if s > 0 && !seen[s] {
			seen[s] = true
			b.Write(encode(record{Session: s, Start: t.starts[s]}))
		}
	}
	for _, e := range t.entries {
		marker(e.Session)
	}
	marker(t.maxSession)
	for _, e := range t.entries {
		b.Write(encode(entryRecord(e)))
	}
	return b.Bytes()
}

// chunk is what scan read from a file.
type chunk struct {
	raw     []byte   // the complete lines read
	recs    []record // the valid records among them
	next    int64    // offset just after raw
	partial bool     // the file goes on with an unterminated line
}

// scan reads f from off to its end. Lines that do not hold a valid
// record are skipped and logged at debug level; an unterminated last line
// is left unread.
func (s *Store) scan(f *os.File, off int64) (chunk, error) {
	data, err := io.ReadAll(io.NewSectionReader(f, off, math.MaxInt64-off))
	if err != nil {
		return chunk{}, fmt.Errorf("history: read %s: %w", s.path, err)
	}
	end := bytes.LastIndexByte(data, '\n') + 1
	c := chunk{raw: data[:end], next: off + int64(end), partial: end < len(data)}
	for pos := 0; pos < end; {
		n := bytes.IndexByte(data[pos:end], '\n')
		line := bytes.TrimSpace(data[pos : pos+n])
		at := off + int64(pos)
		pos += n + 1
		if len(line) == 0 {
			continue
		}
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			s.log.Debug("history: skipping corrupt line", "path", s.path, "offset", at, "err", err)
			continue
		}
		if !r.valid() {
			s.log.Debug("history: skipping invalid record", "path", s.path, "offset", at)
			continue
		}
		c.recs = append(c.recs, r)
	}
	if c.partial {
		s.log.Debug("history: ignoring unterminated last line", "path", s.path, "offset", c.next)
	}
	return c, nil
}

// applyChunk applies c's records and remembers whether the file ends
// with an unterminated line.
func (s *Store) applyChunk(c chunk) {
	for _, r := range c.recs {
		s.t.apply(r)
	}
	s.pending = c.partial
}

// load opens the file, reads it, compacts it when it is too big, and
// claims the number of a new session. It runs before s is shared.
func (s *Store) load() error {
	if err := s.reopen(); err != nil {
		return err
	}
	c, err := s.scan(s.f, 0)
	if err != nil {
		s.f.Close()
		return err
	}
	s.applyChunk(c)
	off := c.next
	size := off
	if fi, err := s.f.Stat(); err == nil {
		size = fi.Size()
	}
	if len(s.t.entries) > s.lim.maxEntries || size > int64(s.lim.maxBytes) {
		n, err := s.compact(off)
		if err != nil {
			s.log.Warn("history: compaction failed; keeping the file as it is", "path", s.path, "err", err)
		} else {
			off = n
		}
	}
	if err := s.claim(off); err != nil {
		s.f.Close()
		return err
	}
	return nil
}

// reopen opens s.path (creating it and its directory) as s.f, closing
// the file open before.
func (s *Store) reopen() error {
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return fmt.Errorf("history: create directory: %w", err)
	}
	f, err := os.OpenFile(s.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("history: open: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("history: open: %w", err)
	}
	if s.f != nil {
		s.f.Sync()
		s.f.Close()
	}
	s.f, s.fi = f, fi
	return nil
}

// replaced reports whether s.path no longer names s.f: another kernel
// compacted the file, or someone removed it.
func (s *Store) replaced() bool {
	fi, err := os.Stat(s.path)
	return err != nil || !os.SameFile(fi, s.fi)
}

// claim appends a record starting session max+1 and re-reads the file
// from off: when another kernel's record for that number came first, it
// tries the next number.
func (s *Store) claim(off int64) error {
	for range maxClaims {
		if s.replaced() {
			if err := s.reopen(); err != nil {
				return err
			}
			s.t = table{}
			c, err := s.scan(s.f, 0)
			if err != nil {
				return err
			}
			s.applyChunk(c)
			off = c.next
		}
		n := s.t.maxSession + 1
		marker := encode(record{Session: n, Start: time.Now().UTC().Format(time.RFC3339), ID: s.id})
		data := marker
		if s.pending {
			// Close the cut-short line so that it does not swallow ours.
			data = append([]byte("\n"), marker...)
		}
		if _, err := s.f.Write(data); err != nil {
			return fmt.Errorf("history: start session: %w", err)
		}
		s.dirty = true
		c, err := s.scan(s.f, off)
		if err != nil {
			return err
		}
		winner := ""
		for _, r := range c.recs {
			if r.Line == 0 && r.Session == n && winner == "" {
				winner = r.ID
			}
		}
		s.applyChunk(c)
		off = c.next
		if winner == s.id {
			s.session, s.marker = n, marker
			return nil
		}
	}
	return fmt.Errorf("history: start session: gave up after %d attempts", maxClaims)
}

// appendLocked writes one or more records with a single write call,
// following the file if another kernel replaced it. Failures are logged,
// once at warn level, then at debug. s.mu must be held.
func (s *Store) appendLocked(data []byte) {
	if s.f == nil {
		return
	}
	if s.replaced() {
		if err := s.reopen(); err != nil {
			s.warn(err)
		} else if _, err := s.f.Write(s.marker); err != nil {
			// Announce the session again in the new file.
			s.warn(fmt.Errorf("history: write: %w", err))
		}
	}
	if _, err := s.f.Write(data); err != nil {
		s.warn(fmt.Errorf("history: write: %w", err))
		return
	}
	s.dirty = true
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// warn logs a failed write. s.mu must be held.
func (s *Store) warn(err error) {
	if s.warned {
		s.log.Debug("history: write failed", "path", s.path, "err", err)
		return
	}
	s.warned = true
	s.log.Warn("history: write failed; cells may be missing from the history", "path", s.path, "err", err)
}

// truncate cuts text longer than n bytes at a rune boundary and marks
// the cut with an ellipsis.
func truncate(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n] + "…"
}
