// Package dap holds the Debug Adapter Protocol messages of the Jupyter
// debugger: the envelopes of requests, responses and events carried in
// debug_request, debug_reply and debug_event, the typed arguments and
// bodies of the commands JupyterLab sends (including Jupyter's own
// dumpCell, debugInfo, inspectVariables, richInspectVariables and
// copyToGlobals), the Murmur2 hash that names cell sources, and a table
// of numeric handles for variable references and frame ids.
//
// It knows nothing of Go or of the interpreter.
package dap

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
)

// Request is a DAP request. Arguments stay raw until the command's
// handler decodes them into its own struct (see Request.Args).
type Request struct {
	Seq       int             `json:"seq"`
	Type      string          `json:"type"`
	Command   string          `json:"command"`
	Arguments json.RawMessage `json:"arguments,omitempty"`
}

// Response is a DAP response.
type Response struct {
	Seq        int    `json:"seq"`
	Type       string `json:"type"` // "response"
	RequestSeq int    `json:"request_seq"`
	Success    bool   `json:"success"`
	Command    string `json:"command"`
	Message    string `json:"message,omitempty"`
	Body       any    `json:"body,omitempty"`
}

// Event is a DAP event.
type Event struct {
	Seq   int    `json:"seq"`
	Type  string `json:"type"` // "event"
	Event string `json:"event"`
	Body  any    `json:"body,omitempty"`
}

// ErrNotRequest is returned by Decode for a message that is not a DAP
// request.
var ErrNotRequest = errors.New("dap: not a request")

// Decode decodes a request. It returns what it could decode of the
// request together with the error, so that a response can still name the
// command and the sequence number.
func Decode(data []byte) (Request, error) {
	var r Request
	if err := json.Unmarshal(data, &r); err != nil {
		return r, fmt.Errorf("dap: decoding a request: %w", err)
	}
	if r.Type != "request" || r.Command == "" {
		return r, ErrNotRequest
	}
	return r, nil
}

// Args decodes the request's arguments into v; missing arguments leave v
// as it is.
func (r Request) Args(v any) error {
	if len(r.Arguments) == 0 || string(r.Arguments) == "null" {
		return nil
	}
	if err := json.Unmarshal(r.Arguments, v); err != nil {
		return fmt.Errorf("dap: arguments of %s: %w", r.Command, err)
	}
	return nil
}

// Seq numbers the messages an adapter sends. Its zero value is ready to
// use; it is safe for concurrent use.
type Seq struct{ n atomic.Int64 }

// Next returns the next sequence number, from 1.
func (s *Seq) Next() int { return int(s.n.Add(1)) }

// Reply encodes a successful response to r.
func (s *Seq) Reply(r Request, body any) []byte {
	return encode(Response{Seq: s.Next(), Type: "response", RequestSeq: r.Seq, Success: true,
		Command: r.Command, Body: body})
}

// Fail encodes a failed response to r with a message for the user.
func (s *Seq) Fail(r Request, msg string) []byte {
	return encode(Response{Seq: s.Next(), Type: "response", RequestSeq: r.Seq, Success: false,
		Command: r.Command, Message: msg})
}

// Event encodes an event.
func (s *Seq) Event(name string, body any) []byte {
	return encode(Event{Seq: s.Next(), Type: "event", Event: name, Body: body})
}

// encode marshals a message; the messages of this package always
// marshal, a body that does not is replaced by an error message.
func encode(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(map[string]any{"type": "response", "success": false,
			"message": "dap: encoding: " + err.Error()})
	}
	return b
}
