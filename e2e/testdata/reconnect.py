#!/usr/bin/python3
"""Clients that come and go on one running kernel, as `jupyter console
--existing` or a browser reload does.

  /usr/bin/python3 reconnect.py [--kernel gokernel] [--rounds 2]

A KernelManager starts the kernel and owns it; the clients only have the
connection file. Round 0 is an ordinary client. In each later round a new
client (a fresh zmq context, a new session, hence new socket identities)
loads the connection file, waits until iopub delivers, runs a cell that
reads state left by the earlier rounds, and checks what comes back on shell
(execute_reply ok, the right execution_count) and iopub (busy,
execute_input, stream, execute_result, idle, all with the request as
parent). Round 1 closes its client politely (stop_channels); round 2
first lets a child process connect, start a 2 s cell and be SIGKILLed
before the reply, so the kernel replies to a peer that is gone; round 3 is
`jupyter console --existing CONNECTION_FILE` with cells on its stdin; then
the kinds repeat.

Prints PASS/FAIL lines and "N passed, N failed"; exit 1 on any failure.
"""
import argparse
import os
import queue
import re
import signal
import subprocess
import sys
import time

import zmq.asyncio
from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_core.paths import jupyter_runtime_dir

STEP_TIMEOUT = 30  # seconds for any one reply or message


class Failure(Exception):
    """A check failed."""


def new_client(connection_file):
    """A client of its own: own zmq context, own session, like a new process."""
    kc = BlockingKernelClient(context=zmq.asyncio.Context())
    kc.load_connection_file(connection_file)
    kc.start_channels()
    return kc


def close_client(kc):
    kc.stop_channels()
    kc.context.term()


