package channels

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// routers lists the three ROUTER channels of c.
func routers(c *Channels) []struct {
	name string
	ep   string
	r    *Router
} {
	ep := c.Endpoints()
	return []struct {
		name string
		ep   string
		r    *Router
	}{
		{"shell", ep.Shell, c.Shell()},
		{"control", ep.Control, c.Control()},
		{"stdin", ep.Stdin, c.Stdin()},
	}
}

func TestRouterRequestReply(t *testing.T) {
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			for _, rt := range routers(c) {
				t.Run(rt.name, func(t *testing.T) {
					d := newDealer(t, rt.ep, "client-"+rt.name)
					for i := range 5 {
						req := frames("<IDS|MSG>", "sig", fmt.Sprintf("request %d", i))
						if err := d.send(req...); err != nil {
							t.Fatalf("dealer send: %v", err)
						}
						got := recvRouter(t, rt.r, 5*time.Second)
						want := append(frames("client-"+rt.name), req...)
						if !equalFrames(got, want) {
							t.Fatalf("router received %s, want %s", show(got), show(want))
						}
						reply := append(frames("client-"+rt.name), frames("<IDS|MSG>", fmt.Sprintf("reply %d", i))...)
						if err := rt.r.Send(reply); err != nil {
							t.Fatalf("router send: %v", err)
						}
						got, err := d.recv(5 * time.Second)
						if err != nil {
							t.Fatalf("dealer recv: %v", err)
						}
						if !equalFrames(got, reply[1:]) {
							t.Fatalf("dealer received %s, want %s", show(got), show(reply[1:]))
						}
					}
				})
			}
		})
	}
}

// TestRouterConcurrentSend sends from several goroutines at once, as the
// kernel does when control replies while shell is busy: every message must
// arrive whole and each sender's messages in order.
func TestRouterConcurrentSend(t *testing.T) {
	const senders, perSender = 8, 200
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			d := newDealer(t, c.Endpoints().Shell, "busy")
			if err := d.send([]byte("hello")); err != nil {
				t.Fatalf("dealer send: %v", err)
			}
			recvRouter(t, c.Shell(), 5*time.Second) // the peer is registered now

			var wg sync.WaitGroup
			for s := range senders {
				wg.Go(func() {
					for i := range perSender {
						msg := frames("busy", fmt.Sprintf("sender %d", s), fmt.Sprint(i), string(make([]byte, 300*(i%3))))
						for {
							err := c.Shell().Send(msg)
							if err == nil {
								break
							}
							if !errors.Is(err, ErrQueueFull) {
								t.Errorf("send: %v", err)
								return
							}
							time.Sleep(time.Millisecond)
						}
					}
				})
			}
			next := make(map[string]int)
			for range senders * perSender {
				m, err := d.recv(10 * time.Second)
				if err != nil {
					t.Fatalf("dealer recv after %v messages: %v", next, err)
				}
				if len(m) != 3 {
					t.Fatalf("got %d frames, want 3: %s", len(m), show(m))
				}
				who, seq := string(m[0]), string(m[1])
				if want := fmt.Sprint(next[who]); seq != want {
					t.Fatalf("%s: got message %s, want %s", who, seq, want)
				}
				next[who]++
			}
			wg.Wait()
		})
	}
}

// TestRouterReconnect: a client disconnects and a new one connects, with a
// new identity or with the same one (jupyter_client reuses its session id).
// The new client gets replies; a Send to the vanished identity fails fast
// without blocking anyone else.
func TestRouterReconnect(t *testing.T) {
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			ep := c.Endpoints().Shell
			for _, tc := range []struct {
				name        string
				first, next string
			}{
				{"new identity", "first", "second"},
				{"same identity", "session", "session"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					roundTrip := func(d *client, id string) {
						t.Helper()
						if err := d.send([]byte("ping " + id)); err != nil {
							t.Fatalf("dealer send: %v", err)
						}
						got := recvRouter(t, c.Shell(), 5*time.Second)
						if string(got[0]) != id {
							t.Fatalf("got identity %q, want %q", got[0], id)
						}
						if err := c.Shell().Send(frames(id, "pong")); err != nil {
							t.Fatalf("router send to %q: %v", id, err)
						}
						m, err := d.recv(5 * time.Second)
						if err != nil || string(m[0]) != "pong" {
							t.Fatalf("dealer %q recv: got %s, %v; want pong", id, show(m), err)
						}
					}
					d1 := newDealer(t, ep, tc.first)
					roundTrip(d1, tc.first)
					d1.close()

					if tc.first != tc.next {
						// Once the server has noticed, the old identity is gone.
						deadline := time.Now().Add(5 * time.Second)
						for {
							start := time.Now()
							err := c.Shell().Send(frames(tc.first, "anyone?"))
							if took := time.Since(start); took > 100*time.Millisecond {
								t.Fatalf("send to vanished peer took %v, want < 100ms", took)
							}
							if errors.Is(err, ErrUnknownPeer) {
								break
							}
							if time.Now().After(deadline) {
								t.Fatalf("send to vanished peer: got %v, want ErrUnknownPeer", err)
							}
							time.Sleep(10 * time.Millisecond)
						}
					}
					roundTrip(newDealer(t, ep, tc.next), tc.next)
				})
			}
		})
	}
}

