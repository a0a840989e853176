package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"sync"
)

// Signature schemes understood by NewCodec, as written in connection files.
const (
	SchemeSHA256 = "hmac-sha256" // the default of jupyter_client
	SchemeSHA1   = "hmac-sha1"
	SchemeSHA512 = "hmac-sha512"
)

// signedFrames is the number of frames after the delimiter that every
// message has: signature, header, parent_header, metadata and content.
const signedFrames = 5

// hashFor returns the hash constructor for a signature scheme.
func hashFor(scheme string) (func() hash.Hash, error) {
	switch scheme {
	case SchemeSHA256:
		return sha256.New, nil
	case SchemeSHA1:
		return sha1.New, nil
	case SchemeSHA512:
		return sha512.New, nil
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownScheme, scheme)
}

// Codec converts between multipart frames and Messages, signing with a
// fixed scheme and key. It is safe for concurrent use.
type Codec struct {
	scheme string
	signed bool      // key is non-empty
	macs   sync.Pool // of hash.Hash: HMACs keyed with the key, used one at a time
}

// NewCodec returns a Codec for the connection file's signature_scheme and
// key. The scheme must be hmac-sha256, hmac-sha1 or hmac-sha512 even when
// key is empty; an empty key disables signing: Encode writes an empty
// signature frame and Decode does not check it.
func NewCodec(scheme string, key []byte) (*Codec, error) {
	newHash, err := hashFor(scheme)
	if err != nil {
		return nil, fmt.Errorf("wire: new codec: %w", err)
	}
	c := &Codec{scheme: scheme, signed: len(key) > 0}
	k := bytes.Clone(key)
	c.macs.New = func() any { return hmac.New(newHash, k) }
	return c, nil
}

// Scheme returns the signature scheme the Codec was created with.
func (c *Codec) Scheme() string { return c.scheme }

// sign returns the lowercase hex HMAC of parts, or an empty slice when the
// Codec has no key.
func (c *Codec) sign(parts [][]byte) []byte {
	if !c.signed {
		return []byte{}
	}
	mac := c.macs.Get().(hash.Hash)
	defer c.macs.Put(mac)
	mac.Reset()
	for _, p := range parts {
		mac.Write(p)
	}
	var sum [sha512.Size]byte
	s := mac.Sum(sum[:0])
	out := make([]byte, hex.EncodedLen(len(s)))
	hex.Encode(out, s)
	return out
}

// Decode parses a multipart message. It finds the delimiter, verifies the
// signature in constant time before looking at any JSON, then checks that
// the header is a JSON object with non-empty msg_id and msg_type and that
// parent_header, metadata and content are JSON objects (an empty frame
// stands for "{}"). Errors wrap ErrNoDelimiter, ErrBadSignature or
// ErrMalformed. The Message shares memory with frames.
func (c *Codec) Decode(frames [][]byte) (*Message, error) {
	d := -1
	for i, f := range frames {
		if string(f) == Delimiter {
			d = i
			break
		}
	}
	if d < 0 {
		return nil, fmt.Errorf("wire: decode: %w in %d frames", ErrNoDelimiter, len(frames))
	}
	rest := frames[d+1:]
	if len(rest) < signedFrames {
		return nil, fmt.Errorf("wire: decode: %w: got %d frames after the delimiter, want at least %d",
			ErrMalformed, len(rest), signedFrames)
	}
	sig, parts := rest[0], rest[1:signedFrames]
	if c.signed {
		if len(sig) == 0 {
			return nil, fmt.Errorf("wire: decode: %w: message is unsigned", ErrBadSignature)
		}
		if !hmac.Equal(sig, c.sign(parts)) {
			return nil, fmt.Errorf("wire: decode: %w: %s mismatch", ErrBadSignature, c.scheme)
		}
	}
	h, err := parseHeader(parts[0], false)
	if err != nil {
		return nil, fmt.Errorf("wire: decode: %w", err)
	}
	m := &Message{Header: h, rawHeader: parts[0], decoded: h}
	for _, p := range [...]struct {
		name string
		src  []byte
		dst  *json.RawMessage
	}{
		{"parent_header", parts[1], &m.Parent},
		{"metadata", parts[2], &m.Metadata},
		{"content", parts[3], &m.Content},
	} {
		if *p.dst, err = object(p.src, p.name); err != nil {
			return nil, fmt.Errorf("wire: decode: %w", err)
		}
	}
	if d > 0 {
		m.Identities = frames[:d:d]
	}
	if len(rest) > signedFrames {
		m.Buffers = rest[signedFrames:len(rest):len(rest)]
	}
	return m, nil
}

// Encode returns the frames of m, signed. A nil or empty Parent, Metadata
// or Content is sent as "{}"; otherwise each must be a JSON object. The
// header must have a non-empty msg_id and msg_type, and no identity may
// equal Delimiter. Errors wrap ErrMalformed. The frames share memory with m.
func (c *Codec) Encode(m *Message) ([][]byte, error) {
	if m == nil {
		return nil, fmt.Errorf("wire: encode: %w: nil message", ErrMalformed)
	}
	if m.Header.MsgID == "" || m.Header.MsgType == "" {
		return nil, fmt.Errorf("wire: encode: %w: header needs msg_id and msg_type", ErrMalformed)
	}
	for i, id := range m.Identities {
		if string(id) == Delimiter {
			return nil, fmt.Errorf("wire: encode: %w: identity %d is the delimiter", ErrMalformed, i)
		}
	}
	header, err := m.RawHeader()
	if err != nil {
		return nil, fmt.Errorf("wire: encode: %w", err)
	}
	parts := [][]byte{header, nil, nil, nil}
	for i, p := range [...]struct {
		name string
		src  []byte
	}{
		{"parent_header", m.Parent},
		{"metadata", m.Metadata},
		{"content", m.Content},
	} {
		if parts[i+1], err = object(p.src, p.name); err != nil {
			return nil, fmt.Errorf("wire: encode: %w", err)
		}
	}
	frames := make([][]byte, 0, len(m.Identities)+1+signedFrames+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, []byte(Delimiter), c.sign(parts))
	frames = append(frames, parts...)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// object returns b if it is a JSON object, "{}" if it is empty, and an
// error wrapping ErrMalformed naming the frame otherwise.
func object(b []byte, name string) (json.RawMessage, error) {
	if len(b) == 0 {
		return json.RawMessage(emptyObject), nil
	}
	if !isObject(b) {
		return nil, fmt.Errorf("%w: %s is not a JSON object", ErrMalformed, name)
	}
	return b, nil
}
