package kernel

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"gokernel/kernel/wire"
)

// fakeEngine runs a tiny command language: "print X", "stderr X",
// "result X", "error X", "sleep", "block", "input", "display".
type fakeEngine struct{}

func (fakeEngine) Info() Info {
	return Info{Implementation: "fake", Version: "1", Language: LanguageInfo{Name: "fake", FileExtension: ".fake", Mimetype: "text/plain"}}
}

func (fakeEngine) Execute(ctx context.Context, req ExecuteRequest, out Output) ExecuteResult {
	var res ExecuteResult
	for _, line := range strings.Split(req.Code, "\n") {
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "print":
			out.Stream("stdout", []byte(arg+"\n"))
		case "stderr":
			out.Stream("stderr", []byte(arg+"\n"))
		case "result":
			res.Result = &Bundle{Data: map[string]any{"text/plain": arg}}
		case "error":
			return ExecuteResult{Error: &Error{Name: "FakeError", Value: arg, Traceback: []string{"FakeError: " + arg}}}
		case "sleep":
			select {
			case <-time.After(500 * time.Millisecond):
			case <-ctx.Done():
				return ExecuteResult{Error: &Error{Name: "Interrupted", Value: "interrupted"}}
			}
		case "block":
			<-ctx.Done()
			return ExecuteResult{Error: &Error{Name: "Interrupted", Value: "interrupted"}}
		case "input":
			out.Stream("stdout", []byte("name? "))
			v, err := out.Input(ctx, "", false)
			if err != nil {
				return ExecuteResult{Error: &Error{Name: "InputError", Value: err.Error()}}
			}
			out.Stream("stdout", []byte("got:"+v+"\n"))
		case "display":
			out.Display(Display{Bundle: Bundle{Data: map[string]any{"text/html": "<b>x</b>"}}, ID: "d1"})
			out.Display(Display{Bundle: Bundle{Data: map[string]any{"text/html": "<b>y</b>"}}, ID: "d1", Update: true})
		}
	}
	return res
}

func (fakeEngine) Complete(ctx context.Context, code string, cursor int) Completion {
	return Completion{Matches: []string{"héllo"}, CursorStart: 0, CursorEnd: cursor}
}

func (fakeEngine) Inspect(ctx context.Context, code string, cursor, detail int) Inspection {
	return Inspection{Found: true, Bundle: Bundle{Data: map[string]any{"text/plain": "doc of " + code}}}
}

func (fakeEngine) IsComplete(code string) IsComplete {
	if strings.HasSuffix(code, "{") {
		return IsComplete{Status: "incomplete", Indent: "\t"}
	}
	return IsComplete{Status: "complete"}
}

func TestKernelInfoOnShellAndControl(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	for _, tc := range []struct {
		name string
		sock zmq4.Socket
	}{{"shell", c.shell}, {"control", c.control}} {
		t.Run(tc.name, func(t *testing.T) {
			id := c.send(tc.sock, "kernel_info_request", map[string]any{})
			rep := c.reply(tc.sock, id)
			if got, want := rep.Header.MsgType, "kernel_info_reply"; got != want {
				t.Fatalf("got %s, want %s", got, want)
			}
			info := decode[kernelInfoReply](t, rep)
			if info.ProtocolVersion != "5.3" || info.Status != "ok" || info.LanguageInfo.Name != "fake" {
				t.Errorf("got %+v", info)
			}
			if got, want := types(c.iopubFor(id)), []string{"status:busy", "status:idle"}; !reflect.DeepEqual(got, want) {
				t.Errorf("iopub got %v, want %v", got, want)
			}
		})
	}
}

func TestExecute(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	tests := []struct {
		code   string
		status string
		iopub  []string
	}{
		{"print hi", "ok", []string{"status:busy", "execute_input", "stream", "status:idle"}},
		{"result 42", "ok", []string{"status:busy", "execute_input", "execute_result", "status:idle"}},
		{"print a\nstderr b\nprint c", "ok", []string{"status:busy", "execute_input", "stream", "stream", "stream", "status:idle"}},
		{"error boom", "error", []string{"status:busy", "execute_input", "error", "status:idle"}},
		{"display", "ok", []string{"status:busy", "execute_input", "display_data", "update_display_data", "status:idle"}},
	}
	last := 0
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			rep, io := c.execute(tc.code, nil)
			r := decode[executeReply](t, rep)
			if r.Status != tc.status {
				t.Errorf("status: got %s, want %s", r.Status, tc.status)
			}
			if r.ExecutionCount != last+1 {
				t.Errorf("execution_count: got %d, want %d", r.ExecutionCount, last+1)
			}
			last = r.ExecutionCount
			if got := types(io); !reflect.DeepEqual(got, tc.iopub) {
				t.Errorf("iopub: got %v, want %v", got, tc.iopub)
			}
		})
	}
}

