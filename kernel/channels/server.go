package channels

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"
)

// conn is one peer connection whose handshake has completed.
type conn struct {
	nc  net.Conn   // the raw connection; writes go here
	zc  *zmq4.Conn // zmq4's view of it; reads go through here
	log *slog.Logger
}

// server accepts connections on one bound endpoint, completes each ZMTP
// handshake on the connection's own goroutine and then runs serve on it.
// serve owns the connection until it returns; the server closes the
// connection afterwards.
type server struct {
	typ   zmq4.SocketType
	ln    net.Listener
	lim   limits
	log   *slog.Logger
	serve func(c *conn)

	done chan struct{}  // closed by close
	wg   sync.WaitGroup // the accept loop and one goroutine per connection

	mu     sync.Mutex
	conns  map[net.Conn]struct{} // open connections; guarded by mu
	closed bool                  // guarded by mu
}

// newServer starts accepting on ln. The accept loop and every connection
// goroutine end when close is called, which waits for them.
func newServer(typ zmq4.SocketType, ln net.Listener, lim limits, log *slog.Logger, serve func(*conn)) *server {
	s := &server{
		typ:   typ,
		ln:    ln,
		lim:   lim,
		log:   log,
		serve: serve,
		done:  make(chan struct{}),
		conns: make(map[net.Conn]struct{}),
	}
	s.wg.Go(s.acceptLoop)
	return s
}

func (s *server) acceptLoop() {
	var delay time.Duration
	for {
		nc, err := s.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			// Out of file descriptors and the like: back off, as net/http does.
			delay = min(max(2*delay, 5*time.Millisecond), time.Second)
			s.log.Debug("accept failed", "err", err, "retry_in", delay)
			select {
			case <-s.done:
				return
			case <-time.After(delay):
			}
			continue
		}
		delay = 0
		if !s.track(nc) {
			nc.Close()
			return
		}
		s.wg.Go(func() { s.handle(nc) })
	}
}

// handle runs one connection: handshake, then serve.
func (s *server) handle(nc net.Conn) {
	defer s.untrack(nc)
	defer nc.Close()
	log := s.log
	if a := nc.RemoteAddr(); a != nil && a.String() != "" {
		log = log.With("peer", a.String())
	}
	if err := nc.SetDeadline(time.Now().Add(s.lim.handshake)); err != nil {
		log.Debug("set handshake deadline", "err", err)
		return
	}
	zc, err := handshake(newGuardConn(nc, s.lim.maxMsg), s.typ)
	if err != nil {
		log.Debug("handshake failed", "err", err)
		return
	}
	if err := nc.SetDeadline(time.Time{}); err != nil {
		log.Debug("clear handshake deadline", "err", err)
		return
	}
	log.Debug("peer connected", "socket_type", zc.Peer.Meta["Socket-Type"])
	s.serve(&conn{nc: nc, zc: zc, log: log})
	log.Debug("peer gone")
}

// track records an open connection; it reports false after close.
func (s *server) track(nc net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.conns[nc] = struct{}{}
	return true
}

func (s *server) untrack(nc net.Conn) {
	s.mu.Lock()
	delete(s.conns, nc)
	s.mu.Unlock()
}

// close stops accepting, closes every connection and waits for all of the
// server's goroutines. serve functions must return once their connection
// is closed.
func (s *server) close() error {
	s.mu.Lock()
	s.closed = true
	close(s.done)
	conns := make([]net.Conn, 0, len(s.conns))
	for nc := range s.conns {
		conns = append(conns, nc)
	}
	s.mu.Unlock()
	err := s.ln.Close()
	for _, nc := range conns {
		nc.Close()
	}
	s.wg.Wait()
	if err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("close listener: %w", err)
	}
	return nil
}

// listen binds the endpoint exactly as named: "tcp://HOST:PORT" (HOST "*"
// means every interface, PORT "*" or 0 a free port) or "ipc://PATH". It
// returns the endpoint actually bound.
func listen(ctx context.Context, ep string) (net.Listener, string, error) {
	scheme, addr, ok := strings.Cut(ep, "://")
	if !ok {
		return nil, "", fmt.Errorf("endpoint %q: missing transport", ep)
	}
	var lc net.ListenConfig
	switch scheme {
	case "tcp":
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, "", fmt.Errorf("endpoint %q: %w", ep, err)
		}
		if host == "*" {
			host = ""
		}
		if port == "*" {
			port = "0"
		}
		ln, err := lc.Listen(ctx, "tcp", net.JoinHostPort(host, port))
		if err != nil {
			return nil, "", fmt.Errorf("bind %s: %w", ep, err)
		}
		return ln, "tcp://" + ln.Addr().String(), nil
	case "ipc":
		if addr == "" {
			return nil, "", fmt.Errorf("endpoint %q: empty path", ep)
		}
		ln, err := listenUnix(ctx, &lc, addr)
		if err != nil {
			return nil, "", fmt.Errorf("bind %s: %w", ep, err)
		}
		return ln, ep, nil
	default:
		return nil, "", fmt.Errorf("endpoint %q: unsupported transport %q", ep, scheme)
	}
}

// listenUnix binds a unix socket at path. A socket file left behind by a
// process that died is removed first, as libzmq does; a socket someone still
// answers on is not.
func listenUnix(ctx context.Context, lc *net.ListenConfig, path string) (net.Listener, error) {
	ln, err := lc.Listen(ctx, "unix", path)
	if err == nil || !errors.Is(err, syscall.EADDRINUSE) {
		return ln, err
	}
	fi, serr := os.Lstat(path)
	if serr != nil || fi.Mode().Type() != fs.ModeSocket {
		return nil, err
	}
	d := net.Dialer{Timeout: time.Second}
	if c, derr := d.DialContext(ctx, "unix", path); derr == nil {
		c.Close()
		return nil, err
	}
	if rerr := os.Remove(path); rerr != nil {
		return nil, fmt.Errorf("remove stale socket: %w", rerr)
	}
	return lc.Listen(ctx, "unix", path)
}
