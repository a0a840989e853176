package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// vectorFile is testdata/vectors.json, written by testdata/gen_vectors.py
// with jupyter_client.
type vectorFile struct {
	JupyterClient string       `json:"jupyter_client"`
	Vectors       []vector     `json:"vectors"`
	Connections   []connVector `json:"connections"`
}

// vector is one message serialized by jupyter_client's Session.
type vector struct {
	Name        string   `json:"name"`
	Scheme      string   `json:"scheme"`
	Key         []byte   `json:"key"`
	Frames      [][]byte `json:"frames"`
	Identities  int      `json:"identities"`
	Buffers     int      `json:"buffers"`
	MsgID       string   `json:"msg_id"`
	MsgType     string   `json:"msg_type"`
	ParentMsgID string   `json:"parent_msg_id"`
	Content     any      `json:"content"`
}

// connVector is a connection file written by jupyter_client and the
// endpoints jupyter_client derives from it.
type connVector struct {
	File      string            `json:"file"`
	Endpoints map[string]string `json:"endpoints"`
}

func loadVectors(t testing.TB) vectorFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "vectors.json"))
	if err != nil {
		t.Fatalf("read vectors: %v", err)
	}
	var vf vectorFile
	if err := json.Unmarshal(data, &vf); err != nil {
		t.Fatalf("parse vectors: %v", err)
	}
	if len(vf.Vectors) == 0 {
		t.Fatal("got no vectors, want some")
	}
	return vf
}

func TestJupyterClientVectors(t *testing.T) {
	vf := loadVectors(t)
	for _, v := range vf.Vectors {
		t.Run(v.Name, func(t *testing.T) {
			c := newCodec(t, v.Scheme, v.Key)
			m, err := c.Decode(v.Frames)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if m.Header.MsgID != v.MsgID || m.Header.MsgType != v.MsgType {
				t.Errorf("got msg_id %q msg_type %q, want %q %q", m.Header.MsgID, m.Header.MsgType, v.MsgID, v.MsgType)
			}
			if len(m.Identities) != v.Identities || len(m.Buffers) != v.Buffers {
				t.Errorf("got %d identities and %d buffers, want %d and %d",
					len(m.Identities), len(m.Buffers), v.Identities, v.Buffers)
			}
			ph, err := m.ParentHeader()
			if err != nil || ph.MsgID != v.ParentMsgID {
				t.Errorf("ParentHeader: got msg_id %q (err %v), want %q", ph.MsgID, err, v.ParentMsgID)
			}
			var content any
			if err := json.Unmarshal(m.Content, &content); err != nil {
				t.Fatalf("content: %v", err)
			}
			if !reflect.DeepEqual(content, v.Content) {
				t.Errorf("got content %v, want %v", content, v.Content)
			}

			// Re-encoding must give jupyter_client's frames byte for byte,
			// signature included.
			frames, err := c.Encode(m)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if len(frames) != len(v.Frames) {
				t.Fatalf("got %d frames, want %d", len(frames), len(v.Frames))
			}
			for i := range frames {
				if !bytes.Equal(frames[i], v.Frames[i]) {
					t.Errorf("frame %d: got %q, want %q", i, frames[i], v.Frames[i])
				}
			}

			// A reply's parent is the request header verbatim.
			rep, err := Reply(m, "reply", "kernel", nil)
			if err != nil {
				t.Fatalf("Reply: %v", err)
			}
			if hdr := v.Frames[v.Identities+2]; !bytes.Equal(rep.Parent, hdr) {
				t.Errorf("got reply parent %s, want %s", rep.Parent, hdr)
			}
		})
	}
}

func TestJupyterClientVectorsRejected(t *testing.T) {
	vf := loadVectors(t)
	for _, v := range vf.Vectors {
		if len(v.Key) == 0 {
			continue
		}
		sig := v.Identities + 1
		tamper := func(i int) [][]byte {
			out := append([][]byte(nil), v.Frames...)
			out[i] = append(bytes.Clone(out[i]), ' ')
			return out
		}
		other := SchemeSHA1
		if v.Scheme == SchemeSHA1 {
			other = SchemeSHA256
		}
		tests := []struct {
			name   string
			codec  *Codec
			frames [][]byte
		}{
			{"wrong key", newCodec(t, v.Scheme, append(bytes.Clone(v.Key), 'x')), v.Frames},
			{"wrong scheme", newCodec(t, other, v.Key), v.Frames},
			{"tampered header", newCodec(t, v.Scheme, v.Key), tamper(sig + 1)},
			{"tampered parent", newCodec(t, v.Scheme, v.Key), tamper(sig + 2)},
			{"tampered metadata", newCodec(t, v.Scheme, v.Key), tamper(sig + 3)},
			{"tampered content", newCodec(t, v.Scheme, v.Key), tamper(sig + 4)},
		}
		for _, tt := range tests {
			t.Run(v.Name+"/"+tt.name, func(t *testing.T) {
				if _, err := tt.codec.Decode(tt.frames); !errors.Is(err, ErrBadSignature) {
					t.Errorf("Decode: got error %v, want %v", err, ErrBadSignature)
				}
			})
		}
		if v.Buffers > 0 {
			// Buffers are not signed.
			t.Run(v.Name+"/tampered buffer", func(t *testing.T) {
				c := newCodec(t, v.Scheme, v.Key)
				if _, err := c.Decode(tamper(len(v.Frames) - 1)); err != nil {
					t.Errorf("Decode: got error %v, want nil", err)
				}
			})
		}
	}
}

func TestJupyterClientConnectionFiles(t *testing.T) {
	vf := loadVectors(t)
	if len(vf.Connections) == 0 {
		t.Fatal("got no connection vectors, want some")
	}
	for _, cv := range vf.Connections {
		t.Run(cv.File, func(t *testing.T) {
			info, err := ReadConnectionFile(filepath.Join("testdata", cv.File))
			if err != nil {
				t.Fatalf("ReadConnectionFile: %v", err)
			}
			ports := map[string]int{
				"shell": info.ShellPort, "iopub": info.IOPubPort, "stdin": info.StdinPort,
				"control": info.ControlPort, "hb": info.HBPort,
			}
			for channel, want := range cv.Endpoints {
				if got := info.Endpoint(ports[channel]); got != want {
					t.Errorf("%s: got endpoint %q, want %q", channel, got, want)
				}
			}
			if info.Key != "conn-key-0123" || info.SignatureScheme != SchemeSHA256 || info.KernelName != "gokernel" {
				t.Errorf("got key %q scheme %q kernel %q, want conn-key-0123 hmac-sha256 gokernel",
					info.Key, info.SignatureScheme, info.KernelName)
			}
		})
	}
}