// TestRouterHandover: a second connection with an identity that is still
// connected takes it over; the first connection is closed.
func TestRouterHandover(t *testing.T) {
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			ep := c.Endpoints().Shell
			old := dialRaw(t, ep, zmq4.Dealer, "same")
			if err := old.send([]byte("from old")); err != nil {
				t.Fatal(err)
			}
			recvRouter(t, c.Shell(), 5*time.Second)
			fresh := dialRaw(t, ep, zmq4.Dealer, "same")
			if err := fresh.send([]byte("from new")); err != nil {
				t.Fatal(err)
			}
			if got := recvRouter(t, c.Shell(), 5*time.Second); string(got[1]) != "from new" {
				t.Fatalf("got %s, want the new connection's message", show(got))
			}
			if err := c.Shell().Send(frames("same", "reply")); err != nil {
				t.Fatalf("send: %v", err)
			}
			got, err := fresh.recv(5 * time.Second)
			if err != nil || !equalFrames(got, frames("reply")) {
				t.Fatalf("new connection: got %s, %v; want [reply]", show(got), err)
			}
			if got, err := old.recv(5 * time.Second); err == nil {
				t.Fatalf("old connection: got %s, want it closed", show(got))
			}
		})
	}
}

// TestRouterAnonymousPeers: peers without an identity get distinct
// generated ones that replies can be routed by.
func TestRouterAnonymousPeers(t *testing.T) {
	c := openTest(t, transports()[0].endpoints(t), limits{})
	ids := make(map[string]*rawPeer)
	for i := range 3 {
		p := dialRaw(t, c.Endpoints().Control, zmq4.Dealer, "")
		if err := p.send([]byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
		got := recvRouter(t, c.Control(), 5*time.Second)
		if len(got[0]) != 5 || got[0][0] != 0 {
			t.Fatalf("got generated identity %x, want 5 bytes starting with 0", got[0])
		}
		if ids[string(got[0])] != nil {
			t.Fatalf("identity %x given twice", got[0])
		}
		ids[string(got[0])] = p
	}
	for id, p := range ids {
		if err := c.Control().Send([][]byte{[]byte(id), []byte("yours")}); err != nil {
			t.Fatalf("send: %v", err)
		}
		if got, err := p.recv(5 * time.Second); err != nil || string(got[0]) != "yours" {
			t.Fatalf("got %s, %v; want [yours]", show(got), err)
		}
	}
}

// TestRouterSendErrors: Send never blocks, whatever the peer does.
func TestRouterSendErrors(t *testing.T) {
	lim := limits{queueMsgs: 10, queueBytes: 1 << 20, maxMsg: 1 << 20, handshake: 5 * time.Second}
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), lim)
			ep := c.Endpoints().Shell

			start := time.Now()
			err := c.Shell().Send(frames("nobody", "hello"))
			if !errors.Is(err, ErrUnknownPeer) || time.Since(start) > 100*time.Millisecond {
				t.Fatalf("send with no peer: got %v after %v, want ErrUnknownPeer at once", err, time.Since(start))
			}
			if err := c.Shell().Send(frames("only-identity")); err == nil {
				t.Fatalf("send without content: got nil, want an error")
			}

			// A peer that never reads: its queue fills, Send reports it.
			stuck := dialRaw(t, ep, zmq4.Dealer, "stuck")
			if err := stuck.send([]byte("hi")); err != nil {
				t.Fatal(err)
			}
			recvRouter(t, c.Shell(), 5*time.Second)
			big := string(make([]byte, 256<<10))
			for i := 0; ; i++ {
				start := time.Now()
				err := c.Shell().Send(frames("stuck", big))
				if took := time.Since(start); took > 100*time.Millisecond {
					t.Fatalf("send %d to a stuck peer took %v, want < 100ms", i, took)
				}
				if errors.Is(err, ErrQueueFull) {
					break
				}
				if err != nil {
					t.Fatalf("send %d to a stuck peer: %v", i, err)
				}
				if i > 10000 {
					t.Fatalf("sent %d messages to a stuck peer, want ErrQueueFull", i)
				}
			}

			// Others are not affected.
			d := newDealer(t, ep, "fine")
			if err := d.send([]byte("hi")); err != nil {
				t.Fatal(err)
			}
			recvRouter(t, c.Shell(), 5*time.Second)
			if err := c.Shell().Send(frames("fine", "reply")); err != nil {
				t.Fatalf("send to a healthy peer: %v", err)
			}
			if m, err := d.recv(5 * time.Second); err != nil || string(m[0]) != "reply" {
				t.Fatalf("healthy peer: got %s, %v; want [reply]", show(m), err)
			}
		})
	}
}

// TestCloseLingers checks that replies queued just before Close reach their
// peer (a shutdown_reply is the last message a kernel sends).
func TestCloseLingers(t *testing.T) {
	ep := transports()[0].endpoints(t)
	c, err := open(t.Context(), ep, testLogger(t), defaultLimits())
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	d := newDealer(t, c.Endpoints().Control, "client")
	if err := d.send(frames("<IDS|MSG>", "hello")...); err != nil {
		t.Fatalf("dealer send: %v", err)
	}
	recvRouter(t, c.Control(), 5*time.Second)
	const n = 1000
	big := string(make([]byte, 4<<10))
	for i := range n {
		if err := c.Control().Send(frames("client", "<IDS|MSG>", fmt.Sprint(i), big)); err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	got := make(chan error, 1)
	go func() {
		for i := range n {
			m, err := d.recv(5 * time.Second)
			if err != nil {
				got <- fmt.Errorf("message %d: %w (want all %d queued replies)", i, err, n)
				return
			}
			if string(m[1]) != fmt.Sprint(i) {
				got <- fmt.Errorf("message %d: got %q, want %q", i, m[1], fmt.Sprint(i))
				return
			}
		}
		got <- nil
	}()
	if err := c.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	checkNoGoroutines(t)
}