func TestStreamsCoalesced(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	code := strings.Repeat("print line\n", 500)
	_, io := c.execute(code, nil)
	var text strings.Builder
	n := 0
	for _, m := range io {
		if m.Header.MsgType == "stream" {
			n++
			text.WriteString(decode[streamContent](t, m).Text)
		}
	}
	if got, want := text.String(), strings.Repeat("line\n", 500); got != want {
		t.Errorf("text: got %d bytes, want %d", len(got), len(want))
	}
	if n > 3 {
		t.Errorf("got %d stream messages for 500 lines, want a few", n)
	}
}

func TestSilentAndStoreHistory(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	rep, _ := c.execute("result 1", nil)
	first := decode[executeReply](t, rep).ExecutionCount
	_, io := c.execute("result 2", map[string]any{"silent": true})
	for _, m := range io {
		if m.Header.MsgType == "execute_input" || m.Header.MsgType == "execute_result" {
			t.Errorf("silent cell published %s", m.Header.MsgType)
		}
	}
	c.execute("result 3", map[string]any{"store_history": false})
	rep, _ = c.execute("result 4", nil)
	if got, want := decode[executeReply](t, rep).ExecutionCount, first+1; got != want {
		t.Errorf("execution_count: got %d, want %d", got, want)
	}
}

func TestStopOnErrorAbortsQueue(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	a := c.send(c.shell, "execute_request", map[string]any{"code": "sleep\nerror boom", "stop_on_error": true})
	b := c.send(c.shell, "execute_request", map[string]any{"code": "print must-not-run"})
	ra := decode[executeReply](t, c.reply(c.shell, a))
	rb := decode[executeReply](t, c.reply(c.shell, b))
	if ra.Status != "error" || rb.Status != "aborted" {
		t.Errorf("got %s then %s, want error then aborted", ra.Status, rb.Status)
	}
	for _, m := range c.iopubFor(b) {
		if m.Header.MsgType == "stream" {
			t.Errorf("aborted cell printed")
		}
	}
	rep, _ := c.execute("print after", nil)
	if got := decode[executeReply](t, rep).Status; got != "ok" {
		t.Errorf("cell after abort: got %s, want ok", got)
	}
}

func TestInterrupt(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	id := c.send(c.shell, "execute_request", map[string]any{"code": "block"})
	time.Sleep(200 * time.Millisecond)
	t0 := time.Now()
	ir := c.send(c.control, "interrupt_request", map[string]any{})
	if got := c.reply(c.control, ir).Header.MsgType; got != "interrupt_reply" {
		t.Errorf("got %s, want interrupt_reply", got)
	}
	rep := decode[executeReply](t, c.reply(c.shell, id))
	if rep.Status != "error" {
		t.Errorf("interrupted cell: got %s, want error", rep.Status)
	}
	if d := time.Since(t0); d > 2*time.Second {
		t.Errorf("interrupt took %v", d)
	}
}

func TestStdin(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	id := c.send(c.shell, "execute_request", map[string]any{"code": "input", "allow_stdin": true})
	zm, err := c.stdin.Recv()
	if err != nil {
		t.Fatal(err)
	}
	req, err := c.codec.Decode(zm.Frames)
	if err != nil {
		t.Fatal(err)
	}
	ir := decode[inputRequest](t, req)
	if req.Header.MsgType != "input_request" || ir.Prompt != "name? " {
		t.Errorf("got %s %+v, want input_request with the printed prompt", req.Header.MsgType, ir)
	}
	reply := &wire.Message{Header: wire.NewHeader("input_reply", c.session), Content: []byte(`{"value":"bob"}`)}
	reply.Parent, _ = req.RawHeader()
	frames, _ := c.codec.Encode(reply)
	c.stdin.SendMulti(zmq4.NewMsgFrom(frames...))
	c.reply(c.shell, id)
	var out strings.Builder
	for _, m := range c.iopubFor(id) {
		if m.Header.MsgType == "stream" {
			out.WriteString(decode[streamContent](t, m).Text)
		}
	}
	if got, want := out.String(), "got:bob\n"; got != want {
		t.Errorf("stdout: got %q, want %q", got, want)
	}
	// allow_stdin false: the engine gets an error at once.
	rep, _ := c.execute("input", map[string]any{"allow_stdin": false})
	if got := decode[executeReply](t, rep); got.Status != "error" || got.Ename != "InputError" {
		t.Errorf("got %+v, want InputError", got)
	}
}

