// Package history stores the inputs and outputs of executed cells across
// kernel sessions, as IPython's history does.
//
// A Store keeps its data in one JSON-lines file (see DefaultPath) and in
// memory. Every kernel start opens the file, reads it, and begins a new
// session numbered after the highest one found: 1 for the first session
// ever, then 2, 3 and so on. Cells are appended to the file as they run;
// history_request and %history are answered from memory.
//
// # File format
//
// Each line is one JSON object; later lines override earlier ones:
//
//	{"s":2,"start":"2024-05-01T10:00:00Z","id":"9f1c…"}   session 2 began
//	{"s":2,"l":1,"i":"x := 1"}                            input of cell 1
//	{"s":2,"l":3,"o":"42"}                                text/plain result of cell 3
//
// An input line for a (session, line) already present replaces that
// entry (the kernel reuses a number when a cell did not compile) and
// clears its output. Lines that do not parse — a record cut short by a
// crash, say — are skipped and logged at debug level.
//
// # Several kernels, one file
//
// The file is opened with O_APPEND and every record is written with one
// write call, so kernels running at the same time append whole records
// side by side. On local file systems (Linux, macOS, Windows) such appends
// do not interleave in practice, but POSIX guarantees that only for pipes
// and only below PIPE_BUF bytes; network file systems such as NFS give no
// such guarantee, and a very large cell could then be mixed with another
// kernel's record (the damaged lines would be skipped on the next open).
// A kernel sees cells of kernels running beside it only when it next opens
// the file.
//
// Session numbers are claimed without locks: a new Store appends a session
// record carrying a random id and re-reads the file; the first record for a
// number wins, and a loser claims the next number. So kernels started
// together get distinct numbers, and the numbers stay the same across
// requests and restarts.
//
// # Size
//
// When the file holds more than 10,000 entries or 5 MB, Open compacts it
// to the newest 8,000 entries (at most 4 MB): it writes a new file beside
// it and renames it over the old one. A kernel that has the old file open
// notices the rename before its next write and follows it, and records it
// appended to the old file while the new one was being written are copied
// over; only a record written in the instant between those two steps can
// be lost.
//
// # Durability
//
// Records reach the operating system as soon as they are added; they are
// flushed to the disk (fsync) lazily, about a second after a write, and
// always by Close.
//
// # Disabling
//
// Open("off", …) and the environment variable GOKERNEL_HISTORY=off make
// Open return ErrDisabled; a kernel then keeps its history in memory only.
package history

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"gokernel/install"
	"gokernel/kernel"
)

// Off is the path that disables the persistent history.
const Off = "off"

// EnvVar is the environment variable read by Open when it is given no
// path: "off" disables the history; any other non-empty value is the
// path of the history file.
const EnvVar = "GOKERNEL_HISTORY"

// ErrDisabled is returned by Open when the history is turned off.
var ErrDisabled = errors.New("history: disabled")

// maxOutput caps the stored text of one result, in bytes.
const maxOutput = 64 << 10

// limits bounds the file; tests shrink them.
type limits struct {
	maxEntries, maxBytes   int           // compact on open beyond either
	keepEntries, keepBytes int           // what compaction keeps
	syncDelay              time.Duration // from a write to its fsync
}

var defaultLimits = limits{
	maxEntries:  10_000,
	maxBytes:    5 << 20,
	keepEntries: 8_000,
	keepBytes:   4 << 20,
	syncDelay:   time.Second,
}

// Store is a History kept in a JSON-lines file. It is safe for
// concurrent use. Create it with Open and release it with Close.
type Store struct {
	path    string
	log     *slog.Logger
	lim     limits
	session int    // the current session, fixed by Open
	id      string // random id of the current session's record

	mu      sync.Mutex  // guards the fields below
	t       table       // everything read or written so far
	f       *os.File    // the open history file; nil once closed
	fi      os.FileInfo // identity of f, compared with path before writes
	dirty   bool        // f has writes that were not fsync'd
	warned  bool        // a failed write was logged at warn level
	closed  bool        // Close was called
	marker  []byte      // the current session's record, rewritten on follow
	pending bool        // the file still ends with a cut-short record

	kick chan struct{} // capacity 1: asks syncLoop for an fsync
	done chan struct{} // closed by Close: syncLoop returns
	wg   sync.WaitGroup
}

var _ kernel.History = (*Store)(nil)

// DefaultPath returns <Jupyter data dir>/gokernel/history.jsonl, where the
// Jupyter data dir follows jupyter_core's rules (see install.KernelsDir):
// $JUPYTER_DATA_DIR if set; otherwise $XDG_DATA_HOME/jupyter or
// ~/.local/share/jupyter on Linux, ~/Library/Jupyter on macOS and
// %APPDATA%\jupyter on Windows.
func DefaultPath() (string, error) {
	kernels, err := install.KernelsDir(install.Options{Scope: install.User})
	if err != nil {
		return "", fmt.Errorf("history: default path: %w", err)
	}
	return filepath.Join(filepath.Dir(kernels), "gokernel", "history.jsonl"), nil
}

