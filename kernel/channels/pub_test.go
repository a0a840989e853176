package channels

import (
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// checkDelivery publishes probes until recv sees one (ZeroMQ's slow-joiner
// gap: a subscription takes effect a little after the connection), then
// publishes n messages and checks that all of them arrive, in order.
func checkDelivery(t *testing.T, c *Channels, recv func(time.Duration) ([][]byte, error), tag string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for probed := false; !probed; {
		if time.Now().After(deadline) {
			t.Fatalf("%s: no probe arrived within 10s", tag)
		}
		if err := c.Publish(frames("probe", tag)); err != nil {
			t.Fatalf("publish probe: %v", err)
		}
		for {
			m, err := recv(20 * time.Millisecond)
			if err != nil {
				break
			}
			if equalFrames(m, frames("probe", tag)) {
				probed = true
				break
			}
		}
	}
	for i := range n {
		if err := c.Publish(frames("data", tag, fmt.Sprint(i))); err != nil {
			t.Fatalf("publish: %v", err)
		}
	}
	for i := 0; i < n; {
		m, err := recv(5 * time.Second)
		if err != nil {
			t.Fatalf("%s: message %d of %d: %v", tag, i, n, err)
		}
		if string(m[0]) == "probe" {
			continue // a late copy of a probe
		}
		if want := frames("data", tag, fmt.Sprint(i)); !equalFrames(m, want) {
			t.Fatalf("%s: got %s, want %s", tag, show(m), show(want))
		}
		i++
	}
}

// TestPubReconnect: subscribers come and go, as with a browser reload or a
// second `jupyter console --existing`; every new subscriber receives all
// messages published after its subscription took effect.
func TestPubReconnect(t *testing.T) {
	const cycles, n = 20, 50
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			ep := c.Endpoints().IOPub
			var prev *client
			for i := range cycles {
				// Alternate closing the previous subscriber before and after
				// the next one connects.
				if prev != nil && i%2 == 0 {
					prev.close()
				}
				sub := newSub(t, ep)
				if prev != nil && i%2 == 1 {
					prev.close()
				}
				checkDelivery(t, c, sub.recv, fmt.Sprintf("cycle %d", i), n)
				prev = sub
			}
		})
	}
}

// TestPubTopics: a subscriber receives the messages whose first frame
// starts with one of its subscriptions, and no others.
func TestPubTopics(t *testing.T) {
	c := openTest(t, transports()[0].endpoints(t), limits{})
	sub := dialRaw(t, c.Endpoints().IOPub, zmq4.Sub, "")
	for _, s := range []string{"\x01kernel.", "\x01stat", "\x01x", "\x01x", "\x00x", "\x01y", "\x00y"} {
		if err := sub.send([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	// Wait for the subscriptions to take effect.
	for deadline := time.Now().Add(10 * time.Second); ; {
		if time.Now().After(deadline) {
			t.Fatal("no probe arrived within 10s")
		}
		if err := c.Publish(frames("kernel.probe")); err != nil {
			t.Fatal(err)
		}
		if _, err := sub.recv(20 * time.Millisecond); err == nil {
			break
		}
	}
	next := func() string {
		t.Helper()
		for {
			m, err := sub.recv(5 * time.Second)
			if err != nil {
				t.Fatalf("recv: %v", err)
			}
			if string(m[0]) != "kernel.probe" {
				return string(m[0])
			}
		}
	}
	for _, tc := range []struct {
		topic string
		want  bool
	}{
		{"kernel.1234.status", true},
		{"status", true},
		{"x", true}, // subscribed twice, unsubscribed once
		{"y", false},
		{"stream", false},
		{"kernel", false},
		{"", false},
	} {
		if err := c.Publish(frames(tc.topic, "body")); err != nil {
			t.Fatal(err)
		}
		if err := c.Publish(frames("kernel.end")); err != nil {
			t.Fatal(err)
		}
		got := next()
		if delivered := got == tc.topic; delivered != tc.want {
			t.Errorf("topic %q: got delivered=%v, want %v", tc.topic, delivered, tc.want)
		}
		if got == tc.topic {
			if end := next(); end != "kernel.end" {
				t.Fatalf("got %q, want kernel.end", end)
			}
		}
	}
}

// TestPubStuckSubscriber: a subscriber that connects and never reads must
// neither block Publish nor make memory grow, and must not hold up the
// other subscribers.
func TestPubStuckSubscriber(t *testing.T) {
	const (
		msgs    = 2000
		msgSize = 64 << 10 // 125 MiB published in all
	)
	lim := limits{queueMsgs: 100, queueBytes: 1 << 20, maxMsg: 1 << 20, handshake: 5 * time.Second}
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), lim)
			ep := c.Endpoints().IOPub
			stuck := dialRaw(t, ep, zmq4.Sub, "")
			if err := stuck.send([]byte("\x01")); err != nil {
				t.Fatal(err)
			}
			live := newSub(t, ep)
			checkDelivery(t, c, live.recv, "before", 10)

			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var slowest time.Duration
			for i := range msgs {
				body := make([]byte, msgSize) // a fresh buffer each time, as real messages are
				start := time.Now()
				if err := c.Publish([][]byte{[]byte("flood"), body}); err != nil {
					t.Fatalf("publish %d: %v", i, err)
				}
				slowest = max(slowest, time.Since(start))
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			if slowest > 100*time.Millisecond {
				t.Errorf("slowest Publish: got %v, want < 100ms", slowest)
			}
			// Bounded: each subscriber holds at most one queue plus the batch
			// being written; without a bound this would be ~125 MiB.
			grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
			if grown > 16<<20 {
				t.Errorf("heap grew by %d MiB while publishing to a stuck subscriber, want < 16 MiB", grown>>20)
			}
			t.Logf("slowest Publish %v, heap growth %d KiB", slowest, grown>>10)

			// The live subscriber may have missed some of the flood, but it
			// gets everything published once it has caught up.
			checkDelivery(t, c, func(d time.Duration) ([][]byte, error) {
				for {
					m, err := live.recv(d)
					if err != nil || string(m[0]) != "flood" {
						return m, err
					}
				}
			}, "after", 10)
		})
	}
}

func TestPublishErrors(t *testing.T) {
	c, err := open(t.Context(), transports()[0].endpoints(t), testLogger(t), defaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Publish(nil); err == nil {
		t.Errorf("publish of no frames: got nil, want an error")
	}
	if err := c.Publish(frames("nobody listens")); err != nil {
		t.Errorf("publish without subscribers: got %v, want nil", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Publish(frames("late")); !errors.Is(err, ErrClosed) {
		t.Errorf("publish after close: got %v, want ErrClosed", err)
	}
	checkNoGoroutines(t)
}
