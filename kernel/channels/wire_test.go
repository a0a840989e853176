package channels

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func TestEncode(t *testing.T) {
	long := bytes.Repeat([]byte{'x'}, 256)
	cases := []struct {
		name   string
		frames [][]byte
		want   []byte
	}{
		{"one frame", frames("hi"), []byte{0, 2, 'h', 'i'}},
		{"empty frame", [][]byte{{}}, []byte{0, 0}},
		{"two frames", frames("", "ab"), []byte{flagMore, 0, 0, 2, 'a', 'b'}},
		{"255 bytes is short", [][]byte{long[:255]}, append([]byte{0, 255}, long[:255]...)},
		{"256 bytes is long", [][]byte{long}, append([]byte{flagLong, 0, 0, 0, 0, 0, 0, 1, 0}, long...)},
		{"long then short", [][]byte{long, []byte("z")},
			append(append([]byte{flagMore | flagLong, 0, 0, 0, 0, 0, 0, 1, 0}, long...), 0, 1, 'z')},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []byte
			for _, b := range encode(nil, tc.frames) {
				got = append(got, b...)
			}
			if !bytes.Equal(got, tc.want) {
				t.Errorf("got % x, want % x", got, tc.want)
			}
		})
	}
}

// streamConn is a net.Conn whose reads come from r, at most chunk bytes
// at a time.
type streamConn struct {
	net.Conn
	r     io.Reader
	chunk int
}

func (c *streamConn) Read(p []byte) (int, error) {
	if len(p) > c.chunk {
		p = p[:c.chunk]
	}
	return c.r.Read(p)
}

func TestGuardConn(t *testing.T) {
	const limit = 1000
	frame := func(flags byte, n int) []byte {
		if flags&flagLong != 0 {
			return append(binary.BigEndian.AppendUint64([]byte{flags}, uint64(n)), make([]byte, n)...)
		}
		return append([]byte{flags, byte(n)}, make([]byte, n)...)
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	cases := []struct {
		name   string
		stream []byte
		tooBig bool
	}{
		{"small frames", cat(greeting("NULL"), frame(flagCommand, 20), frame(0, 200), frame(flagMore, 0), frame(0, 1)), false},
		{"frame at the limit", cat(greeting("NULL"), frame(flagLong, limit)), false},
		{"frame over the limit", cat(greeting("NULL"), frame(flagLong, limit+1)), true},
		{"absurd frame length", cat(greeting("NULL"), []byte{flagLong, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}), true},
		{"message over the limit", cat(greeting("NULL"), frame(flagMore|flagLong, 600), frame(flagLong, 401)), true},
		{"messages each under the limit", cat(greeting("NULL"), frame(flagMore|flagLong, 600), frame(flagLong, 400), frame(flagLong, 600)), false},
		{"commands do not continue a message", cat(greeting("NULL"), frame(flagCommand|flagMore|flagLong, 600), frame(flagLong, 600)), false},
		{"greeting bytes are not frames", cat(bytes.Repeat([]byte{flagLong | 0xf0}, greetingLen), frame(0, 1)), false},
	}
	for _, tc := range cases {
		for _, chunk := range []int{1, 2, 3, 7, 9, 64, 1 << 20} {
			g := newGuardConn(&streamConn{r: bytes.NewReader(tc.stream), chunk: chunk}, limit)
			var err error
			buf := make([]byte, 5)
			for err == nil {
				_, err = g.Read(buf)
			}
			if got := errors.Is(err, errTooLarge); got != tc.tooBig {
				t.Errorf("%s, read %d bytes at a time: got error %v, want too large=%v", tc.name, chunk, err, tc.tooBig)
			}
		}
	}
}

// TestGuardStopsZMQ4Allocation: through the guard, zmq4 reports an
// over-long frame as an error before allocating its announced length.
func TestGuardStopsZMQ4Allocation(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan error, 1)
	go func() {
		nc, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		defer nc.Close()
		zc, err := handshake(newGuardConn(nc, 1<<20), zmq4.Router)
		if err != nil {
			done <- err
			return
		}
		_, err = recvMsg(zc)
		done <- err
	}()
	nc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := nc.Write(append(ready("DEALER"), binary.BigEndian.AppendUint64([]byte{flagLong}, 1<<40)...)); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, errTooLarge) {
		t.Errorf("recv of a 1 TiB frame: got %v, want errTooLarge", err)
	}
}
