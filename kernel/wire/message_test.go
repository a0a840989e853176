package wire

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
)

func TestEncode(t *testing.T) {
	c := newCodec(t, SchemeSHA256, testKey)
	h := Header{MsgID: "m1", MsgType: "status", Session: "s", Username: "u", Date: "d", Version: "5.3"}
	tests := []struct {
		name        string
		msg         *Message
		wantParts   [4]string // header, parent, metadata, content; checked when wantErr is nil
		wantIDs     int
		wantBuffers int
		wantErr     error
	}{
		{
			name:      "nil parts become {}",
			msg:       &Message{Header: h},
			wantParts: [4]string{`{"msg_id":"m1","session":"s","username":"u","date":"d","msg_type":"status","version":"5.3"}`, "{}", "{}", "{}"},
		},
		{
			name:        "identities and buffers",
			msg:         &Message{Identities: [][]byte{[]byte("a"), []byte("b")}, Header: h, Content: json.RawMessage(`{"x":1}`), Buffers: [][]byte{{1}, {}}},
			wantParts:   [4]string{`{"msg_id":"m1","session":"s","username":"u","date":"d","msg_type":"status","version":"5.3"}`, "{}", "{}", `{"x":1}`},
			wantIDs:     2,
			wantBuffers: 2,
		},
		{
			name:      "raw parts kept verbatim",
			msg:       &Message{Header: h, Parent: json.RawMessage(` { "msg_id" : "p" } `), Metadata: json.RawMessage(`{"é":"ü"}`), Content: json.RawMessage("{\n}")},
			wantParts: [4]string{`{"msg_id":"m1","session":"s","username":"u","date":"d","msg_type":"status","version":"5.3"}`, ` { "msg_id" : "p" } `, `{"é":"ü"}`, "{\n}"},
		},
		{name: "nil message", msg: nil, wantErr: ErrMalformed},
		{name: "no msg_id", msg: &Message{Header: Header{MsgType: "status"}}, wantErr: ErrMalformed},
		{name: "no msg_type", msg: &Message{Header: Header{MsgID: "m"}}, wantErr: ErrMalformed},
		{name: "content not JSON", msg: &Message{Header: h, Content: json.RawMessage("nope")}, wantErr: ErrMalformed},
		{name: "content a list", msg: &Message{Header: h, Content: json.RawMessage("[]")}, wantErr: ErrMalformed},
		{name: "parent null", msg: &Message{Header: h, Parent: json.RawMessage("null")}, wantErr: ErrMalformed},
		{name: "metadata a number", msg: &Message{Header: h, Metadata: json.RawMessage("1")}, wantErr: ErrMalformed},
		{name: "identity is the delimiter", msg: &Message{Identities: [][]byte{[]byte(Delimiter)}, Header: h}, wantErr: ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			frames, err := c.Encode(tt.msg)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Encode: got error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if got, want := len(frames), tt.wantIDs+1+5+tt.wantBuffers; got != want {
				t.Fatalf("got %d frames, want %d", got, want)
			}
			d := tt.wantIDs
			if string(frames[d]) != Delimiter {
				t.Errorf("got frame %d %q, want the delimiter", d, frames[d])
			}
			parts := frames[d+2 : d+6]
			for i, want := range tt.wantParts {
				if string(parts[i]) != want {
					t.Errorf("got part %d %s, want %s", i, parts[i], want)
				}
			}
			if got, want := frames[d+1], hmacHex(sha256.New, testKey, parts...); !bytes.Equal(got, want) {
				t.Errorf("got signature %s, want %s", got, want)
			}
			if _, err := c.Decode(frames); err != nil {
				t.Errorf("Decode(Encode(m)): %v", err)
			}
		})
	}
}

func TestEncodeUsesRawHeaderUntilChanged(t *testing.T) {
	c := newCodec(t, SchemeSHA256, testKey)
	raw := `{"msg_id":"m1","msg_type":"execute_request","subshell_id":null,"custom":[1,2]}`
	m, err := c.Decode(signed(nil, [4]string{raw, "{}", "{}", "{}"}))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	frames, err := c.Encode(m)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	if got := string(frames[2]); got != raw {
		t.Errorf("unchanged header: got %s, want %s", got, raw)
	}
	m.Header.MsgType = "kernel_info_request"
	frames, err = c.Encode(m)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	want := `{"msg_id":"m1","session":"","username":"","date":"","msg_type":"kernel_info_request","version":""}`
	if got := string(frames[2]); got != want {
		t.Errorf("changed header: got %s, want %s", got, want)
	}
}

