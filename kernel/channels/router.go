package channels

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"

	"github.com/go-zeromq/zmq4"
)

// recvQueue is how many received messages a Router buffers before its
// peers' readers wait for Recv (and TCP pushes back on the senders).
const recvQueue = 64

// Router is a bound ROUTER socket: shell, control or stdin. Each message
// Recv returns starts with the identity of the peer that sent it; each
// message passed to Send starts with the identity of the peer to send it
// to. Recv and Send are safe for concurrent use.
//
// A peer that announces no identity gets a generated one: five bytes, the
// first zero, as libzmq does. A peer that connects with an identity already
// in use takes it over and the older connection is closed
// (ZMQ_ROUTER_HANDOVER semantics), so a client that reconnects before its
// old connection was noticed dead still gets its replies.
type Router struct {
	name   string
	lim    limits
	log    *slog.Logger
	in     chan [][]byte // received messages, identity first
	done   chan struct{} // closed when the Router is closed
	nextID atomic.Uint32 // for peers without an identity

	mu     sync.RWMutex
	peers  map[string]*routerPeer // by identity; guarded by mu
	closed bool                   // guarded by mu
}

// routerPeer is the connection currently holding an identity.
type routerPeer struct {
	nc  net.Conn
	out *outbox
}

func newRouter(name string, lim limits, log *slog.Logger) *Router {
	r := &Router{
		name:  name,
		lim:   lim,
		log:   log,
		in:    make(chan [][]byte, recvQueue),
		done:  make(chan struct{}),
		peers: make(map[string]*routerPeer),
	}
	r.nextID.Store(rand.Uint32())
	return r
}

// Recv returns the next message from any peer: the sender's identity, then
// the frames it sent. It blocks until a message arrives, ctx is done or the
// Router is closed (ErrClosed). A misbehaving peer never makes Recv fail;
// its connection is dropped and logged at debug level.
func (r *Router) Recv(ctx context.Context) ([][]byte, error) {
	select {
	case <-r.done:
		return nil, fmt.Errorf("channels: %s: recv: %w", r.name, ErrClosed)
	default:
	}
	select {
	case m := <-r.in:
		return m, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-r.done:
		return nil, fmt.Errorf("channels: %s: recv: %w", r.name, ErrClosed)
	}
}

// Send queues frames[1:] for the peer whose identity is frames[0] and
// returns without waiting for the peer. It fails with ErrUnknownPeer if no
// connected peer has that identity, ErrQueueFull if the peer has stopped
// reading and its queue is at the high-water mark, and ErrClosed after
// Close. Send keeps references to the frames; do not modify them afterwards.
func (r *Router) Send(frames [][]byte) error {
	if len(frames) < 2 {
		return fmt.Errorf("channels: %s: send: got %d frames, want an identity and at least one more", r.name, len(frames))
	}
	id := frames[0]
	r.mu.RLock()
	p, closed := r.peers[string(id)], r.closed
	r.mu.RUnlock()
	if closed {
		return fmt.Errorf("channels: %s: send: %w", r.name, ErrClosed)
	}
	if p == nil {
		r.log.Debug("send to unknown peer", "identity", printable(id))
		return fmt.Errorf("channels: %s: send to identity %s: %w", r.name, printable(id), ErrUnknownPeer)
	}
	switch err := p.out.push(frames[1:]); err {
	case nil:
		return nil
	case ErrClosed: // the peer left after the lookup
		r.log.Debug("send to departed peer", "identity", printable(id))
		return fmt.Errorf("channels: %s: send to identity %s: %w", r.name, printable(id), ErrUnknownPeer)
	default:
		r.log.Debug("send failed", "identity", printable(id), "err", err)
		return fmt.Errorf("channels: %s: send to identity %s: %w", r.name, printable(id), err)
	}
}

// outboxes returns the queues of the connected peers.
func (r *Router) outboxes() []*outbox {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]*outbox, 0, len(r.peers))
	for _, p := range r.peers {
		out = append(out, p.out)
	}
	return out
}

// close makes Recv and Send fail with ErrClosed. The connections
// themselves are closed by their server.
func (r *Router) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.closed {
		r.closed = true
		close(r.done)
	}
}

// serveConn runs one peer connection: it registers the peer under its
// identity, starts the peer's writer and feeds its messages to Recv until
// the connection fails or the Router closes.
func (r *Router) serveConn(c *conn) {
	id := []byte(c.zc.Peer.Meta["Identity"])
	if len(id) == 0 {
		id = binary.BigEndian.AppendUint32([]byte{0}, r.nextID.Add(1))
	}
	log := c.log.With("identity", printable(id))
	p := &routerPeer{nc: c.nc, out: newOutbox(r.lim)}
	if !r.attach(id, p, log) {
		return
	}

	var wg sync.WaitGroup
	wg.Go(func() { writeLoop(c.nc, p.out, log) })
	defer wg.Wait()
	defer p.out.close()
	defer r.detach(id, p)
	defer c.nc.Close()

	for {
		msg, err := recvMsg(c.zc)
		if err != nil {
			log.Debug("read ended", "err", err)
			return
		}
		if msg.Type == zmq4.CmdMsg {
			continue
		}
		frames := make([][]byte, 0, 1+len(msg.Frames))
		frames = append(frames, bytes.Clone(id))
		frames = append(frames, msg.Frames...)
		select {
		case r.in <- frames:
		case <-r.done:
			return
		}
	}
}

// attach makes p the holder of id, closing the connection that held it
// before. It reports false once the Router is closed.
func (r *Router) attach(id []byte, p *routerPeer, log *slog.Logger) bool {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return false
	}
	old := r.peers[string(id)]
	r.peers[string(id)] = p
	r.mu.Unlock()
	if old != nil {
		log.Debug("identity handed over to a new connection")
		old.nc.Close()
	}
	return true
}

// detach forgets p unless another connection has taken its identity over.
func (r *Router) detach(id []byte, p *routerPeer) {
	r.mu.Lock()
	if r.peers[string(id)] == p {
		delete(r.peers, string(id))
	}
	r.mu.Unlock()
}

// printable renders an identity for logs and errors: as is if it is
// printable ASCII, else in hex.
func printable(id []byte) string {
	for _, b := range id {
		if b < 0x20 || b > 0x7e {
			return fmt.Sprintf("0x%x", id)
		}
	}
	return string(id)
}
