package dap

import (
	"encoding/json"
	"errors"
	"testing"
)

// The vectors were computed with ipykernel 6.17's murmur2_x86 and
// get_tmp_hash_seed (ipykernel/compiler.py), which agree with JupyterLab's
// hash.ts over the UTF-8 bytes of the code.
func TestMurmur2(t *testing.T) {
	tests := []struct {
		in   string
		want uint32
	}{
		{"", 3990065800},
		{"a", 2167009006},
		{"ab", 2805137849},
		{"abc", 3350977461},
		{"abcd", 804720481},
		{"x := 10\ny := add(x, 5)\nz := y * 2\nfmt.Println(z)\n", 1246587459},
		{"héllo, 世界", 3039637217},
		{"func add(a, b int) int {\n\ts := a + b\n\treturn s\n}\n", 2942599900},
	}
	for _, tt := range tests {
		if got := Murmur2([]byte(tt.in), HashSeed); got != tt.want {
			t.Errorf("Murmur2(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	if got, want := SourcePath("/tmp/k/", "abc", ".go"), "/tmp/k/3350977461.go"; got != want {
		t.Errorf("SourcePath = %q, want %q", got, want)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		command string
		seq     int
		wantErr bool
		err     error // when set, the error wanted
	}{
		{"request", `{"type":"request","seq":3,"command":"next","arguments":{"threadId":1}}`, "next", 3, false, nil},
		{"event", `{"type":"event","seq":3,"event":"stopped"}`, "", 3, true, ErrNotRequest},
		{"no command", `{"type":"request","seq":4}`, "", 4, true, ErrNotRequest},
		{"not json", `{"type":`, "", 0, true, nil},
		{"wrong types", `{"type":"request","seq":"x","command":"next"}`, "next", 0, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Decode([]byte(tt.in))
			if r.Command != tt.command || r.Seq != tt.seq {
				t.Errorf("got command %q seq %d, want %q %d", r.Command, r.Seq, tt.command, tt.seq)
			}
			if (err != nil) != tt.wantErr {
				t.Errorf("got error %v, want error: %v", err, tt.wantErr)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("got error %v, want %v", err, tt.err)
			}
		})
	}
}

func TestArgs(t *testing.T) {
	r, _ := Decode([]byte(`{"type":"request","seq":1,"command":"stackTrace","arguments":{"threadId":7}}`))
	var a StackTraceArguments
	if err := r.Args(&a); err != nil || a.ThreadID != 7 {
		t.Errorf("got %+v, %v, want threadId 7", a, err)
	}
	r, _ = Decode([]byte(`{"type":"request","seq":1,"command":"stackTrace","arguments":{"threadId":"x"}}`))
	if err := r.Args(&a); err == nil {
		t.Errorf("got no error for a string threadId")
	}
	r, _ = Decode([]byte(`{"type":"request","seq":1,"command":"threads"}`))
	if err := r.Args(&a); err != nil {
		t.Errorf("got %v for missing arguments, want none", err)
	}
}

func TestSeq(t *testing.T) {
	var s Seq
	r := Request{Seq: 5, Type: "request", Command: "next"}
	var rep Response
	if err := json.Unmarshal(s.Reply(r, ContinueBody{}), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Seq != 1 || rep.RequestSeq != 5 || !rep.Success || rep.Command != "next" || rep.Type != "response" {
		t.Errorf("got %+v, want seq 1, request_seq 5, success, command next", rep)
	}
	rep = Response{}
	if err := json.Unmarshal(s.Fail(r, "no"), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Seq != 2 || rep.Success || rep.Message != "no" {
		t.Errorf("got %+v, want seq 2, failure with message", rep)
	}
	var ev Event
	if err := json.Unmarshal(s.Event("stopped", StoppedEventBody{Reason: "step", ThreadID: 1}), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Seq != 3 || ev.Type != "event" || ev.Event != "stopped" {
		t.Errorf("got %+v, want seq 3 stopped event", ev)
	}
}

func TestHandles(t *testing.T) {
	var h Handles[string]
	a, b := h.Add("a"), h.Add("b")
	if a != 1 || b != 2 {
		t.Errorf("got handles %d %d, want 1 2", a, b)
	}
	if v, ok := h.Get(b); !ok || v != "b" {
		t.Errorf("Get(%d) = %q %v, want b", b, v, ok)
	}
	for _, bad := range []int{0, -1, 3} {
		if _, ok := h.Get(bad); ok {
			t.Errorf("Get(%d) found a value", bad)
		}
	}
	h.Reset()
	if _, ok := h.Get(a); ok {
		t.Errorf("Get(%d) after Reset found a value", a)
	}
	if c := h.Add("c"); c != 3 {
		t.Errorf("got handle %d after Reset, want 3", c)
	}
}
