package dap

import "sync"

// Handles numbers values for a client: variable references and frame ids
// are such numbers. Numbers start at 1 (0 means "none" in DAP) and are
// not reused until Reset. Its zero value is ready to use; it is safe for
// concurrent use.
type Handles[T any] struct {
	mu   sync.Mutex // guards base and vals
	base int        // the number of the first of vals, minus one
	vals []T
}

// Add stores v and returns its handle.
func (h *Handles[T]) Add(v T) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.vals = append(h.vals, v)
	return h.base + len(h.vals)
}

// Get returns the value of a handle; ok is false for an unknown or
// outdated handle.
func (h *Handles[T]) Get(handle int) (v T, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i := handle - h.base - 1
	if i < 0 || i >= len(h.vals) {
		return v, false
	}
	return h.vals[i], true
}

// Reset forgets all values; the handles given so far become outdated
// (new ones continue the numbering, so a stale handle is never mistaken
// for a new one).
func (h *Handles[T]) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.base += len(h.vals)
	h.vals = nil
}

// Len returns the number of values stored since the last Reset.
func (h *Handles[T]) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.vals)
}