def wait_iopub_live(kc):
    """Send kernel_info until its busy/idle shows on iopub: the subscription
    reached the kernel (the slow-joiner gap of PUB/SUB is over)."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        mid = kc.kernel_info()
        reply = kc.get_shell_msg(timeout=STEP_TIMEOUT)
        if reply["parent_header"].get("msg_id") != mid:
            raise Failure(f"kernel_info_reply has parent {reply['parent_header'].get('msg_id')}, want {mid}")
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            try:
                m = kc.get_iopub_msg(timeout=0.2)
            except queue.Empty:
                continue
            if m["parent_header"].get("msg_id") == mid and m["msg_type"] == "status":
                # drain the rest of this request's messages
                while m["content"]["execution_state"] != "idle":
                    m = kc.get_iopub_msg(timeout=STEP_TIMEOUT)
                return
    raise Failure(f"iopub delivered nothing within {STEP_TIMEOUT}s")


def execute(kc, code):
    """Run code; return (execute_reply content, iopub messages for it)."""
    mid = kc.execute(code)
    reply = None
    deadline = time.monotonic() + STEP_TIMEOUT
    while reply is None:
        m = kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
        if m["parent_header"].get("msg_id") == mid:
            reply = m
    msgs = []
    while True:
        try:
            m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise Failure(f"no idle on iopub for {code!r}; got {[x['msg_type'] for x in msgs]}")
        if m["parent_header"].get("msg_id") != mid:
            continue
        msgs.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return reply["content"], msgs


def check_cell(kc, code, stdout, result):
    """Run code and check the reply and the iopub sequence."""
    content, msgs = execute(kc, code)
    if content["status"] != "ok":
        raise Failure(f"{code!r}: status {content['status']}: {content.get('ename')}: {content.get('evalue')}")
    types = [m["msg_type"] for m in msgs]
    if types[0] != "status" or msgs[0]["content"]["execution_state"] != "busy":
        raise Failure(f"{code!r}: first iopub message {types[0]}, want status busy ({types})")
    if "execute_input" not in types:
        raise Failure(f"{code!r}: no execute_input ({types})")
    text = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
    if text != stdout:
        raise Failure(f"{code!r}: stdout {text!r}, want {stdout!r}")
    res = [m["content"]["data"].get("text/plain") for m in msgs if m["msg_type"] == "execute_result"]
    if res != [result]:
        raise Failure(f"{code!r}: results {res}, want [{result!r}]")
    return content["execution_count"]


ABRUPT_CHILD = r"""
import sys, time
import zmq.asyncio
from jupyter_client import BlockingKernelClient
kc = BlockingKernelClient(context=zmq.asyncio.Context())
kc.load_connection_file(sys.argv[1])
kc.start_channels()
kc.execute('time.Sleep(2 * time.Second)\nfmt.Println("late")')
print("sent", flush=True)
time.sleep(60)  # killed long before
"""


def abrupt_client(connection_file):
    """A client process that starts a cell and is killed before its reply."""
    p = subprocess.Popen([sys.executable, "-c", ABRUPT_CHILD, connection_file],
                         stdout=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        if line.strip() != "sent":
            raise Failure(f"abrupt client did not start: {line!r}")
        time.sleep(0.5)
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(10)


def console_client(connection_file, r):
    """`jupyter console --existing`: a cell appends to the shared state and
    the result line shows the new length."""
    cells = f"rounds = append(rounds, {r})\nlen(rounds)\nexit\n"
    p = subprocess.run(["jupyter", "console", "--existing", connection_file, "--simple-prompt"],
                       input=cells, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise Failure(f"jupyter console exited {p.returncode}:\n{p.stdout}\n{p.stderr}")
    if not re.search(rf"Out\[\d+\]:\s*{r + 1}\b", p.stdout):
        raise Failure(f"console output lacks Out[n]: {r + 1}:\n{p.stdout}\n{p.stderr}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kernel", default="gokernel")
    ap.add_argument("--rounds", type=int, default=4, help="reconnections after the first client")
    ap.add_argument("--log", default=os.devnull, help="kernel output goes here")
    args = ap.parse_args()

    results = []

    def step(name, fn):
        try:
            fn()
            results.append(True)
            print(f"PASS {name}", flush=True)
        except (Failure, queue.Empty, TimeoutError, RuntimeError) as e:
            results.append(False)
            print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)

    log = open(args.log, "w")
    # connection file in JUPYTER_RUNTIME_DIR, where the test looks for strays
    cf = os.path.join(jupyter_runtime_dir(), f"kernel-reconnect-{os.getpid()}.json")
    km = KernelManager(kernel_name=args.kernel, connection_file=cf)
    km.start_kernel(stdout=log, stderr=subprocess.STDOUT)
    try:
        kc = new_client(km.connection_file)
        counts = []

        def first():
            kc.wait_for_ready(timeout=60)
            wait_iopub_live(kc)
            counts.append(check_cell(kc, 'rounds := []int{0}\nfmt.Println("round", 0)\nlen(rounds)',
                                     "round 0\n", "1"))
        step("round 0: first client runs a cell", first)
        close_client(kc)

        for r in range(1, args.rounds + 1):
            kind = (r - 1) % 3
            if kind == 2:
                step(f"round {r}: jupyter console --existing runs a cell",
                     lambda r=r: console_client(km.connection_file, r))
                continue
            abrupt = kind == 1
            if abrupt:
                step(f"round {r}: a client killed in the middle of a cell",
                     lambda: abrupt_client(km.connection_file))
            kc = new_client(km.connection_file)

            def again(r=r, kc=kc):
                wait_iopub_live(kc)
                want = "".join(f"round {i}\n" for i in range(r + 1))
                n = check_cell(kc, f'rounds = append(rounds, {r})\n'
                               'for _, i := range rounds { fmt.Println("round", i) }\nlen(rounds)',
                               want, str(r + 1))
                if counts and n <= counts[-1]:
                    raise Failure(f"execution_count {n} after {counts[-1]}")
                counts.append(n)
                # shell and control both answer the new client
                mid = kc.kernel_info()
                rep = kc.get_shell_msg(timeout=STEP_TIMEOUT)
                if rep["parent_header"].get("msg_id") != mid or rep["msg_type"] != "kernel_info_reply":
                    raise Failure(f"shell: {rep['msg_type']} for {rep['parent_header'].get('msg_id')}")
                if not kc.is_alive():
                    raise Failure("heartbeat: kernel reported dead")
            how = "after a killed client" if abrupt else "after a closed client"
            step(f"round {r}: new client from the connection file {how}", again)
            close_client(kc)
        if not km.is_alive():
            results.append(False)
            print("FAIL kernel process alive at the end", flush=True)
    finally:
        km.shutdown_kernel(now=False)
        log.close()
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
