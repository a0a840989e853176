package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"gokernel/kernel/channels"
	"gokernel/kernel/wire"
)

// cellOutput is the Output of one execute_request.
type cellOutput struct {
	s          *Server
	parent     *wire.Message
	allowStdin bool
}

func (o *cellOutput) Stream(name string, p []byte) { o.s.iopub.stream(o.parent, name, p) }

func (o *cellOutput) Display(d Display) {
	msgType := "display_data"
	if d.Update {
		msgType = "update_display_data"
	}
	c := displayContent{Data: nonNil(d.Data), Metadata: nonNil(d.Metadata)}
	if d.ID != "" || d.Update {
		c.Transient = &transient{DisplayID: d.ID}
	}
	o.s.iopub.send(o.parent, msgType, c)
}

func (o *cellOutput) Clear(wait bool) {
	o.s.iopub.send(o.parent, "clear_output", clearOutput{Wait: wait})
}

func (o *cellOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	if !o.allowStdin {
		return "", ErrStdinNotAllowed
	}
	partial := o.s.iopub.takePartialLine(o.parent)
	if prompt == "" {
		prompt = partial
	} else if partial != "" {
		o.s.iopub.stream(o.parent, "stdout", []byte(partial))
		o.s.iopub.flush()
	}
	return o.s.stdin.ask(ctx, o.parent, prompt, password)
}

// stdinBroker sends input_request messages on the stdin channel and hands
// each input_reply to the cell waiting for it.
type stdinBroker struct {
	s    *Server
	sock *channels.Router

	mu      sync.Mutex             // guards waiting
	waiting map[string]chan string // by input_request msg_id
}

func newStdinBroker(s *Server, sock *channels.Router) *stdinBroker {
	return &stdinBroker{s: s, sock: sock, waiting: map[string]chan string{}}
}

// errStdinClosed is returned when the kernel stops while a cell waits for
// input.
var errStdinClosed = errors.New("kernel: stdin channel closed")

// ask sends an input_request to the client that sent parent and waits for
// its reply.
func (b *stdinBroker) ask(ctx context.Context, parent *wire.Message, prompt string, password bool) (string, error) {
	m, err := wire.Reply(parent, "input_request", b.s.session, inputRequest{Prompt: prompt, Password: password})
	if err != nil {
		return "", fmt.Errorf("kernel: input request: %w", err)
	}
	// The parent header of an input_request is the execute_request; it
	// goes to the same client identity the execute_request came from.
	frames, err := b.s.codec.Encode(m)
	if err != nil {
		return "", fmt.Errorf("kernel: input request: %w", err)
	}
	ch := make(chan string, 1)
	b.mu.Lock()
	b.waiting[m.Header.MsgID] = ch
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.waiting, m.Header.MsgID)
		b.mu.Unlock()
	}()
	if err := b.sock.Send(frames); err != nil {
		return "", fmt.Errorf("kernel: input request: %w", err)
	}
	select {
	case v, ok := <-ch:
		if !ok {
			return "", errStdinClosed
		}
		return v, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// run reads input replies until ctx is done or the socket closes.
func (b *stdinBroker) run(ctx context.Context) {
	in := make(chan received, 4)
	done := make(chan struct{})
	go func() { defer close(done); b.s.readLoop(ctx, "stdin", b.sock, in) }()
	for r := range in {
		if r.msg.Header.MsgType != "input_reply" {
			b.s.log.Warn("ignoring message on stdin", "msg_type", r.msg.Header.MsgType)
			continue
		}
		var rep inputReply
		if err := json.Unmarshal(r.msg.Content, &rep); err != nil || rep.Value == nil {
			b.s.log.Warn("malformed input_reply", "err", err)
			continue
		}
		ph, err := r.msg.ParentHeader()
		if err != nil {
			b.s.log.Warn("input_reply without parent", "err", err)
			continue
		}
		b.mu.Lock()
		ch := b.waiting[ph.MsgID]
		if ch == nil && len(b.waiting) == 1 {
			// Some clients do not set the parent; one waiter is unambiguous.
			for _, c := range b.waiting {
				ch = c
			}
		}
		b.mu.Unlock()
		if ch == nil {
			b.s.log.Warn("input_reply nobody waits for", "parent", ph.MsgID)
			continue
		}
		select {
		case ch <- *rep.Value:
		default:
		}
	}
	<-done
}
