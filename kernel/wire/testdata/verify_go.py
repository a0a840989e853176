#!/usr/bin/python3
"""Check messages encoded by Go with jupyter_client's Session.

Usage: verify_go.py IN.json

IN.json is {"cases": [{"name", "scheme", "key" (base64), "frames" (base64 list)}]}.
For each case a fresh Session with that scheme and key splits the frames with
feed_identities and verifies and parses them with deserialize, exactly as a
Jupyter client does. The result, one object per case, is printed as JSON:
{"name", "ok", "error", "identities", "header", "date_is_aware",
"parent_header", "metadata", "content", "buffers"}.
"""

import base64
import json
import sys
from datetime import datetime

from jupyter_client.session import Session


def b64(b):
    return base64.b64encode(bytes(b)).decode("ascii")


def plain(obj):
    """Undo extract_dates so the result is JSON again."""
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(v) for v in obj]
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj


def check(case):
    # Go's encoding/json writes a nil []byte as null.
    key = base64.b64decode(case["key"] or "")
    frames = [base64.b64decode(f or "") for f in case["frames"]]
    s = Session(key=key, signature_scheme=case["scheme"])
    out = {"name": case["name"], "ok": False}
    try:
        idents, rest = s.feed_identities(frames)
        msg = s.deserialize(rest)
    except Exception as e:  # report every rejection to the Go test
        out["error"] = "%s: %s" % (type(e).__name__, e)
        return out
    date = msg["header"].get("date")
    out.update(
        ok=True,
        identities=[b64(i) for i in idents],
        header=plain(msg["header"]),
        date_is_aware=isinstance(date, datetime) and date.tzinfo is not None,
        parent_header=plain(msg["parent_header"]),
        metadata=plain(msg["metadata"]),
        content=plain(msg["content"]),
        buffers=[b64(b) for b in msg["buffers"]],
    )
    return out


def main():
    with open(sys.argv[1], encoding="utf8") as f:
        cases = json.load(f)["cases"]
    json.dump([check(c) for c in cases], sys.stdout)


if __name__ == "__main__":
    main()
