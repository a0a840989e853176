package kernel

import (
	"bytes"
	"log/slog"
	"sync"
	"time"
	"unicode/utf8"

	"gokernel/kernel/channels"
	"gokernel/kernel/wire"
)

// Stream output is coalesced: writes are collected for at most
// streamDelay, or until streamMax bytes, or until any other message is
// published (which keeps the order of everything on iopub).
const (
	streamDelay = 40 * time.Millisecond
	streamMax   = 64 << 10
)

// publisher sends iopub messages, one at a time, in the order they are
// made. It coalesces stream writes.
type publisher struct {
	ch      *channels.Channels
	codec   *wire.Codec
	session string
	log     *slog.Logger

	mu      sync.Mutex    // guards the fields below and the order of sends
	parent  *wire.Message // parent of the pending stream text
	name    string        // stream name of the pending text
	pending []byte
	timer   *time.Timer // flushes pending text; nil when none is scheduled
	closed  bool
}

func newPublisher(ch *channels.Channels, codec *wire.Codec, session string, log *slog.Logger) *publisher {
	return &publisher{ch: ch, codec: codec, session: session, log: log}
}

// send publishes one message after any pending stream text.
func (p *publisher) send(parent *wire.Message, msgType string, content any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushLocked(true)
	p.sendLocked(parent, msgType, content)
}

func (p *publisher) status(parent *wire.Message, state string) {
	p.send(parent, "status", statusContent{ExecutionState: state})
}

func (p *publisher) sendLocked(parent *wire.Message, msgType string, content any) {
	if p.closed {
		return
	}
	var m *wire.Message
	var err error
	if parent != nil {
		m, err = wire.Reply(parent, msgType, p.session, content)
	} else {
		m, err = wire.Reply(&wire.Message{}, msgType, p.session, content)
	}
	if err != nil {
		p.log.Error("building iopub message", "msg_type", msgType, "err", err)
		return
	}
	m.Identities = [][]byte{[]byte("kernel." + p.session + "." + msgType)}
	frames, err := p.codec.Encode(m)
	if err != nil {
		p.log.Error("encoding iopub message", "msg_type", msgType, "err", err)
		return
	}
	if err := p.ch.Publish(frames); err != nil {
		p.log.Debug("publishing", "msg_type", msgType, "err", err)
	}
}

// stream queues text for a stream message.
func (p *publisher) stream(parent *wire.Message, name string, b []byte) {
	if len(b) == 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	if len(p.pending) > 0 && (p.parent != parent || p.name != name) {
		p.flushLocked(true)
	}
	p.parent, p.name = parent, name
	p.pending = append(p.pending, b...)
	if len(p.pending) >= streamMax {
		p.flushLocked(false)
	}
	if len(p.pending) > 0 && p.timer == nil {
		p.timer = time.AfterFunc(streamDelay, p.flushTimer)
	}
}

func (p *publisher) flushTimer() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.timer = nil
	p.flushLocked(false)
	if len(p.pending) > 0 && !p.closed {
		// An incomplete UTF-8 sequence waits for its end, but not forever.
		p.timer = time.AfterFunc(streamDelay, p.flushTimer)
	}
}

// flush publishes pending stream text now.
func (p *publisher) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushLocked(true)
}

// flushLocked sends the pending text. Unless all is set, a trailing
// incomplete UTF-8 sequence stays pending for the next write.
func (p *publisher) flushLocked(all bool) {
	if len(p.pending) == 0 {
		return
	}
	n := len(p.pending)
	if !all {
		n = completeUTF8(p.pending)
		if n == 0 {
			return
		}
	}
	text := string(p.pending[:n])
	rest := copy(p.pending, p.pending[n:])
	p.pending = p.pending[:rest]
	if len(p.pending) == 0 && p.timer != nil {
		p.timer.Stop()
		p.timer = nil
	}
	p.sendLocked(p.parent, "stream", streamContent{Name: p.name, Text: text})
}

// takePartialLine removes and returns the unfinished last line of pending
// stdout text of parent (a prompt printed before reading input).
func (p *publisher) takePartialLine(parent *wire.Message) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.parent != parent || p.name != "stdout" || len(p.pending) == 0 {
		p.flushLocked(true)
		return ""
	}
	i := bytes.LastIndexByte(p.pending, '\n')
	line := string(p.pending[i+1:])
	p.pending = p.pending[:i+1]
	p.flushLocked(true)
	return line
}

// close flushes and stops publishing.
func (p *publisher) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushLocked(true)
	if p.timer != nil {
		p.timer.Stop()
		p.timer = nil
	}
	p.closed = true
}

// completeUTF8 returns the length of the longest prefix of b that does not
// end inside a UTF-8 sequence.
func completeUTF8(b []byte) int {
	n := len(b)
	// Look back at most utf8.UTFMax-1 bytes for the start of the last rune.
	for i := n - 1; i >= 0 && i >= n-utf8.UTFMax; i-- {
		c := b[i]
		if c < utf8.RuneSelf {
			return n // ASCII: nothing incomplete after it
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(b[i:]) {
				return n
			}
			return i
		}
	}
	return n // invalid bytes: send as they are
}
