"""pyzmq (libzmq) subscribers of a publisher that sends ticks continuously.

Usage:
  pyzmq_ticks.py watch ENDPOINT CYCLES
      CYCLES times: connect a new SUB, wait for a tick, check that the next
      50 ticks follow without a gap, disconnect. Prints OK and exits 0, or
      prints FAIL: <reason> and exits 1.
  pyzmq_ticks.py freeze ENDPOINT
      Connect a SUB, wait for a tick, print READY, then never read again
      (the test then stops this process with SIGSTOP, like a suspended
      `jupyter console`).

A tick is the message [b"tick", b"<sequence number>", padding].
"""

import sys
import time

import zmq


def fail(msg):
    print("FAIL:", msg, flush=True)
    sys.exit(1)


def subscriber(ctx, endpoint):
    sub = ctx.socket(zmq.SUB)
    sub.linger = 0
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.connect(endpoint)
    return sub


def tick(sub, what):
    if not sub.poll(5000):
        fail("no tick within 5s (%s)" % what)
    return int(sub.recv_multipart()[1])


def main():
    mode, endpoint = sys.argv[1], sys.argv[2]
    ctx = zmq.Context()
    if mode == "freeze":
        sub = subscriber(ctx, endpoint)
        tick(sub, "first")
        print("READY", flush=True)
        time.sleep(3600)
        return
    for cycle in range(int(sys.argv[3])):
        sub = subscriber(ctx, endpoint)
        first = tick(sub, "cycle %d, first" % cycle)
        for k in range(1, 50):
            n = tick(sub, "cycle %d, tick %d" % (cycle, k))
            if n != first + k:
                fail("cycle %d: got tick %d after %d, want %d" % (cycle, n, first + k - 1, first + k))
        sub.close()
    ctx.term()
    print("OK", flush=True)


if __name__ == "__main__":
    main()
