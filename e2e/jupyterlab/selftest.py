#!/usr/bin/python3
"""Self-test of lab.py against ipykernel (python3) and the fake Go kernel.

  /usr/bin/python3 selftest.py [--out /tmp/gokernel-jlab-selftest]

One Lab (server + browser) per kernel, several operations in a row, each
result checked.  Screenshots and JSON go under --out (keep them out of the
repo).  Prints PASS/FAIL lines, then "N passed, N failed"; exit 0 when all pass.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True   # no __pycache__ in the repo
sys.path.insert(0, HERE)
import lab  # noqa: E402

results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond)))
    print(f"{'PASS' if cond else 'FAIL'} {name}" + (f"  ({detail})" if detail and not cond else ""),
          flush=True)


def outputs(rec):
    return {c["index"]: c.get("outputs", []) for c in rec["cells"]}


def python_suite(out):
    with lab.Lab(kernel="python3") as L:
        t = time.time()
        nb = L.run_notebook(os.path.join(HERE, "testdata", "python_outputs.ipynb"),
                            screenshot=os.path.join(out, "python_outputs.png"))
        json.dump(nb, open(os.path.join(out, "python_outputs.json"), "w"), indent=1)
        o = outputs(nb)
        kinds = lambda i: [x["kind"] for x in o[i]]
        check("nb: all non-empty code cells executed", nb["all_executed"])
        check("nb: kernel idle at the end", nb["kernel_status"] == "idle")
        check("nb: python highlighting in every code cell", nb["highlighted"])
        check("nb: editor mode is ipython", all(c["highlight"]["mode"] == "ipython"
                                                for c in nb["cells"] if c["cell_type"] == "code"))
        check("nb: markdown cell rendered", "<h1" in (nb["cells"][0].get("html") or ""))
        check("nb: stdout", o[1][0]["name"] == "stdout" and o[1][0]["text"] == "hello from python 42\n")
        check("nb: stderr", o[2][0]["name"] == "stderr" and "to stderr" in o[2][0]["text"])
        check("nb: execute_result text/plain", kinds(3) == ["text/plain"] and o[3][0]["text"] == "42")
        check("nb: text/html", kinds(4) == ["text/html"] and 'id="html-out"' in o[4][0]["html"])
        check("nb: text/markdown", kinds(5) == ["text/markdown"] and "<strong>" in o[5][0]["html"])
        check("nb: image/png 64x48", kinds(6) == ["image/png"]
              and (o[6][0]["image"]["width"], o[6][0]["image"]["height"]) == (64, 48))
        check("nb: image/svg+xml", kinds(7) == ["image/svg+xml"] and o[7][0].get("svg"))
        check("nb: application/json", kinds(8) == ["application/json"])
        check("nb: tagged error, run-all went on", kinds(9) == ["error"] and o[9][0]["ename"] == "ValueError")
        check("nb: final error", o[12][0]["ename"] == "ZeroDivisionError"
              and "division by zero" in o[12][0]["traceback"])
        check("nb: screenshot written", all(os.path.getsize(f) > 10000 for f in nb["screenshots"]))
        print(f"     run_notebook {time.time() - t:.1f}s {nb['timings']}")

        t = time.time()
        dbg = L.debugger_session(screenshot_dir=os.path.join(out, "debugger"))
        json.dump(dbg, open(os.path.join(out, "debugger.json"), "w"), indent=1)
        st = {s["stage"]: s for s in dbg["stages"]}
        var = lambda s: {v["name"]: v["value"] for v in st[s]["variables"]}
        top = lambda s: st[s]["frames"][0]["name"] if st[s]["frames"] else None
        check("dbg: toggle pressed", dbg["bug_button_after"]["pressed"])
        check("dbg: breakpoint marker on cell 1 line 2",
              {"cell": 1, "line": 2} in st["breakpoint-set"]["gutter_markers"])
        check("dbg: stopped at cell 1 line 2, x=10",
              st["stopped-at-breakpoint"]["current_line"] == {"cell": 1, "line": 2, "text": "y = add(x, 5)"}
              and var("stopped-at-breakpoint").get("x") == "10")
        check("dbg: step-in -> add(a=10, b=5) in cell 0 line 2",
              top("step-in") == "add" and var("step-in") == {"a": "10", "b": "5"}
              and st["step-in"]["current_line"]["cell"] == 0 and st["step-in"]["current_line"]["line"] == 2)
        check("dbg: step-over -> s=15, line 3", var("step-over").get("s") == "15"
              and st["step-over"]["current_line"]["line"] == 3)
        check("dbg: step-out -> <module>", top("step-out") == "<module>")
        check("dbg: step-over again -> line 3, y=15", var("step-over-2").get("y") == "15"
              and st["step-over-2"]["current_line"]["line"] == 3)
        check("dbg: continue -> no frames, output 30",
              not st["continued"]["frames"]
              and dbg["cells_after"][1]["outputs"][0]["text"] == "30\n")
        check("dbg: every click was a real click", all(s.get("via") in (None, "click") for s in dbg["stages"]))
        print(f"     debugger_session {time.time() - t:.1f}s")

        t = time.time()
        c = L.complete("import os\nos.pa")
        check("complete: os.pa lists path/pathsep", {"path", "pathsep"} <= {i["label"] for i in c["items"]},
              c["items"])
        c1 = L.complete("import os\nos.getlogi")
        check("complete: single match inserted", c1["inserted"] and c1["text_after"].endswith("os.getlogin"),
              c1["text_after"])
        tt = L.tooltip("len(")
        check("tooltip: len( shows a signature", tt["shown"] and "len(obj" in (tt["text"] or ""), tt)
        json.dump({"complete": c, "complete_single": c1, "tooltip": tt},
                  open(os.path.join(out, "probes.json"), "w"), indent=1)
        print(f"     probes {time.time() - t:.1f}s")


def fake_go_suite(out):
    data = tempfile.mkdtemp(prefix="gokernel-jlab-kernels-")
    kdir = os.path.join(data, "kernels", "fakego")
    os.makedirs(kdir)
    with open(os.path.join(kdir, "kernel.json"), "w") as f:
        json.dump({"argv": [lab.PY, os.path.join(HERE, "testdata", "fake_go_kernel.py"),
                            "-f", "{connection_file}"],
                   "display_name": "Fake Go", "language": "go"}, f)
    old = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = data + (os.pathsep + old if old else "")
    try:
        with lab.Lab(kernel="fakego") as L:
            nb = L.run_notebook(os.path.join(HERE, "testdata", "fake_go.ipynb"),
                                screenshot=os.path.join(out, "fake_go.png"))
            json.dump(nb, open(os.path.join(out, "fake_go.json"), "w"), indent=1)
            code = [c for c in nb["cells"] if c["cell_type"] == "code"]
            check("go: kernelspec found through JUPYTER_PATH", nb["kernel_info"]["spec"]["name"] == "fakego")
            check("go: CodeMirror mode go in every cell", all(c["highlight"]["mode"] == "go" for c in code))
            check("go: keyword/string/comment tokens",
                  {"cm-keyword", "cm-string", "cm-comment"} <= set(sum((c["highlight"]["token_classes"]
                                                                        for c in code), [])))
            check("go: error output", code[-1]["outputs"][0]["kind"] == "error")
            c = L.complete("fmt.Prin")
            check("go: completion items", [i["label"] for i in c["items"]] ==
                  ["fmt.Print", "fmt.Printf", "fmt.Println"], c["items"])
            tt = L.tooltip("fmt.Println(")
            check("go: tooltip", tt["shown"] and "fake documentation" in tt["text"], tt)
            try:
                L.debugger_session()
                check("go: debugger refused without kernelspec metadata", False)
            except lab.LabError as e:
                check("go: debugger refused without kernelspec metadata", "not enabled" in str(e), e)
    finally:
        shutil.rmtree(data, ignore_errors=True)
        if old is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = old


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/gokernel-jlab-selftest")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    for suite in (python_suite, fake_go_suite):
        try:
            suite(a.out)
        except Exception as e:  # noqa: BLE001
            check(f"{suite.__name__} ran to the end", False, f"{type(e).__name__}: {e}")
    n_ok = sum(ok for _, ok in results)
    print(f"{n_ok} passed, {len(results) - n_ok} failed  ({time.time() - t0:.0f}s, output in {a.out})")
    return 0 if n_ok == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
