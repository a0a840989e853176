package channels

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func TestOpenBindsNamedAddresses(t *testing.T) {
	c := openTest(t, transports()[0].endpoints(t), limits{})
	ep := c.Endpoints()
	seen := make(map[string]bool)
	for _, e := range []string{ep.Shell, ep.Control, ep.Stdin, ep.IOPub, ep.HB} {
		host, port, err := net.SplitHostPort(strings.TrimPrefix(e, "tcp://"))
		if err != nil || host != "127.0.0.1" || port == "0" || seen[port] {
			t.Errorf("bound %q: want tcp://127.0.0.1:PORT with a distinct non-zero port", e)
		}
		seen[port] = true
	}

	ipc := transports()[1].endpoints(t)
	c2, err := Open(context.Background(), ipc, nil)
	if err != nil {
		t.Fatalf("open ipc: %v", err)
	}
	if got := c2.Endpoints(); got != ipc {
		t.Errorf("ipc endpoints: got %+v, want %+v", got, ipc)
	}
	for _, p := range []string{ipc.Shell, ipc.HB} {
		fi, err := os.Stat(strings.TrimPrefix(p, "ipc://"))
		if err != nil || fi.Mode().Type() != fs.ModeSocket {
			t.Errorf("%s: got %v, %v; want a unix socket", p, fi, err)
		}
	}
	if err := c2.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if _, err := os.Stat(strings.TrimPrefix(ipc.Shell, "ipc://")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("socket file after Close: got %v, want it removed", err)
	}
}

func TestOpenErrors(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	live, err := net.Listen("unix", filepath.Join(t.TempDir(), "live"))
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	notSocket := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notSocket, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}

	good := "tcp://127.0.0.1:0"
	cases := []struct {
		name string
		hb   string
	}{
		{"empty", ""},
		{"no transport", "127.0.0.1:5555"},
		{"unknown transport", "udp://127.0.0.1:0"},
		{"inproc", "inproc://hb"},
		{"no port", "tcp://127.0.0.1"},
		{"port in use", "tcp://" + busy.Addr().String()},
		{"empty ipc path", "ipc://"},
		{"ipc in use", "ipc://" + live.Addr().String()},
		{"ipc over a regular file", "ipc://" + notSocket},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Open(context.Background(), Endpoints{Shell: good, Control: good, Stdin: good, IOPub: good, HB: tc.hb}, testLogger(t))
			if err == nil {
				c.Close()
				t.Fatalf("open with hb %q: got nil error, want one", tc.hb)
			}
			if !strings.HasPrefix(err.Error(), "channels: open hb: ") {
				t.Errorf("got error %q, want it to start with %q", err, "channels: open hb: ")
			}
			checkNoGoroutines(t)
		})
	}
	if b, err := os.ReadFile(notSocket); err != nil || string(b) != "keep me" {
		t.Errorf("regular file at an ipc path: got %q, %v; want it untouched", b, err)
	}
	if c, err := net.Dial("unix", live.Addr().String()); err != nil {
		t.Errorf("live socket at an ipc path: %v; want it untouched", err)
	} else {
		c.Close()
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Open(ctx, transports()[0].endpoints(t), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("open with a cancelled context: got %v, want context.Canceled", err)
	}
}

