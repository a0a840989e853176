// Package kernel serves the Jupyter messaging protocol (5.3) over ZeroMQ and
// drives an Engine that knows the language.
package kernel

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/google/uuid"

	"gokernel/kernel/channels"
	"gokernel/kernel/wire"
)

// ProtocolVersion is the messaging protocol version the kernel speaks.
const ProtocolVersion = "5.3"

// Config configures a Server.
type Config struct {
	// Conn is the connection file's content.
	Conn wire.ConnectionInfo
	// Engine runs the code.
	Engine Engine
	// Log receives the kernel's own logs; nil discards them.
	Log *slog.Logger
	// History stores executed cells; nil keeps an in-memory history.
	History History
}

// History stores the inputs (and outputs) of executed cells for
// history_request. Implementations must be safe for concurrent use.
type History interface {
	HistoryReader
	// Session is the number of the current session.
	Session() int
	// Add records a stored cell of the current session.
	Add(line int, input string)
	// SetOutput records the text/plain result of a stored cell.
	SetOutput(line int, output string)
	// Range returns lines [start, stop) of a session (stop 0: to the end).
	Range(session, start, stop int, output bool) []HistoryEntry
	// Search returns the last n entries matching a glob pattern.
	Search(pattern string, n int, unique, output bool) []HistoryEntry
}

// Server is a running kernel. Create it with New and start it with Run.
type Server struct {
	cfg     Config
	log     *slog.Logger
	codec   *wire.Codec
	session string
	ch      *channels.Channels
	iopub   *publisher
	stdin   *stdinBroker
	hist    History

	shutdownOnce sync.Once
	shutdown     chan struct{} // closed when a shutdown_request was answered

	mu      sync.Mutex         // guards the fields below
	cancel  context.CancelFunc // cancels the running cell; nil when idle
	count   int                // execution count of the last stored cell
	abortTo time.Time          // execute requests received before this are aborted
}

// New checks cfg and prepares a Server; nothing is bound until Run.
func New(cfg Config) (*Server, error) {
	if cfg.Engine == nil {
		return nil, errors.New("kernel: no engine")
	}
	codec, err := wire.NewCodec(cfg.Conn.SignatureScheme, []byte(cfg.Conn.Key))
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	hist := cfg.History
	if hist == nil {
		hist = NewMemoryHistory()
	}
	s := &Server{
		cfg:      cfg,
		log:      log,
		codec:    codec,
		session:  uuid.NewString(),
		hist:     hist,
		shutdown: make(chan struct{}),
	}
	if h, ok := cfg.Engine.(Historian); ok {
		h.SetHistory(hist)
	}
	return s, nil
}

// endpoints lists the addresses of the five channels.
func (s *Server) endpoints() channels.Endpoints {
	c := s.cfg.Conn
	return channels.Endpoints{
		Shell:   c.Endpoint(c.ShellPort),
		Control: c.Endpoint(c.ControlPort),
		Stdin:   c.Endpoint(c.StdinPort),
		IOPub:   c.Endpoint(c.IOPubPort),
		HB:      c.Endpoint(c.HBPort),
	}
}

// Run binds the channels and serves until ctx is done or a
// shutdown_request has been answered. It returns nil on a requested
// shutdown.
func (s *Server) Run(ctx context.Context) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	ch, err := channels.Open(ctx, s.endpoints(), s.log)
	if err != nil {
		return fmt.Errorf("kernel: %w", err)
	}
	s.ch = ch
	s.iopub = newPublisher(ch, s.codec, s.session, s.log)
	s.stdin = newStdinBroker(s, ch.Stdin())
	s.iopub.status(nil, "starting")

	shell := make(chan received, 256)
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); s.readLoop(ctx, "shell", ch.Shell(), shell) }()
	go func() { defer wg.Done(); s.controlLoop(ctx) }()
	go func() { defer wg.Done(); s.stdin.run(ctx) }()
	go func() { defer wg.Done(); s.shellLoop(ctx, shell) }()

	select {
	case <-ctx.Done():
	case <-s.shutdown:
	}
	s.interruptCell()
	stop()
	s.iopub.close()
	err = ch.Close()
	wg.Wait()
	if err != nil {
		s.log.Debug("closing channels", "err", err)
	}
	return nil
}

// Interrupt cancels the running cell, if any (SIGINT or interrupt_request).
func (s *Server) Interrupt() { s.interruptCell() }

