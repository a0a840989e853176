package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

var testKey = []byte("0123456789abcdef-test-key")

// hmacHex computes a signature independently of Codec.sign.
func hmacHex(newHash func() hash.Hash, key []byte, parts ...[]byte) []byte {
	mac := hmac.New(newHash, key)
	for _, p := range parts {
		mac.Write(p)
	}
	return []byte(hex.EncodeToString(mac.Sum(nil)))
}

// signedFrames builds [ids..., delimiter, sha256 signature, parts..., buffers...].
func signed(ids [][]byte, parts [4]string, buffers ...[]byte) [][]byte {
	var frames [][]byte
	frames = append(frames, ids...)
	p := [][]byte{[]byte(parts[0]), []byte(parts[1]), []byte(parts[2]), []byte(parts[3])}
	frames = append(frames, []byte(Delimiter), hmacHex(sha256.New, testKey, p...))
	frames = append(frames, p...)
	return append(frames, buffers...)
}

// withSig replaces the signature frame (index len(ids)+1) of frames.
func withSig(frames [][]byte, at int, sig []byte) [][]byte {
	out := append([][]byte(nil), frames...)
	out[at] = sig
	return out
}

func newCodec(t testing.TB, scheme string, key []byte) *Codec {
	t.Helper()
	c, err := NewCodec(scheme, key)
	if err != nil {
		t.Fatalf("NewCodec(%q): %v", scheme, err)
	}
	return c
}

const (
	goodHeader  = `{"msg_id":"m1","msg_type":"execute_request","session":"s","username":"u","date":"2024-05-01T12:00:00.000000Z","version":"5.3"}`
	goodContent = `{"code":"1+1","silent":false}`
)

