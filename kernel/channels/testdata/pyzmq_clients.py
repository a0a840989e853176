"""Reconnecting pyzmq (libzmq) clients against the Go channels.

Usage: pyzmq_clients.py SHELL IOPUB HB CYCLES

Each cycle connects a new DEALER to shell (alternately with a fresh identity
and with the same fixed one, as jupyter_client reuses its session id) and a
new SUB to iopub, checks a request/reply, waits until its subscription is
live, asks the Go side to publish N messages and checks that all of them
arrive in order; then it closes both sockets. Finally a REQ pings the
heartbeat. The Go side answers shell requests:

  [b"echo", ...]                      -> the same frames back
  [b"publish", tag, kind, count]      -> publishes [kind, tag, b"<i>"] for
                                         i < count, then replies [b"published"]

Prints OK and exits 0 on success; prints FAIL: <reason> and exits 1 otherwise.
"""

import sys
import time
import uuid

import zmq

N = 50


def fail(msg):
    print("FAIL:", msg, flush=True)
    sys.exit(1)


def recv(sock, timeout_ms):
    if sock.poll(timeout_ms):
        return sock.recv_multipart()
    return None


def request(dealer, frames, want):
    dealer.send_multipart(frames)
    got = recv(dealer, 5000)
    if got != want:
        fail("request %r: got %r, want %r" % (frames, got, want))


def main():
    shell, iopub, hb, cycles = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    ctx = zmq.Context()
    fixed = ("session-" + uuid.uuid4().hex).encode()
    for cycle in range(cycles):
        ident = fixed if cycle % 2 else uuid.uuid4().hex.encode()
        tag = b"cycle-%d" % cycle

        dealer = ctx.socket(zmq.DEALER)
        dealer.setsockopt(zmq.IDENTITY, ident)
        dealer.linger = 0
        dealer.connect(shell)
        sub = ctx.socket(zmq.SUB)
        sub.setsockopt(zmq.SUBSCRIBE, b"")
        sub.linger = 0
        sub.connect(iopub)

        request(dealer, [b"echo", tag, ident], [b"echo", tag, ident])

        # The slow-joiner gap: publish probes until one arrives.
        deadline = time.time() + 10
        while True:
            if time.time() > deadline:
                fail("%s: no probe arrived within 10s" % tag.decode())
            request(dealer, [b"publish", tag, b"probe", b"1"], [b"published"])
            got = recv(sub, 50)
            if got is not None and got[0] == b"probe":
                break

        request(dealer, [b"publish", tag, b"data", b"%d" % N], [b"published"])
        i = 0
        while i < N:
            got = recv(sub, 5000)
            if got is None:
                fail("%s: message %d of %d did not arrive" % (tag.decode(), i, N))
            if got[0] == b"probe":
                continue
            want = [b"data", tag, b"%d" % i]
            if got != want:
                fail("%s: got %r, want %r" % (tag.decode(), got, want))
            i += 1

        dealer.close()
        sub.close()

    req = ctx.socket(zmq.REQ)
    req.linger = 0
    req.connect(hb)
    for i in range(5):
        ping = b"ping %d" % i
        req.send(ping)
        got = recv(req, 5000)
        if got != [ping]:
            fail("heartbeat: got %r, want %r" % (got, [ping]))
    req.close()
    ctx.term()
    print("OK", flush=True)


if __name__ == "__main__":
    main()
