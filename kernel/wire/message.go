// Package wire encodes, signs, verifies and decodes Jupyter wire-protocol
// messages, and reads connection files.
//
// A message travels over ZeroMQ as a multipart message:
//
//	[identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]
//
// The signature is the lowercase hex HMAC of the four JSON frames header,
// parent_header, metadata and content, keyed with the connection file's key
// and hashed with its signature_scheme. An empty key disables signing. The
// format is described by the Jupyter messaging protocol, version 5.3.
package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the Jupyter messaging protocol version written into
// every header created by NewHeader.
const ProtocolVersion = "5.3"

// Username is the username written into every header created by NewHeader.
const Username = "gokernel"

// DateFormat is the time layout of Header.Date: ISO 8601 in UTC with
// microseconds, as jupyter_client writes it.
const DateFormat = "2006-01-02T15:04:05.000000Z"

// Delimiter is the frame that separates the routing identities from the
// signed part of a multipart message.
const Delimiter = "<IDS|MSG>"

// emptyObject is the JSON written for an absent parent, metadata or
// content; each use converts it to a fresh slice.
const emptyObject = "{}"

// Errors returned by this package, always wrapped with the operation and
// detail ("wire: decode: bad signature: ..."); test for them with errors.Is.
var (
	// ErrNoDelimiter means no frame equals Delimiter.
	ErrNoDelimiter = errors.New("no <IDS|MSG> delimiter")
	// ErrBadSignature means the signature frame is empty or does not match
	// the HMAC of the message.
	ErrBadSignature = errors.New("bad signature")
	// ErrMalformed means the frames are not a valid message: too few frames,
	// or a header, parent, metadata or content frame that is not a JSON
	// object of the expected shape.
	ErrMalformed = errors.New("malformed message")
	// ErrUnknownScheme means a signature scheme other than hmac-sha256,
	// hmac-sha1 or hmac-sha512.
	ErrUnknownScheme = errors.New("unknown signature scheme")
)

// Header is the header of a Jupyter message. Fields other than these six
// are not represented here but survive a Decode/Encode round trip and are
// echoed verbatim as the parent of a Reply.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// NewHeader returns a header for a new message of type msgType in session:
// a fresh random UUID as msg_id, the current time in DateFormat, version
// ProtocolVersion and username Username.
func NewHeader(msgType, session string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: Username,
		Date:     time.Now().UTC().Format(DateFormat),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// Message is one Jupyter message, split into its parts. The JSON parts are
// kept raw; callers unmarshal Content into the struct for Header.MsgType.
//
// A Message returned by Decode shares memory with the frames it was decoded
// from.
type Message struct {
	Identities [][]byte        // routing prefix, echoed on replies
	Header     Header          // the parsed header
	Parent     json.RawMessage // parent_header exactly as received or to be sent ("{}" when none)
	Metadata   json.RawMessage // metadata object ("{}" when none)
	Content    json.RawMessage // content object ("{}" when none)
	Buffers    [][]byte        // extra binary frames, not signed

	// rawHeader is the header frame as received and decoded is Header as
	// parsed from it; rawHeader is used verbatim while Header still equals
	// decoded, so fields Header does not model survive.
	rawHeader []byte
	decoded   Header
}

// RawHeader returns the header as it is sent on the wire: the bytes
// received by Decode while Header is unchanged, otherwise Header
// marshalled to JSON.
func (m *Message) RawHeader() (json.RawMessage, error) {
	if m.rawHeader != nil && m.Header == m.decoded {
		return m.rawHeader, nil
	}
	b, err := marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("wire: marshal header: %w", err)
	}
	return b, nil
}

// marshal is json.Marshal without HTML escaping, so text/html outputs are
// not inflated with \u003c escapes; like jupyter_client, it writes UTF-8
// rather than \u escapes.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ParentHeader parses Parent. A message without a parent ("{}" or empty)
// yields the zero Header and no error.
func (m *Message) ParentHeader() (Header, error) {
	if len(bytes.TrimSpace(m.Parent)) == 0 {
		return Header{}, nil
	}
	h, err := parseHeader(m.Parent, true)
	if err != nil {
		return Header{}, fmt.Errorf("wire: parent header: %w", err)
	}
	return h, nil
}

// Reply builds a message of type msgType in session answering req: the
// identities are copied from req, the parent is a copy of req's header
// exactly as it was received (see RawHeader), metadata is "{}" and content
// is content marshalled to JSON without HTML escaping (nil gives "{}").
// Content must marshal to a JSON object.
func Reply(req *Message, msgType, session string, content any) (*Message, error) {
	if req == nil {
		return nil, fmt.Errorf("wire: reply: %w: nil request", ErrMalformed)
	}
	parent, err := req.RawHeader()
	if err != nil {
		return nil, fmt.Errorf("wire: reply: %w", err)
	}
	body := json.RawMessage(emptyObject)
	if content != nil {
		b, err := marshal(content)
		if err != nil {
			return nil, fmt.Errorf("wire: reply: marshal content: %w", err)
		}
		if !isObject(b) {
			return nil, fmt.Errorf("wire: reply: %w: content is not a JSON object", ErrMalformed)
		}
		body = b
	}
	var ids [][]byte
	for _, id := range req.Identities {
		ids = append(ids, bytes.Clone(id))
	}
	return &Message{
		Identities: ids,
		Header:     NewHeader(msgType, session),
		Parent:     bytes.Clone(parent),
		Metadata:   json.RawMessage(emptyObject),
		Content:    body,
	}, nil
}

// parseHeader parses a header object. Keys match exactly (unlike
// encoding/json's case-insensitive struct matching), the six known fields
// must be strings or null, unknown fields are ignored, and msg_id and
// msg_type must be non-empty unless allowEmpty is set and the object is {}.
func parseHeader(b []byte, allowEmpty bool) (Header, error) {
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return Header{}, fmt.Errorf("%w: header is not a JSON object", ErrMalformed)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return Header{}, fmt.Errorf("%w: header: %w", ErrMalformed, err)
	}
	if allowEmpty && len(fields) == 0 {
		return Header{}, nil
	}
	var h Header
	for _, f := range [...]struct {
		key string
		dst *string
	}{
		{"msg_id", &h.MsgID},
		{"session", &h.Session},
		{"username", &h.Username},
		{"date", &h.Date},
		{"msg_type", &h.MsgType},
		{"version", &h.Version},
	} {
		raw, ok := fields[f.key]
		if !ok {
			continue
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return Header{}, fmt.Errorf("%w: header field %s is not a string", ErrMalformed, f.key)
		}
	}
	if h.MsgID == "" {
		return Header{}, fmt.Errorf("%w: header has no msg_id", ErrMalformed)
	}
	if h.MsgType == "" {
		return Header{}, fmt.Errorf("%w: header has no msg_type", ErrMalformed)
	}
	return h, nil
}

// isObject reports whether b is valid JSON whose top-level value is an
// object. The first-byte test comes first so junk is rejected cheaply.
func isObject(b []byte) bool {
	t := bytes.TrimLeft(b, " \t\r\n")
	return len(t) > 0 && t[0] == '{' && json.Valid(b)
}
