package channels

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/go-zeromq/zmq4"
)

// publisher is the iopub PUB socket: it fans each published message out to
// the queue of every subscriber whose subscriptions match its first frame.
type publisher struct {
	lim limits
	log *slog.Logger

	mu     sync.RWMutex
	subs   map[*subscriber]struct{} // connected subscribers; guarded by mu
	closed bool                     // guarded by mu
}

// subscriber is one connected SUB (or XSUB) peer.
type subscriber struct {
	out *outbox
	log *slog.Logger

	mu      sync.Mutex
	topics  map[string]int // subscribed prefixes and their counts; guarded by mu
	dropped int            // messages dropped since the last one queued; guarded by mu
}

func newPublisher(lim limits, log *slog.Logger) *publisher {
	return &publisher{lim: lim, log: log, subs: make(map[*subscriber]struct{})}
}

// publish offers frames to every subscriber without waiting for any.
func (p *publisher) publish(frames [][]byte) error {
	if len(frames) == 0 {
		return fmt.Errorf("channels: iopub: publish: no frames")
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return fmt.Errorf("channels: iopub: publish: %w", ErrClosed)
	}
	for s := range p.subs {
		s.offer(frames)
	}
	return nil
}

// offer queues frames if s subscribes to them, and drops them if s is at
// its high-water mark. Dropping is logged once per run of drops.
func (s *subscriber) offer(frames [][]byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.wants(frames[0]) {
		return
	}
	if err := s.out.push(frames); err != nil {
		if s.dropped == 0 {
			s.log.Debug("subscriber not keeping up; dropping messages", "err", err)
		}
		s.dropped++
		return
	}
	if s.dropped > 0 {
		s.log.Debug("subscriber caught up", "dropped", s.dropped)
		s.dropped = 0
	}
}

// wants reports whether a subscription is a prefix of topic. s.mu is held.
func (s *subscriber) wants(topic []byte) bool {
	for t := range s.topics {
		if len(t) <= len(topic) && string(topic[:len(t)]) == t {
			return true
		}
	}
	return false
}

// subscribe applies a ZMTP 3.0 subscription message: 1 or 0, then the topic.
func (s *subscriber) subscribe(frame []byte) {
	topic := string(frame[1:])
	s.mu.Lock()
	defer s.mu.Unlock()
	if frame[0] == 1 {
		s.topics[topic]++
		return
	}
	if s.topics[topic] <= 1 {
		delete(s.topics, topic)
	} else {
		s.topics[topic]--
	}
}

// outboxes returns the queues of the connected subscribers.
func (p *publisher) outboxes() []*outbox {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]*outbox, 0, len(p.subs))
	for s := range p.subs {
		out = append(out, s.out)
	}
	return out
}

// close makes publish fail with ErrClosed.
func (p *publisher) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
}

// serveConn runs one subscriber connection: it reads subscriptions while
// the subscriber's writer drains its queue.
func (p *publisher) serveConn(c *conn) {
	s := &subscriber{out: newOutbox(p.lim), log: c.log, topics: make(map[string]int)}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.subs[s] = struct{}{}
	p.mu.Unlock()

	var wg sync.WaitGroup
	wg.Go(func() { writeLoop(c.nc, s.out, c.log) })
	defer wg.Wait()
	defer s.out.close()
	defer func() {
		p.mu.Lock()
		delete(p.subs, s)
		p.mu.Unlock()
	}()
	defer c.nc.Close()

	for {
		msg, err := recvMsg(c.zc)
		if err != nil {
			c.log.Debug("read ended", "err", err)
			return
		}
		if msg.Type == zmq4.CmdMsg {
			continue
		}
		if len(msg.Frames) == 1 && len(msg.Frames[0]) > 0 && msg.Frames[0][0] <= 1 {
			s.subscribe(msg.Frames[0])
			continue
		}
		c.log.Debug("ignoring a message sent to a PUB socket", "frames", len(msg.Frames))
	}
}
