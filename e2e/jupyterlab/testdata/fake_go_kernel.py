#!/usr/bin/python3
"""A stand-in kernel that *claims* to be Go (language_info go / text/x-go /
codemirror_mode go) so lab.py's Go-facing checks (syntax mode, completion,
tooltip, output kinds) can be exercised before gokernel works.  Built on
Debian's ipykernel.kernelbase.Kernel; it does not run Go.

  execute: echoes each line of the cell to stdout; a line `html` sends a
           text/html display_data, `panic` an error, otherwise the last line
           comes back as an execute_result.
  complete: `fmt.Prin` -> fmt.Print, fmt.Printf, fmt.Println
  inspect: anything ending in an identifier -> a text/plain doc string

Kernelspec (see selftest.sh): argv [/usr/bin/python3, THIS, -f, {connection_file}],
language "go".  No debugger.
"""
import re

from ipykernel.kernelapp import IPKernelApp
from ipykernel.kernelbase import Kernel

NAMES = ["fmt.Print", "fmt.Printf", "fmt.Println", "fmt.Sprintf", "os.Args", "os.Exit"]


class FakeGoKernel(Kernel):
    implementation = "fake-go"
    implementation_version = "0.0"
    language = "go"
    language_version = "1.22"
    language_info = {"name": "go", "version": "1.22", "mimetype": "text/x-go",
                     "file_extension": ".go", "pygments_lexer": "go",
                     "codemirror_mode": "go"}
    banner = "fake Go kernel (test double for lab.py)"

    def do_execute(self, code, silent, store_history=True, user_expressions=None,
                   allow_stdin=False):
        lines = [ln for ln in code.splitlines() if ln.strip()]
        for ln in lines:
            if ln.strip() == "panic":
                tb = ["panic: boom", "", "goroutine 1 [running]:", "main.main()"]
                self.send_response(self.iopub_socket, "error",
                                   {"ename": "panic", "evalue": "boom", "traceback": tb})
                return {"status": "error", "execution_count": self.execution_count,
                        "ename": "panic", "evalue": "boom", "traceback": tb}
            if ln.strip() == "html":
                self.send_response(self.iopub_socket, "display_data", {
                    "data": {"text/html": "<b>html from fake go</b>", "text/plain": "html"},
                    "metadata": {}})
                continue
            if not silent:
                self.send_response(self.iopub_socket, "stream",
                                   {"name": "stdout", "text": ln + "\n"})
        if lines and not silent:
            self.send_response(self.iopub_socket, "execute_result", {
                "execution_count": self.execution_count,
                "data": {"text/plain": f"{len(lines)} lines"}, "metadata": {}})
        return {"status": "ok", "execution_count": self.execution_count,
                "payload": [], "user_expressions": {}}

    def do_complete(self, code, cursor_pos):
        m = re.search(r"[\w.]+$", code[:cursor_pos])
        word = m.group(0) if m else ""
        matches = [n for n in NAMES if word and n.startswith(word)]
        return {"status": "ok", "matches": matches, "metadata": {},
                "cursor_start": cursor_pos - len(word), "cursor_end": cursor_pos}

    def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        m = re.search(r"([\w.]+)\(?$", code[:cursor_pos])
        if not m:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        return {"status": "ok", "found": True, "metadata": {},
                "data": {"text/plain": f"func {m.group(1)}(a ...any) (n int, err error)\n"
                                       "fake documentation"}}


if __name__ == "__main__":
    IPKernelApp.launch_instance(kernel_class=FakeGoKernel)
