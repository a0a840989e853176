package capture

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Stream names passed to [Sink.Write].
const (
	Stdout = "stdout"
	Stderr = "stderr"
)

// ErrUnsupported is returned (wrapped) by [Start] on systems where capturing
// is not implemented.
var ErrUnsupported = errors.New("capture: unsupported on this operating system")

// ErrClosed is returned (wrapped) by [Capture.Sync] after [Capture.Close].
var ErrClosed = errors.New("capture: closed")

// backlogLimit bounds the output kept while no sink is set.
const backlogLimit = 1 << 20

// A Sink receives captured output.
//
// Write is called with stream [Stdout] or [Stderr] and the next chunk of
// bytes read from that stream. Calls are never concurrent, not even for
// different streams: they come one at a time from the capture's reader
// goroutines, or, when [Capture.SetSink] hands over output kept while no sink
// was set, from the goroutine calling SetSink. p is only valid during the
// call; Write must copy what it keeps. Chunks carry no alignment: a line or a
// UTF-8 sequence may be split between two calls.
//
// Write must be fast and must not block: while it runs, nothing is read from
// the pipes, and once a pipe is full every write to that descriptor, by any
// goroutine or child process, blocks until Write returns. For the same
// reason Write must not write to os.Stdout or os.Stderr (it would feed
// itself and can deadlock), must not call methods of the Capture, and must
// not panic.
type Sink interface {
	Write(stream string, p []byte)
}

// SinkFunc adapts an ordinary function to the [Sink] interface.
type SinkFunc func(stream string, p []byte)

// Write calls f(stream, p).
func (f SinkFunc) Write(stream string, p []byte) { f(stream, p) }

var _ Sink = SinkFunc(nil)

// A Capture holds file descriptors 1 and 2 redirected into pipes. Create it
// with [Start] and release it with [Capture.Close]. Its methods are safe for
// concurrent use.
type Capture struct {
	log     *slog.Logger
	origOut *os.File // duplicate of fd 1 taken before redirection
	origErr *os.File // duplicate of fd 2 taken before redirection
	origFds [2]int   // the descriptors of origOut and origErr
	streams [2]*stream
	readers sync.WaitGroup // the reader goroutines (stream.run): started by Start, stopped and waited for by Close

	sinkMu  sync.Mutex // guards sink and backlog; held while calling Sink.Write
	sink    Sink
	backlog backlog

	closed  atomic.Bool // set once Close has started
	closeMu sync.Mutex  // serializes Close; guards closeErr
	// closeErr is what the first Close returned.
	closeErr error
}

