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
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import (ElementNotInteractableException,
                                        JavascriptException, WebDriverException)
from selenium.common.exceptions import TimeoutException as SeleniumTimeout
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"

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


STEP_LABELS = {"stepIn": "step-in", "next": "step-over", "stepOut": "step-out"}


class LabError(RuntimeError):
    """The procedure could not run to the end."""


class DialogError(LabError):
    """JupyterLab showed a modal dialog (e.g. 'Error Starting Kernel')."""


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_build_dir(build_dir=None):
    """Directory holding serve.py and build/bundle.js."""
    d = build_dir or os.environ.get("GOKERNEL_JLAB_DIR")
    if not d:
        out = subprocess.run([os.path.join(HERE, "build.sh")], check=True,
                             stdout=subprocess.PIPE, text=True).stdout
        d = out.strip().splitlines()[-1]
    if not os.path.isfile(os.path.join(d, "build", "bundle.js")):
        raise LabError(f"{d}: no build/bundle.js (run build.sh)")
    return d


# --------------------------------------------------------------------------
# server
# --------------------------------------------------------------------------
class LabServer:
    """serve.py on a free 127.0.0.1 port, random token, temp notebook dir."""

    def __init__(self, build_dir, notebook_dir=None, env=None, startup_timeout=60):
        self.build_dir = build_dir
        self.tmp = tempfile.mkdtemp(prefix="gokernel-jlab-")
        self.notebook_dir = notebook_dir or os.path.join(self.tmp, "notebooks")
        os.makedirs(self.notebook_dir, exist_ok=True)
        self.state_dir = os.path.join(self.tmp, "state")
        self.log_path = os.path.join(self.tmp, "serve.log")
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ if env is None else env)
        # Kernel connection files in our temp dir, not ~/.local/share.
        self.env.setdefault("JUPYTER_RUNTIME_DIR", os.path.join(self.tmp, "runtime"))
        self.proc = None
        self.startup_timeout = startup_timeout

    def start(self):
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [PY, os.path.join(self.build_dir, "serve.py"),
             "--notebook-dir", self.notebook_dir, "--port", str(self.port),
             "--token", self.token, "--state-dir", self.state_dir],
            stdout=self._log, stderr=subprocess.STDOUT, env=self.env,
            cwd=self.tmp, start_new_session=True)
        end = time.time() + self.startup_timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise LabError(f"serve.py exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status")
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        raise LabError(f"server not up after {self.startup_timeout}s:\n{self.log_tail()}")

    def api(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            raw = r.read()
        return json.loads(raw) if raw else None

    def kernelspecs(self):
        return self.api("GET", "/api/kernelspecs")

    def shutdown_sessions(self):
        for s in self.api("GET", "/api/sessions") or []:
            try:
                self.api("DELETE", f"/api/sessions/{s['id']}")
            except urllib.error.HTTPError:
                pass

    def log_size(self):
        try:
            return os.path.getsize(self.log_path)
        except OSError:
            return 0

    def log_since(self, offset, needles):
        """Lines written after byte `offset` that contain one of `needles`."""
        try:
            with open(self.log_path, errors="replace") as f:
                f.seek(offset)
                return [ln for ln in f.read().splitlines() if any(n in ln for n in needles)]
        except OSError:
            return []

    def log_tail(self, n=40):
        try:
            with open(self.log_path) as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                self.shutdown_sessions()
            except Exception:
                pass
            os.killpg(self.proc.pid, signal.SIGTERM)   # own session: serve.py + kernels
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()

    def cleanup(self, keep=False):
        self.stop()
        if not keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# JavaScript run in the page (window.jupyterapp is set by index.js)
# --------------------------------------------------------------------------
JS_LIB = r"""
if (window.__gk) return true;
const gk = window.__gk = {msgs: [], watched: new WeakSet()};
gk.panel = () => {
  const app = window.jupyterapp;
  if (!app) return null;
  // lumino 1: widgets() returns an IIterator (next() until undefined)
  const it = app.shell.widgets('main');
  for (let w = it.next(); w !== undefined; w = it.next()) {
    if (w.context && w.context.path === gk.path && w.content && w.content.widgets) return w;
  }
  return null;
};
// Record kernel messages (types only, plus the debug protocol) for waits/reports.
gk.watch = () => {
  const p = gk.panel();
  const k = p && p.sessionContext.session && p.sessionContext.session.kernel;
  if (!k || gk.watched.has(k)) return;
  gk.watched.add(k);
  k.anyMessage.connect((_, a) => {
    const m = a.msg, t = m.header.msg_type, c = m.content || {};
    const r = {t: Date.now(), dir: a.direction, channel: m.channel, type: t};
    if (t === 'debug_request' || t === 'debug_reply') {
      r.command = c.command; if (t === 'debug_reply') r.success = c.success;
      if (c.command === 'setBreakpoints' && c.body) r.breakpoints = c.body.breakpoints;
      if (c.command === 'stackTrace' && c.body && c.body.stackFrames)
        r.frames = c.body.stackFrames.map(f => ({name: f.name, line: f.line,
                                                 path: f.source && f.source.path}));
      if (c.command === 'scopes' && c.body && c.body.scopes)
        r.scopes = c.body.scopes.map(x => ({name: x.name, ref: x.variablesReference}));
      if (c.command === 'variables' && c.body && c.body.variables) r.nvariables = c.body.variables.length;
      if (t === 'debug_reply' && !c.success) r.message = c.message;
    } else if (t === 'debug_event') {
      r.event = c.event; if (c.body && c.body.reason) r.reason = c.body.reason;
    } else if (t === 'complete_reply' || t === 'inspect_reply') {
      r.content = c;
    } else if (t === 'status') {
      r.state = c.execution_state;
    }
    if (gk.msgs.length > 50000) gk.msgs.shift();
    gk.msgs.push(r);
  });
};
gk.dialog = () => {
  const d = document.querySelector('.jp-Dialog');
  return d ? d.innerText.slice(0, 2000) : null;
};
gk.status = () => {
  const p = gk.panel();
  if (!p) return {open: false, ready: !!window.jupyterapp};
  gk.watch();
  const ctx = p.sessionContext;
  const k = ctx.session && ctx.session.kernel;
  return {open: true, ready: true, revealed: p.isRevealed !== false,
          kernel: k ? k.name : null, status: ctx.kernelDisplayStatus,
          ncells: p.content.widgets.length, dialog: gk.dialog()};
};
gk.prompts = () => {
  const p = gk.panel();
  return p.content.widgets.map((c, i) => ({
    index: i, type: c.model.type,
    blank: c.model.type === 'code' ? !c.model.value.text.trim() : undefined,
    count: c.model.type === 'code' ? c.model.executionCount : undefined,
    prompt: c.model.type === 'code'
        ? ((c.node.querySelector('.jp-InputPrompt') || {}).innerText || '').trim() : undefined}));
};
gk.expectedMode = (cm, mime) => {
  const CM = cm.constructor;
  const spec = CM.findModeByMIME && CM.findModeByMIME(mime);
  return spec ? spec.mode : null;
};
gk.highlight = (cell) => {
  const cm = cell.editor && cell.editor.editor;
  const r = {mimetype: cell.model.mimeType};
  if (!cm || !cm.getMode) return r;
  const opt = cm.getOption('mode');
  r.mode = cm.getMode().name;
  r.mode_option = typeof opt === 'string' ? opt : JSON.stringify(opt);
  r.expected_mode = gk.expectedMode(cm, cell.model.mimeType);
  const spans = [...cell.node.querySelectorAll('.jp-InputArea-editor .CodeMirror-code span[class*="cm-"]')];
  const classes = new Set();
  const tokens = [];
  for (const s of spans) {
    for (const k of s.classList) if (k.startsWith('cm-')) classes.add(k);
    if (tokens.length < 60) tokens.push([s.className, s.textContent]);
  }
  r.token_classes = [...classes].sort();
  r.tokens = tokens;
  const syntactic = [...classes].filter(k => !['cm-tab', 'cm-trailing-space', 'cm-searching',
      'cm-matchhighlight', 'cm-error'].includes(k));
  r.highlighted = syntactic.length > 0;
  return r;
};
gk.modesSettled = () => {
  const p = gk.panel();
  const want = p.content.codeMimetype;
  return p.content.widgets.every(c => {
    if (c.model.type !== 'code') return true;
    const cm = c.editor && c.editor.editor;
    if (!cm || c.model.mimeType !== want) return false;
    const exp = gk.expectedMode(cm, want);
    return exp === null || cm.getMode().name === exp;
  });
};
gk.outputRecord = (cell, om, child, j) => {
  const json = om.toJSON();
  const rec = {index: j, output_type: json.output_type};
  const nb = gk.panel().content;
  const node = child ? (child.node.querySelector('.jp-OutputArea-output') || child.node) : null;
  if (json.output_type === 'stream') {
    rec.kind = 'stream'; rec.name = json.name;
  } else if (json.output_type === 'error') {
    rec.kind = 'error'; rec.ename = json.ename; rec.evalue = json.evalue;
  } else {
    rec.mimes = Object.keys(json.data || {}).sort();
    rec.kind = nb.rendermime.preferredMimeType(om.data, om.trusted ? 'any' : 'ensure') || 'none';
  }
  if (!node) { rec.rendered = false; return rec; }
  rec.rendered = true;
  rec.dom_mime = node.getAttribute('data-mime-type');
  rec.dom_classes = [...node.classList].filter(k => k.startsWith('jp-Rendered'));
  rec.text = node.innerText.slice(0, 20000);
  if (rec.kind === 'error') rec.traceback = rec.text;
  if (rec.kind === 'text/html' || rec.kind === 'text/markdown' || rec.kind === 'text/latex')
    rec.html = node.innerHTML.slice(0, 20000);
  const img = node.querySelector('img');
  if (img) {
    rec.image = {width: img.naturalWidth, height: img.naturalHeight, complete: img.complete,
                 src_prefix: (img.getAttribute('src') || '').slice(0, 30)};
  }
  if (rec.kind === 'image/svg+xml') {
    rec.svg = !!node.querySelector('svg') ||
              !!(img && (img.getAttribute('src') || '').startsWith('data:image/svg+xml'));
  }
  return rec;
};
gk.cells = () => {
  const p = gk.panel();
  return p.content.widgets.map((cell, i) => {
    const m = cell.model;
    const rec = {index: i, cell_type: m.type, source: m.value.text};
    if (m.type === 'code') {
      rec.execution_count = m.executionCount;
      rec.prompt = ((cell.node.querySelector('.jp-InputPrompt') || {}).innerText || '').trim();
      rec.highlight = gk.highlight(cell);
      const area = cell.outputArea, om = area.model;
      rec.outputs = [];
      for (let j = 0; j < om.length; j++) rec.outputs.push(gk.outputRecord(cell, om.get(j), area.widgets[j], j));
    } else if (m.type === 'markdown') {
      const r = cell.node.querySelector('.jp-MarkdownOutput');
      rec.rendered = cell.rendered;
      rec.html = r ? r.innerHTML.slice(0, 20000) : null;
    }
    return rec;
  });
};
// True once every output has its DOM node, markdown is rendered and images decoded.
gk.outputsSettled = () => {
  const p = gk.panel();
  for (const cell of p.content.widgets) {
    if (cell.model.type === 'markdown' && cell.rendered) {
      const r = cell.node.querySelector('.jp-MarkdownOutput');
      if (cell.model.value.text.trim() && (!r || !r.childElementCount)) return false;
    }
    if (cell.model.type !== 'code') continue;
    const area = cell.outputArea;
    if (area.widgets.length < area.model.length) return false;
    for (const img of cell.node.querySelectorAll('.jp-OutputArea-output img'))
      if (!img.complete) return false;
    for (const md of cell.node.querySelectorAll('.jp-OutputArea-output.jp-RenderedMarkdown'))
      if (!md.childElementCount) return false;
  }
  return true;
};
gk.kernelInfo = async () => {
  const p = gk.panel();
  const k = p.sessionContext.session.kernel;
  const info = await k.info;
  let spec = null;
  try { spec = await k.spec; } catch (e) {}
  return {language_info: info.language_info, implementation: info.implementation,
          implementation_version: info.implementation_version,
          protocol_version: info.protocol_version, banner: (info.banner || '').slice(0, 500),
          debugger: info.debugger === undefined ? null : info.debugger,
          spec: spec ? {name: spec.name, display_name: spec.display_name,
                        language: spec.language, metadata: spec.metadata || null} : null,
          code_mimetype: p.content.codeMimetype};
};
// Scroll container of the notebook and heights for the full-page screenshot.
// contentHeight: bottom of the last cell (scrollHeight also counts the
// "scroll past end" padding JupyterLab adds below the last cell).
gk.scrollInfo = () => {
  const nb = gk.panel().content, n = nb.node;
  const last = nb.widgets.length ? nb.widgets[nb.widgets.length - 1].node : null;
  const top = n.getBoundingClientRect().top;
  const contentHeight = last ? Math.ceil(last.getBoundingClientRect().bottom - top + n.scrollTop + 16)
                             : n.scrollHeight;
  return {scrollHeight: n.scrollHeight, contentHeight, clientHeight: n.clientHeight,
          scrollTop: n.scrollTop, innerHeight: window.innerHeight};
};
gk.scrollTo = (y) => { gk.panel().content.node.scrollTop = y; return gk.panel().content.node.scrollTop; };
gk.focusCell = (i, text, cursor) => {
  const p = gk.panel(), nb = p.content;
  nb.activeCellIndex = i;
  const cell = nb.activeCell;
  if (text !== null && text !== undefined) cell.model.value.text = text;
  nb.mode = 'edit';
  cell.editor.focus();
  const off = (cursor === null || cursor === undefined) ? cell.model.value.text.length : cursor;
  cell.editor.setCursorPosition(cell.editor.getPositionAt(off));
  return nb.activeCellIndex;
};
// ---- debugger -----------------------------------------------------------
gk.bugButton = () => {
  const p = gk.panel();
  const b = p && p.node.querySelector('.jp-DebuggerBugButton');
  if (!b) return {present: false};
  const btn = b.tagName === 'BUTTON' ? b : (b.querySelector('button') || b);
  return {present: true, enabled: !btn.disabled && btn.getAttribute('aria-disabled') !== 'true',
          pressed: btn.getAttribute('aria-pressed') === 'true' || b.classList.contains('lm-mod-toggled'),
          title: btn.getAttribute('title')};
};
gk.visible = (el) => !!el && el.offsetParent !== null && el.getClientRects().length > 0;
gk.debugState = () => {
  const sb = document.querySelector('.jp-DebuggerSidebar');
  const frames = [...document.querySelectorAll('.jp-DebuggerCallstack .jp-DebuggerCallstackFrame')].map(li => ({
    name: (li.querySelector('.jp-DebuggerCallstackFrame-name') || {}).textContent || '',
    location: (li.querySelector('.jp-DebuggerCallstackFrame-location') || {}).textContent || '',
    path: (li.querySelector('.jp-DebuggerCallstackFrame-location') || {title: ''}).title || '',
    selected: li.classList.contains('selected')}));
  const vroot = document.querySelector('.jp-DebuggerVariables');
  const tree = vroot && [...vroot.querySelectorAll('.jp-DebuggerVariables-body')].find(b => gk.visible(b) || !b.classList.contains('lm-mod-hidden'));
  const variables = [];
  if (tree) {
    for (const li of tree.querySelectorAll(':scope > ul > li')) {
      const name = li.querySelector(':scope > span[style*="attribute-color"]');
      const val = li.querySelector(':scope > span[style*="string-color"]');
      variables.push({name: name ? name.textContent : li.innerText.split(':')[0],
                      value: val ? val.textContent : ''});
    }
  }
  const sel = vroot && vroot.querySelector('select');
  const scopes = sel ? [...sel.options].map(o => o.value) : [];
  const breakpoints = [...document.querySelectorAll('.jp-DebuggerBreakpoints .jp-DebuggerBreakpoint')].map(b => ({
    source: b.getAttribute('title') || (b.querySelector('.jp-DebuggerBreakpoint-source') || {}).textContent || '',
    line: Number((b.querySelector('.jp-DebuggerBreakpoint-line') || {}).textContent || 0)}));
  // current line: highlighted line in a notebook cell and/or the Source panel
  let current_line = null;
  const p = gk.panel();
  if (p) p.content.widgets.forEach((c, i) => {
    const hl = c.node.querySelector('.jp-DebuggerEditor-highlight');
    if (hl) {
      const lines = [...c.node.querySelectorAll('.CodeMirror-code > div')];
      const txt = hl.querySelector('.CodeMirror-line');
      current_line = {cell: i, line: lines.indexOf(hl) + 1,
                      text: (txt || hl).textContent.replace(/\u200b/g, '')};
    }
  });
  // Source panel: header shows the path, body a read-only editor with the
  // current line highlighted.
  const srcHead = document.querySelector('.jp-DebuggerSources-header');
  const srcBody = document.querySelector('.jp-DebuggerSources-body');
  let source_panel = null;
  if (srcHead || srcBody) {
    const path = srcHead ? [...srcHead.querySelectorAll('span')].map(x => x.textContent.trim())
        .filter(t => t && t.toLowerCase() !== 'source').pop() || '' : '';
    const lines = srcBody ? [...srcBody.querySelectorAll('.CodeMirror-code > div')] : [];
    const hl = lines.findIndex(l => l.classList.contains('jp-DebuggerEditor-highlight'));
    const ed = srcBody && srcBody.querySelector('.CodeMirror');
    source_panel = {path, editor_visible: gk.visible(ed), current_line: hl < 0 ? null : hl + 1,
                    current_line_text: hl < 0 ? null : (lines[hl].querySelector('.CodeMirror-line') || lines[hl]).textContent.replace(/\u200b/g, ''),
                    nlines: lines.length};
  }
  const markers = [];
  if (p) p.content.widgets.forEach((c, i) => {
    const ls = [...c.node.querySelectorAll('.CodeMirror-code > div')];
    ls.forEach((l, j) => { if (l.querySelector('.jp-DebuggerEditor-marker')) markers.push({cell: i, line: j + 1}); });
  });
  const stopped = gk.msgs.filter(m => m.type === 'debug_event' && m.event === 'stopped').length;
  return {sidebar_visible: gk.visible(sb), frames, variables, scopes,
          scope: sel ? sel.value : null, breakpoints, gutter_markers: markers, current_line,
          source_panel,
          kernel_status: p ? p.sessionContext.kernelDisplayStatus : null,
          stopped_events: stopped};
};
gk.commandButton = (cmd) => {
  const b = document.querySelector(`.jp-DebuggerSidebar [data-command="${cmd}"]`);
  if (!b) return {present: false};
  return {present: true, visible: gk.visible(b), enabled: !b.disabled && b.getAttribute('aria-disabled') !== 'true',
          title: b.getAttribute('title')};
};
return true;
"""


def _js_call(expr):
    return "return (" + expr + ");"


# --------------------------------------------------------------------------
# browser session
# --------------------------------------------------------------------------
class Lab:
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
    def js(self, expr, *args):
        """Evaluate a JS expression (using window.__gk) and return its value."""
        self.drv.execute_script(JS_LIB)
        return self.drv.execute_script("const gk = window.__gk;\n" + _js_call(expr), *args)

    def js_async(self, body, *args):
        """Run an async JS function body; its return value is the result."""
        self.drv.execute_script(JS_LIB)
        return self.drv.execute_async_script(
            "const done = arguments[arguments.length - 1]; const gk = window.__gk;"
            "(async () => {" + body + "})().then(done, e => done({__error: String(e && e.stack || e)}));",
            *args)

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
                d = self.drv.execute_script(
                    "const d=document.querySelector('.jp-Dialog');return d?d.innerText:null")
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
        self.drv.execute_script(JS_LIB)
        self.drv.execute_script("window.__gk.path = arguments[0]", name)
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

    def run_notebook(self, path, kernel=None, screenshot=None, keep_language_info=False,
                     timeout=None):
        """Open a copy of notebook `path` with `kernel`, run all cells, read back
        what JupyterLab rendered.  See README.md for the returned dict."""
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

            def finished():
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

    # ---- debugger --------------------------------------------------------
    DEBUG_CELLS_PY = ["def add(a, b):\n    s = a + b\n    return s",
                      "x = 10\ny = add(x, 5)\nz = y * 2\nprint(z)"]

    def debugger_session(self, kernel=None, cells=None, breakpoint=(1, 2),
                         steps=("stepIn", "next", "stepOut", "next"),
                         screenshot_dir=None, timeout=60):
        """Toggle the debugger, set a breakpoint by clicking the line-number gutter
        of cell breakpoint[0] (0-based) at line breakpoint[1] (1-based), run the
        earlier cells, then that cell; at each stop read the Callstack and
        Variables panels; click the step buttons in `steps`, then Continue.
        Returns a dict of stages (see README.md)."""
        kernel = kernel or self.kernel
        cells = list(cells or self.DEBUG_CELLS_PY)
        bcell, bline = breakpoint
        nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                         "outputs": [], "source": src} for src in cells],
              "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        name = self._stage_notebook(nb, f"debugger-{kernel}.ipynb", kernel)
        shots = screenshot_dir
        if shots:
            os.makedirs(shots, exist_ok=True)
        rec = {"kernel": kernel, "cells": cells, "breakpoint": {"cell": bcell, "line": bline},
               "stages": []}
        t0 = time.time()

        def stage(label, action=None, via=None):
            st = self.js("gk.debugState()")
            st.update({"stage": label, "elapsed_s": round(time.time() - t0, 2)})
            if action:
                st["action"] = action
            if via:
                st["via"] = via
            if shots:
                st["screenshot"] = self.screenshot(
                    os.path.join(shots, f"{len(rec['stages']):02d}-{label}.png"), full=False)[0]
            rec["stages"].append(st)
            self.log("stage", label, {k: st[k] for k in ("frames", "current_line")},
                     [v["name"] for v in st["variables"]][:12])
            return st

        try:
            rec["timings"] = self.open_notebook(name)
            # The toggle is enabled from the kernelspec metadata {"debugger": true}.
            try:
                btn = self.wait("debugger button enabled",
                                lambda: (lambda b: b if b.get("enabled") else None)(self.js("gk.bugButton()")),
                                15)
            except LabError:
                rec["bug_button"] = self.js("gk.bugButton()")
                raise LabError(f"debugger toggle not enabled: {rec['bug_button']}")
            rec["bug_button"] = btn
            # 1. toggle the debugger (a real click: toolbar buttons act on mousedown)
            self.drv.find_element(By.CSS_SELECTOR,
                                  ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-DebuggerBugButton").click()
            self.wait("debugger on", lambda: self.js("gk.bugButton()").get("pressed")
                      and self.js("gk.debugState()")["sidebar_visible"], timeout)
            rec["bug_button_after"] = self.js("gk.bugButton()")
            # The editor handler adds the 'breakpoints' gutter and line numbers.
            self.wait("breakpoint gutter", lambda: self.js(
                "!!gk.panel().content.widgets[arguments[0]].node.querySelector('.CodeMirror-gutter.breakpoints')",
                bcell), timeout)
            if not self.js("!!gk.panel().content.widgets[arguments[0]].node"
                           ".querySelector('.CodeMirror-linenumber')", bcell):
                self.js("(window.jupyterapp.commands.execute('notebook:toggle-all-cell-line-numbers'), true)")
                self.wait("line numbers", lambda: self.js(
                    "!!gk.panel().content.widgets[arguments[0]].node.querySelector('.CodeMirror-linenumber')",
                    bcell), 10)
            stage("debugger-enabled", "toggle")
            # 2. run the cells before the breakpoint cell
            for i in range(bcell):
                self._run_cell(i, wait_done=True)
            # 3. breakpoint: click the line number of line `bline`
            n0 = len(self.messages())
            gutter = self.js("[...gk.panel().content.widgets[arguments[0]].node.querySelectorAll("
                             "'.CodeMirror-code > div .CodeMirror-linenumber')]", bcell)
            target = [g for g in gutter if g.text.strip() == str(bline)]
            if not target:
                raise LabError(f"no line number {bline} in cell {bcell}: {[g.text for g in gutter]}")
            self.drv.execute_script("arguments[0].scrollIntoView({block: 'center'})", target[0])
            ActionChains(self.drv).move_to_element(target[0]).click().perform()
            self.wait("breakpoint marker", lambda: {"cell": bcell, "line": bline} in
                      self.js("gk.debugState()")["gutter_markers"], timeout)
            self.wait("setBreakpoints reply", lambda: [
                m for m in self.messages(n0) if m["type"] == "debug_reply"
                and m.get("command") == "setBreakpoints"], timeout)
            stage("breakpoint-set", "gutter-click")
            # 4. run the cell: it stops at the breakpoint
            n0 = len(self.messages())
            self._run_cell(bcell, wait_done=False)
            self._wait_stopped(n0, timeout)
            stage("stopped-at-breakpoint", "run-cell")
            # 5. step buttons, then continue
            used = {}
            for cmd in steps:
                n0 = len(self.messages())
                via = self._click_debug_button(f"debugger:{cmd}", timeout)
                self._wait_stopped(n0, timeout)
                label = STEP_LABELS.get(cmd, cmd)
                used[label] = used.get(label, 0) + 1
                stage(label if used[label] == 1 else f"{label}-{used[label]}", f"debugger:{cmd}", via)
            via = self._click_debug_button("debugger:continue", timeout)
            self.wait("cell finished", lambda: (
                self.js("gk.panel().content.widgets[arguments[0]].model.executionCount", bcell) is not None
                and self.js("gk.status()")["status"] == "idle"
                and not self.js("gk.debugState()")["frames"]), timeout)
            self.wait("outputs rendered", lambda: self.js("gk.outputsSettled()"), 30)
            stage("continued", "debugger:continue", via)
            rec["cells_after"] = self.js("gk.cells()")
            rec["debug_protocol"] = [m for m in self.messages()
                                     if m["type"] in ("debug_request", "debug_reply", "debug_event")]
            rec["browser_errors"] = self.browser_errors()
            rec["ok"] = True
        finally:
            rec["elapsed_s"] = round(time.time() - t0, 2)
            if "debug_protocol" not in rec and self.drv:
                try:
                    rec["debug_protocol"] = [m for m in self.messages()
                                             if m["type"] in ("debug_request", "debug_reply", "debug_event")]
                except Exception:  # noqa: BLE001
                    pass
            self._finish_notebook()
        return rec

    def _run_cell(self, i, wait_done=True):
        before = self.js("gk.panel().content.widgets[arguments[0]].model.executionCount", i)
        self.js("(gk.panel().content.activeCellIndex = arguments[0], gk.panel().content.mode = 'command',"
                " window.jupyterapp.commands.execute('notebook:run-cell'), true)", i)
        if wait_done:
            self.wait(f"cell {i} executed", lambda: (
                self.js("gk.panel().content.widgets[arguments[0]].model.executionCount", i)
                not in (None, before) and self.js("gk.status()")["status"] == "idle"))

    def _wait_stopped(self, n0, timeout):
        """After message index n0: wait for a 'stopped' debug event, then for
        JupyterLab's follow-up requests (stackTrace, scopes, one variables per
        scope) to be answered, then for the panels to show a frame and to stop
        changing (two equal reads in a row)."""
        def replied():
            ms = self.messages(n0)
            stop = next((i for i, m in enumerate(ms) if m["type"] == "debug_event"
                         and m.get("event") == "stopped"), None)
            if stop is None:
                return None
            after = ms[stop + 1:]
            rep = lambda cmd: [i for i, m in enumerate(after)
                               if m["type"] == "debug_reply" and m.get("command") == cmd]
            st = rep("stackTrace")
            if not st:
                return None
            sc = [i for i in rep("scopes") if i > st[0]]
            if not sc:
                return None
            nscopes = len(after[sc[0]].get("scopes") or [])
            return len([i for i in rep("variables") if i > sc[0]]) >= nscopes
        self.wait("debugger stopped + stackTrace/scopes/variables replies", replied, timeout)
        prev = [None]

        def settled():
            st = self.js("gk.debugState()")
            key = json.dumps([st["frames"], st["variables"], st["current_line"]])
            ok = bool(st["frames"]) and key == prev[0]
            prev[0] = key
            return ok
        self.wait("callstack + variables panels", settled, timeout, interval=0.3)

    def _click_debug_button(self, cmd, timeout):
        self.wait(f"{cmd} enabled", lambda: self.js("gk.commandButton(arguments[0])", cmd).get("enabled"),
                  timeout)
        b = self.js("gk.commandButton(arguments[0])", cmd)
        if b.get("visible"):
            el = self.drv.find_element(By.CSS_SELECTOR, f'.jp-DebuggerSidebar [data-command="{cmd}"]')
            try:
                el.click()
                return "click"
            except ElementNotInteractableException:
                pass
        # Hidden in the responsive toolbar's overflow: run the same command.
        self.js(f"(window.jupyterapp.commands.execute('{cmd}'), true)")
        return "command"


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
