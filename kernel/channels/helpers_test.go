package channels

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
)

// transport is one way of naming the five endpoints for a test.
type transport struct {
	name      string
	endpoints func(t *testing.T) Endpoints
}

// transports lists every transport the package supports. tcp endpoints
// use port 0 so that the OS picks free ports on 127.0.0.1; ipc sockets
// live in the test's temporary directory.
func transports() []transport {
	return []transport{
		{"tcp", func(*testing.T) Endpoints {
			const ep = "tcp://127.0.0.1:0"
			return Endpoints{Shell: ep, Control: ep, Stdin: ep, IOPub: ep, HB: ep}
		}},
		{"ipc", func(t *testing.T) Endpoints {
			t.Helper()
			dir := t.TempDir()
			if len(dir) > 90 { // unix socket paths are limited to ~104 bytes
				t.Fatalf("temporary directory %q too long for unix sockets", dir)
			}
			ep := func(name string) string { return "ipc://" + filepath.Join(dir, name) }
			return Endpoints{Shell: ep("shell"), Control: ep("control"), Stdin: ep("stdin"), IOPub: ep("iopub"), HB: ep("hb")}
		}},
	}
}

// testLogger logs everything at debug level to the test's output.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// openTest opens Channels with the given limits (zero: the defaults) and
// closes them when the test ends, checking that no goroutine of this
// package outlives Close.
func openTest(t *testing.T, ep Endpoints, lim limits) *Channels {
	t.Helper()
	if lim == (limits{}) {
		lim = defaultLimits()
	}
	c, err := open(context.Background(), ep, testLogger(t), lim)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("close: got %v, want nil", err)
		}
		checkNoGoroutines(t)
	})
	return c
}

// ourGoroutines returns the stacks of running goroutines that execute code
// of this package (outside its tests).
func ourGoroutines() []string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var ours []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "_test.go") || strings.Contains(g, "testing.tRunner") {
			continue
		}
		if strings.Contains(g, "/kernel/channels/") {
			ours = append(ours, g)
		}
	}
	return ours
}

// checkNoGoroutines fails the test if goroutines of this package are
// still running shortly after Close.
func checkNoGoroutines(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		left := ourGoroutines()
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("got %d goroutines of package channels after Close, want 0:\n%s", len(left), strings.Join(left, "\n\n"))
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// discard silences zmq4's own logger in test clients.
func discard() zmq4.Option { return zmq4.WithLogger(log.New(io.Discard, "", 0)) }

// client is a zmq4 client socket with a reader goroutine, so that a test
// can wait for a message with a timeout without losing the next one. (A
// zmq4 REQ fails Recv before its first Send, so REQ clients read on demand.)
type client struct {
	s    zmq4.Socket
	msgs chan zmq4.Msg
	done chan struct{}
	once sync.Once
}

// dial connects a zmq4 client socket; it is closed when the test ends.
func dial(t *testing.T, s zmq4.Socket, ep string) *client {
	t.Helper()
	if err := s.Dial(ep); err != nil {
		t.Fatalf("dial %s: %v", ep, err)
	}
	c := &client{s: s, msgs: make(chan zmq4.Msg, 16), done: make(chan struct{})}
	t.Cleanup(c.close)
	if s.Type() == zmq4.Req {
		return c
	}
	go c.readAll() // ends when the socket is closed
	return c
}

func (c *client) readAll() {
	for {
		m, err := c.s.Recv()
		if err != nil {
			return
		}
		select {
		case c.msgs <- m:
		case <-c.done:
			return
		}
	}
}

func (c *client) close() {
	c.once.Do(func() {
		close(c.done)
		c.s.Close()
	})
}

func (c *client) send(f ...[]byte) error { return c.s.Send(zmq4.NewMsgFrom(f...)) }

func (c *client) recv(d time.Duration) ([][]byte, error) {
	if c.s.Type() == zmq4.Req {
		go func() { // ends when the socket is closed
			if m, err := c.s.Recv(); err == nil {
				select {
				case c.msgs <- m:
				case <-c.done:
				}
			}
		}()
	}
	select {
	case m := <-c.msgs:
		return m.Frames, nil
	case <-time.After(d):
		return nil, fmt.Errorf("no message within %v", d)
	}
}

// newSub connects a zmq4 SUB subscribed to everything.
func newSub(t *testing.T, ep string) *client {
	t.Helper()
	c := dial(t, zmq4.NewSub(context.Background(), discard()), ep)
	if err := c.s.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	return c
}

// newDealer connects a zmq4 DEALER with the given identity.
func newDealer(t *testing.T, ep, id string) *client {
	t.Helper()
	return dial(t, zmq4.NewDealer(context.Background(), zmq4.WithID(zmq4.SocketIdentity(id)), discard()), ep)
}

// recvRouter receives from a Router with a timeout.
func recvRouter(t *testing.T, r *Router, d time.Duration) [][]byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	m, err := r.Recv(ctx)
	if err != nil {
		t.Fatalf("recv on %s: %v", r.name, err)
	}
	return m
}

// rawPeer is a hand-driven ZMTP client: zmq4 does its handshake and reads,
// writes go straight to the connection, and nothing runs in the background,
// so a test decides exactly when (and whether) it reads.
type rawPeer struct {
	nc net.Conn
	zc *zmq4.Conn
}

// dialNet opens a plain connection to a tcp:// or ipc:// endpoint.
func dialNet(t *testing.T, ep string) net.Conn {
	t.Helper()
	network, addr := "tcp", strings.TrimPrefix(ep, "tcp://")
	if a, ok := strings.CutPrefix(ep, "ipc://"); ok {
		network, addr = "unix", a
	}
	nc, err := net.DialTimeout(network, addr, 5*time.Second)
	if err != nil {
		t.Fatalf("dial %s: %v", ep, err)
	}
	t.Cleanup(func() { nc.Close() })
	return nc
}

func dialRaw(t *testing.T, ep string, typ zmq4.SocketType, id string) *rawPeer {
	t.Helper()
	nc := dialNet(t, ep)
	nc.SetDeadline(time.Now().Add(5 * time.Second))
	zc, err := zmq4.Open(nc, null.Security(), typ, zmq4.SocketIdentity(id), false, nil)
	if err != nil {
		t.Fatalf("handshake with %s: %v", ep, err)
	}
	nc.SetDeadline(time.Time{})
	return &rawPeer{nc: nc, zc: zc}
}

func (p *rawPeer) send(frames ...[]byte) error {
	p.nc.SetWriteDeadline(time.Now().Add(5 * time.Second))
	bufs := encode(nil, frames)
	_, err := bufs.WriteTo(p.nc)
	return err
}

func (p *rawPeer) recv(d time.Duration) ([][]byte, error) {
	p.nc.SetReadDeadline(time.Now().Add(d))
	m, err := p.zc.RecvMsg()
	return m.Frames, err
}

// frames builds a message from strings.
func frames(s ...string) [][]byte {
	f := make([][]byte, len(s))
	for i := range s {
		f[i] = []byte(s[i])
	}
	return f
}

// equalFrames reports whether two messages are the same.
func equalFrames(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// show renders a message for failure reports.
func show(f [][]byte) string { return fmt.Sprintf("%q", f) }
