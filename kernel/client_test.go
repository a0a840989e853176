package kernel

import (
	"context"
	"encoding/json"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"gokernel/kernel/wire"
)

// testClient is a Jupyter client over real zmq4 sockets, for tests.
type testClient struct {
	t       testing.TB
	codec   *wire.Codec
	session string
	shell   zmq4.Socket
	control zmq4.Socket
	stdin   zmq4.Socket
	iopub   zmq4.Socket
	hb      zmq4.Socket

	mu    sync.Mutex
	iomsg []*wire.Message
	ionew chan struct{}
}

// freePorts returns n free TCP ports on 127.0.0.1.
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for i := 0; i < n; i++ {
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
	return ports
}

// startKernel runs a Server with eng on free ports and connects a client.
func startKernel(t testing.TB, eng Engine) (*Server, *testClient, <-chan error) {
	t.Helper()
	p := freePorts(t, 5)
	info := wire.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], ControlPort: p[1],
		StdinPort: p[2], IOPubPort: p[3], HBPort: p[4], Key: uuid.NewString(), SignatureScheme: "hmac-sha256"}
	srv, err := New(Config{Conn: info, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		done <- srv.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-stopped:
		case <-time.After(10 * time.Second):
			t.Error("kernel did not stop")
		}
	})
	c := newTestClient(t, info)
	return srv, c, done
}

func newTestClient(t testing.TB, info wire.ConnectionInfo) *testClient {
	t.Helper()
	codec, err := wire.NewCodec(info.SignatureScheme, []byte(info.Key))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id := zmq4.SocketIdentity(uuid.NewString())
	c := &testClient{t: t, codec: codec, session: uuid.NewString(), ionew: make(chan struct{}, 1),
		shell:   zmq4.NewDealer(ctx, zmq4.WithID(id)),
		control: zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(uuid.NewString()))),
		stdin:   zmq4.NewDealer(ctx, zmq4.WithID(id)),
		iopub:   zmq4.NewSub(ctx),
		hb:      zmq4.NewReq(ctx),
	}
	dial := func(s zmq4.Socket, port int) {
		var err error
		for i := 0; i < 50; i++ {
			if err = s.Dial("tcp://127.0.0.1:" + strconv.Itoa(port)); err == nil {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("dial %d: %v", port, err)
	}
	dial(c.shell, info.ShellPort)
	dial(c.control, info.ControlPort)
	dial(c.stdin, info.StdinPort)
	dial(c.iopub, info.IOPubPort)
	dial(c.hb, info.HBPort)
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			m, err := c.iopub.Recv()
			if err != nil {
				return
			}
			msg, err := codec.Decode(m.Frames)
			if err != nil {
				t.Errorf("bad iopub message: %v", err)
				continue
			}
			c.mu.Lock()
			c.iomsg = append(c.iomsg, msg)
			c.mu.Unlock()
			select {
			case c.ionew <- struct{}{}:
			default:
			}
		}
	}()
	t.Cleanup(func() {
		for _, s := range []zmq4.Socket{c.shell, c.control, c.stdin, c.iopub, c.hb} {
			s.Close()
		}
		wg.Wait()
	})
	c.waitIOPub()
	return c
}

// waitIOPub waits until the SUB socket receives messages (ZeroMQ's slow
// joiner): it sends kernel_info requests until their status arrives.
func (c *testClient) waitIOPub() {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		id := c.send(c.shell, "kernel_info_request", map[string]any{})
		c.reply(c.shell, id)
		if c.tryIdle(id, 200*time.Millisecond) {
			c.mu.Lock()
			c.iomsg = nil
			c.mu.Unlock()
			return
		}
	}
	c.t.Fatal("iopub never delivered")
}

// send sends a request and returns its msg_id.
func (c *testClient) send(sock zmq4.Socket, msgType string, content any) string {
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
	if err := sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
	return m.Header.MsgID
}

// reply receives the reply to request id on sock.
func (c *testClient) reply(sock zmq4.Socket, id string) *wire.Message {
	c.t.Helper()
	type res struct {
		m   *wire.Message
		err error
	}
	ch := make(chan res, 1)
	go func() {
		for {
			zm, err := sock.Recv()
			if err != nil {
				ch <- res{err: err}
				return
			}
			m, err := c.codec.Decode(zm.Frames)
			if err != nil {
				ch <- res{err: err}
				return
			}
			if ph, _ := m.ParentHeader(); ph.MsgID == id {
				ch <- res{m: m}
				return
			}
		}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			c.t.Fatalf("reply to %s: %v", id, r.err)
		}
		return r.m
	case <-time.After(15 * time.Second):
		c.t.Fatalf("no reply to %s", id)
	}
	return nil
}

// tryIdle waits for the idle status of request id.
func (c *testClient) tryIdle(id string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for {
		c.mu.Lock()
		for _, m := range c.iomsg {
			if ph, _ := m.ParentHeader(); ph.MsgID == id && m.Header.MsgType == "status" {
				var st statusContent
				json.Unmarshal(m.Content, &st)
				if st.ExecutionState == "idle" {
					c.mu.Unlock()
					return true
				}
			}
		}
		c.mu.Unlock()
		left := time.Until(deadline)
		if left <= 0 {
			return false
		}
		select {
		case <-c.ionew:
		case <-time.After(left):
		}
	}
}

// iopubFor returns the iopub messages of request id up to its idle.
func (c *testClient) iopubFor(id string) []*wire.Message {
	c.t.Helper()
	if !c.tryIdle(id, 15*time.Second) {
		c.t.Fatalf("no idle for %s", id)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []*wire.Message
	for _, m := range c.iomsg {
		if ph, _ := m.ParentHeader(); ph.MsgID == id {
			out = append(out, m)
		}
	}
	return out
}

// execute runs code and returns the reply and the iopub messages.
func (c *testClient) execute(code string, extra map[string]any) (*wire.Message, []*wire.Message) {
	c.t.Helper()
	content := map[string]any{"code": code, "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		content[k] = v
	}
	id := c.send(c.shell, "execute_request", content)
	rep := c.reply(c.shell, id)
	return rep, c.iopubFor(id)
}

func types(ms []*wire.Message) []string {
	var out []string
	for _, m := range ms {
		t := m.Header.MsgType
		if t == "status" {
			var st statusContent
			json.Unmarshal(m.Content, &st)
			t += ":" + st.ExecutionState
		}
		out = append(out, t)
	}
	return out
}

func decode[T any](t testing.TB, m *wire.Message) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(m.Content, &v); err != nil {
		t.Fatalf("decoding %s: %v", m.Header.MsgType, err)
	}
	return v
}
