#!/usr/bin/python3
"""Drive a real JupyterLab 3.6.8 front end (offline webpack build, Debian
jupyter_server 1.23 + jupyterlab_server 2.16) in headless Chromium, against
any installed Jupyter kernel.

Run with Debian's python (it has selenium, jupyter_server, jupyterlab_server):

  /usr/bin/python3 lab.py notebook NB.ipynb --kernel K --screenshot-dir D --json out.json
  /usr/bin/python3 lab.py debugger --kernel K --screenshot-dir D --json out.json
  /usr/bin/python3 lab.py complete --kernel K --code 'import os\\nos.pa' --json out.json
  /usr/bin/python3 lab.py tooltip  --kernel K --code 'len(' --json out.json

Exit status 0 when the procedure ran to the end (whatever the kernel printed;
judging the records is the caller's job), 1 when it could not (timeout, error
dialog, missing kernelspec...), 2 for usage errors.  The JSON is written in
both cases; on failure it has an "error" key and whatever was gathered.

As a library:

  with Lab(kernel="python3") as lab:           # builds/locates the front end,
      rec = lab.run_notebook("x.ipynb", screenshot="/tmp/x.png")   # starts server + browser
      dbg = lab.debugger_session(screenshot_dir="/tmp/dbg")
      c = lab.complete("import os\\nos.pa")
      t = lab.tooltip("len(")

The front-end directory comes from --build-dir, else $GOKERNEL_JLAB_DIR, else
the output of build.sh next to this file.  Kernelspecs are found the usual
way (JUPYTER_PATH, JUPYTER_DATA_DIR, ...): the environment is passed through
to the server.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import JavascriptException, WebDriverException
from selenium.common.exceptions import TimeoutException as SeleniumTimeout
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

sys.dont_write_bytecode = True  # no __pycache__ in the repo for the modules below
from labdebug import DebuggerMixin  # noqa: E402
from labserver import HERE, PY, DialogError, LabError, LabServer, find_build_dir  # noqa: E402,F401

with open(os.path.join(HERE, "lab_page.js")) as _f:
    JS_LIB = _f.read()

CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--force-device-scale-factor=1", "--hide-scrollbars",
    # nothing but loopback is reachable
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
WINDOW = (1280, 1000)
# taller notebooks are captured in several screenshots (PATH-1.png, PATH-2.png...)
MAX_SHOT_HEIGHT = int(os.environ.get("GOKERNEL_JLAB_MAX_SHOT", "12000"))


def _js_call(expr):
    return "return (" + expr + ");"


# --------------------------------------------------------------------------
# browser session
# --------------------------------------------------------------------------
class Lab(DebuggerMixin):
    """A server + headless Chromium pair.  Use as a context manager."""

    def __init__(self, kernel="python3", build_dir=None, timeout=120, keep_tmp=False,
                 chromium="/usr/bin/chromium", chromedriver="/usr/bin/chromedriver",
                 verbose=False):
        self.kernel = kernel
        self.timeout = timeout
        self.keep_tmp = keep_tmp
        self.verbose = verbose
        self.build_dir = find_build_dir(build_dir)
        self.server = None
        self.drv = None
        self.chromium = chromium
        self.chromedriver = chromedriver
        self._profile = None
        self.path = None

    # ---- lifecycle -------------------------------------------------------
    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    def start(self):
        t0 = time.time()
        self.server = LabServer(self.build_dir).start()
        self.server_start_s = round(time.time() - t0, 2)
        self._profile = tempfile.mkdtemp(prefix="gokernel-jlab-chrome-")
        opts = webdriver.ChromeOptions()
        opts.binary_location = self.chromium
        for f in CHROME_FLAGS + [f"--user-data-dir={self._profile}",
                                 f"--window-size={WINDOW[0]},{WINDOW[1]}"]:
            opts.add_argument(f)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.drv = webdriver.Chrome(service=Service(self.chromedriver), options=opts)
        self.drv.set_script_timeout(min(self.timeout, 30))
        return self

    def close(self):
        if self.drv:
            try:
                self.drv.quit()
            except Exception:
                pass
            self.drv = None
        if self.server:
            self.server.cleanup(keep=self.keep_tmp)
        if self._profile:
            shutil.rmtree(self._profile, ignore_errors=True)

    def log(self, *a):
        if self.verbose:
            print(f"[lab {time.strftime('%H:%M:%S')}]", *a, file=sys.stderr, flush=True)

    # ---- JS helpers ------------------------------------------------------
    def script(self, fn):
        """fn(), tried again while the browser's renderer stays busy past the
        script timeout (a loaded machine: the page is still there), until
        self.timeout seconds have passed since the first try."""
        end = time.time() + self.timeout
        while True:
            try:
                return fn()
            except SeleniumTimeout as e:
                if time.time() >= end:
                    raise
                self.log(f"script timeout, trying again: {(e.msg or '')[:200]}")

    def js(self, expr, *args):
        """Evaluate a JS expression (using window.__gk) and return its value."""
        def call():
            self.drv.execute_script(JS_LIB)
            return self.drv.execute_script("const gk = window.__gk;\n" + _js_call(expr), *args)
        return self.script(call)

    def js_async(self, body, *args):
        """Run an async JS function body; its return value is the result."""
        def call():
            self.drv.execute_script(JS_LIB)
            return self.drv.execute_async_script(
                "const done = arguments[arguments.length - 1]; const gk = window.__gk;"
                "(async () => {" + body + "})().then(done, e => done({__error: String(e && e.stack || e)}));",
                *args)
        return self.script(call)

    def wait(self, what, fn, timeout=None, interval=0.2, check_dialog=True):
        """Poll fn() until truthy; raise DialogError if a JupyterLab dialog shows up."""
        end = time.time() + (timeout or self.timeout)
        last = last_err = None
        while True:
            try:
                last = fn()
            except (JavascriptException, SeleniumTimeout) as e:
                # transient (a panel not there yet, a renderer busy past the
                # script timeout under load): log once, poll again until the deadline
                last = None
                if e.msg != last_err:
                    self.log(f"wait {what}: {type(e).__name__}: {(e.msg or '')[:300]}")
                    last_err = e.msg
            if last:
                return last
            if check_dialog:
                try:
                    d = self.drv.execute_script(
                        "const d=document.querySelector('.jp-Dialog');return d?d.innerText:null")
                except SeleniumTimeout:
                    d = None  # the renderer is busy: look again on the next poll
                if d:
                    raise DialogError(f"while waiting for {what}: dialog: {d[:1000]}")
            if time.time() >= end:
                raise LabError(f"timed out after {timeout or self.timeout}s waiting for {what}")
            time.sleep(interval)

    def browser_errors(self):
        try:
            return [e["message"][:500] for e in self.drv.get_log("browser")
                    if e["level"] == "SEVERE"]
        except WebDriverException:
            return []

    def messages(self, since=0):
        return self.js("gk.msgs.slice(arguments[0])", since)

    # ---- notebooks -------------------------------------------------------
    def _kernelspec(self, kernel):
        specs = self.server.kernelspecs()["kernelspecs"]
        if kernel not in specs:
            raise LabError(f"kernelspec {kernel!r} not found; the server has {sorted(specs)}")
        return specs[kernel]["spec"]

    def _stage_notebook(self, nb, name, kernel, keep_language_info=False):
        """Write nb (a dict) into the server's notebook dir with kernelspec = kernel."""
        spec = self._kernelspec(kernel)
        nb = json.loads(json.dumps(nb))
        md = nb.setdefault("metadata", {})
        md["kernelspec"] = {"name": kernel, "display_name": spec.get("display_name", kernel),
                            "language": spec.get("language", "")}
        for c in nb.get("cells", []):
            if c.get("cell_type") == "code":   # fresh run: no stale outputs/counts
                c["outputs"] = []
                c["execution_count"] = None
        if not keep_language_info:
            # highlighting must then come from the kernel's kernel_info_reply
            md.pop("language_info", None)
        path = os.path.join(self.server.notebook_dir, name)
        with open(path, "w") as f:
            json.dump(nb, f, indent=1)
        return name

    def open_notebook(self, name, timeout=None):
        """Navigate to /lab/tree/<name>, wait for the lab, the panel and an idle kernel."""
        self._leave_page()
        self.path = name
        log0 = self.server.log_size()
        t0 = time.time()
        # A fresh workspace per navigation: nothing from an earlier operation
        # is restored (a restored notebook would start its kernel again).
        # ("?reset" is not honoured together with /tree/ in 3.6.)
        self._nav = getattr(self, "_nav", 0) + 1
        url = (f"{self.server.url}/lab/workspaces/gk{os.getpid()}-{self._nav}/tree/"
               f"{urllib.parse.quote(name)}?token={self.server.token}")
        self.drv.get(url)
        self.wait("JupyterLab start", lambda: self.drv.execute_script(
            "return document.body.dataset.labReady === 'true'"), timeout)
        lab_ready = time.time() - t0
        self.script(lambda: self.drv.execute_script(JS_LIB))
        self.script(lambda: self.drv.execute_script("window.__gk.path = arguments[0]", name))
        self.wait("notebook panel", lambda: self.js("gk.status()").get("open"), timeout)
        seen = []

        def idle():
            st = self.js("gk.status()").get("status")
            if not seen or seen[-1] != st:
                seen.append(st)
            # jupyter_server restarts a kernel whose process exits (5 tries, then
            # drops it and the page only shows 'unknown'): fail on the first sign.
            died = self.server.log_since(log0, ("restarting kernel", "died, removing"))
            if st == "dead" or died:
                raise LabError(f"kernel died while starting (statuses {seen}); server log:\n"
                               + self.server.log_tail(15))
            return st == "idle"
        try:
            self.wait("kernel idle", idle, timeout)
        except LabError as e:
            if "timed out" in str(e):
                raise LabError(f"{e} (kernel statuses seen: {seen})") from None
            raise
        kernel_idle = time.time() - t0
        # Hide the file browser: more room for the notebook in screenshots.
        self.js("window.jupyterapp.shell.collapseLeft() || true")
        st = self.js("gk.status()")
        self.log("opened", name, st)
        return {"lab_ready_s": round(lab_ready, 2), "kernel_idle_s": round(kernel_idle, 2)}

    def _leave_page(self):
        """Mark open documents clean so leaving the page raises no
        'unsaved changes' beforeunload prompt (WebDriver key presses count as
        user activation, so Chromium would show it)."""
        try:
            self.drv.execute_script(
                "const app = window.jupyterapp; if (!app) return;"
                "const it = app.shell.widgets('main');"
                "for (let w = it.next(); w !== undefined; w = it.next())"
                "  if (w.context && w.context.model) w.context.model.dirty = false;")
        except WebDriverException:
            pass

    def _finish_notebook(self):
        try:
            self.server.shutdown_sessions()
        except Exception as e:  # noqa: BLE001
            self.log("shutdown_sessions:", e)

    def screenshot(self, path, full=True):
        """Screenshot of the lab; full=True grows the window so the whole notebook
        fits (one tall PNG) or, past MAX_SHOT_HEIGHT, scrolls and writes
        path-1.png, path-2.png... Returns the list of files written."""
        os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
        if not full or not self.path:
            self.drv.save_screenshot(path)
            return [path]
        self.js("gk.scrollTo(0)")
        info = self.js("gk.scrollInfo()")
        extra = info["contentHeight"] - info["clientHeight"]
        if extra <= 0:
            self.drv.save_screenshot(path)
            return [path]
        size = self.drv.get_window_size()
        target = min(info["innerHeight"] + extra, MAX_SHOT_HEIGHT)
        files = []
        try:
            self.drv.set_window_size(size["width"], target + (size["height"] - info["innerHeight"]))
            # the lumino layout follows the window size on a later frame
            grown = lambda i: i["clientHeight"] >= min(i["contentHeight"], target - 200)
            self.wait("notebook relayout", lambda: grown(self.js("gk.scrollInfo()")),
                      timeout=10, check_dialog=False)
            info = self.js("gk.scrollInfo()")
            if info["contentHeight"] <= info["clientHeight"] + 2:
                self.js("gk.scrollTo(0)")
                self.drv.save_screenshot(path)
                files.append(path)
            else:
                base, ext = os.path.splitext(path)
                y, k = 0, 1
                step = max(info["clientHeight"] - 60, 200)
                while True:
                    self.js("gk.scrollTo(arguments[0])", y)
                    f = f"{base}-{k}{ext}"
                    self.drv.save_screenshot(f)
                    files.append(f)
                    if y + info["clientHeight"] >= info["contentHeight"]:
                        break
                    y += step
                    k += 1
        finally:
            self.drv.set_window_size(size["width"], size["height"])
        return files

    def _answer_stdin(self, answer, answered):
        """Type `answer` + Enter into every input box (input_request) waiting
        on the page, as a user would; append {cell, prompt, password} to
        `answered`."""
        for req in self.js("gk.stdinPending()"):
            sel = "input.jp-Stdin-input:not([data-gk-answered])"
            boxes = self.js(f"[...gk.panel().content.widgets[arguments[0]].node.querySelectorAll('{sel}')]",
                            req["cell"])
            if not boxes:
                continue
            self.drv.execute_script("arguments[0].dataset.gkAnswered = '1'; arguments[0].focus()", boxes[0])
            boxes[0].send_keys(answer + Keys.ENTER)
            answered.append(req)
            self.log("answered input", req)

    def run_notebook(self, path, kernel=None, screenshot=None, keep_language_info=False,
                     timeout=None, stdin_answer="gopher"):
        """Open a copy of notebook `path` with `kernel`, run all cells, read back
        what JupyterLab rendered.  Input requests are answered with
        `stdin_answer` (None: left waiting).  See README.md for the returned
        dict."""
        kernel = kernel or self.kernel
        with open(path) as f:
            nb = json.load(f)
        name = self._stage_notebook(nb, os.path.basename(path), kernel, keep_language_info)
        rec = {"notebook": os.path.abspath(path), "kernel": kernel}
        try:
            rec["timings"] = self.open_notebook(name, timeout)
            rec["kernel_info"] = self.js_async("return await gk.kernelInfo();")
            t1 = time.time()
            self.js("(window.__runAll = {done: false}, window.jupyterapp.commands"
                    ".execute('notebook:run-all-cells').then(r => window.__runAll = {done: true, ok: r},"
                    " e => window.__runAll = {done: true, ok: false, error: String(e)}), true)")

            rec["stdin"] = []

            def finished():
                if stdin_answer is not None:
                    self._answer_stdin(stdin_answer, rec["stdin"])
                ra = self.js("window.__runAll")
                st = self.js("gk.status()")
                pr = self.js("gk.prompts()")
                code = [c for c in pr if c["type"] == "code" and not c["blank"]]
                busy = any(c["prompt"] == "[*]:" for c in code)
                numbered = all(c["count"] is not None for c in code)
                if st["status"] != "idle" or busy:
                    return None
                # normal end: every prompt numbered; or run-all gave up (error / abort)
                return ra if (numbered or ra.get("done")) else None
            ra = self.wait("all cells executed", finished, timeout)
            rec["timings"]["run_all_s"] = round(time.time() - t1, 2)
            rec["run_all"] = {"ok": ra.get("ok"), "error": ra.get("error")}
            self.wait("outputs rendered", lambda: self.js("gk.outputsSettled()"), 30)
            try:
                self.wait("syntax modes", lambda: self.js("gk.modesSettled()"), 15,
                          check_dialog=False)
                rec["modes_settled"] = True
            except LabError:
                rec["modes_settled"] = False
            rec["kernel_status"] = self.js("gk.status()")["status"]
            rec["cells"] = self.js("gk.cells()")
            code = [c for c in rec["cells"] if c["cell_type"] == "code" and c["source"].strip()]
            rec["all_executed"] = bool(code) and all(c["execution_count"] is not None for c in code)
            rec["highlighted"] = bool(code) and all(c["highlight"].get("highlighted") for c in code)
            # the debugger toggle as the user sees it with this kernel running
            rec["bug_button"] = self.js("gk.bugButton()")
            if screenshot:
                rec["screenshots"] = self.screenshot(screenshot)
            rec["browser_errors"] = self.browser_errors()
        finally:
            self._finish_notebook()
        return rec

    # ---- completion / tooltip -------------------------------------------
    def _probe_notebook(self, kernel):
        name = f"probe-{kernel}.ipynb"
        if self.path == name and self.js("gk.status()").get("status") == "idle":
            return
        nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                         "outputs": [], "source": ""}],
              "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        self._stage_notebook(nb, name, kernel)
        self.open_notebook(name)

    def _new_msgs(self, since, type_):
        return [m for m in self.messages(since) if m["type"] == type_]

    def complete(self, code, cursor=None, kernel=None, setup=None, screenshot=None, timeout=20):
        """Type `code` into a cell, cursor at `cursor` (default: end), press Tab.
        `setup` is code run first in the kernel (e.g. imports).
        Returns what the completer displayed (or inserted)."""
        kernel = kernel or self.kernel
        self._probe_notebook(kernel)
        if setup:
            self._run_first_cell(setup)
        self.js("gk.focusCell(0, arguments[0], arguments[1])", code, cursor)
        n0 = len(self.messages())
        ActionChains(self.drv).send_keys(Keys.TAB).perform()
        out = {"code": code, "cursor": len(code) if cursor is None else cursor}
        try:
            reply = self.wait("complete_reply", lambda: self._new_msgs(n0, "complete_reply"), timeout)
            out["reply"] = reply[-1]["content"]
        except LabError:
            out["reply"] = None
        matches = (out["reply"] or {}).get("matches") or []
        # With several matches the completer opens; with exactly one JupyterLab
        # inserts it directly.  Poll for either.
        js_items = ("[...document.querySelectorAll('.jp-Completer .jp-Completer-item')].map(li => ({"
                    "label: (li.querySelector('.jp-Completer-match')||li).innerText.trim(),"
                    "value: li.getAttribute('data-value'), type: li.getAttribute('title') || null,"
                    "active: li.classList.contains('jp-mod-active')}))")

        def shown():
            items = self.js(js_items)
            text = self.js("gk.panel().content.widgets[0].model.value.text")
            if items:
                return {"items": items, "text": text}
            if text != code:
                return {"items": [], "text": text}
            return None
        try:
            got = self.wait("completer", shown, 5 if matches else 1, check_dialog=False)
        except LabError:
            got = {"items": [], "text": self.js("gk.panel().content.widgets[0].model.value.text")}
        out["items"] = got["items"]
        out["text_after"] = got["text"]
        out["inserted"] = got["text"] != code
        out["doc_panel"] = self.js(
            "(document.querySelector('.jp-Completer-docpanel') || {}).innerText || null")
        if screenshot:
            out["screenshot"] = self.screenshot(screenshot, full=False)[0]
        ActionChains(self.drv).send_keys(Keys.ESCAPE).perform()
        return out

    def tooltip(self, code, cursor=None, kernel=None, setup=None, screenshot=None, timeout=20):
        """Type `code`, press Shift+Tab (inspect_request); return the tooltip text."""
        kernel = kernel or self.kernel
        self._probe_notebook(kernel)
        if setup:
            self._run_first_cell(setup)
        self.js("gk.focusCell(0, arguments[0], arguments[1])", code, cursor)
        n0 = len(self.messages())
        ActionChains(self.drv).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        out = {"code": code, "cursor": len(code) if cursor is None else cursor}
        try:
            reply = self.wait("inspect_reply", lambda: self._new_msgs(n0, "inspect_reply"), timeout)
            c = reply[-1]["content"]
            out["reply"] = {"status": c.get("status"), "found": c.get("found"),
                            "mimes": sorted((c.get("data") or {}).keys())}
        except LabError:
            out["reply"] = None
        found = bool((out["reply"] or {}).get("found"))
        js_tip = ("(() => { const t = document.querySelector('.jp-Tooltip');"
                  " return t ? {text: t.innerText, mime: (t.querySelector('[data-mime-type]') || "
                  "{getAttribute: () => null}).getAttribute('data-mime-type')} : null })()")
        try:
            tip = self.wait("tooltip", lambda: self.js(js_tip), 5 if found else 1, check_dialog=False)
        except LabError:
            tip = None
        out["shown"] = tip is not None
        out["text"] = tip["text"] if tip else None
        out["mime"] = tip["mime"] if tip else None
        if screenshot:
            out["screenshot"] = self.screenshot(screenshot, full=False)[0]
        ActionChains(self.drv).send_keys(Keys.ESCAPE).perform()
        return out

    def _run_first_cell(self, code):
        before = self.js("gk.panel().content.widgets[0].model.executionCount")
        self.js("gk.focusCell(0, arguments[0])", code)
        self.js("(window.jupyterapp.commands.execute('notebook:run-cell'), true)")
        self.wait("setup cell", lambda: (
            self.js("gk.panel().content.widgets[0].model.executionCount") not in (None, before)
            and self.js("gk.status()")["status"] == "idle"))


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description="Drive JupyterLab 3.6 in headless Chromium.")
    ap.add_argument("--build-dir", help="dir with serve.py + build/ (default: build.sh output)")
    ap.add_argument("--timeout", type=float, default=120, help="per wait, seconds")
    ap.add_argument("--keep-tmp", action="store_true", help="keep the server temp dir (logs)")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)

    def common(p):
        p.add_argument("--kernel", default="python3")
        p.add_argument("--json", help="write the result here (default: stdout)")
        p.add_argument("--screenshot-dir", help="where PNGs go (keep them out of the repo)")
        return p
    p = common(sub.add_parser("notebook", help="run all cells of a notebook"))
    p.add_argument("notebook")
    p.add_argument("--keep-language-info", action="store_true",
                   help="keep metadata.language_info (default: strip it so the mode comes from the kernel)")
    p = common(sub.add_parser("debugger", help="debugger session on a small notebook"))
    p.add_argument("--cells-json", help="JSON list of cell sources (default: the python add() pair)")
    p.add_argument("--breakpoint", default="1:2", help="CELL:LINE, cell 0-based, line 1-based")
    for c in ("complete", "tooltip"):
        p = common(sub.add_parser(c, help=f"{c} probe"))
        p.add_argument("--code", required=True, help="cell text; \\n escapes allowed")
        p.add_argument("--cursor", type=int)
        p.add_argument("--setup", help="code to run first")
    a = ap.parse_args(argv)

    def unescape(s):
        return s.encode().decode("unicode_escape") if s is not None else None

    result = {"command": a.cmd, "kernel": a.kernel}
    rc = 0
    t0 = time.time()
    lab = None
    try:
        lab = Lab(kernel=a.kernel, build_dir=a.build_dir, timeout=a.timeout,
                  keep_tmp=a.keep_tmp, verbose=a.verbose)
        lab.start()
        result["server_start_s"] = lab.server_start_s
        sd = a.screenshot_dir
        if a.cmd == "notebook":
            shot = os.path.join(sd, os.path.splitext(os.path.basename(a.notebook))[0] + ".png") if sd else None
            result["result"] = lab.run_notebook(a.notebook, a.kernel, shot, a.keep_language_info)
        elif a.cmd == "debugger":
            cells = None
            if a.cells_json:
                with open(a.cells_json) as f:
                    cells = json.load(f)
            bc, bl = (int(x) for x in a.breakpoint.split(":"))
            result["result"] = lab.debugger_session(a.kernel, cells, (bc, bl), screenshot_dir=sd)
        else:
            fn = lab.complete if a.cmd == "complete" else lab.tooltip
            shot = os.path.join(sd, f"{a.cmd}.png") if sd else None
            result["result"] = fn(unescape(a.code), a.cursor, a.kernel, unescape(a.setup), shot)
    except Exception as e:  # noqa: BLE001  -- reported in the JSON
        rc = 1
        result["error"] = f"{type(e).__name__}: {e}"
        if lab and lab.server:
            result["server_log_tail"] = lab.server.log_tail()
        if lab and lab.drv and a.screenshot_dir:
            try:
                os.makedirs(a.screenshot_dir, exist_ok=True)
                f = os.path.join(a.screenshot_dir, "error.png")
                lab.drv.save_screenshot(f)
                result["error_screenshot"] = f
            except Exception:  # noqa: BLE001
                pass
    finally:
        if lab:
            lab.close()
    result["elapsed_s"] = round(time.time() - t0, 2)
    text = json.dumps(result, indent=1)
    if a.json:
        with open(a.json, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    if rc:
        print(f"lab.py {a.cmd}: {result['error']}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
