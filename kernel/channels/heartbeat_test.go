package channels

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// TestHeartbeat: a zmq4 REQ client gets every ping echoed promptly, also
// while the rest of the kernel is busy: CPU-bound goroutines run, iopub is
// flooded towards a subscriber that never reads, and shell requests pile up
// with nobody calling Recv.
func TestHeartbeat(t *testing.T) {
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{queueMsgs: 100, queueBytes: 1 << 20, maxMsg: 1 << 20, handshake: 5 * time.Second})
			ep := c.Endpoints()
			req := dial(t, zmq4.NewReq(context.Background(), discard()), ep.HB)
			var slowest time.Duration
			ping := func(i int, busy bool) {
				t.Helper()
				start := time.Now()
				want := fmt.Sprintf("ping %d", i)
				if err := req.send([]byte(want)); err != nil {
					t.Fatalf("send: %v", err)
				}
				got, err := req.recv(2 * time.Second)
				if err != nil || !equalFrames(got, frames(want)) {
					t.Fatalf("busy=%v: got %s, %v; want [%s]", busy, show(got), err, want)
				}
				took := time.Since(start)
				if took > time.Second {
					t.Errorf("busy=%v: echo took %v, want < 1s", busy, took)
				}
				slowest = max(slowest, took)
			}
			for i := range 10 {
				ping(i, false)
			}

			ctx, stop := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			defer wg.Wait()
			defer stop()
			for range runtime.GOMAXPROCS(0) {
				wg.Go(func() { // a cell computing
					for x := 0; ctx.Err() == nil; x++ {
						x *= 3
					}
				})
			}
			stuck := dialRaw(t, ep.IOPub, zmq4.Sub, "")
			if err := stuck.send([]byte("\x01")); err != nil {
				t.Fatal(err)
			}
			wg.Go(func() { // a cell printing a lot
				body := make([]byte, 32<<10)
				for ctx.Err() == nil {
					if err := c.Publish([][]byte{[]byte("stream"), body}); err != nil {
						return
					}
				}
			})
			shell := newDealer(t, ep.Shell, "queued")
			defer shell.close() // unblocks its Send once the shell queue is full
			wg.Go(func() {      // requests queued behind the running cell
				for i := 0; ctx.Err() == nil && i < 500; i++ {
					if err := shell.send([]byte("execute_request")); err != nil {
						return
					}
				}
			})
			for i := range 50 {
				ping(i, true)
			}
			t.Logf("slowest echo: %v", slowest)
		})
	}
}

// TestHeartbeatClients: several clients at once, REQ and DEALER (which
// sends no empty delimiter); each gets its own messages back unchanged.
func TestHeartbeatClients(t *testing.T) {
	c := openTest(t, transports()[0].endpoints(t), limits{})
	ep := c.Endpoints().HB
	var wg sync.WaitGroup
	for i := range 4 {
		var cl *client
		if i%2 == 0 {
			cl = dial(t, zmq4.NewReq(context.Background(), discard()), ep)
		} else {
			cl = newDealer(t, ep, fmt.Sprintf("hb-%d", i))
		}
		wg.Go(func() {
			for j := range 20 {
				msg := frames(fmt.Sprintf("client %d", i), fmt.Sprint(j))
				if err := cl.send(msg...); err != nil {
					t.Errorf("client %d send: %v", i, err)
					return
				}
				got, err := cl.recv(5 * time.Second)
				if err != nil || !equalFrames(got, msg) {
					t.Errorf("client %d: got %s, %v; want %s", i, show(got), err, show(msg))
					return
				}
			}
		})
	}
	wg.Wait()
}