// TestOpenStaleIPC: a socket file left by a kernel that died is replaced.
func TestOpenStaleIPC(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stale")
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: path, Net: "unix"})
	if err != nil {
		t.Fatal(err)
	}
	ln.SetUnlinkOnClose(false)
	ln.Close()
	ep := transports()[0].endpoints(t)
	ep.HB = "ipc://" + path
	c := openTest(t, ep, limits{})
	hb := dial(t, zmq4.NewReq(context.Background(), discard()), c.Endpoints().HB)
	if err := hb.send([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	if m, err := hb.recv(5 * time.Second); err != nil || string(m[0]) != "ping" {
		t.Fatalf("heartbeat over a replaced stale socket: got %s, %v; want [ping]", show(m), err)
	}
}

// TestClose: Close (or cancelling Open's context) disconnects every
// client, unblocks Recv, makes Send and Publish fail with ErrClosed and
// leaves no goroutine behind, whatever state the peers are in.
func TestClose(t *testing.T) {
	for _, how := range []string{"Close", "cancel"} {
		for _, tr := range transports() {
			t.Run(how+"/"+tr.name, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				c, err := open(ctx, tr.endpoints(t), testLogger(t), limits{queueMsgs: 10, queueBytes: 1 << 20, maxMsg: 1 << 20, handshake: time.Minute})
				if err != nil {
					t.Fatal(err)
				}
				ep := c.Endpoints()
				// A peer in every state: talking, stuck, silent, subscribed.
				d := newDealer(t, ep.Shell, "d")
				if err := d.send([]byte("hi")); err != nil {
					t.Fatal(err)
				}
				recvRouter(t, c.Shell(), 5*time.Second)
				stuck := dialRaw(t, ep.Control, zmq4.Dealer, "stuck")
				if err := stuck.send([]byte("hi")); err != nil {
					t.Fatal(err)
				}
				recvRouter(t, c.Control(), 5*time.Second)
				for range 20 {
					c.Control().Send(frames("stuck", string(make([]byte, 1<<20))))
				}
				if err := stuck.send([]byte("unread")); err != nil { // waits in the Router for Recv
					t.Fatal(err)
				}
				dialNet(t, ep.Stdin) // silent
				sub := dialRaw(t, ep.IOPub, zmq4.Sub, "")
				if err := sub.send([]byte("\x01")); err != nil {
					t.Fatal(err)
				}
				for range 100 {
					c.Publish([][]byte{[]byte("x"), make([]byte, 1<<20)})
				}
				hb := dial(t, zmq4.NewReq(context.Background(), discard()), ep.HB)
				if err := hb.send([]byte("ping")); err != nil {
					t.Fatal(err)
				}
				if _, err := hb.recv(5 * time.Second); err != nil {
					t.Fatal(err)
				}
				blocked := make(chan error, 1)
				go func() {
					_, err := c.Stdin().Recv(context.Background())
					blocked <- err
				}()

				if how == "Close" {
					if err := c.Close(); err != nil {
						t.Errorf("close: got %v, want nil", err)
					}
				} else {
					cancel()
				}
				select {
				case err := <-blocked:
					if !errors.Is(err, ErrClosed) {
						t.Errorf("blocked Recv: got %v, want ErrClosed", err)
					}
				case <-time.After(5 * time.Second):
					t.Fatal("Recv still blocked 5s after closing")
				}
				checkNoGoroutines(t)
				if _, err := c.Shell().Recv(context.Background()); !errors.Is(err, ErrClosed) {
					t.Errorf("recv after close: got %v, want ErrClosed", err)
				}
				if err := c.Shell().Send(frames("d", "late")); !errors.Is(err, ErrClosed) {
					t.Errorf("send after close: got %v, want ErrClosed", err)
				}
				if err := c.Publish(frames("late")); !errors.Is(err, ErrClosed) {
					t.Errorf("publish after close: got %v, want ErrClosed", err)
				}
				if _, err := stuck.recv(5 * time.Second); err == nil {
					// Drain what was sent before the close; then EOF.
					for err == nil {
						_, err = stuck.recv(5 * time.Second)
					}
					if errors.Is(err, os.ErrDeadlineExceeded) {
						t.Errorf("peer still connected after close")
					}
				}
				if err := c.Close(); err != nil {
					t.Errorf("second close: got %v, want nil", err)
				}
				if _, err := net.DialTimeout("tcp", strings.TrimPrefix(ep.Shell, "tcp://"), time.Second); tr.name == "tcp" && err == nil {
					t.Errorf("dial after close: got a connection, want the port unbound")
				}
			})
		}
	}
}