func TestReply(t *testing.T) {
	c := newCodec(t, SchemeSHA256, testKey)
	rawReq := `{"msg_id":"req-1","msg_type":"execute_request","session":"client","date":"2024-05-01T12:00:00Z","version":"5.3","subshell_id":null}`
	req, err := c.Decode(signed([][]byte{[]byte("id-1"), []byte("id-2")}, [4]string{rawReq, "{}", "{}", goodContent}))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	rep, err := Reply(req, "execute_reply", "kernel", map[string]any{"status": "ok", "execution_count": 1})
	if err != nil {
		t.Fatalf("Reply: %v", err)
	}
	if string(rep.Parent) != rawReq {
		t.Errorf("got parent %s, want the request header verbatim %s", rep.Parent, rawReq)
	}
	if got, want := string(rep.Content), `{"execution_count":1,"status":"ok"}`; got != want {
		t.Errorf("got content %s, want %s", got, want)
	}
	if string(rep.Metadata) != "{}" {
		t.Errorf("got metadata %s, want {}", rep.Metadata)
	}
	if rep.Header.MsgType != "execute_reply" || rep.Header.Session != "kernel" {
		t.Errorf("got header %+v, want msg_type execute_reply and session kernel", rep.Header)
	}
	if len(rep.Identities) != 2 || string(rep.Identities[0]) != "id-1" || string(rep.Identities[1]) != "id-2" {
		t.Fatalf("got identities %q, want [id-1 id-2]", rep.Identities)
	}
	rep.Identities[0][0] = 'X'
	if string(req.Identities[0]) != "id-1" {
		t.Errorf("reply identities alias the request's: request now has %q", req.Identities[0])
	}
	ph, err := rep.ParentHeader()
	if err != nil || ph.MsgID != "req-1" {
		t.Errorf("ParentHeader: got %+v, %v, want msg_id req-1", ph, err)
	}
	frames, err := c.Encode(rep)
	if err != nil {
		t.Fatalf("Encode(reply): %v", err)
	}
	if _, err := c.Decode(frames); err != nil {
		t.Errorf("Decode(Encode(reply)): %v", err)
	}
}

func TestReplyKeepsHTMLAndUnicode(t *testing.T) {
	req := &Message{Header: NewHeader("execute_request", "s")}
	rep, err := Reply(req, "display_data", "s", map[string]any{"data": map[string]string{"text/html": "<b>é & 🚀</b>"}})
	if err != nil {
		t.Fatalf("Reply: %v", err)
	}
	if got, want := string(rep.Content), `{"data":{"text/html":"<b>é & 🚀</b>"}}`; got != want {
		t.Errorf("got content %s, want %s", got, want)
	}
}

func TestReplyErrors(t *testing.T) {
	req := &Message{Header: NewHeader("kernel_info_request", "s")}
	tests := []struct {
		name    string
		req     *Message
		content any
	}{
		{"nil request", nil, nil},
		{"content a list", req, []int{1}},
		{"content a string", req, "ok"},
		{"content not marshallable", req, map[string]any{"f": func() {}}},
		{"content raw non-object", req, json.RawMessage("null")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m, err := Reply(tt.req, "kernel_info_reply", "s", tt.content); err == nil {
				t.Errorf("Reply: got %+v, want an error", m)
			}
		})
	}
}

func TestReplyNilContentAndBuiltRequest(t *testing.T) {
	req := &Message{Header: Header{MsgID: "x", MsgType: "comm_open"}}
	rep, err := Reply(req, "comm_close", "s", nil)
	if err != nil {
		t.Fatalf("Reply: %v", err)
	}
	if string(rep.Content) != "{}" {
		t.Errorf("got content %s, want {}", rep.Content)
	}
	want := `{"msg_id":"x","session":"","username":"","date":"","msg_type":"comm_open","version":""}`
	if string(rep.Parent) != want {
		t.Errorf("got parent %s, want %s", rep.Parent, want)
	}
	if rep.Identities != nil {
		t.Errorf("got identities %q, want nil", rep.Identities)
	}
}

func TestParentHeader(t *testing.T) {
	tests := []struct {
		name    string
		parent  string
		want    Header
		wantErr bool
	}{
		{"absent", "", Header{}, false},
		{"empty object", "{}", Header{}, false},
		{"spaced empty object", " { } ", Header{}, false},
		{"full", `{"msg_id":"p","msg_type":"execute_request","session":"s","username":"u","date":"d","version":"5.3","x":1}`,
			Header{MsgID: "p", MsgType: "execute_request", Session: "s", Username: "u", Date: "d", Version: "5.3"}, false},
		{"not JSON", "nope", Header{}, true},
		{"null", "null", Header{}, true},
		{"list", "[]", Header{}, true},
		{"no msg_id", `{"msg_type":"t"}`, Header{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Message{Parent: json.RawMessage(tt.parent)}
			got, err := m.ParentHeader()
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParentHeader: got error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr && !errors.Is(err, ErrMalformed) {
				t.Errorf("got error %v, want it to wrap %v", err, ErrMalformed)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestNewHeader(t *testing.T) {
	before := time.Now().UTC().Truncate(time.Microsecond)
	h := NewHeader("execute_reply", "sess")
	after := time.Now().UTC()
	if _, err := uuid.Parse(h.MsgID); err != nil {
		t.Errorf("got msg_id %q, want a UUID: %v", h.MsgID, err)
	}
	if h2 := NewHeader("execute_reply", "sess"); h2.MsgID == h.MsgID {
		t.Errorf("got the same msg_id %q twice, want fresh ones", h.MsgID)
	}
	date, err := time.Parse(DateFormat, h.Date)
	if err != nil {
		t.Fatalf("got date %q, want layout %s: %v", h.Date, DateFormat, err)
	}
	if len(h.Date) != len("2006-01-02T15:04:05.000000Z") {
		t.Errorf("got date %q, want exactly six fractional digits", h.Date)
	}
	if date.Before(before) || date.After(after) {
		t.Errorf("got date %v, want between %v and %v", date, before, after)
	}
	want := Header{MsgID: h.MsgID, Session: "sess", Username: "gokernel", Date: h.Date, MsgType: "execute_reply", Version: "5.3"}
	if h != want {
		t.Errorf("got %+v, want %+v", h, want)
	}
}
