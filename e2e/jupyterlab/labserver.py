"""The JupyterLab server side of lab.py: serve.py from the offline build on
a free 127.0.0.1 port with a random token, in a temporary notebook dir,
stopped with its whole process group; and the errors lab.py raises."""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


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