func TestRepliesToOtherRequests(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	tests := []struct {
		msgType string
		content map[string]any
		reply   string
		check   func(t *testing.T, m *wire.Message)
	}{
		{"complete_request", map[string]any{"code": "hé", "cursor_pos": 2}, "complete_reply", func(t *testing.T, m *wire.Message) {
			r := decode[completeReply](t, m)
			if r.CursorEnd != 2 || len(r.Matches) != 1 {
				t.Errorf("got %+v, want cursor_end 2 (code points)", r)
			}
		}},
		{"inspect_request", map[string]any{"code": "x", "cursor_pos": 1}, "inspect_reply", nil},
		{"is_complete_request", map[string]any{"code": "f {"}, "is_complete_reply", func(t *testing.T, m *wire.Message) {
			if r := decode[isCompleteReply](t, m); r.Status != "incomplete" || r.Indent != "\t" {
				t.Errorf("got %+v", r)
			}
		}},
		{"history_request", map[string]any{"hist_access_type": "tail", "n": 10}, "history_reply", nil},
		{"comm_info_request", map[string]any{}, "comm_info_reply", nil},
		{"execute_request", map[string]any{"code": 5}, "execute_reply", func(t *testing.T, m *wire.Message) {
			if r := decode[executeReply](t, m); r.Status != "error" {
				t.Errorf("malformed execute_request: got %s, want error", r.Status)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.msgType, func(t *testing.T) {
			id := c.send(c.shell, tc.msgType, tc.content)
			rep := c.reply(c.shell, id)
			if rep.Header.MsgType != tc.reply {
				t.Fatalf("got %s, want %s", rep.Header.MsgType, tc.reply)
			}
			if tc.check != nil {
				tc.check(t, rep)
			}
			if got, want := types(c.iopubFor(id)), []string{"status:busy", "status:idle"}; !reflect.DeepEqual(got, want) {
				t.Errorf("iopub got %v, want %v", got, want)
			}
		})
	}
}

func TestCommOpenUnknownTargetIsClosed(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	id := c.send(c.shell, "comm_open", map[string]any{"comm_id": "abc", "target_name": "nope", "data": map[string]any{}})
	io := c.iopubFor(id)
	if got, want := types(io), []string{"status:busy", "comm_close", "status:idle"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	var cc commClose
	json.Unmarshal(io[1].Content, &cc)
	if cc.CommID != "abc" {
		t.Errorf("comm_close for %q, want abc", cc.CommID)
	}
}

func TestBadSignatureDropped(t *testing.T) {
	srv, c, _ := startKernel(t, fakeEngine{})
	forger, _ := wire.NewCodec("hmac-sha256", []byte("wrong key"))
	m := &wire.Message{Header: wire.NewHeader("execute_request", c.session), Content: []byte(`{"code":"print forged"}`)}
	frames, _ := forger.Encode(m)
	c.shell.SendMulti(zmq4.NewMsgFrom(frames...))
	// Garbage of every shape, on shell and control.
	for _, f := range [][][]byte{{[]byte("garbage")}, {[]byte("<IDS|MSG>")}, {}, {[]byte(""), []byte("")}} {
		if len(f) > 0 {
			c.shell.SendMulti(zmq4.NewMsgFrom(f...))
			c.control.SendMulti(zmq4.NewMsgFrom(f...))
		}
	}
	rep, _ := c.execute("result ok", nil)
	if got := decode[executeReply](t, rep); got.Status != "ok" || got.ExecutionCount != 1 {
		t.Errorf("got %+v, want the first counted cell to be ours", got)
	}
	id := c.send(c.control, "kernel_info_request", map[string]any{})
	c.reply(c.control, id)
	_ = srv
}

func TestHeartbeat(t *testing.T) {
	_, c, _ := startKernel(t, fakeEngine{})
	c.send(c.shell, "execute_request", map[string]any{"code": "sleep"})
	for i := 0; i < 3; i++ {
		if err := c.hb.Send(zmq4.NewMsgString("ping")); err != nil {
			t.Fatal(err)
		}
		m, err := c.hb.Recv()
		if err != nil || string(m.Frames[0]) != "ping" {
			t.Fatalf("got %v %v, want ping", m, err)
		}
	}
}

func TestShutdown(t *testing.T) {
	for _, restart := range []bool{false, true} {
		_, c, done := startKernel(t, fakeEngine{})
		id := c.send(c.control, "shutdown_request", map[string]any{"restart": restart})
		rep := decode[shutdownReply](t, c.reply(c.control, id))
		if rep.Status != "ok" || rep.Restart != restart {
			t.Errorf("got %+v", rep)
		}
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return after shutdown")
		}
	}
}