func TestDecodeMalformed(t *testing.T) {
	keyed := newCodec(t, SchemeSHA256, testKey)
	unkeyed := newCodec(t, SchemeSHA256, nil)
	id := [][]byte{[]byte("client")}
	good := signed(id, [4]string{goodHeader, "{}", "{}", goodContent})
	goodSig := good[2]
	junk := make([]byte, 4096)
	rand.NewChaCha8([32]byte{1, 2}).Read(junk)
	mib := bytes.Repeat([]byte("garbage\x00\xff"), (1<<20)/9+1)
	sha1Sig := hmacHex(sha1.New, testKey, good[3:7]...)

	tests := []struct {
		name   string
		codec  *Codec
		frames [][]byte
		want   error // nil: must decode
	}{
		{"valid", keyed, good, nil},
		{"valid with buffers", keyed, signed(id, [4]string{goodHeader, "{}", "{}", goodContent}, []byte{0}, nil), nil},
		{"valid without identities", keyed, signed(nil, [4]string{goodHeader, "{}", "{}", goodContent}), nil},
		{"valid empty parent metadata content frames", keyed, signed(nil, [4]string{goodHeader, "", "", ""}), nil},
		{"no key ignores signature", unkeyed, withSig(good, 2, []byte("anything")), nil},
		{"no key accepts empty signature", unkeyed, withSig(good, 2, nil), nil},
		{"no frames", keyed, nil, ErrNoDelimiter},
		{"missing delimiter", keyed, append(append([][]byte(nil), good[:1]...), good[2:]...), ErrNoDelimiter},
		{"delimiter prefix only", keyed, [][]byte{[]byte("<IDS|MSG"), goodSig}, ErrNoDelimiter},
		{"delimiter at the end", keyed, [][]byte{[]byte("client"), []byte(Delimiter)}, ErrMalformed},
		{"too few frames", keyed, good[:len(good)-1], ErrMalformed},
		{"signature frame missing", keyed, append(good[:2:2], good[3:]...), ErrMalformed},
		{"signature frame missing with buffer", keyed, append(append(good[:2:2], good[3:]...), []byte("buf")), ErrBadSignature},
		{"empty signature with key", keyed, withSig(good, 2, nil), ErrBadSignature},
		{"bad signature", keyed, withSig(good, 2, bytes.Repeat([]byte("0"), 64)), ErrBadSignature},
		{"uppercase signature", keyed, withSig(good, 2, bytes.ToUpper(goodSig)), ErrBadSignature},
		{"wrong-length signature", keyed, withSig(good, 2, goodSig[:63]), ErrBadSignature},
		{"overlong signature", keyed, withSig(good, 2, append(bytes.Clone(goodSig), '0')), ErrBadSignature},
		{"sha1 signature for sha256 codec", keyed, withSig(good, 2, sha1Sig), ErrBadSignature},
		{"tampered content", keyed, withSig(good, 6, []byte(`{"code":"rm -rf /","silent":false}`)), ErrBadSignature},
		{"header not JSON", keyed, signed(id, [4]string{"not json", "{}", "{}", goodContent}), ErrMalformed},
		{"header a JSON list", keyed, signed(id, [4]string{`["msg_id","m1"]`, "{}", "{}", goodContent}), ErrMalformed},
		{"header null", keyed, signed(id, [4]string{"null", "{}", "{}", goodContent}), ErrMalformed},
		{"header empty frame", keyed, signed(id, [4]string{"", "{}", "{}", goodContent}), ErrMalformed},
		{"header {}", keyed, signed(id, [4]string{"{}", "{}", "{}", goodContent}), ErrMalformed},
		{"header without msg_id", keyed, signed(id, [4]string{`{"msg_type":"t"}`, "{}", "{}", goodContent}), ErrMalformed},
		{"header with empty msg_type", keyed, signed(id, [4]string{`{"msg_id":"m","msg_type":""}`, "{}", "{}", goodContent}), ErrMalformed},
		{"header msg_id a number", keyed, signed(id, [4]string{`{"msg_id":5,"msg_type":"t"}`, "{}", "{}", goodContent}), ErrMalformed},
		{"header keys in upper case", keyed, signed(id, [4]string{`{"MSG_ID":"m","MSG_TYPE":"t"}`, "{}", "{}", goodContent}), ErrMalformed},
		{"header truncated", keyed, signed(id, [4]string{goodHeader[:40], "{}", "{}", goodContent}), ErrMalformed},
		{"binary junk without delimiter", keyed, [][]byte{junk[:100], junk[100:2000], junk[2000:]}, ErrNoDelimiter},
		{"binary junk after delimiter", unkeyed, [][]byte{[]byte(Delimiter), junk[:64], junk[64:500], junk[500:900], junk[900:1000], junk[1000:]}, ErrMalformed},
		{"1 MiB garbage identity", keyed, [][]byte{mib}, ErrNoDelimiter},
		{"1 MiB garbage header", keyed, signed(id, [4]string{string(mib), "{}", "{}", goodContent}), ErrMalformed},
		{"1 MiB garbage content", keyed, signed(id, [4]string{goodHeader, "{}", "{}", string(mib)}), ErrMalformed},
		{"1 MiB garbage signature", keyed, withSig(good, 2, mib), ErrBadSignature},
		{"content not JSON", keyed, signed(id, [4]string{goodHeader, "{}", "{}", "print(1)"}), ErrMalformed},
		{"content a JSON list", keyed, signed(id, [4]string{goodHeader, "{}", "{}", "[1,2]"}), ErrMalformed},
		{"content truncated", keyed, signed(id, [4]string{goodHeader, "{}", "{}", `{"code":`}), ErrMalformed},
		{"content with trailing garbage", keyed, signed(id, [4]string{goodHeader, "{}", "{}", `{} {}`}), ErrMalformed},
		{"content whitespace only", keyed, signed(id, [4]string{goodHeader, "{}", "{}", "  "}), ErrMalformed},
		{"parent null", keyed, signed(id, [4]string{goodHeader, "null", "{}", goodContent}), ErrMalformed},
		{"metadata a string", keyed, signed(id, [4]string{goodHeader, "{}", `"meta"`, goodContent}), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.codec.Decode(tt.frames)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Decode: got error %v, want nil", err)
				}
				if m.Header.MsgID != "m1" {
					t.Errorf("got msg_id %q, want %q", m.Header.MsgID, "m1")
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode: got error %v, want %v", err, tt.want)
			}
			if m != nil {
				t.Errorf("Decode: got message %+v with error, want nil", m)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "wire: decode: ") || len(msg) > 300 {
				t.Errorf("got error text %.300q, want short text starting with %q", msg, "wire: decode: ")
			}
		})
	}
}

