// Package channels opens the five Jupyter sockets on zmq4 and keeps them
// delivering across client reconnects.
//
// A kernel binds (never connects) shell, control and stdin (ROUTER), iopub
// (PUB) and heartbeat (REP, echoing every message), on exactly the tcp or
// ipc addresses its connection file names.
//
// The ZMTP greeting, the NULL-security handshake and the decoding of
// incoming frames come from github.com/go-zeromq/zmq4 (zmq4.Open and
// (*zmq4.Conn).RecvMsg). What zmq4's sockets do on top of them — accepting,
// routing by identity, fanning out to subscribers, queueing — is done here
// instead, one connection at a time, because zmq4's own sockets fail when a
// peer is slow, silent, reconnecting or malformed (zmq4_repro_test.go shows
// each case; run it with GOKERNEL_ZMQ4_REPRO=1):
//
//   - its PUB writes to every subscriber in turn from one goroutine without
//     a deadline, so one subscriber that stops reading (a suspended
//     `jupyter console`) stops delivery to all of them while its unlimited
//     queue (HWM 0) grows by everything published (go-zeromq/zmq4#151); a
//     closed PUB also leaves that goroutine behind;
//   - its accept loop runs each handshake inline without a deadline, so one
//     connection that never sends a greeting locks every later client out;
//   - its ROUTER Send holds one lock while writing, so a peer that stops
//     reading blocks replies to every other peer; with no peer connected yet
//     Send waits out its timeout (5 minutes) and then succeeds, as does a
//     Send to an unknown identity; and a client that reconnects with its old
//     identity shares its replies with the stale connection;
//   - its REP fails Recv on a message without an empty delimiter;
//   - a peer announcing an unknown socket type or truncated metadata makes
//     it panic, and a frame header announcing a terabyte makes it allocate
//     one: either kills the process.
//
// Here every connection has a reader goroutine and, for ROUTER and PUB, a
// writer goroutine draining a bounded queue (at most 1000 messages and
// 64 MiB, counted until written), so Publish and Router.Send only enqueue
// and never wait for a peer; a subscriber at its limit misses messages, a
// ROUTER peer at its limit makes Send fail. A handshake must finish within
// 10 seconds, incoming messages are limited to 1 GiB (checked before zmq4
// allocates them), and zmq4's panics on malformed input become errors that
// drop only that connection. A ROUTER peer that connects with an identity
// already in use takes it over (ZMQ_ROUTER_HANDOVER). The heartbeat shares
// nothing with the other channels, so it answers while a cell runs.
package channels
