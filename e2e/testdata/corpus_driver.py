#!/usr/bin/python3
"""Run the corpus entries of e2e/corpus_test.go through a real kernel with
jupyter_client and dump what came back, raw; the Go test judges it.

  /usr/bin/python3 corpus_driver.py --manifest IN.json --out OUT.json
      [--kernel gokernel] [--timeout 20] [--log KERNEL_LOG]

IN.json is {"entries": [{"name": "001_hello", "cells": ["..."], "fresh": false}]}.
One kernel is started and serves every entry: before each entry after the
first, `%reset` gives a fresh interpreter, or, for an entry with "fresh":
true, the kernel is restarted (a new process, as `go run` has). Each cell
is one execute_request (allow_stdin false, stop_on_error false); its
stdout and stderr streams are concatenated per stream name, in arrival
order, and its execute_result's text/plain, error output and reply status
are kept. A cell without execute_reply and idle within --timeout seconds is
interrupted; the entry stops there ("hung") and the kernel is restarted
before the next one. A kernel that dies is restarted the same way.

OUT.json (rewritten after each entry, so a killed run still leaves what it
did):
  {"kernel": "gokernel", "starts": 3, "elapsed_s": 80.1, "error": null,
   "entries": [{"name": "001_hello", "isolation": "reset", "elapsed_s": 0.05,
     "error": null,
     "cells": [{"status": "ok", "stdout": "...", "stderr": "", "result": null,
                "error": null, "hung": false, "stream_msgs": 1, "seconds": 0.01,
                "execution_count": 1, "extra": []}]}]}
"error" of a cell is {"ename", "evalue", "traceback"}; "extra" lists the
msg_types of other outputs (display_data, clear_output...). Progress and
slow entries go to stderr. Exit 0 when every entry was attempted, 1 when
the driver itself failed (the JSON says why).
"""
import argparse
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

START_TIMEOUT = 60  # seconds for a (re)started kernel to answer
INTERRUPT_GRACE = 10  # seconds for a cell to end after an interrupt


class DriverError(Exception):
    """The kernel could not be started or reached."""


class Kernel:
    """One kernel process at a time, restarted on demand."""

    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.km = None
        self.kc = None
        self.starts = 0

    def start(self):
        # the connection file lives in JUPYTER_RUNTIME_DIR, where the test looks for strays
        cf = os.path.join(jupyter_runtime_dir(), f"kernel-corpus-{uuid.uuid4()}.json")
        self.km = KernelManager(kernel_name=self.name, connection_file=cf)
        self.km.start_kernel(stdout=self.log, stderr=subprocess.STDOUT)
        self.starts += 1
        self.kc = self.km.client()
        self.kc.start_channels()
        try:
            self.kc.wait_for_ready(timeout=START_TIMEOUT)
            wait_iopub(self.kc, START_TIMEOUT)
        except Exception as e:
            raise DriverError(f"kernel start: {type(e).__name__}: {e}") from e

    def stop(self):
        if self.km is None:
            return
        try:
            self.kc.stop_channels()
        finally:
            try:
                self.km.shutdown_kernel(now=False)
            except Exception:  # noqa: BLE001  -- killed below
                pass
            if self.km.has_kernel:
                self.km.shutdown_kernel(now=True)
            self.km = self.kc = None

    def restart(self):
        self.stop()
        self.start()

    def execute(self, code, timeout):
        """Run one cell; returns its record (see the module doc)."""
        t0 = time.monotonic()
        mid = self.kc.execute(code, allow_stdin=False, stop_on_error=False)
        rec = {"status": None, "stdout": "", "stderr": "", "result": None, "error": None,
               "hung": False, "stream_msgs": 0, "extra": [], "execution_count": None}
        reply = idle = False
        deadline = t0 + timeout
        interrupted = False
        while not (reply and idle):
            now = time.monotonic()
            if now > deadline:
                if interrupted or not self.km.is_alive():
                    rec["hung"] = True
                    break
                self.km.interrupt_kernel()
                interrupted = True
                deadline = now + INTERRUPT_GRACE
            if not idle:
                try:
                    m = self.kc.get_iopub_msg(timeout=0.05)
                except queue.Empty:
                    m = None
                if m is not None and m["parent_header"].get("msg_id") == mid:
                    self._collect(rec, m)
                    idle = m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
            if not reply:
                try:
                    r = self.kc.get_shell_msg(timeout=0.05 if idle else 0)
                except queue.Empty:
                    r = None
                if r is not None and r["parent_header"].get("msg_id") == mid:
                    reply = True
                    rec["status"] = r["content"]["status"]
                    rec["execution_count"] = r["content"].get("execution_count")
        rec["hung"] = rec["hung"] or interrupted
        rec["seconds"] = round(time.monotonic() - t0, 3)
        return rec

    @staticmethod
    def _collect(rec, m):
        t, c = m["msg_type"], m["content"]
        if t == "stream":
            rec["stream_msgs"] += 1
            name = c.get("name")
            rec[name if name in ("stdout", "stderr") else "stderr"] += c.get("text", "")
        elif t == "execute_result":
            rec["result"] = c.get("data", {}).get("text/plain")
        elif t == "error":
            rec["error"] = {"ename": c.get("ename"), "evalue": c.get("evalue"),
                            "traceback": c.get("traceback") or []}
        elif t not in ("status", "execute_input"):
            rec["extra"].append(t)