// Start redirects file descriptors 1 and 2 of the process into pipes and
// starts one reader goroutine per pipe. Until [Capture.SetSink] is called,
// output is kept (up to 1 MiB, oldest dropped first) and handed to the first
// sink.
//
// Only one Capture may be active in a process at a time. log receives the
// capture's own diagnostics at Debug level, and only while the descriptors
// are not redirected (in Start before redirecting, in Close after
// restoring), so a logger writing to os.Stderr is fine; the reader
// goroutines never log, since a write to a full pipe they should drain would
// deadlock. A nil log discards the records.
//
// The readers end in [Capture.Close], which must be called to restore the
// descriptors.
func Start(log *slog.Logger) (*Capture, error) {
	if err := supported(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Capture{log: log, backlog: backlog{limit: backlogLimit}}
	var undo []func() // run in reverse if Start fails
	fail := func(err error) (*Capture, error) {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
		return nil, err
	}

	for i, fd := range []int{1, 2} {
		dup, err := dupCloexec(fd)
		if err != nil {
			return fail(fmt.Errorf("capture: duplicate fd %d: %w", fd, err))
		}
		c.origFds[i] = dup
		f := os.NewFile(uintptr(dup), fmt.Sprintf("original fd %d", fd))
		undo = append(undo, func() { f.Close() })
		if i == 0 {
			c.origOut = f
		} else {
			c.origErr = f
		}
	}

	// Make both pipes before touching fds 1 and 2, so that a failure
	// leaves them as they were.
	var writeEnds [2]*os.File
	for i, name := range []string{Stdout, Stderr} {
		r, w, err := os.Pipe()
		if err != nil {
			return fail(fmt.Errorf("capture: make %s pipe: %w", name, err))
		}
		undo = append(undo, func() { r.Close(); w.Close() })
		s, err := newStream(name, r, c.deliver)
		if err != nil {
			return fail(err)
		}
		s.growPipe(pipeSize)
		// Fd puts the write end into blocking mode, which fd 1 or 2 and
		// every child process inheriting it must see: a non-blocking
		// stdout makes ordinary writes fail with EAGAIN.
		w.Fd()
		writeEnds[i] = w
		c.streams[i] = s
	}

	if err := debug.SetCrashOutput(c.origErr, debug.CrashOptions{}); err != nil {
		return fail(fmt.Errorf("capture: set crash output: %w", err))
	}
	undo = append(undo, func() { debug.SetCrashOutput(nil, debug.CrashOptions{}) })

	log.Debug("capture: redirecting stdout and stderr")
	for i, fd := range []int{1, 2} {
		if err := dup2(int(writeEnds[i].Fd()), fd); err != nil {
			return fail(fmt.Errorf("capture: redirect fd %d: %w", fd, err))
		}
		orig := c.origFds[i]
		undo = append(undo, func() { dup2(orig, fd) })
	}
	// Fds 1 and 2 now hold the write ends; the originals are not needed.
	for _, w := range writeEnds {
		w.Close()
	}

	for _, s := range c.streams {
		c.readers.Go(s.run)
	}
	return c, nil
}

// OrigStdout returns a duplicate of file descriptor 1 as it was before
// [Start], for output that must bypass the capture. It is closed by
// [Capture.Close]; after Close, os.Stdout reaches the same place again.
func (c *Capture) OrigStdout() *os.File { return c.origOut }

// OrigStderr returns a duplicate of file descriptor 2 as it was before
// [Start]; the kernel's own logs go here. It is closed by [Capture.Close];
// after Close, os.Stderr reaches the same place again.
func (c *Capture) OrigStderr() *os.File { return c.origErr }

// SetSink makes s the destination of all output read from now on. If output
// was kept while no sink was set, it is passed to s before SetSink returns
// (preceded, if some had to be dropped, by a note on [Stderr] saying how many
// bytes were lost). SetSink(nil) makes the capture keep output again.
//
// SetSink waits for a Sink.Write in progress; once it returns, the previous
// sink receives no more calls.
func (c *Capture) SetSink(s Sink) {
	c.sinkMu.Lock()
	defer c.sinkMu.Unlock()
	c.sink = s
	if s != nil {
		c.backlog.flush(s)
	}
}

// deliver passes one chunk read from stream to the sink, or keeps it in the
// backlog. It is called by the reader goroutines.
func (c *Capture) deliver(stream string, p []byte) {
	c.sinkMu.Lock()
	defer c.sinkMu.Unlock()
	if c.sink != nil {
		c.sink.Write(stream, p)
		return
	}
	c.backlog.add(stream, p)
}

// Sync returns once every byte written to file descriptors 1 and 2 before
// the call has been passed to the sink (or kept, if no sink is set), so that
// the caller observes the effects of those Sink.Write calls. Output written
// after the call, for instance by a child process that keeps writing, does
// not delay it. Sync returns early with an error wrapping ctx.Err() if ctx
// ends first, and an error wrapping [ErrClosed] after [Capture.Close].
//
// Sync must not be called from Sink.Write.
func (c *Capture) Sync(ctx context.Context) error {
	if c.closed.Load() {
		return fmt.Errorf("capture: sync: %w", ErrClosed)
	}
	return c.sync(ctx)
}

func (c *Capture) sync(ctx context.Context) error {
	// Take both targets first so they describe nearly the same instant.
	var targets [2]uint64
	for i, s := range c.streams {
		t, err := s.target()
		if err != nil {
			return fmt.Errorf("capture: sync: %w", err)
		}
		targets[i] = t
	}
	for i, s := range c.streams {
		if err := s.waitDelivered(ctx, targets[i]); err != nil {
			return fmt.Errorf("capture: sync: %w", err)
		}
	}
	return nil
}

// Close restores file descriptors 1 and 2, passes what was already written
// to the sink, stops the reader goroutines and waits for them, and closes
// [Capture.OrigStdout] and [Capture.OrigStderr]. It also clears the crash
// output set by [Start]. Output that child processes still holding the pipes
// write after that is lost.
//
// Close waits for a Sink.Write in progress. Calling it again returns the
// first call's result.
func (c *Capture) Close() error {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed.Swap(true) {
		return c.closeErr
	}
	var errs []error
	for i, fd := range []int{1, 2} {
		if err := dup2(c.origFds[i], fd); err != nil {
			errs = append(errs, fmt.Errorf("capture: restore fd %d: %w", fd, err))
		}
	}
	if err := debug.SetCrashOutput(nil, debug.CrashOptions{}); err != nil {
		errs = append(errs, fmt.Errorf("capture: reset crash output: %w", err))
	}
	// Now the pipes' only writers are child processes that inherited them;
	// deliver what is in them, then stop reading.
	if err := c.sync(context.Background()); err != nil {
		errs = append(errs, fmt.Errorf("capture: close: drain: %w", err))
	}
	for _, s := range c.streams {
		s.stop()
	}
	c.readers.Wait()
	for _, s := range c.streams {
		if err := s.close(); err != nil {
			errs = append(errs, fmt.Errorf("capture: close: %w", err))
		}
	}
	for _, f := range []*os.File{c.origOut, c.origErr} {
		if err := f.Close(); err != nil {
			errs = append(errs, fmt.Errorf("capture: close: %w", err))
		}
	}
	c.closeErr = errors.Join(errs...)
	c.log.Debug("capture: stdout and stderr restored", "err", c.closeErr)
	return c.closeErr
}
