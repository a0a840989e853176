package wire

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// jupyterPython returns a Python interpreter that can import
// jupyter_client.session: $GOKERNEL_PYTHON if set (and then only it),
// otherwise Debian's /usr/bin/python3 or python3 on PATH. Without one the
// test is skipped, or fails when the CI environment variable is set.
func jupyterPython(t *testing.T) string {
	t.Helper()
	var candidates []string
	if p := os.Getenv("GOKERNEL_PYTHON"); p != "" {
		candidates = []string{p}
	} else {
		candidates = []string{"/usr/bin/python3"}
		if p, err := exec.LookPath("python3"); err == nil {
			candidates = append(candidates, p)
		}
	}
	for _, p := range candidates {
		if exec.Command(p, "-c", "import jupyter_client.session").Run() == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("no python3 with jupyter_client among %q; CI is set, so this cannot be skipped", candidates)
	}
	t.Skipf("no python3 with jupyter_client among %q", candidates)
	return ""
}

// pyCase is one input of testdata/verify_go.py.
type pyCase struct {
	Name   string   `json:"name"`
	Scheme string   `json:"scheme"`
	Key    []byte   `json:"key"`
	Frames [][]byte `json:"frames"`
}

// pyResult is one output of testdata/verify_go.py.
type pyResult struct {
	Name         string          `json:"name"`
	OK           bool            `json:"ok"`
	Error        string          `json:"error"`
	Identities   [][]byte        `json:"identities"`
	Header       map[string]any  `json:"header"`
	DateIsAware  bool            `json:"date_is_aware"`
	ParentHeader map[string]any  `json:"parent_header"`
	Metadata     json.RawMessage `json:"metadata"`
	Content      json.RawMessage `json:"content"`
	Buffers      [][]byte        `json:"buffers"`
}

// TestJupyterClientVerifiesGo encodes messages with Codec and checks that
// jupyter_client's Session accepts the good ones, rejects the tampered
// ones, and reads the same fields back.
func TestJupyterClientVerifiesGo(t *testing.T) {
	py := jupyterPython(t)
	vf := loadVectors(t)
	req := vf.Vectors[0] // hmac-sha256 execute_request with an extra header field

	type goCase struct {
		msg    *Message
		codec  *Codec
		pyCase pyCase
		wantOK bool
		check  bool // compare the fields Python read with msg
	}
	var cases []goCase
	signers := []struct {
		scheme string
		key    []byte
	}{
		{SchemeSHA256, []byte("go-key-256")},
		{SchemeSHA1, []byte("go-key-1")},
		{SchemeSHA512, []byte("clé-🔑-512")},
		{SchemeSHA256, nil},
	}
	reqMsg, err := newCodec(t, req.Scheme, req.Key).Decode(req.Frames)
	if err != nil {
		t.Fatalf("decode request vector: %v", err)
	}
	reqHeader, err := reqMsg.RawHeader()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range signers {
		c := newCodec(t, s.scheme, s.key)
		name := s.scheme
		if len(s.key) == 0 {
			name = "nokey"
		}
		reply, err := Reply(reqMsg, "execute_reply", "go-session", map[string]any{
			"status": "ok", "execution_count": 3, "text": "héllo, 世界 🚀\u2028\x00",
		})
		if err != nil {
			t.Fatalf("Reply: %v", err)
		}
		reply.Metadata = json.RawMessage(`{"engine":"gokernel"}`)
		reply.Buffers = [][]byte{{0, 1, 0xff}, {}}
		stream := &Message{
			Identities: [][]byte{[]byte("kernel.go.stream")},
			Header:     NewHeader("stream", "go-session"),
			Parent:     reqHeader,
			Content:    json.RawMessage(`{"name":"stdout","text":"plain\n"}`),
		}
		for _, m := range []struct {
			suffix string
			msg    *Message
			tamper bool
		}{
			{"reply", reply, false},
			{"stream", stream, false},
			{"tampered", stream, true},
		} {
			frames, err := c.Encode(m.msg)
			if err != nil {
				t.Fatalf("Encode %s: %v", m.suffix, err)
			}
			if m.tamper {
				frames[len(frames)-1] = []byte(`{"name":"stdout","text":"evil\n"}`)
			}
			cases = append(cases, goCase{
				msg:    m.msg,
				codec:  c,
				pyCase: pyCase{Name: name + "/" + m.suffix, Scheme: s.scheme, Key: s.key, Frames: frames},
				wantOK: !m.tamper || len(s.key) == 0,
				check:  !m.tamper,
			})
		}
	}

	input := struct {
		Cases []pyCase `json:"cases"`
	}{}
	for _, c := range cases {
		input.Cases = append(input.Cases, c.pyCase)
	}
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	inPath := filepath.Join(t.TempDir(), "go_messages.json")
	if err := os.WriteFile(inPath, in, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, py, filepath.Join("testdata", "verify_go.py"), inPath)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("verify_go.py: %v\n%s", err, stderr.Bytes())
	}
	var results []pyResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("parse verify_go.py output: %v\n%s", err, out)
	}
	if len(results) != len(cases) {
		t.Fatalf("got %d results, want %d", len(results), len(cases))
	}
	for i, c := range cases {
		r := results[i]
		t.Run(c.pyCase.Name, func(t *testing.T) {
			if r.OK != c.wantOK {
				t.Fatalf("jupyter_client accepted: got %v (error %q), want %v", r.OK, r.Error, c.wantOK)
			}
			if !r.OK || !c.check {
				return
			}
			checkPyResult(t, r, c.msg)
		})
	}
}

