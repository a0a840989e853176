package engine

import (
	"context"
	"encoding/json"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"gokernel/kernel"
	"gokernel/kernel/engine/dap"
	"gokernel/kernel/wire"
)

// debugClient talks to a kernel server with the real engine over zmq4
// sockets on 127.0.0.1, as JupyterLab's debugger does: debug_request on
// control, debug_event on iopub, execute_request on shell.
type debugClient struct {
	t       testing.TB
	e       *Engine
	codec   *wire.Codec
	session string
	socks   map[string]zmq4.Socket // shell, control, iopub
	seq     int

	mu   sync.Mutex                 // guards msgs and used
	msgs map[string][]*wire.Message // received, by channel
	used map[*wire.Message]bool     // returned by next
	news chan struct{}              // signalled on each message
}

// startDebugKernel runs a kernel server with a fresh engine on free ports
// and connects a client; both stop when the test ends.
func startDebugKernel(t testing.TB) *debugClient {
	t.Helper()
	var ports []int
	var ls []net.Listener
	for i := 0; i < 5; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	info := wire.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: ports[0], ControlPort: ports[1],
		StdinPort: ports[2], IOPubPort: ports[3], HBPort: ports[4], Key: uuid.NewString(), SignatureScheme: "hmac-sha256"}
	e := newTestEngine(t)
	srv, err := kernel.New(kernel.Config{Conn: info, Engine: e})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		if err := srv.Run(ctx); err != nil && ctx.Err() == nil {
			t.Errorf("kernel: %v", err)
		}
	}()
	codec, err := wire.NewCodec(info.SignatureScheme, []byte(info.Key))
	if err != nil {
		t.Fatal(err)
	}
	c := &debugClient{t: t, e: e, codec: codec, session: uuid.NewString(),
		msgs: map[string][]*wire.Message{}, used: map[*wire.Message]bool{}, news: make(chan struct{}, 1),
		socks: map[string]zmq4.Socket{
			"shell":   zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(uuid.NewString()))),
			"control": zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(uuid.NewString()))),
			"iopub":   zmq4.NewSub(ctx),
		}}
	portOf := map[string]int{"shell": info.ShellPort, "control": info.ControlPort, "iopub": info.IOPubPort}
	var wg sync.WaitGroup
	for name, s := range c.socks {
		var err error
		for i := 0; i < 50; i++ {
			if err = s.Dial("tcp://127.0.0.1:" + strconv.Itoa(portOf[name])); err == nil {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("dial %s: %v", name, err)
		}
		wg.Add(1)
		go c.read(&wg, name, s) // ends when the socket closes
	}
	if err := c.socks["iopub"].SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, s := range c.socks {
			s.Close()
		}
		wg.Wait()
		cancel()
		select {
		case <-stopped:
		case <-time.After(10 * time.Second):
			t.Error("kernel did not stop")
		}
	})
	// ZeroMQ's slow joiner: wait until iopub delivers.
	for deadline := time.Now().Add(10 * time.Second); ; {
		id := c.send("shell", "kernel_info_request", struct{}{})
		if c.tryNext("iopub", parentIs(id), 300*time.Millisecond) != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("iopub never delivered")
		}
	}
	return c
}

// read stores the messages of one socket until it is closed.
func (c *debugClient) read(wg *sync.WaitGroup, name string, s zmq4.Socket) {
	defer wg.Done()
	for {
		zm, err := s.Recv()
		if err != nil {
			return
		}
		m, err := c.codec.Decode(zm.Frames)
		if err != nil {
			c.t.Errorf("bad %s message: %v", name, err)
			continue
		}
		c.mu.Lock()
		c.msgs[name] = append(c.msgs[name], m)
		c.mu.Unlock()
		select {
		case c.news <- struct{}{}:
		default:
		}
	}
}

