package wire

import (
	"encoding/json"
	"testing"
)

// BenchmarkDecodeEncode decodes a typical signed execute_request, replies
// to it and encodes the reply: the work of one shell round trip.
func BenchmarkDecodeEncode(b *testing.B) {
	c := newCodec(b, SchemeSHA256, testKey)
	req := &Message{
		Identities: [][]byte{[]byte("\x00k\x8bEg")},
		Header:     NewHeader("execute_request", "5a0b2c1e-7f3d4e5a6b7c8d9e0f1a2b3c"),
		Content: json.RawMessage(`{"code": "for i := range 10 {\n\tfmt.Println(i, \"héllo\")\n}\n", ` +
			`"silent": false, "store_history": true, "user_expressions": {}, "allow_stdin": true, "stop_on_error": true}`),
	}
	frames, err := c.Encode(req)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, f := range frames {
		size += len(f)
	}
	content := map[string]any{"status": "ok", "execution_count": 1, "user_expressions": map[string]any{}}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		m, err := c.Decode(frames)
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Reply(m, "execute_reply", "kernel", content)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.Encode(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode decodes a typical signed execute_request.
func BenchmarkDecode(b *testing.B) {
	c := newCodec(b, SchemeSHA256, testKey)
	frames := signed([][]byte{[]byte("client")}, [4]string{goodHeader, "{}", "{}", goodContent})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Decode(frames); err != nil {
			b.Fatal(err)
		}
	}
}