func checkPyResult(t *testing.T, r pyResult, m *Message) {
	t.Helper()
	if !reflect.DeepEqual(nonNil(r.Identities), nonNil(m.Identities)) {
		t.Errorf("got identities %q, want %q", r.Identities, m.Identities)
	}
	h := m.Header
	for key, want := range map[string]string{
		"msg_id": h.MsgID, "msg_type": h.MsgType, "session": h.Session,
		"username": h.Username, "version": h.Version,
	} {
		if got := r.Header[key]; got != want {
			t.Errorf("header %s: got %v, want %q", key, got, want)
		}
	}
	if !r.DateIsAware {
		t.Errorf("jupyter_client did not parse date %q as a timezone-aware datetime", h.Date)
	}
	// Python's isoformat writes "+00:00" where we write "Z".
	pyDate, _ := r.Header["date"].(string)
	gotDate, err1 := time.Parse(time.RFC3339Nano, pyDate)
	wantDate, err2 := time.Parse(DateFormat, h.Date)
	if err1 != nil || err2 != nil || !gotDate.Equal(wantDate) {
		t.Errorf("date: jupyter_client read %q (%v), we wrote %q (%v)", pyDate, err1, h.Date, err2)
	}
	parent, err := m.ParentHeader()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := r.ParentHeader["msg_id"].(string); got != parent.MsgID {
		t.Errorf("parent msg_id: got %q, want %q", got, parent.MsgID)
	}
	if _, ok := r.ParentHeader["subshell_id"]; parent.MsgID != "" && !ok {
		t.Errorf("parent lost the extra header field subshell_id: %v", r.ParentHeader)
	}
	for _, f := range []struct {
		name      string
		got, want json.RawMessage
	}{
		{"metadata", r.Metadata, m.Metadata},
		{"content", r.Content, m.Content},
	} {
		if !jsonEqual(t, f.got, f.want) {
			t.Errorf("%s: got %s, want %s", f.name, f.got, f.want)
		}
	}
	if !reflect.DeepEqual(nonNil(r.Buffers), nonNil(m.Buffers)) {
		t.Errorf("got buffers %q, want %q", r.Buffers, m.Buffers)
	}
}

// jsonEqual reports whether a and b hold the same JSON value; nil counts
// as {}.
func jsonEqual(t *testing.T, a, b json.RawMessage) bool {
	t.Helper()
	var va, vb any
	for _, p := range []struct {
		raw json.RawMessage
		dst *any
	}{{a, &va}, {b, &vb}} {
		raw := p.raw
		if len(raw) == 0 {
			raw = json.RawMessage(emptyObject)
		}
		if err := json.Unmarshal(raw, p.dst); err != nil {
			t.Fatalf("unmarshal %s: %v", raw, err)
		}
	}
	return reflect.DeepEqual(va, vb)
}

// nonNil maps nil and empty inner slices to empty ones so slices from JSON
// and from Go compare equal.
func nonNil(s [][]byte) [][]byte {
	out := [][]byte{}
	for _, b := range s {
		out = append(out, append([]byte{}, b...))
	}
	return out
}