func TestDecodeFields(t *testing.T) {
	c := newCodec(t, SchemeSHA256, testKey)
	ids := [][]byte{[]byte("a"), {0, 0xff}}
	frames := signed(ids, [4]string{goodHeader, "", ` {"x":1} `, goodContent}, []byte("b1"), []byte{})
	m, err := c.Decode(frames)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	want := Header{MsgID: "m1", Session: "s", Username: "u", Date: "2024-05-01T12:00:00.000000Z", MsgType: "execute_request", Version: "5.3"}
	if m.Header != want {
		t.Errorf("got header %+v, want %+v", m.Header, want)
	}
	for _, f := range []struct {
		name      string
		got, want []byte
	}{
		{"parent", m.Parent, []byte("{}")},
		{"metadata", m.Metadata, []byte(` {"x":1} `)},
		{"content", m.Content, []byte(goodContent)},
	} {
		if !bytes.Equal(f.got, f.want) {
			t.Errorf("got %s %q, want %q", f.name, f.got, f.want)
		}
	}
	if fmt.Sprint(m.Identities) != fmt.Sprint(ids) {
		t.Errorf("got identities %q, want %q", m.Identities, ids)
	}
	if len(m.Buffers) != 2 || string(m.Buffers[0]) != "b1" || len(m.Buffers[1]) != 0 {
		t.Errorf("got buffers %q, want [b1 \"\"]", m.Buffers)
	}
	// Appending to the decoded slices must not overwrite the caller's frames.
	_ = append(m.Identities, []byte("x"))
	if !bytes.Equal(frames[2], []byte(Delimiter)) {
		t.Errorf("append to Identities clobbered frame 2: got %q", frames[2])
	}
}

func TestNewCodecSchemes(t *testing.T) {
	tests := []struct {
		scheme string
		sigLen int // 0: scheme rejected
	}{
		{SchemeSHA256, 64},
		{SchemeSHA1, 40},
		{SchemeSHA512, 128},
		{"", 0},
		{"hmac-md5", 0},
		{"HMAC-SHA256", 0},
		{"sha256", 0},
		{"hmac-sha3_256", 0},
	}
	for _, tt := range tests {
		t.Run(tt.scheme, func(t *testing.T) {
			c, err := NewCodec(tt.scheme, testKey)
			if tt.sigLen == 0 {
				if !errors.Is(err, ErrUnknownScheme) {
					t.Fatalf("NewCodec(%q): got error %v, want %v", tt.scheme, err, ErrUnknownScheme)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewCodec(%q): %v", tt.scheme, err)
			}
			frames, err := c.Encode(&Message{Header: NewHeader("status", "s")})
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if got := len(frames[1]); got != tt.sigLen {
				t.Errorf("got signature length %d, want %d", got, tt.sigLen)
			}
			if c.Scheme() != tt.scheme {
				t.Errorf("got Scheme() %q, want %q", c.Scheme(), tt.scheme)
			}
		})
	}
}

func TestNewCodecCopiesKey(t *testing.T) {
	key := bytes.Clone(testKey)
	c := newCodec(t, SchemeSHA256, key)
	key[0] ^= 0xff
	if _, err := c.Decode(signed(nil, [4]string{goodHeader, "{}", "{}", "{}"})); err != nil {
		t.Errorf("Decode after caller changed its key slice: got %v, want nil", err)
	}
}

func TestCodecConcurrent(t *testing.T) {
	c := newCodec(t, SchemeSHA512, testKey)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				m := &Message{
					Header:  NewHeader("stream", "s"),
					Content: json.RawMessage(fmt.Sprintf(`{"g":%d,"i":%d}`, g, i)),
				}
				frames, err := c.Encode(m)
				if err != nil {
					errs <- err
					return
				}
				got, err := c.Decode(frames)
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got.Content, m.Content) {
					errs <- fmt.Errorf("got content %s, want %s", got.Content, m.Content)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
