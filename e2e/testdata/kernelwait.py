"""What the e2e drivers (corpus_driver.py, bench_driver.py) share."""

import queue
import time


def wait_iopub(kc, timeout):
    """Send kernel_info until its idle shows on iopub: until then the
    subscription has not reached the kernel (PUB/SUB slow joiner) and a
    cell's outputs could be lost. Raises TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mid = kc.kernel_info()
        kc.get_shell_msg(timeout=timeout)
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            try:
                m = kc.get_iopub_msg(timeout=0.1)
            except queue.Empty:
                continue
            if m["parent_header"].get("msg_id") == mid and m["msg_type"] == "status" \
                    and m["content"]["execution_state"] == "idle":
                return
    raise TimeoutError("iopub delivered nothing")
