package engine

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"reflect"
	"sync"
	"syscall"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel"
)

// ErrNoStdin is what reading os.Stdin returns in a cell whose frontend
// does not accept input requests.
var ErrNoStdin = errors.New("stdin: this frontend does not accept input (allow_stdin is false); give the cell its data another way")

// stdin is the os.Stdin of cells: each read that finds nothing buffered
// asks the frontend for a line (an input_request) and returns it with a
// newline.
type stdin struct {
	e *Engine

	mu  sync.Mutex // guards buf
	buf []byte
}

// Read implements io.Reader.
func (s *stdin) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.buf) == 0 {
		line, err := s.e.input("", false)
		if err != nil {
			return 0, err
		}
		s.buf = append(s.buf, line...)
		s.buf = append(s.buf, '\n')
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// reset forgets input typed for an earlier cell.
func (s *stdin) reset() {
	s.mu.Lock()
	s.buf = nil
	s.mu.Unlock()
}

// Close, Fd, Name and Stat give cells the parts of *os.File they use on
// os.Stdin.
func (s *stdin) Close() error               { return nil }
func (s *stdin) Fd() uintptr                { return 0 }
func (s *stdin) Name() string               { return "/dev/stdin" }
func (s *stdin) Stat() (os.FileInfo, error) { return stdinInfo{}, nil }
func (s *stdin) ReadString(delim byte) (string, error) {
	var out []byte
	b := make([]byte, 1)
	for {
		n, err := s.Read(b)
		if n > 0 {
			out = append(out, b[0])
			if b[0] == delim {
				return string(out), nil
			}
		}
		if err != nil {
			return string(out), err
		}
	}
}

// stdinInfo describes the cells' stdin as a character device.
type stdinInfo struct{}

func (stdinInfo) Name() string       { return "stdin" }
func (stdinInfo) Size() int64        { return 0 }
func (stdinInfo) Mode() fs.FileMode  { return fs.ModeCharDevice | 0o444 }
func (stdinInfo) ModTime() time.Time { return time.Time{} }
func (stdinInfo) IsDir() bool        { return false }
func (stdinInfo) Sys() any           { return nil }

var _ io.Reader = (*stdin)(nil)

// input asks the frontend of the running cell for a line.
func (e *Engine) input(prompt string, password bool) (string, error) {
	out := e.output()
	if out == nil {
		return "", io.EOF
	}
	e.flush() // the prompt the cell printed must reach the kernel first
	ctx := e.cellContext()
	v, err := out.Input(ctx, prompt, password)
	switch {
	case errors.Is(err, kernel.ErrStdinNotAllowed):
		return "", ErrNoStdin
	case err != nil && ctx.Err() != nil:
		// Interrupted: the read ends the cell's code, as a select does,
		// instead of returning an error that the code may ignore (and
		// go on running, or read again, after the cell ended).
		panic(interruptedPanic{})
	case err != nil:
		return "", err
	}
	return v, nil
}

// cellContext is the context of the running cell (cancelled by an
// interrupt), or a background context between cells.
func (e *Engine) cellContext() context.Context {
	e.outMu.Lock()
	defer e.outMu.Unlock()
	if e.ctx != nil {
		return e.ctx
	}
	return context.Background()
}

// stdinSymbols makes os.Stdin the cells' stdin.
func (e *Engine) stdinSymbols() interp.Exports {
	in := e.stdin
	return interp.Exports{
		"os/os": {"Stdin": reflect.ValueOf(&in).Elem()},
	}
}

// stdinFile is the *os.File cells get for os.Stdin where the code needs
// one (see compile/stdinfile.go): named as Go's, reading nothing, as the
// standard input of a program run without input (the kernel's own may be
// a terminal or a pipe that never ends).
var stdinFile = sync.OnceValue(func() *os.File {
	fd, err := syscall.Open(os.DevNull, syscall.O_RDONLY, 0)
	if err != nil {
		return os.Stdin
	}
	return os.NewFile(uintptr(fd), "/dev/stdin")
})
