package channels

import (
	"log/slog"
	"net"
	"sync"
	"time"
)

// limits bounds what one connection may hold in memory and how long it
// may take to introduce itself.
type limits struct {
	queueMsgs  int           // messages waiting to be written to one peer
	queueBytes int           // bytes waiting to be written to one peer
	maxMsg     uint64        // largest message accepted from a peer
	handshake  time.Duration // for the ZMTP greeting and handshake
	linger     time.Duration // how long Close waits for queued messages
}

// defaultLimits mirrors libzmq's default high-water mark (1000 messages),
// caps each peer's backlog at 64 MiB, refuses incoming messages over 1 GiB
// drops peers that have not completed their handshake within 10s, and lets
// Close wait up to 2s for messages already queued (ZMQ_LINGER).
func defaultLimits() limits {
	return limits{queueMsgs: 1000, queueBytes: 64 << 20, maxMsg: 1 << 30, handshake: 10 * time.Second,
		linger: 2 * time.Second}
}

// outbox is the bounded queue of messages waiting to be written to one
// peer. push never blocks; the peer's writer goroutine drains it with take
// and reports each batch written with done. Messages count against the
// limits until they are written, so a stuck peer holds at most one queue's
// worth of memory.
type outbox struct {
	lim  limits
	wake chan struct{} // capacity 1: a push or close happened

	mu     sync.Mutex
	q      [][][]byte // not yet taken; guarded by mu
	msgs   int        // messages queued or being written; guarded by mu
	size   int        // bytes queued or being written; guarded by mu
	closed bool       // guarded by mu
}

func newOutbox(lim limits) *outbox {
	return &outbox{lim: lim, wake: make(chan struct{}, 1)}
}

// msgSize returns the number of bytes in a message.
func msgSize(frames [][]byte) int {
	n := 0
	for _, f := range frames {
		n += len(f)
	}
	return n
}

// push queues one message. It returns ErrQueueFull if the peer's backlog
// is at its high-water mark (a message larger than the byte limit is still
// accepted when nothing else is pending) and ErrClosed after close.
func (o *outbox) push(frames [][]byte) error {
	n := msgSize(frames)
	o.mu.Lock()
	switch {
	case o.closed:
		o.mu.Unlock()
		return ErrClosed
	case o.msgs >= o.lim.queueMsgs, o.msgs > 0 && o.size+n > o.lim.queueBytes:
		o.mu.Unlock()
		return ErrQueueFull
	}
	o.q = append(o.q, frames)
	o.msgs++
	o.size += n
	o.mu.Unlock()
	select {
	case o.wake <- struct{}{}:
	default:
	}
	return nil
}

// take waits for queued messages and returns all of them. It returns false
// once the outbox is closed; messages still queued then are dropped.
func (o *outbox) take() ([][][]byte, bool) {
	for {
		o.mu.Lock()
		if o.closed {
			o.mu.Unlock()
			return nil, false
		}
		if len(o.q) > 0 {
			batch := o.q
			o.q = nil
			o.mu.Unlock()
			return batch, true
		}
		o.mu.Unlock()
		<-o.wake
	}
}

// done releases the room a batch from take held.
func (o *outbox) done(batch [][][]byte) {
	n := 0
	for _, frames := range batch {
		n += msgSize(frames)
	}
	o.mu.Lock()
	o.msgs -= len(batch)
	o.size -= n
	o.mu.Unlock()
}

// pending reports how many messages are queued or being written; none
// once the outbox is closed.
func (o *outbox) pending() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return 0
	}
	return o.msgs
}

// close makes take return false and push fail.
func (o *outbox) close() {
	o.mu.Lock()
	o.closed = true
	o.q = nil
	o.mu.Unlock()
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// writeLoop writes the outbox to nc until the outbox is closed or a write
// fails; on failure it closes nc so that the connection's reader ends too.
// It is run by the connection's goroutine, which waits for it.
func writeLoop(nc net.Conn, o *outbox, log *slog.Logger) {
	for {
		batch, ok := o.take()
		if !ok {
			return
		}
		var bufs net.Buffers
		for _, frames := range batch {
			bufs = encode(bufs, frames)
		}
		if _, err := bufs.WriteTo(nc); err != nil {
			log.Debug("write failed; dropping connection", "err", err)
			nc.Close()
			return
		}
		o.done(batch)
	}
}