def write_json(path, doc):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(doc, f, indent=1)
    os.replace(tmp, path)


def run_entry(k, entry, first, timeout):
    """Runs one entry's cells; returns its record."""
    t0 = time.monotonic()
    rec = {"name": entry["name"], "isolation": "reset", "error": None, "cells": []}
    if k.km is None or not k.km.is_alive():
        k.restart()
        rec["isolation"] = "restart"
    elif entry.get("fresh"):
        if not first:
            k.restart()
        rec["isolation"] = "restart"
    elif not first:
        r = k.execute("%reset", timeout)
        if r["status"] != "ok" or r["hung"]:
            k.restart()
            rec["isolation"] = "restart"
    for code in entry["cells"]:
        c = k.execute(code, timeout)
        rec["cells"].append(c)
        if c["hung"]:
            break
    if any(c["hung"] for c in rec["cells"]) or not k.km.is_alive():
        k.restart()
    rec["elapsed_s"] = round(time.monotonic() - t0, 3)
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--kernel", default="gokernel")
    ap.add_argument("--timeout", type=float, default=20, help="per cell, seconds")
    ap.add_argument("--log", default=os.devnull, help="the kernel's stdout and stderr")
    a = ap.parse_args()
    with open(a.manifest) as f:
        entries = json.load(f)["entries"]
    t0 = time.monotonic()
    doc = {"kernel": a.kernel, "starts": 0, "error": None, "entries": []}
    rc = 0
    with open(a.log, "a") as log:
        k = Kernel(a.kernel, log)
        try:
            k.start()
            for i, entry in enumerate(entries):
                try:
                    rec = run_entry(k, entry, i == 0, a.timeout)
                except DriverError as e:
                    rec = {"name": entry["name"], "error": str(e), "cells": []}
                doc["entries"].append(rec)
                doc["starts"] = k.starts
                doc["elapsed_s"] = round(time.monotonic() - t0, 2)
                write_json(a.out, doc)
                if rec.get("elapsed_s", 0) > 5 or rec["error"]:
                    print(f"corpus_driver: {entry['name']}: {rec.get('elapsed_s')} s {rec['error'] or ''}",
                          file=sys.stderr, flush=True)
        except Exception as e:  # noqa: BLE001  -- reported in the JSON
            doc["error"] = f"{type(e).__name__}: {e}"
            rc = 1
        finally:
            k.stop()
    doc["starts"] = k.starts
    doc["elapsed_s"] = round(time.monotonic() - t0, 2)
    write_json(a.out, doc)
    if rc:
        print(f"corpus_driver: {doc['error']}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
