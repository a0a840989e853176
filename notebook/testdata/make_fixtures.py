#!/usr/bin/python3
"""Regenerates nbclient_*.ipynb with nbclient and the python3 kernel (Debian python)."""
import os, sys
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
import nbformat
from nbformat.v4 import new_notebook, new_code_cell, new_markdown_cell, new_raw_cell
from nbclient import NotebookClient

def run(nb, out, **kw):
    NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=True, **kw).execute()
    nbformat.write(nb, out)

os.chdir(os.path.dirname(os.path.abspath(__file__)))
for name in ["01_basics", "02_state_display"]:
    nb = nbformat.read(f"/work/shared/jupyter/notebooks/python/{name}.ipynb", as_version=4)
    run(nb, f"nbclient_{name}.ipynb", record_timing=True)

cells = [
    new_markdown_cell("# Rich outputs\nünïcödé — <b>&amp;</b> \u2028 line sep\r\nCRLF\x0cformfeed"),
    new_raw_cell("raw\ttext\n\nwith blank line\n"),
    new_code_cell("h = display('first', display_id=True)\nprint('a'); print('b', flush=True)\nimport sys; sys.stderr.write('err\\n'); print('c')"),
    new_code_cell("h.update('updated')\nfrom IPython.display import JSON, Image, SVG, Javascript\ndisplay(JSON({'b': [1, 2.5, 1e100, None, True], 'a': {'z': 'é', 'y': '\\u001b[31m'}}))"),
    new_code_cell("import base64\nfrom IPython.display import Image\nImage(data=base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='))"),
    new_code_cell("SVG('<svg xmlns=\"http://www.w3.org/2000/svg\">\\n<circle r=\"1\"/>\\n</svg>')"),
    new_code_cell("print('\\x1b[1mbold\\x1b[0m\\ttab \\\\ \"quote\" \\x07 \\x7f end', end='')"),
    new_code_cell("raise ValueError('bad <value> & \"stuff\"')"),
    new_code_cell(""),
    new_code_cell("{'x': 1}"),
]
cells[2].metadata["tags"] = ["some-tag"]
cells[2].metadata["collapsed"] = False
cells[3].metadata["custom"] = {"z": 1, "a": [1.5, "x"], "n": None}
nb = new_notebook(cells=cells, metadata={"zeta": {"k": 1.0}, "alpha": "ä"})
run(nb, "nbclient_rich.ipynb", record_timing=False)
