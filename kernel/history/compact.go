package history

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// compact replaces the file, read up to off, with one holding only the
// newest entries, and returns how much of the new file s.t reflects:
// records from there on (copied from kernels that appended while the new
// file was written) are still to be read. It runs before s is shared.
func (s *Store) compact(off int64) (int64, error) {
	s.t.trim(s.lim.keepEntries, s.lim.keepBytes)
	body := s.t.encodeAll()

	dir, base := filepath.Split(s.path)
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(body); err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	// Catch up with kernels that appended since the file was read.
	c, err := s.scan(s.f, off)
	if err != nil {
		return 0, err
	}
	if _, err := tmp.Write(c.raw); err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	s.applyChunk(c)
	s.pending = false // the cut-short line, if any, stays behind
	off = c.next
	size := int64(len(body) + len(c.raw))
	if err := tmp.Sync(); err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		return 0, fmt.Errorf("history: compact: %w", err)
	}
	done = true
	syncDir(dir)

	old := s.f
	s.f = nil
	if err := s.reopen(); err != nil {
		old.Close()
		return 0, err
	}
	// Records that reached the old file in the meantime: copy them over;
	// the caller reads them from size on.
	stragglers, err := s.scan(old, off)
	old.Close()
	if err == nil && len(stragglers.raw) > 0 {
		if _, err := s.f.Write(stragglers.raw); err != nil {
			return 0, fmt.Errorf("history: compact: %w", err)
		}
	}
	s.log.Debug("history: compacted", "path", s.path, "entries", len(s.t.entries), "bytes", size)
	return size, nil
}

// syncDir flushes a directory entry change (a rename) to disk where the
// platform allows it.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if dir == "" {
		dir = "."
	}
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