// Open opens the history file at path, creating it and its directories
// when missing, and starts a new session. An empty path means the value
// of $GOKERNEL_HISTORY if set, else DefaultPath. It returns ErrDisabled
// when path or $GOKERNEL_HISTORY is "off". log receives debug messages
// about skipped lines and warnings about failed writes; nil discards them.
//
// Callers that keep the result in a kernel.History must not store the nil
// *Store of a failed Open there: a nil Config.History means "in memory".
func Open(path string, log *slog.Logger) (*Store, error) {
	env := os.Getenv(EnvVar)
	if path == Off || env == Off {
		return nil, ErrDisabled
	}
	if path == "" {
		path = env
	}
	if path == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return open(path, log, defaultLimits)
}

// open is Open with a resolved path and explicit limits.
func open(path string, log *slog.Logger, lim limits) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := newID()
	if err != nil {
		return nil, err
	}
	s := &Store{
		path: path,
		log:  log,
		lim:  lim,
		id:   id,
		kick: make(chan struct{}, 1),
		done: make(chan struct{}),
	}
	if err := s.load(); err != nil {
		return nil, err
	}
	s.wg.Add(1)
	go s.syncLoop()
	return s, nil
}

// newID returns a random session id.
func newID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("history: session id: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// Close flushes the file to disk and closes it. Reads keep working from
// memory afterwards; Add and SetOutput are ignored. Close may be called
// more than once.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()

	close(s.done)
	s.wg.Wait() // syncLoop takes mu, so wait with it released

	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.f
	s.f = nil
	if f == nil {
		return nil
	}
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("history: close %s: %w", s.path, err)
	}
	return nil
}

// Path returns the history file's path.
func (s *Store) Path() string { return s.path }

// Session implements kernel.History.
func (s *Store) Session() int { return s.session }

// Add implements kernel.History: it records the input of a cell of the
// current session, replacing an earlier input with the same line (and
// its output). Lines below 1 are ignored.
func (s *Store) Add(line int, input string) {
	if line < 1 {
		return
	}
	r := record{Session: s.session, Line: line, Input: &input}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.t.apply(r)
	s.appendLocked(encode(r))
}

// SetOutput implements kernel.History. Text longer than 64 KiB is cut
// short. A line that was never added is ignored.
func (s *Store) SetOutput(line int, output string) {
	output = truncate(output, maxOutput)
	r := record{Session: s.session, Line: line, Output: &output}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || !s.t.has(s.session, line) {
		return
	}
	s.t.apply(r)
	s.appendLocked(encode(r))
}

// Tail implements kernel.HistoryReader: the last n entries of all
// sessions (all of them when n <= 0), oldest first.
func (s *Store) Tail(n int, output bool) []kernel.HistoryEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.t.entries
	if n <= 0 || n > len(e) {
		n = len(e)
	}
	return strip(e[len(e)-n:], output)
}

// Range implements kernel.History: lines [start, stop) of a session,
// ordered by line; stop <= 0 means to the end.
func (s *Store) Range(session, start, stop int, output bool) []kernel.HistoryEntry {
	s.mu.Lock()
	var out []kernel.HistoryEntry
	for _, e := range s.t.entries {
		if e.Session == session && e.Line >= start && (stop <= 0 || e.Line < stop) {
			out = append(out, e)
		}
	}
	s.mu.Unlock()
	slices.SortStableFunc(out, func(a, b kernel.HistoryEntry) int { return a.Line - b.Line })
	return strip(out, output)
}

// Search implements kernel.History: the last n entries (all when n <= 0)
// whose input matches the glob pattern (see kernel.GlobRegexp), oldest
// first; with unique, only the newest entry of each distinct input.
func (s *Store) Search(pattern string, n int, unique, output bool) []kernel.HistoryEntry {
	re := kernel.GlobRegexp(pattern)
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	var out []kernel.HistoryEntry
	for i := len(s.t.entries) - 1; i >= 0; i-- {
		e := s.t.entries[i]
		if !re.MatchString(e.Input) || (unique && seen[e.Input]) {
			continue
		}
		seen[e.Input] = true
		out = append(out, e)
		if n > 0 && len(out) == n {
			break
		}
	}
	slices.Reverse(out)
	return strip(out, output)
}

// strip copies entries, dropping their outputs unless output is set.
func strip(in []kernel.HistoryEntry, output bool) []kernel.HistoryEntry {
	out := make([]kernel.HistoryEntry, len(in))
	copy(out, in)
	if !output {
		for i := range out {
			out[i].Output = ""
		}
	}
	return out
}

// syncLoop fsyncs the file a little after writes. It is started by open
// and returns when Close closes s.done.
func (s *Store) syncLoop() {
	defer s.wg.Done()
	for {
		select {
		case <-s.done:
			return
		case <-s.kick:
		}
		timer := time.NewTimer(s.lim.syncDelay)
		select {
		case <-s.done:
			timer.Stop()
			return // Close syncs
		case <-timer.C:
		}
		s.mu.Lock()
		f, dirty := s.f, s.dirty
		s.dirty = false
		s.mu.Unlock()
		if f == nil || !dirty {
			continue
		}
		// *os.File allows Sync while another goroutine writes or closes.
		if err := f.Sync(); err != nil && !errors.Is(err, os.ErrClosed) {
			s.log.Debug("history: fsync", "path", s.path, "err", err)
		}
	}
}
