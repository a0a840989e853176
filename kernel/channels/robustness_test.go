package channels

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// greeting is a ZMTP 3.0 greeting for the given mechanism.
func greeting(mechanism string) []byte {
	g := make([]byte, greetingLen)
	g[0], g[9], g[10], g[11] = 0xff, 0x7f, 3, 0
	copy(g[12:32], mechanism)
	return g
}

// command is a ZMTP command frame.
func command(name string, body []byte) []byte {
	b := append([]byte{byte(len(name))}, name...)
	b = append(b, body...)
	if len(b) > 255 {
		return append(binary.BigEndian.AppendUint64([]byte{flagCommand | flagLong}, uint64(len(b))), b...)
	}
	return append([]byte{flagCommand, byte(len(b))}, b...)
}

// property is one ZMTP metadata property.
func property(name, value string) []byte {
	b := append([]byte{byte(len(name))}, name...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(value)))
	return append(b, value...)
}

// ready is a NULL handshake announcing a socket type.
func ready(socketType string) []byte {
	return append(greeting("NULL"), command("READY", property("Socket-Type", socketType))...)
}

// TestMalformedPeers: whatever a peer sends, the kernel drops that peer
// (and only that peer) and keeps serving the others; Recv never fails.
// zmq4 itself panics on several of these inputs.
func TestMalformedPeers(t *testing.T) {
	hugeFrame := binary.BigEndian.AppendUint64([]byte{flagLong}, 1<<62)
	cases := []struct {
		name string
		// send returns the bytes to send to an endpoint expecting peers
		// of socket type peerType.
		send func(peerType string) []byte
	}{
		{"http request", func(string) []byte {
			return []byte("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n" + string(make([]byte, 40)))
		}},
		{"bad greeting signature", func(string) []byte { g := greeting("NULL"); g[9] = 0; return g }},
		{"old ZMTP version", func(string) []byte { g := greeting("NULL"); g[10] = 2; return g }},
		{"PLAIN mechanism", func(string) []byte { return greeting("PLAIN") }},
		{"CURVE mechanism", func(string) []byte { return greeting("CURVE") }},
		{"unknown socket type", func(string) []byte { return ready("BOGUS") }},
		{"empty socket type", func(string) []byte { return ready("") }},
		{"incompatible socket type", func(string) []byte { return ready("PULL") }},
		{"HELLO instead of READY", func(string) []byte { return append(greeting("NULL"), command("HELLO", nil)...) }},
		{"truncated metadata", func(string) []byte {
			return append(greeting("NULL"), command("READY", []byte{5, 'S', 'o', 'c', 'k'})...)
		}},
		{"truncated property length", func(string) []byte {
			return append(greeting("NULL"), command("READY", []byte{1, 'S', 0, 0})...)
		}},
		{"bad command name length", func(string) []byte { return append(greeting("NULL"), flagCommand, 2, 9, 'R') }},
		{"huge command", func(string) []byte { return append(greeting("NULL"), flagCommand|flagLong, 0xff, 0, 0, 0, 0, 0, 0, 0) }},
		{"huge frame after handshake", func(pt string) []byte { return append(ready(pt), hugeFrame...) }},
		{"huge multipart message", func(pt string) []byte {
			b := ready(pt)
			for range 3 {
				b = append(b, binary.BigEndian.AppendUint64([]byte{flagLong | flagMore}, 1<<19)...)
				b = append(b, make([]byte, 1<<19)...)
			}
			return b
		}},
	}
	lim := limits{queueMsgs: 100, queueBytes: 1 << 20, maxMsg: 1 << 20, handshake: 5 * time.Second}
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), lim)
			ep := c.Endpoints()

			// Recv must never fail because of a bad peer.
			ctx, stop := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			recvErr := make(chan error, 1)
			received := make(chan [][]byte, 100)
			wg.Go(func() {
				for {
					m, err := c.Shell().Recv(ctx)
					if err != nil {
						recvErr <- err
						return
					}
					received <- m
				}
			})
			defer func() {
				stop()
				wg.Wait()
				if err := <-recvErr; !errors.Is(err, context.Canceled) {
					t.Errorf("shell Recv: got %v, want only context.Canceled", err)
				}
			}()

			sockets := []struct {
				name, ep, peerType string
			}{
				{"shell", ep.Shell, "DEALER"},
				{"iopub", ep.IOPub, "SUB"},
				{"hb", ep.HB, "REQ"},
			}
			for _, tc := range cases {
				for _, s := range sockets {
					nc := dialNet(t, s.ep)
					nc.SetDeadline(time.Now().Add(5 * time.Second))
					nc.Write(tc.send(s.peerType)) // may fail once the server hangs up
					// The server hangs up: reading ends with EOF or a
					// reset, not with our deadline.
					_, err := io.Copy(io.Discard, nc)
					if errors.Is(err, os.ErrDeadlineExceeded) {
						t.Errorf("%s on %s: connection still open after 5s", tc.name, s.name)
					}
					nc.Close()
				}
			}

			// Everyone else is still served.
			d := newDealer(t, ep.Shell, "good")
			if err := d.send([]byte("still there?")); err != nil {
				t.Fatal(err)
			}
			select {
			case m := <-received:
				if !equalFrames(m, frames("good", "still there?")) {
					t.Fatalf("shell received %s, want the good peer's message", show(m))
				}
			case <-time.After(5 * time.Second):
				t.Fatal("shell received nothing from a good peer after the bad ones")
			}
			if err := c.Shell().Send(frames("good", "yes")); err != nil {
				t.Fatal(err)
			}
			if m, err := d.recv(5 * time.Second); err != nil || string(m[0]) != "yes" {
				t.Fatalf("dealer: got %s, %v; want [yes]", show(m), err)
			}
			hb := dial(t, zmq4.NewReq(context.Background(), discard()), ep.HB)
			if err := hb.send([]byte("ping")); err != nil {
				t.Fatal(err)
			}
			if m, err := hb.recv(5 * time.Second); err != nil || string(m[0]) != "ping" {
				t.Fatalf("heartbeat: got %s, %v; want [ping]", show(m), err)
			}
			checkDelivery(t, c, newSub(t, ep.IOPub).recv, "after bad peers", 5)
		})
	}
}

