package channels

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Errors returned by Router.Send, Router.Recv and Channels.Publish, wrapped.
var (
	// ErrClosed reports use of closed Channels.
	ErrClosed = errors.New("channels closed")
	// ErrUnknownPeer reports a Send to an identity no connected peer has,
	// for instance a client that has disconnected.
	ErrUnknownPeer = errors.New("no connected peer has this identity")
	// ErrQueueFull reports a Send to a peer that has stopped reading and
	// whose queue is at its high-water mark.
	ErrQueueFull = errors.New("peer's send queue is full")
)

// Endpoints are the ZeroMQ addresses of the five channels, as a connection
// file names them: "tcp://127.0.0.1:5555" or "ipc:///tmp/kernel-1".
// A tcp port of 0 binds a free port; Channels.Endpoints reports which.
type Endpoints struct {
	Shell, Control, Stdin, IOPub, HB string
}

// Channels are the five bound sockets of a kernel. Its methods are safe for
// concurrent use.
type Channels struct {
	ep                    Endpoints // as bound
	shell, control, stdin *Router
	pub                   *publisher
	servers               []*server
	lim                   limits
	stop                  func() bool // unregisters the ctx watch

	once sync.Once
	err  error // set by shutdown, inside once
}

// Open binds the five endpoints (and only those addresses) and starts
// accepting clients. Every goroutine it starts ends when Close is called or
// ctx is done; Close waits for them and must be called either way. A nil
// log discards the package's debug logs.
func Open(ctx context.Context, ep Endpoints, log *slog.Logger) (*Channels, error) {
	return open(ctx, ep, log, defaultLimits())
}

func open(ctx context.Context, ep Endpoints, log *slog.Logger, lim limits) (*Channels, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("channels: open: %w", err)
	}
	c := &Channels{
		shell:   newRouter("shell", lim, log.With("channel", "shell")),
		control: newRouter("control", lim, log.With("channel", "control")),
		stdin:   newRouter("stdin", lim, log.With("channel", "stdin")),
		pub:     newPublisher(lim, log.With("channel", "iopub")),
		stop:    func() bool { return false },
		lim:     lim,
	}
	binds := []struct {
		name  string
		ep    string
		bound *string
		typ   zmq4.SocketType
		serve func(*conn)
	}{
		{"shell", ep.Shell, &c.ep.Shell, zmq4.Router, c.shell.serveConn},
		{"control", ep.Control, &c.ep.Control, zmq4.Router, c.control.serveConn},
		{"stdin", ep.Stdin, &c.ep.Stdin, zmq4.Router, c.stdin.serveConn},
		{"iopub", ep.IOPub, &c.ep.IOPub, zmq4.Pub, c.pub.serveConn},
		{"hb", ep.HB, &c.ep.HB, zmq4.Rep, serveHeartbeat},
	}
	for _, b := range binds {
		if b.ep == "" {
			c.shutdown()
			return nil, fmt.Errorf("channels: open %s: no endpoint", b.name)
		}
		ln, bound, err := listen(ctx, b.ep)
		if err != nil {
			c.shutdown()
			return nil, fmt.Errorf("channels: open %s: %w", b.name, err)
		}
		*b.bound = bound
		c.servers = append(c.servers, newServer(b.typ, ln, lim, log.With("channel", b.name), b.serve))
	}
	c.stop = context.AfterFunc(ctx, func() { c.shutdown() })
	return c, nil
}

// Endpoints returns the addresses actually bound, with tcp port 0 resolved.
func (c *Channels) Endpoints() Endpoints { return c.ep }

// Shell returns the shell ROUTER.
func (c *Channels) Shell() *Router { return c.shell }

// Control returns the control ROUTER.
func (c *Channels) Control() *Router { return c.control }

// Stdin returns the stdin ROUTER.
func (c *Channels) Stdin() *Router { return c.stdin }

// Publish queues one multipart message for every iopub subscriber whose
// subscription matches its first frame, and returns at once: a subscriber
// that is slow, stuck or gone never delays it. A subscriber whose queue is
// at its high-water mark misses the message (logged at debug level), so
// memory stays bounded. With no subscriber the message is dropped, as
// ZeroMQ does. Publish keeps references to the frames; do not modify them
// afterwards. It fails only after Close (ErrClosed) or with no frames.
func (c *Channels) Publish(frames [][]byte) error {
	return c.pub.publish(frames)
}

// Close unbinds every endpoint, disconnects every client and waits for all
// goroutines of c. Messages already queued (a shutdown_reply) get up to two
// seconds to be written first, as ZeroMQ's linger gives them. Later calls return the first call's result.
func (c *Channels) Close() error {
	c.stop()
	c.shutdown()
	return c.err
}

func (c *Channels) shutdown() {
	c.once.Do(func() {
		c.shell.close()
		c.control.close()
		c.stdin.close()
		c.pub.close()
		c.linger()
		var errs []error
		for _, s := range c.servers {
			errs = append(errs, s.close())
		}
		if err := errors.Join(errs...); err != nil {
			c.err = fmt.Errorf("channels: close: %w", err)
		}
	})
}

// linger waits until every peer's queue is written or closed, or until
// the linger limit passes.
func (c *Channels) linger() {
	deadline := time.Now().Add(c.lim.linger)
	for time.Now().Before(deadline) {
		n := 0
		for _, r := range []*Router{c.shell, c.control, c.stdin} {
			for _, o := range r.outboxes() {
				n += o.pending()
			}
		}
		for _, o := range c.pub.outboxes() {
			n += o.pending()
		}
		if n == 0 {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
}
