"""The debugger part of lab.py: a session driven by clicks in JupyterLab's
debugger UI (toggle, gutter breakpoint, step buttons), mixed into lab.Lab."""
import json
import os
import time

from selenium.common.exceptions import ElementNotInteractableException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from labserver import LabError

STEP_LABELS = {"stepIn": "step-in", "next": "step-over", "stepOut": "step-out"}


class DebuggerMixin:
    """Lab's debugger_session and its helpers (needs Lab's js, wait,
    messages, open_notebook, screenshot, _stage_notebook, _finish_notebook)."""

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
