package capture

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// readSize is the size of each read from a pipe.
const readSize = 64 << 10

// pipeSize is the pipe capacity requested where the system allows it, so
// that writers block less often while a sink is briefly slow.
const pipeSize = 1 << 20

// A stream is one redirected descriptor: the read end of its pipe and the
// reader goroutine that drains it.
type stream struct {
	name    string
	r       *os.File // read end, non-blocking and in the runtime poller
	rc      syscall.RawConn
	deliver func(stream string, p []byte)

	mu sync.Mutex // guards the fields below; held across each read(2)
	// dequeued counts bytes taken out of the pipe. It changes only
	// together with the read that takes them, under mu, so that dequeued
	// plus FIONREAD, read under mu, is every byte written so far.
	dequeued uint64
	// delivered counts bytes passed to deliver, updated after it returns.
	delivered uint64
	wake      chan struct{} // closed when delivered or done changes; nil if nobody waits
	stopping  bool          // stop was called; the reader's deadline error is expected
	done      bool          // the reader goroutine has returned
	err       error         // why the reader returned, if not because of stop
}

func newStream(name string, r *os.File, deliver func(string, []byte)) (*stream, error) {
	rc, err := r.SyscallConn()
	if err != nil {
		return nil, fmt.Errorf("capture: %s pipe: %w", name, err)
	}
	return &stream{name: name, r: r, rc: rc, deliver: deliver}, nil
}

// growPipe asks for a pipe capacity of n bytes, where the system supports
// it. Failure is harmless: the pipe keeps its default capacity.
func (s *stream) growPipe(n int) {
	s.rc.Control(func(fd uintptr) { setPipeSize(int(fd), n) })
}

// run is the reader goroutine. It reads chunks and delivers them until the
// read fails: after stop (read deadline), or when every write end is closed
// (EOF), or on an unexpected error, which Sync and Close then report.
func (s *stream) run() {
	buf := make([]byte, readSize)
	for {
		n, err := s.read(buf)
		if n > 0 {
			s.deliver(s.name, buf[:n])
			s.mu.Lock()
			s.delivered += uint64(n)
			s.signal()
			s.mu.Unlock()
		}
		if err != nil {
			s.mu.Lock()
			if !s.stopping && !errors.Is(err, io.EOF) {
				s.err = fmt.Errorf("read %s pipe: %w", s.name, err)
			}
			s.done = true
			s.signal()
			s.mu.Unlock()
			return
		}
	}
}

// read reads one chunk, waiting in the runtime poller while the pipe is
// empty. The bytes are counted as dequeued under mu in the same critical
// section as the read(2) that takes them.
func (s *stream) read(buf []byte) (int, error) {
	var n int
	var rerr error
	err := s.rc.Read(func(fd uintptr) bool {
		for {
			s.mu.Lock()
			m, err := readFd(fd, buf)
			if m > 0 {
				s.dequeued += uint64(m)
			}
			s.mu.Unlock()
			switch {
			case err == syscall.EINTR:
				continue
			case err == syscall.EAGAIN:
				return false // wait until readable
			case err != nil:
				rerr = err
			case m == 0:
				rerr = io.EOF
			default:
				n = m
			}
			return true
		}
	})
	if err != nil {
		return 0, err
	}
	return n, rerr
}

// signal wakes waitDelivered callers. s.mu must be held.
func (s *stream) signal() {
	if s.wake != nil {
		close(s.wake)
		s.wake = nil
	}
}

// target returns the value delivered must reach for every byte written to
// the pipe so far to have been delivered.
func (s *stream) target() (uint64, error) {
	var t uint64
	var ierr error
	err := s.rc.Control(func(fd uintptr) {
		s.mu.Lock()
		defer s.mu.Unlock()
		pending, err := fionread(int(fd))
		if err != nil {
			ierr = fmt.Errorf("%s pipe: fionread: %w", s.name, err)
			return
		}
		t = s.dequeued + uint64(pending)
	})
	if err != nil {
		return 0, fmt.Errorf("%s pipe: %w", s.name, err)
	}
	return t, ierr
}

// waitDelivered waits until delivered reaches target, the reader stops
// short of it, or ctx ends.
func (s *stream) waitDelivered(ctx context.Context, target uint64) error {
	for {
		s.mu.Lock()
		if s.delivered >= target {
			s.mu.Unlock()
			return nil
		}
		if s.done {
			err, missing := s.err, target-s.delivered
			s.mu.Unlock()
			if err == nil {
				err = ErrClosed
			}
			return fmt.Errorf("%s reader stopped with %d bytes undelivered: %w", s.name, missing, err)
		}
		if s.wake == nil {
			s.wake = make(chan struct{})
		}
		wake := s.wake
		s.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return fmt.Errorf("%s: %w", s.name, ctx.Err())
		}
	}
}

// stop makes the reader goroutine return at its next read, even if a child
// process keeps the pipe open and writing.
func (s *stream) stop() {
	s.mu.Lock()
	s.stopping = true
	s.mu.Unlock()
	// A deadline in the past fails the pending and every later read. If
	// the pipe were not pollable, closing it is the only way to wake the
	// reader; close reports nothing new in that case.
	if err := s.r.SetReadDeadline(time.Unix(1, 0)); err != nil {
		s.r.Close()
	}
}

// close closes the read end once the reader has returned, and reports why
// the reader returned if that was an error.
func (s *stream) close() error {
	s.mu.Lock()
	err := s.err
	s.mu.Unlock()
	if cerr := s.r.Close(); cerr != nil && !errors.Is(cerr, os.ErrClosed) {
		err = errors.Join(err, fmt.Errorf("close %s pipe: %w", s.name, cerr))
	}
	return err
}
