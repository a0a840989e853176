#!/usr/bin/python3
"""Kernel driver for e2e/bench_test.go: one JSON request per line on stdin,
one JSON answer per line on stdout. Times are measured here, next to
jupyter_client, so the pipe to Go does not count.

  {"op": "start", "kernel": "gokernel"}  -> {"id": 1, "seconds": s, "pid": p}
      KernelManager.start_kernel called -> first kernel_info_reply received
  {"op": "exec", "id": 1, "code": "1+1"} -> {"seconds": s, "status": "ok",
      "stream_bytes": n, "stream_msgs": n, "result": "2"}
      execute_request sent -> execute_reply and iopub idle both received
  {"op": "rss", "id": 1}                 -> {"rss_mib": x, "hwm_mib": y}
  {"op": "stop", "id": 1}                -> {}
Errors come back as {"error": "..."}. End of input stops every kernel.
"""
import json
import os
import queue
import subprocess
import sys
import time
import uuid

os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

from jupyter_client import KernelManager  # noqa: E402
from jupyter_core.paths import jupyter_runtime_dir  # noqa: E402
from kernelwait import wait_iopub  # noqa: E402

TIMEOUT = 120


def status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Kernel:
    def __init__(self, name, log):
        # connection file in JUPYTER_RUNTIME_DIR, where the test looks for strays
        cf = os.path.join(jupyter_runtime_dir(), f"kernel-bench-{uuid.uuid4()}.json")
        self.km = KernelManager(kernel_name=name, connection_file=cf)
        t0 = time.perf_counter()
        self.km.start_kernel(stdout=log, stderr=subprocess.STDOUT)
        try:
            self._ready(t0)
        except BaseException:
            self.km.shutdown_kernel(now=True)
            raise

    def _ready(self, t0):
        self.kc = self.km.client()
        self.kc.start_channels()
        ids = {self.kc.kernel_info()}
        sent = time.perf_counter()
        while True:
            if time.perf_counter() - t0 > TIMEOUT:
                raise TimeoutError("no kernel_info_reply")
            try:
                m = self.kc.get_shell_msg(timeout=0.01)
            except queue.Empty:
                if not self.km.is_alive():
                    raise RuntimeError("kernel exited during startup")
                if time.perf_counter() - sent > 2:
                    ids.add(self.kc.kernel_info())
                    sent = time.perf_counter()
                continue
            if m["msg_type"] == "kernel_info_reply" and m["parent_header"].get("msg_id") in ids:
                self.startup = time.perf_counter() - t0
                break
        wait_iopub(self.kc, TIMEOUT)

    def execute(self, code):
        t0 = time.perf_counter()
        mid = self.kc.execute(code)
        reply = None
        idle = False
        nbytes = nmsgs = 0
        result = None
        deadline = t0 + TIMEOUT
        while reply is None or not idle:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"cell {code[:40]!r}: reply {reply is not None}, idle {idle}")
            if not idle:
                try:
                    m = self.kc.get_iopub_msg(timeout=min(left, 0.05) if reply is None else left)
                except queue.Empty:
                    m = None
                if m is not None and m["parent_header"].get("msg_id") == mid:
                    t = m["msg_type"]
                    if t == "stream":
                        nmsgs += 1
                        nbytes += len(m["content"]["text"].encode())
                    elif t == "execute_result":
                        result = m["content"]["data"].get("text/plain")
                    elif t == "status" and m["content"]["execution_state"] == "idle":
                        idle = True
            if reply is None:
                try:
                    r = self.kc.get_shell_msg(timeout=0.0 if not idle else left)
                except queue.Empty:
                    r = None
                if r is not None and r["parent_header"].get("msg_id") == mid:
                    reply = r
        return {"seconds": time.perf_counter() - t0, "status": reply["content"]["status"],
                "stream_bytes": nbytes, "stream_msgs": nmsgs, "result": result}

    def rss(self):
        pid = self.km.provisioner.pid
        return {"rss_mib": status_kb(pid, "VmRSS") / 1024, "hwm_mib": status_kb(pid, "VmHWM") / 1024}

    def stop(self):
        try:
            self.kc.stop_channels()
        finally:
            self.km.shutdown_kernel(now=False)


def main():
    log = open(os.environ.get("BENCH_KERNEL_LOG", os.devnull), "w")
    kernels = {}
    try:
        for line in sys.stdin:
            req = json.loads(line)
            try:
                op = req["op"]
                if op == "start":
                    k = Kernel(req["kernel"], log)
                    kid = len(kernels) + 1
                    kernels[kid] = k
                    out = {"id": kid, "seconds": k.startup, "pid": k.km.provisioner.pid}
                elif op == "exec":
                    out = kernels[req["id"]].execute(req["code"])
                elif op == "rss":
                    out = kernels[req["id"]].rss()
                elif op == "stop":
                    kernels.pop(req["id"]).stop()
                    out = {}
                else:
                    out = {"error": f"unknown op {op!r}"}
            except Exception as e:  # noqa: BLE001  -- reported to the caller
                out = {"error": f"{type(e).__name__}: {e}"}
            print(json.dumps(out), flush=True)
    finally:
        for k in kernels.values():
            try:
                k.stop()
            except Exception:  # noqa: BLE001
                pass
        log.close()


if __name__ == "__main__":
    main()