func (s *Server) interruptCell() {
	s.mu.Lock()
	cancel := s.cancel
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// received is a decoded request and when it arrived.
type received struct {
	msg *wire.Message
	at  time.Time
}

// readLoop decodes messages from a ROUTER and queues them; malformed or
// badly signed messages are logged and dropped. It ends when ctx is done or
// the socket is closed.
func (s *Server) readLoop(ctx context.Context, name string, r *channels.Router, out chan<- received) {
	defer close(out)
	for {
		frames, err := r.Recv(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Debug("channel closed", "channel", name, "err", err)
			}
			return
		}
		msg, err := s.codec.Decode(frames)
		if err != nil {
			s.log.Warn("dropping message", "channel", name, "err", err)
			continue
		}
		select {
		case out <- received{msg: msg, at: time.Now()}:
		case <-ctx.Done():
			return
		}
	}
}

// controlLoop answers control requests at once, also while a cell runs.
func (s *Server) controlLoop(ctx context.Context) {
	in := make(chan received, 16)
	done := make(chan struct{})
	go func() { defer close(done); s.readLoop(ctx, "control", s.ch.Control(), in) }()
	for r := range in {
		s.handle(ctx, s.ch.Control(), r, controlHandlers)
	}
	<-done
}

// shellLoop handles shell requests one at a time, in order.
func (s *Server) shellLoop(ctx context.Context, in <-chan received) {
	for r := range in {
		s.handle(ctx, s.ch.Shell(), r, shellHandlers)
	}
}

// request is one request being handled: where it came from and where its
// reply goes.
type request struct {
	s     *Server
	msg   *wire.Message
	at    time.Time
	sock  *channels.Router
	reply func(msgType string, content any)
}

// handler handles one request; it is a method expression of *request.
type handler func(r *request, ctx context.Context)

var shellHandlers = map[string]handler{
	"execute_request":     (*request).execute,
	"kernel_info_request": (*request).kernelInfo,
	"complete_request":    (*request).complete,
	"inspect_request":     (*request).inspect,
	"is_complete_request": (*request).isComplete,
	"history_request":     (*request).history,
	"comm_info_request":   (*request).commInfo,
	"comm_open":           (*request).commOpen,
	"comm_msg":            (*request).commIgnore,
	"comm_close":          (*request).commIgnore,
	// Shutdown and interrupt belong on control, but older clients send them
	// on shell; answering them there does no harm.
	"shutdown_request":  (*request).shutdownReq,
	"interrupt_request": (*request).interrupt,
}

var controlHandlers = map[string]handler{
	"kernel_info_request": (*request).kernelInfo,
	"shutdown_request":    (*request).shutdownReq,
	"interrupt_request":   (*request).interrupt,
	"debug_request":       (*request).debug,
	"usage_request":       nil, // not ours: ignored without a reply
}

// handle dispatches one request, bracketed on iopub by busy and idle.
func (s *Server) handle(ctx context.Context, sock *channels.Router, rc received, table map[string]handler) {
	msg := rc.msg
	h := table[msg.Header.MsgType]
	if h == nil {
		s.log.Warn("ignoring message", "msg_type", msg.Header.MsgType)
		return
	}
	r := &request{s: s, msg: msg, at: rc.at, sock: sock}
	r.reply = func(msgType string, content any) { s.send(sock, msg, msgType, content) }
	s.iopub.status(msg, "busy")
	func() {
		defer func() {
			if p := recover(); p != nil {
				// A handler bug must not take the channel down; the client
				// gets an error reply instead of silence.
				s.log.Error("handler panic", "msg_type", msg.Header.MsgType, "panic", p)
				r.reply(replyType(msg.Header.MsgType), errorReply{Status: "error", Ename: "KernelError",
					Evalue: fmt.Sprint(p), Traceback: []string{}})
			}
		}()
		h(r, ctx)
	}()
	s.iopub.status(msg, "idle")
}

// send writes a reply to req on sock.
func (s *Server) send(sock *channels.Router, req *wire.Message, msgType string, content any) {
	m, err := wire.Reply(req, msgType, s.session, content)
	if err != nil {
		s.log.Error("building reply", "msg_type", msgType, "err", err)
		return
	}
	frames, err := s.codec.Encode(m)
	if err != nil {
		s.log.Error("encoding reply", "msg_type", msgType, "err", err)
		return
	}
	if err := sock.Send(frames); err != nil {
		s.log.Warn("sending reply", "msg_type", msgType, "err", err)
	}
}

// replyType maps foo_request to foo_reply.
func replyType(requestType string) string {
	const suffix = "_request"
	if n := len(requestType) - len(suffix); n > 0 && requestType[n:] == suffix {
		return requestType[:n] + "_reply"
	}
	return requestType + "_reply"
}

// requestShutdown makes Run return.
func (s *Server) requestShutdown() {
	s.shutdownOnce.Do(func() { close(s.shutdown) })
}