// send sends a request on a channel and returns its msg_id.
func (c *debugClient) send(channel, msgType string, content any) string {
	c.t.Helper()
	b, err := json.Marshal(content)
	if err != nil {
		c.t.Fatal(err)
	}
	m := &wire.Message{Header: wire.NewHeader(msgType, c.session), Content: b}
	frames, err := c.codec.Encode(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.socks[channel].SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
	return m.Header.MsgID
}

func parentIs(id string) func(*wire.Message) bool {
	return func(m *wire.Message) bool {
		ph, _ := m.ParentHeader()
		return ph.MsgID == id
	}
}

// tryNext returns the first message of a channel that matches and was not
// returned before, waiting up to d; nil when none came.
func (c *debugClient) tryNext(channel string, match func(*wire.Message) bool, d time.Duration) *wire.Message {
	deadline := time.Now().Add(d)
	for {
		c.mu.Lock()
		for _, m := range c.msgs[channel] {
			if !c.used[m] && match(m) {
				c.used[m] = true
				c.mu.Unlock()
				return m
			}
		}
		c.mu.Unlock()
		left := time.Until(deadline)
		if left <= 0 {
			return nil
		}
		select {
		case <-c.news:
		case <-time.After(min(left, 50*time.Millisecond)):
		}
	}
}

// next is tryNext failing the test after 20 s.
func (c *debugClient) next(channel string, what string, match func(*wire.Message) bool) *wire.Message {
	c.t.Helper()
	m := c.tryNext(channel, match, 20*time.Second)
	if m == nil {
		c.t.Fatalf("no %s on %s", what, channel)
	}
	return m
}

// response is a DAP response with its body kept raw.
type dbgResponse struct {
	Success bool            `json:"success"`
	Command string          `json:"command"`
	Message string          `json:"message"`
	Body    json.RawMessage `json:"body"`
}

// dap sends a debug request and returns its response; body, when not nil,
// receives the response's body.
func (c *debugClient) dap(command string, args any, body any) dbgResponse {
	c.t.Helper()
	c.seq++
	id := c.send("control", "debug_request", map[string]any{"type": "request", "seq": c.seq, "command": command, "arguments": args})
	m := c.next("control", "debug_reply to "+command, parentIs(id))
	var r dbgResponse
	if err := json.Unmarshal(m.Content, &r); err != nil {
		c.t.Fatalf("%s: %v in %s", command, err, m.Content)
	}
	if body != nil && len(r.Body) > 0 {
		if err := json.Unmarshal(r.Body, body); err != nil {
			c.t.Fatalf("%s body: %v in %s", command, err, r.Body)
		}
	}
	return r
}

// must is dap failing the test when the response is not a success.
func (c *debugClient) must(command string, args any, body any) {
	c.t.Helper()
	if r := c.dap(command, args, body); !r.Success {
		c.t.Fatalf("%s: got failure %q, want success", command, r.Message)
	}
}

// event waits for the next debug event of a name and decodes its body.
func (c *debugClient) event(name string, body any) {
	c.t.Helper()
	m := c.next("iopub", "debug_event "+name, func(m *wire.Message) bool {
		var ev dap.Event
		return m.Header.MsgType == "debug_event" && json.Unmarshal(m.Content, &ev) == nil && ev.Event == name
	})
	var ev struct {
		Body json.RawMessage `json:"body"`
	}
	if err := json.Unmarshal(m.Content, &ev); err != nil {
		c.t.Fatal(err)
	}
	if body != nil {
		if err := json.Unmarshal(ev.Body, body); err != nil {
			c.t.Fatalf("event %s: %v", name, err)
		}
	}
}

// stopped waits for a stopped event.
func (c *debugClient) stopped() dap.StoppedEventBody {
	c.t.Helper()
	var b dap.StoppedEventBody
	c.event("stopped", &b)
	return b
}

// execute sends an execute_request and returns its msg_id.
func (c *debugClient) execute(code string) string {
	return c.send("shell", "execute_request", map[string]any{"code": code, "silent": false,
		"store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
}

// finish waits for the end of execution id and returns its reply's status
// and the text it printed.
func (c *debugClient) finish(id string) (status, stdout string) {
	c.t.Helper()
	m := c.next("shell", "execute_reply", parentIs(id))
	var rep struct {
		Status string `json:"status"`
		Evalue string `json:"evalue"`
	}
	json.Unmarshal(m.Content, &rep)
	c.next("iopub", "idle", func(m *wire.Message) bool {
		return parentIs(id)(m) && m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`)
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	var out strings.Builder
	for _, m := range c.msgs["iopub"] {
		if parentIs(id)(m) && m.Header.MsgType == "stream" {
			var s struct{ Name, Text string }
			json.Unmarshal(m.Content, &s)
			if s.Name == "stdout" {
				out.WriteString(s.Text)
			}
		}
	}
	if rep.Status != "ok" {
		return rep.Status + ": " + rep.Evalue, out.String()
	}
	return rep.Status, out.String()
}

// run executes code and fails unless it ends with status ok.
func (c *debugClient) run(code string) string {
	c.t.Helper()
	st, out := c.finish(c.execute(code))
	if st != "ok" {
		c.t.Fatalf("cell %q: %s", code, st)
	}
	return out
}

// start initializes and attaches as JupyterLab does.
func (c *debugClient) start() dap.DebugInfoBody {
	c.t.Helper()
	c.must("initialize", map[string]any{"clientID": "test", "adapterID": "go", "pathFormat": "path",
		"linesStartAt1": true, "columnsStartAt1": true}, nil)
	c.must("attach", map[string]any{}, nil)
	c.event("initialized", nil)
	var info dap.DebugInfoBody
	c.must("debugInfo", map[string]any{}, &info)
	return info
}

// breakAt dumps code and sets breakpoints on its lines; it returns the
// source path.
func (c *debugClient) breakAt(code string, lines ...int) string {
	c.t.Helper()
	var dump dap.DumpCellBody
	c.must("dumpCell", dap.DumpCellArguments{Code: code}, &dump)
	bps := []dap.SourceBreakpoint{}
	for _, l := range lines {
		bps = append(bps, dap.SourceBreakpoint{Line: l})
	}
	var got dap.BreakpointsBody
	c.must("setBreakpoints", dap.SetBreakpointsArguments{Source: dap.Source{Path: dump.SourcePath}, Breakpoints: bps}, &got)
	for i, b := range got.Breakpoints {
		if !b.Verified || b.Line != lines[i] {
			c.t.Fatalf("breakpoint %d: got %+v, want verified at line %d", i, b, lines[i])
		}
	}
	return dump.SourcePath
}

// frames returns the stack of a stopped goroutine.
func (c *debugClient) frames(thread int) []dap.StackFrame {
	c.t.Helper()
	var st dap.StackTraceBody
	c.must("stackTrace", dap.StackTraceArguments{ThreadID: thread}, &st)
	if len(st.StackFrames) == 0 {
		c.t.Fatalf("thread %d: no frames", thread)
	}
	return st.StackFrames
}

// scopeVars returns the variables of each scope of a frame, by scope name.
func (c *debugClient) scopeVars(frame int) map[string][]dap.Variable {
	c.t.Helper()
	var sc dap.ScopesBody
	c.must("scopes", dap.ScopesArguments{FrameID: frame}, &sc)
	out := map[string][]dap.Variable{}
	for _, s := range sc.Scopes {
		out[s.Name] = c.vars(s.VariablesReference)
	}
	return out
}

// vars returns the variables of a reference.
func (c *debugClient) vars(ref int) []dap.Variable {
	c.t.Helper()
	var vb dap.VariablesBody
	c.must("variables", dap.VariablesArguments{VariablesReference: ref}, &vb)
	return vb.Variables
}

// find returns the variable named name.
func dbgFind(vars []dap.Variable, name string) (dap.Variable, bool) {
	for _, v := range vars {
		if v.Name == name {
			return v, true
		}
	}
	return dap.Variable{}, false
}