// TestSilentPeer: a connection that never sends its greeting (a port
// scanner, a client frozen mid-handshake) neither blocks other clients nor
// stays open past the handshake timeout.
func TestSilentPeer(t *testing.T) {
	lim := defaultLimits()
	lim.handshake = 300 * time.Millisecond
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), lim)
			ep := c.Endpoints()
			var silent []net.Conn
			for _, e := range []string{ep.Shell, ep.Control, ep.Stdin, ep.IOPub, ep.HB} {
				silent = append(silent, dialNet(t, e))
			}
			d := newDealer(t, ep.Shell, "talker")
			if err := d.send([]byte("hi")); err != nil {
				t.Fatal(err)
			}
			if got := recvRouter(t, c.Shell(), 5*time.Second); string(got[0]) != "talker" {
				t.Fatalf("got %s, want a message from talker", show(got))
			}
			checkDelivery(t, c, newSub(t, ep.IOPub).recv, "beside a silent peer", 5)

			for _, nc := range silent {
				nc.SetReadDeadline(time.Now().Add(5 * time.Second))
				var got bytes.Buffer
				_, err := io.Copy(&got, nc)
				if errors.Is(err, os.ErrDeadlineExceeded) {
					t.Fatalf("silent connection still open after 5s")
				}
				if got.Len() != greetingLen {
					t.Errorf("silent connection: got %d bytes before hang-up, want the %d-byte greeting", got.Len(), greetingLen)
				}
			}
		})
	}
}
