package wire

import (
	"bytes"
	"errors"
	"testing"
)

// fuzzSep separates frames in a fuzz input. Frames containing it are split
// further, which only makes for other interesting inputs.
var fuzzSep = []byte("\n|\n")

// joinFrames is the inverse of bytes.Split(data, fuzzSep).
func joinFrames(frames [][]byte) []byte { return bytes.Join(frames, fuzzSep) }

// fuzzCodecs returns a codec without a key, which lets the fuzzer reach
// the JSON checks, and one per key used by the seed corpus.
func fuzzCodecs(f *testing.F, vf vectorFile) []*Codec {
	codecs := []*Codec{newCodec(f, SchemeSHA256, nil), newCodec(f, SchemeSHA256, testKey)}
	seen := map[string]bool{}
	for _, v := range vf.Vectors {
		if id := v.Scheme + "\x00" + string(v.Key); len(v.Key) > 0 && !seen[id] {
			seen[id] = true
			codecs = append(codecs, newCodec(f, v.Scheme, v.Key))
		}
	}
	return codecs
}

// FuzzDecode checks that Decode never panics, that every error it returns
// wraps one of its three sentinels, and that a decoded message survives
// Encode and a second Decode unchanged.
func FuzzDecode(f *testing.F) {
	vf := loadVectors(f)
	for _, v := range vf.Vectors {
		f.Add(joinFrames(v.Frames))
	}
	id := [][]byte{[]byte("client")}
	for _, frames := range [][][]byte{
		signed(id, [4]string{goodHeader, "{}", "{}", goodContent}),
		signed(id, [4]string{goodHeader, "", "", ""}, []byte("buf")),
		signed(id, [4]string{`{"msg_id":"m","msg_type":"t","x":{"y":[1,null]}}`, `{"msg_id":"p","msg_type":"q"}`, "{}", `{"a":"\u00e9"}`}),
		signed(nil, [4]string{"not json", "{}", "{}", "{}"}),
		signed(nil, [4]string{`[]`, "{}", "{}", "{}"}),
		signed(nil, [4]string{`{}`, "{}", "{}", "{}"}),
		signed(nil, [4]string{goodHeader, "{}", "{}", "[1]"}),
		{[]byte(Delimiter)},
		{[]byte("a"), []byte(Delimiter), []byte("sig")},
		{[]byte("<IDS|MSG"), []byte("x")},
		{[]byte(Delimiter), nil, []byte(`{"msg_id":"m","msg_type":"t"}`), nil, nil, nil, []byte(Delimiter)},
		{[]byte(Delimiter), nil, []byte(`{"msg_id":"m","msg_type":"t","MSG_ID":1}`), []byte("{ }"), []byte(" {}"), []byte("{}\n")},
		{[]byte{0xff, 0x00, 0x80}, []byte(Delimiter), []byte("0000"), []byte{'{', 0xff, '}'}, nil, nil, nil},
	} {
		f.Add(joinFrames(frames))
	}
	codecs := fuzzCodecs(f, vf)

	f.Fuzz(func(t *testing.T, data []byte) {
		frames := bytes.Split(data, fuzzSep)
		for _, c := range codecs {
			checkRoundTrip(t, c, frames)
		}
	})
}

// checkRoundTrip decodes frames with c and, when that succeeds, checks that
// Encode reproduces them and that decoding the result gives the same
// message.
func checkRoundTrip(t *testing.T, c *Codec, frames [][]byte) {
	m, err := c.Decode(frames)
	if err != nil {
		if !errors.Is(err, ErrNoDelimiter) && !errors.Is(err, ErrBadSignature) && !errors.Is(err, ErrMalformed) {
			t.Fatalf("Decode: got error %v, want one wrapping a sentinel", err)
		}
		return
	}
	out, err := c.Encode(m)
	if err != nil {
		t.Fatalf("Encode(Decode(x)): %v", err)
	}
	if len(out) != len(frames) {
		t.Fatalf("Encode(Decode(x)): got %d frames, want %d", len(out), len(frames))
	}
	d := len(m.Identities)
	substituted := false // an empty JSON frame was sent back as {}
	for i := range out {
		want := frames[i]
		switch {
		case i == d+1:
			continue // signature, checked below
		case i >= d+3 && i <= d+5 && len(want) == 0:
			want, substituted = []byte("{}"), true
		}
		if !bytes.Equal(out[i], want) {
			t.Fatalf("Encode(Decode(x)) frame %d: got %q, want %q", i, out[i], want)
		}
	}
	if c.signed && !substituted && !bytes.Equal(out[d+1], frames[d+1]) {
		t.Fatalf("Encode(Decode(x)) signature: got %q, want %q", out[d+1], frames[d+1])
	}
	m2, err := c.Decode(out)
	if err != nil {
		t.Fatalf("Decode(Encode(Decode(x))): %v", err)
	}
	if m2.Header != m.Header || !bytes.Equal(m2.Parent, m.Parent) ||
		!bytes.Equal(m2.Metadata, m.Metadata) || !bytes.Equal(m2.Content, m.Content) ||
		!equalFrames(m2.Identities, m.Identities) || !equalFrames(m2.Buffers, m.Buffers) {
		t.Fatalf("Decode(Encode(Decode(x))): got %+v, want %+v", m2, m)
	}
}

func equalFrames(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
