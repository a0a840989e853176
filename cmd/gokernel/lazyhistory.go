package main

import (
	"log/slog"

	"gokernel/kernel"
)

// lazyHistory opens the persistent history in the background: reading
// and claiming the file (with a sync to disk) must not delay the kernel's
// first reply. Its methods wait for the open; if it failed, the history
// is kept in memory.
type lazyHistory struct {
	ready chan struct{} // closed once h is set
	h     kernel.History
	close func()
}

// openHistoryLazily starts opening the history at path (see openHistory).
func openHistoryLazily(path string, log *slog.Logger) *lazyHistory {
	l := &lazyHistory{ready: make(chan struct{}), close: func() {}}
	go func() {
		defer close(l.ready)
		h, closeFn, err := openHistory(path, log)
		if err != nil {
			log.Warn("history kept in memory only", "err", err)
		}
		if h == nil {
			h = kernel.NewMemoryHistory()
		}
		l.h, l.close = h, closeFn
	}()
	return l
}

func (l *lazyHistory) get() kernel.History {
	<-l.ready
	return l.h
}

// Close waits for the open and closes the history.
func (l *lazyHistory) Close() {
	<-l.ready
	l.close()
}

// Session implements kernel.History.
func (l *lazyHistory) Session() int { return l.get().Session() }

// Add implements kernel.History.
func (l *lazyHistory) Add(line int, input string) { l.get().Add(line, input) }

// SetOutput implements kernel.History.
func (l *lazyHistory) SetOutput(line int, output string) { l.get().SetOutput(line, output) }

// Tail implements kernel.HistoryReader.
func (l *lazyHistory) Tail(n int, output bool) []kernel.HistoryEntry {
	return l.get().Tail(n, output)
}

// Range implements kernel.History.
func (l *lazyHistory) Range(session, start, stop int, output bool) []kernel.HistoryEntry {
	return l.get().Range(session, start, stop, output)
}

// Search implements kernel.History.
func (l *lazyHistory) Search(pattern string, n int, unique, output bool) []kernel.HistoryEntry {
	return l.get().Search(pattern, n, unique, output)
}

var _ kernel.History = (*lazyHistory)(nil)
