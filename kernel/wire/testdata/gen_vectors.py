#!/usr/bin/python3
"""Write test vectors produced by the real jupyter_client.

Run with Debian's interpreter (any working directory):

    /usr/bin/python3 gen_vectors.py

It writes, next to itself:

- vectors.json: messages serialized by jupyter_client.session.Session with
  each signature scheme and with an empty key, plus the endpoints
  jupyter_client derives from the connection files below;
- connection_tcp.json, connection_ipc.json: connection files written by
  jupyter_client.connect.write_connection_file.

The output is deterministic: headers, session ids, dates, ports and keys are
fixed, so re-running it with the same jupyter_client gives the same files.
Frames are captured through Session.send on a stand-in socket, which is the
code path a real client takes (serialize, then buffers appended unsigned).
"""

import base64
import json
import os
import shutil
import tempfile
from datetime import datetime, timezone

import jupyter_client
from jupyter_client.connect import ConnectionFileMixin, write_connection_file
from jupyter_client.session import Session

HERE = os.path.dirname(os.path.abspath(__file__))

SESSION = "5a0b2c1e-7f3d4e5a6b7c8d9e0f1a2b3c"

# (scheme, key) pairs. An empty key means "no signing".
SIGNERS = [
    ("hmac-sha256", b"a0436f6c-1916-498b-8eb9-e81ab9368e84"),
    ("hmac-sha1", b"sha1-key"),
    ("hmac-sha512", "klé-ünïcode-🔑".encode("utf8")),
    ("hmac-sha256", b""),
]


class CaptureStream:
    """Stands in for a zmq socket: records what Session.send would send."""

    def __init__(self):
        self.frames = None

    def send_multipart(self, frames, copy=True, track=False):
        self.frames = [bytes(f) for f in frames]


def header(msg_id, msg_type, date, **extra):
    h = {
        "msg_id": msg_id,
        "msg_type": msg_type,
        "username": "tester",
        "session": SESSION,
        "date": date,
        "version": "5.3",
    }
    h.update(extra)
    return h


def b64(b):
    return base64.b64encode(b).decode("ascii")


def messages():
    """Yield (name, send kwargs) for the messages of one signer."""
    req = header(
        "req-0001",
        "execute_request",
        datetime(2024, 5, 1, 12, 30, 45, 123456, tzinfo=timezone.utc),
        subshell_id=None,  # an extra header field that must survive
    )
    yield "execute_request", dict(
        msg_or_type="execute_request",
        header=req,
        ident=[b"\x00k\x8bEg"],
        content={
            "code": "print('h\u00e9llo, \u4e16\u754c \U0001f680')\n",
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": True,
            "stop_on_error": True,
        },
    )
    yield "execute_reply", dict(
        msg_or_type="execute_reply",
        header=header(
            "rep-0001",
            "execute_reply",
            datetime(2024, 5, 1, 12, 30, 46, 5, tzinfo=timezone.utc),
        ),
        parent={"header": req},
        ident=[b"router-1", b"\x00\x80\xff binary"],
        metadata={
            "started": datetime(2024, 5, 1, 12, 30, 45, 200000, tzinfo=timezone.utc),
            "dependencies_met": True,
        },
        content={"status": "ok", "execution_count": 7, "user_expressions": {}},
    )
    # microsecond=0: Python's isoformat drops the fraction entirely.
    yield "status_iopub_whole_second", dict(
        msg_or_type="status",
        header=header(
            "st-0001",
            "status",
            datetime(2024, 5, 1, 12, 30, 47, 0, tzinfo=timezone.utc),
        ),
        parent={"header": req},
        ident=[b"kernel.abc.status"],
        content={"execution_state": "idle"},
    )
    yield "comm_msg_buffers", dict(
        msg_or_type="comm_msg",
        header=header("comm-0001", "comm_msg", "2024-05-01T12:30:48.000001Z"),
        content={"comm_id": "c1", "data": {"method": "update", "buffer_paths": [["a"], ["b"], ["c"]]}},
        buffers=[b"\x00\x01\x02\xff", b"", "\u65e5\u672c".encode("utf8")],
    )
    yield "unicode_escapes_no_ident", dict(
        msg_or_type="stream",
        header=header("str-0001", "stream", "2024-05-01T12:30:49.999999Z"),
        content={
            "name": "stdout",
            "text": "tab\there \"quoted\" back\\slash nul\u0000 \u00e9\u00e8 \u2028 \U0001f600\n",
        },
    )


def connections():
    """Write connection files and return the endpoints jupyter_client builds."""
    out = []
    for name, transport, ip, ports in [
        ("connection_tcp.json", "tcp", "127.0.0.1", (50001, 50002, 50003, 50004, 50005)),
        ("connection_ipc.json", "ipc", "/tmp/gokernel-test-kernel", (1, 2, 3, 4, 5)),
    ]:
        # write_connection_file makes the file 0600 and sets the sticky bit
        # on its directory, so write into a scratch directory and copy.
        path = os.path.join(tempfile.mkdtemp(), name)
        shell, iopub, stdin, control, hb = ports
        write_connection_file(
            path,
            shell_port=shell,
            iopub_port=iopub,
            stdin_port=stdin,
            control_port=control,
            hb_port=hb,
            ip=ip,
            key=b"conn-key-0123",
            transport=transport,
            kernel_name="gokernel",
        )
        mixin = ConnectionFileMixin()
        mixin.load_connection_file(path)
        with open(path, encoding="utf8") as src, open(os.path.join(HERE, name), "w", encoding="utf8") as dst:
            dst.write(src.read())
        shutil.rmtree(os.path.dirname(path))
        channels = ["shell", "iopub", "stdin", "control", "hb"]
        out.append(
            {
                "file": name,
                "endpoints": {c: mixin._make_url(c) for c in channels},
            }
        )
    return out


def main():
    vectors = []
    for scheme, key in SIGNERS:
        s = Session(key=key, signature_scheme=scheme, session=SESSION, username="tester")
        for name, kwargs in messages():
            stream = CaptureStream()
            msg = s.send(stream, **kwargs)
            vectors.append(
                {
                    "name": "%s/%s" % (scheme if key else "nokey", name),
                    "scheme": scheme,
                    "key": b64(key),
                    "frames": [b64(f) for f in stream.frames],
                    "identities": len(kwargs.get("ident") or []),
                    "buffers": len(kwargs.get("buffers") or []),
                    "msg_id": msg["header"]["msg_id"],
                    "msg_type": msg["header"]["msg_type"],
                    "parent_msg_id": msg["parent_header"].get("msg_id", ""),
                    "content": msg["content"],
                }
            )
    out = {
        "generator": "testdata/gen_vectors.py",
        "jupyter_client": jupyter_client.__version__,
        "protocol_version": jupyter_client.protocol_version,
        "vectors": vectors,
        "connections": connections(),
    }
    with open(os.path.join(HERE, "vectors.json"), "w", encoding="ascii") as f:
        json.dump(out, f, indent=1, ensure_ascii=True, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
