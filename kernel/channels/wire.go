package channels

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
)

// ZMTP 3.x frame flags (https://rfc.zeromq.org/spec/23/).
const (
	flagMore    = 0x01
	flagLong    = 0x02
	flagCommand = 0x04
)

// greetingLen is the size of the ZMTP 3.x greeting that precedes the first
// frame on a connection.
const greetingLen = 64

// errTooLarge reports a frame or message longer than the guard allows.
var errTooLarge = errors.New("message too large")

// encode appends the wire form of one multipart message to bufs: a 2- or
// 9-byte header per frame followed by the frame itself, not copied.
func encode(bufs net.Buffers, frames [][]byte) net.Buffers {
	hdrs := make([]byte, 0, 9*len(frames))
	for i, f := range frames {
		var fl byte
		if i < len(frames)-1 {
			fl |= flagMore
		}
		start := len(hdrs)
		if len(f) > 255 {
			hdrs = append(hdrs, fl|flagLong)
			hdrs = binary.BigEndian.AppendUint64(hdrs, uint64(len(f)))
		} else {
			hdrs = append(hdrs, fl, byte(len(f)))
		}
		bufs = append(bufs, hdrs[start:len(hdrs):len(hdrs)])
		if len(f) > 0 {
			bufs = append(bufs, f)
		}
	}
	return bufs
}

// guardConn watches the bytes zmq4 reads from a connection and fails the
// read that completes a frame header announcing more than max bytes for the
// frame or for the message it belongs to. zmq4 allocates a frame's full
// announced length before reading it, so without this guard one bad header
// could ask for exabytes. Reads happen on one goroutine (the handshake, then
// the connection's reader), so the parser state needs no lock. Writes pass
// straight through.
type guardConn struct {
	net.Conn
	max uint64

	skip    int     // greeting bytes still to pass
	inSize  bool    // reading a frame's size field
	need    int     // size bytes still expected
	sizeBuf [8]byte // size bytes read so far
	sizeN   int     // number of bytes in sizeBuf
	body    uint64  // body bytes still to pass
	more    bool    // the current frame has the MORE flag
	msgLen  uint64  // bytes announced so far by the current message
	err     error   // sticky parse error
}

func newGuardConn(nc net.Conn, max uint64) *guardConn {
	return &guardConn{Conn: nc, max: max, skip: greetingLen}
}

// Read reads from the connection and checks the frame headers it returns.
func (g *guardConn) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.Conn.Read(p)
	if perr := g.inspect(p[:n]); perr != nil {
		// Report no bytes: io.ReadFull drops an error that comes with a
		// full buffer, and the connection is unusable from here on anyway.
		g.err = perr
		return 0, perr
	}
	return n, err
}

// inspect advances the frame parser over b.
func (g *guardConn) inspect(b []byte) error {
	for len(b) > 0 {
		switch {
		case g.skip > 0:
			k := min(g.skip, len(b))
			g.skip -= k
			b = b[k:]
		case g.inSize:
			k := min(g.need, len(b))
			g.sizeN += copy(g.sizeBuf[g.sizeN:], b[:k])
			g.need -= k
			b = b[k:]
			if g.need > 0 {
				continue
			}
			g.inSize = false
			var size uint64
			if g.sizeN == 1 {
				size = uint64(g.sizeBuf[0])
			} else {
				size = binary.BigEndian.Uint64(g.sizeBuf[:])
			}
			if size > g.max || g.msgLen+size > g.max {
				return fmt.Errorf("frame of %d bytes (limit %d): %w", size, g.max, errTooLarge)
			}
			g.msgLen += size
			g.body = size
			if size == 0 {
				g.endFrame()
			}
		case g.body > 0:
			k := uint64(len(b))
			if k > g.body {
				k = g.body
			}
			g.body -= k
			b = b[k:]
			if g.body == 0 {
				g.endFrame()
			}
		default: // a frame's flags byte
			fl := b[0]
			b = b[1:]
			g.more = fl&flagMore != 0 && fl&flagCommand == 0
			g.inSize, g.sizeN, g.need = true, 0, 1
			if fl&flagLong != 0 {
				g.need = 8
			}
		}
	}
	return nil
}

func (g *guardConn) endFrame() {
	if !g.more {
		g.msgLen = 0
	}
}

// handshake runs zmq4's ZMTP greeting and NULL handshake over nc as the
// given socket type. zmq4 panics on some malformed handshakes (an unknown
// Socket-Type, truncated metadata); those panics become errors here.
func handshake(nc net.Conn, typ zmq4.SocketType) (zc *zmq4.Conn, err error) {
	defer func() {
		if r := recover(); r != nil {
			zc, err = nil, fmt.Errorf("malformed handshake: %v", r)
		}
	}()
	return zmq4.Open(nc, null.Security(), typ, nil, true, nil)
}

// recvMsg reads the next message with zmq4, turning a panic on malformed
// input into an error.
func recvMsg(zc *zmq4.Conn) (msg zmq4.Msg, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg, err = zmq4.Msg{}, fmt.Errorf("malformed message: %v", r)
		}
	}()
	return zc.RecvMsg()
}
