package channels

// These tests run plain zmq4 sockets through the scenarios the package's
// other tests run against Channels, and pass when zmq4 shows the failure
// that made this package handle connections itself. They document why the
// package exists and tell whether a newer zmq4 still needs it. They are
// slow or crash child processes on purpose, so they run only with
// GOKERNEL_ZMQ4_REPRO=1.

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func requireRepro(t *testing.T) {
	t.Helper()
	if os.Getenv("GOKERNEL_ZMQ4_REPRO") == "" {
		t.Skip("set GOKERNEL_ZMQ4_REPRO=1 to reproduce zmq4's failure modes")
	}
}

// listenZMQ4 binds a plain zmq4 socket on a free port.
func listenZMQ4(t *testing.T, s zmq4.Socket) string {
	t.Helper()
	if err := s.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return "tcp://" + s.Addr().String()
}

// published reports whether sub receives a probe published on pub within d.
func published(pub zmq4.Socket, sub *client, d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); {
		pub.Send(zmq4.NewMsgFrom([]byte("probe")))
		for {
			m, err := sub.recv(20 * time.Millisecond)
			if err != nil {
				break
			}
			if string(m[0]) == "probe" {
				return true
			}
		}
	}
	return false
}

// zmq4's PUB writes to every subscriber in turn on one goroutine, with no
// deadline: a subscriber that stops reading stops delivery to all, and the
// unlimited queue (HWM 0) grows with everything published meanwhile
// (go-zeromq/zmq4#151). Compare TestPubStuckSubscriber.
func TestZMQ4ReproPubStuckSubscriber(t *testing.T) {
	requireRepro(t)
	pub := zmq4.NewPub(context.Background(), discard())
	ep := listenZMQ4(t, pub)
	stuck := dialRaw(t, ep, zmq4.Sub, "")
	if err := stuck.send([]byte("\x01")); err != nil {
		t.Fatal(err)
	}
	live := newSub(t, ep)
	if !published(pub, live, 5*time.Second) {
		t.Fatal("the live subscriber received nothing even before the flood")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range 2000 {
		pub.Send(zmq4.NewMsgFrom([]byte("flood"), make([]byte, 64<<10)))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) >> 20
	delivered := published(pub, live, 5*time.Second)
	t.Logf("zmq4 PUB: heap grew %d MiB for 125 MiB published; live subscriber still served: %v", grown, delivered)
	if delivered && grown < 64 {
		t.Errorf("zmq4 PUB no longer stalls on a stuck subscriber")
	}
}

// The same with real clients: a suspended pyzmq subscriber stops zmq4's
// PUB from delivering to any other pyzmq subscriber. Compare
// TestPyzmqFrozenSubscriber.
func TestZMQ4ReproPyzmqFrozenSubscriber(t *testing.T) {
	requireRepro(t)
	requirePyzmq(t)
	pub := zmq4.NewPub(context.Background(), discard())
	ep := listenZMQ4(t, pub)
	out, err := frozenSubscriber(t, ep, func(f [][]byte) error { return pub.Send(zmq4.NewMsgFrom(f...)) })
	t.Logf("zmq4 PUB: pyzmq subscribers beside a frozen one: %v: %s", err, strings.TrimSpace(out))
	if err == nil {
		t.Errorf("zmq4 PUB no longer stalls on a frozen pyzmq subscriber")
	}
}

// zmq4's PUB starts a writer goroutine that Close never stops.
func TestZMQ4ReproPubLeaksGoroutine(t *testing.T) {
	requireRepro(t)
	count := func() int {
		buf := make([]byte, 1<<20)
		return strings.Count(string(buf[:runtime.Stack(buf, true)]), "zmq4.(*pubMWriter).run")
	}
	before := count()
	for range 5 {
		pub := zmq4.NewPub(context.Background(), discard())
		if err := pub.Listen("tcp://127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
		pub.Close()
	}
	time.Sleep(500 * time.Millisecond)
	leaked := count() - before
	t.Logf("zmq4 PUB: %d writer goroutines left after 5 Close calls", leaked)
	if leaked == 0 {
		t.Errorf("zmq4 PUB no longer leaks its writer goroutine")
	}
}

// zmq4's accept loop runs each handshake inline without a deadline: one
// connection that never sends a greeting locks every later client out.
// Compare TestSilentPeer.
func TestZMQ4ReproSilentPeerBlocksAccept(t *testing.T) {
	requireRepro(t)
	router := zmq4.NewRouter(context.Background(), discard())
	ep := listenZMQ4(t, router)
	silent := dialNet(t, ep)
	dialed := make(chan error, 1)
	dealer := zmq4.NewDealer(context.Background(), zmq4.WithID(zmq4.SocketIdentity("late")), discard())
	defer dealer.Close()
	go func() { dialed <- dealer.Dial(ep) }()
	select {
	case err := <-dialed:
		t.Errorf("zmq4 ROUTER accepted a client beside a silent connection (dial: %v)", err)
	case <-time.After(3 * time.Second):
		t.Logf("zmq4 ROUTER: a client could not connect for 3s because another connection stays silent")
	}
	silent.Close() // lets the accept loop, and the dial, go on
	<-dialed
}

// zmq4's ROUTER Send holds one lock while it writes to the peer, without a
// deadline: a peer that stops reading blocks replies to every other peer.
// Compare TestRouterSendErrors.
func TestZMQ4ReproRouterStuckPeer(t *testing.T) {
	requireRepro(t)
	router := zmq4.NewRouter(context.Background(), discard())
	ep := listenZMQ4(t, router)
	stuck := dialRaw(t, ep, zmq4.Dealer, "stuck")
	healthy := newDealer(t, ep, "healthy")
	for _, p := range []func() error{
		func() error { return stuck.send([]byte("hi")) },
		func() error { return healthy.send([]byte("hi")) },
	} {
		if err := p(); err != nil {
			t.Fatal(err)
		}
		if _, err := router.Recv(); err != nil {
			t.Fatal(err)
		}
	}
	go func() { // ends when the router is closed
		big := make([]byte, 1<<20)
		for {
			if err := router.Send(zmq4.NewMsgFrom([]byte("stuck"), big)); err != nil {
				return
			}
		}
	}()
	time.Sleep(time.Second) // the stuck peer's socket buffers fill up
	sent := make(chan error, 1)
	go func() { sent <- router.Send(zmq4.NewMsgFrom([]byte("healthy"), []byte("reply"))) }()
	select {
	case err := <-sent:
		t.Errorf("zmq4 ROUTER replied to a healthy peer beside a stuck one (send: %v)", err)
	case <-time.After(3 * time.Second):
		t.Logf("zmq4 ROUTER: a reply to a healthy peer has waited 3s behind a peer that stopped reading")
	}
	router.Close()
}

// zmq4's ROUTER Send waits for its timeout (5 minutes by default) when no
// peer has ever connected, and a Send to an identity nobody has succeeds
// silently. Compare TestRouterSendErrors.
func TestZMQ4ReproRouterSendNoPeer(t *testing.T) {
	requireRepro(t)
	router := zmq4.NewRouter(context.Background(), zmq4.WithTimeout(2*time.Second), discard())
	ep := listenZMQ4(t, router)
	start := time.Now()
	err := router.Send(zmq4.NewMsgFrom([]byte("nobody"), []byte("hello")))
	took := time.Since(start)
	t.Logf("zmq4 ROUTER, no peer: Send took %v (timeout 2s; default 5m), returned %v", took.Round(time.Millisecond), err)
	newDealer(t, ep, "someone").send([]byte("hi"))
	router.Recv()
	start = time.Now()
	err2 := router.Send(zmq4.NewMsgFrom([]byte("vanished"), []byte("hello")))
	t.Logf("zmq4 ROUTER, unknown identity: Send took %v, returned %v", time.Since(start).Round(time.Millisecond), err2)
	if took < time.Second && err2 != nil {
		t.Errorf("zmq4 ROUTER Send no longer waits without peers nor hides unknown identities")
	}
}

// zmq4's ROUTER has no handover: when a client reconnects with the same
// identity before its old connection is noticed dead, replies go to both
// connections, and Send waits on the old one. Compare TestRouterHandover.
func TestZMQ4ReproRouterDuplicateIdentity(t *testing.T) {
	requireRepro(t)
	router := zmq4.NewRouter(context.Background(), discard())
	ep := listenZMQ4(t, router)
	old := dialRaw(t, ep, zmq4.Dealer, "session")
	fresh := dialRaw(t, ep, zmq4.Dealer, "session")
	for _, p := range []*rawPeer{old, fresh} {
		if err := p.send([]byte("hi")); err != nil {
			t.Fatal(err)
		}
		if _, err := router.Recv(); err != nil {
			t.Fatal(err)
		}
	}
	if err := router.Send(zmq4.NewMsgFrom([]byte("session"), []byte("reply"))); err != nil {
		t.Fatal(err)
	}
	_, errOld := old.recv(2 * time.Second)
	_, errFresh := fresh.recv(2 * time.Second)
	t.Logf("zmq4 ROUTER, identity reused by a new connection: old connection got the reply: %v, new one: %v", errOld == nil, errFresh == nil)
	if errOld != nil {
		t.Errorf("zmq4 ROUTER no longer sends to a superseded connection")
	}
}

// zmq4's REP fails Recv on a message without the empty delimiter (a DEALER
// client's ping), which ends a naive echo loop. Compare TestHeartbeatClients.
func TestZMQ4ReproRepRecvError(t *testing.T) {
	requireRepro(t)
	rep := zmq4.NewRep(context.Background(), discard())
	ep := listenZMQ4(t, rep)
	if err := newDealer(t, ep, "pinger").send([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	_, err := rep.Recv()
	t.Logf("zmq4 REP: Recv of a DEALER's ping returned %v", err)
	if err == nil {
		t.Errorf("zmq4 REP no longer fails Recv on a message without delimiter")
	}
}

// A peer can crash a zmq4 process: an unknown Socket-Type or truncated
// metadata makes it panic in a goroutine of its own, and a frame header
// announcing 1 TiB makes it allocate that much. Each case runs zmq4 in a
// child process. Compare TestMalformedPeers and TestGuardStopsZMQ4Allocation.
func TestZMQ4ReproCrash(t *testing.T) {
	requireRepro(t)
	for _, tc := range []struct{ name, want string }{
		{"unknown-socket-type", "unknown socket-type"},
		{"truncated-metadata", "slice bounds out of range"},
		{"huge-frame", "out of memory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestZMQ4ReproCrashChild$", "-test.v")
			cmd.Env = append(os.Environ(), "GOKERNEL_ZMQ4_CHILD="+tc.name)
			out, err := cmd.CombinedOutput()
			crashed := err != nil && strings.Contains(string(out), tc.want)
			t.Logf("zmq4 ROUTER, peer sends %s: child exited with %v, output mentions %q: %v", tc.name, err, tc.want, crashed)
			if !crashed {
				t.Errorf("zmq4 no longer crashes on %s:\n%s", tc.name, out)
			}
		})
	}
}

// TestZMQ4ReproCrashChild is the child process of TestZMQ4ReproCrash.
func TestZMQ4ReproCrashChild(t *testing.T) {
	which := os.Getenv("GOKERNEL_ZMQ4_CHILD")
	if which == "" {
		t.Skip("run by TestZMQ4ReproCrash")
	}
	router := zmq4.NewRouter(context.Background(), discard())
	ep := listenZMQ4(t, router)
	nc := dialNet(t, ep)
	switch which {
	case "unknown-socket-type":
		nc.Write(ready("BOGUS"))
	case "truncated-metadata":
		nc.Write(append(greeting("NULL"), command("READY", []byte{5, 'S', 'o', 'c', 'k'})...))
	case "huge-frame":
		nc.Write(append(ready("DEALER"), flagLong, 0, 0, 1, 0, 0, 0, 0, 0))
	}
	time.Sleep(5 * time.Second)
	t.Log("still alive")
}
