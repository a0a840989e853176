#!/usr/bin/python3
"""Run several notebooks in one JupyterLab (one server, one browser) and
write what the page rendered, for e2e/jupyterlab_test.go to judge.

  /usr/bin/python3 run_many.py --out DIR [--kernel gokernel] [--build-dir D] NB.ipynb...

For each notebook NAME.ipynb: DIR/NAME.json (lab.Lab.run_notebook's record,
see README.md, with "error" when the run could not finish) and
DIR/NAME.png (or NAME-1.png, NAME-2.png... for a very tall notebook; an
error screenshot NAME-error.png when the run failed). DIR/summary.json
lists the notebooks with their record files and errors. Progress on
stderr. Code cells tagged skip-execution become raw cells in the copy
JupyterLab opens (JupyterLab would run them; nbclient and `gokernel run`
do not). Exit 0 when the server and browser ran (a notebook's failure is
in its record), 1 otherwise.
"""
import argparse
import json
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, HERE)
import lab  # noqa: E402


def without_skipped(path, tmp):
    """path, or a copy in tmp whose skip-execution code cells are raw cells."""
    with open(path) as f:
        nb = json.load(f)
    changed = False
    for c in nb.get("cells", []):
        if c.get("cell_type") == "code" and "skip-execution" in (c.get("metadata", {}).get("tags") or []):
            c["cell_type"] = "raw"
            c.pop("outputs", None)
            c.pop("execution_count", None)
            changed = True
    if not changed:
        return path
    copy = os.path.join(tmp, os.path.basename(path))
    with open(copy, "w") as f:
        json.dump(nb, f, indent=1)
    return copy


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--kernel", default="gokernel")
    ap.add_argument("--build-dir")
    ap.add_argument("--timeout", type=float, default=120, help="per wait, seconds")
    ap.add_argument("notebooks", nargs="+")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    summary = {"kernel": a.kernel, "notebooks": []}
    t0 = time.time()
    rc = 0
    tmp = tempfile.TemporaryDirectory(prefix="gokernel-run-many-")
    try:
        with lab.Lab(kernel=a.kernel, build_dir=a.build_dir, timeout=a.timeout, verbose=True) as L:
            summary["server_start_s"] = L.server_start_s
            for path in a.notebooks:
                stem = os.path.splitext(os.path.basename(path))[0]
                rec_path = os.path.join(a.out, stem + ".json")
                entry = {"notebook": os.path.abspath(path), "record": rec_path}
                t = time.time()
                print(f"run_many: {stem}", file=sys.stderr, flush=True)
                try:
                    rec = L.run_notebook(without_skipped(path, tmp.name),
                                         screenshot=os.path.join(a.out, stem + ".png"))
                except Exception as e:  # noqa: BLE001  -- recorded, next notebook
                    rec = {"notebook": os.path.abspath(path), "error": f"{type(e).__name__}: {e}",
                           "server_log_tail": L.server.log_tail()}
                    try:
                        shot = os.path.join(a.out, stem + "-error.png")
                        L.drv.save_screenshot(shot)
                        rec["error_screenshot"] = shot
                    except Exception:  # noqa: BLE001
                        pass
                    entry["error"] = rec["error"]
                rec["elapsed_s"] = round(time.time() - t, 2)
                with open(rec_path, "w") as f:
                    json.dump(rec, f, indent=1)
                summary["notebooks"].append(entry)
                print(f"run_many: {stem} done in {rec['elapsed_s']} s"
                      + (f": {entry['error']}" if "error" in entry else ""), file=sys.stderr, flush=True)
    except Exception as e:  # noqa: BLE001
        summary["error"] = f"{type(e).__name__}: {e}"
        rc = 1
    finally:
        tmp.cleanup()
    summary["elapsed_s"] = round(time.time() - t0, 2)
    with open(os.path.join(a.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    if rc:
        print(f"run_many: {summary['error']}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
