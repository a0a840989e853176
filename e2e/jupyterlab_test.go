package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"gokernel/notebook"
)

// TestJupyterLab opens every bundled notebook (notebooks/*.ipynb) and the
// fixture e2e/testdata/lab_outputs.ipynb (one cell per output kind) in a
// real JupyterLab 3.6 front end, runs all cells with the installed
// gokernel, and compares what the page rendered with the outputs stored in
// the notebook, cell by cell: execution counts, streams (text as shown,
// carriage returns applied), results, HTML (its text), images (their
// decoded size), SVG, errors (only in cells tagged raises-exception), and
// Go highlighting (CodeMirror's go mode, keywords such as func styled
// cm-keyword). Cells tagged nondeterministic (or output-varies), or with
// a comment line "// Output varies", are compared for kind and order, not
// text; cells tagged skip-execution are not run. When kernel_info_reply says debugger: true, the debugger toggle must
// be enabled.
//
// The front end is built once by e2e/jupyterlab/build.sh (npm ci +
// webpack, a few minutes; npm is needed only then) into
// $GOKERNEL_JLAB_CACHE, default <os.UserCacheDir>/gokernel-jlab (so
// $XDG_CACHE_HOME/gokernel-jlab or ~/.cache/gokernel-jlab), and reused. It
// is served by Debian's jupyter_server on 127.0.0.1 and driven by headless
// Chromium through e2e/jupyterlab/run_many.py.
//
// Artifacts: one screenshot per notebook (NAME.png, or NAME-1.png,
// NAME-2.png… for a very tall one) and the rendered record (NAME.json) go
// to $GOKERNEL_ARTIFACTS/jupyterlab, default e2e/artifacts/jupyterlab
// (git-ignored), emptied at the start of the test. -short skips the test.
// After a change of the kernel's output, refresh the fixture's stored
// outputs with `go run ./cmd/gokernel run --inplace
// e2e/testdata/lab_outputs.ipynb` and review the diff.
func TestJupyterLab(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
	needPython(t, "selenium", "jupyter_server", "jupyterlab_server", "nbformat")
	needCommand(t, "chromium")
	needCommand(t, "chromedriver")
	shared := sharedDir(t)
	build := labBuild(t, shared)

	notebooks := []string{filepath.Join(repoRoot, "e2e", "testdata", "lab_outputs.ipynb")}
	bundled, _ := filepath.Glob(filepath.Join(repoRoot, "notebooks", "*.ipynb"))
	if len(bundled) == 0 {
		t.Logf("no notebooks/*.ipynb yet: only the fixture runs")
	}
	notebooks = append(notebooks, bundled...)
	checkCJKFont(t, notebooks)
	// Judge the notebooks as they are now: copies, so that a notebook
	// edited while the browser runs it is not compared with other outputs.
	snap := t.TempDir()
	for i, nb := range notebooks {
		data, err := os.ReadFile(nb)
		if err != nil {
			t.Fatalf("reading %s: %v", nb, err)
		}
		notebooks[i] = filepath.Join(snap, filepath.Base(nb))
		if err := os.WriteFile(notebooks[i], data, 0o644); err != nil {
			t.Fatalf("copying %s: %v", nb, err)
		}
	}
	art := artifactsDir(t, "jupyterlab")

	env := append(jupyterEnv(t), "PYTHONDONTWRITEBYTECODE=1")
	args := append([]string{"run_many.py", "--out", art, "--kernel", "gokernel", "--build-dir", build}, notebooks...)
	timeout := 3*time.Minute + time.Duration(len(notebooks))*2*time.Minute
	r := run(t, pythonProc("run_many.py", filepath.Join(repoRoot, "e2e", "jupyterlab"), env, timeout, args...))
	if r.err != nil {
		t.Fatal(r.failure("run_many.py"))
	}
	var sum labSummary
	if err := readJSON(filepath.Join(art, "summary.json"), &sum); err != nil {
		t.Fatalf("no summary: %v\n%s", err, r.out)
	}
	t.Logf("JupyterLab server up in %.1f s; %d notebooks in %.0f s; artifacts in %s",
		sum.ServerStartS, len(sum.Notebooks), sum.ElapsedS, art)
	if len(sum.Notebooks) != len(notebooks) {
		t.Fatalf("run_many ran %d notebooks, want %d\n%s", len(sum.Notebooks), len(notebooks), r.out)
	}
	for _, entry := range sum.Notebooks {
		name := strings.TrimSuffix(filepath.Base(entry.Notebook), ".ipynb")
		t.Run(name, func(t *testing.T) {
			checkLabNotebook(t, entry.Notebook, entry.Record)
		})
	}
}

// checkLabNotebook judges one notebook's record against the stored notebook.
func checkLabNotebook(t *testing.T, nbPath, recPath string) {
	nb, err := notebook.ReadFile(nbPath)
	if err != nil {
		t.Fatalf("reading the notebook: %v", err)
	}
	var rec labRecord
	if err := readJSON(recPath, &rec); err != nil {
		t.Fatalf("reading the record: %v", err)
	}
	tm := rec.Timings
	t.Logf("lab ready %.1f s, kernel idle %.1f s, run-all %.1f s; screenshots %v",
		tm.LabReadyS, tm.KernelIdleS, tm.RunAllS, rec.Screenshots)
	if rec.ErrorScreenshot != "" {
		t.Logf("error screenshot: %s", rec.ErrorScreenshot)
	}
	c := checkLabRecord(nb, &rec)
	for _, n := range c.notes {
		t.Log(n)
	}
	for _, p := range c.problems {
		t.Error(p)
	}
	if rec.Error != "" {
		return
	}
	if len(rec.Screenshots) == 0 {
		t.Errorf("no screenshot")
	}
	for _, shot := range rec.Screenshots {
		if fi, err := os.Stat(shot); err != nil || fi.Size() < 10000 {
			t.Errorf("screenshot %s missing or nearly empty (%v)", shot, err)
		}
	}
	for _, e := range rec.BrowserErrors {
		if !strings.Contains(e, "/api/me") { // jupyter_server 1.x has no identity API
			t.Logf("browser console: %s", e)
		}
	}
	checkDebuggerToggle(t, &rec)
}

// checkDebuggerToggle requires an enabled debugger toggle when the kernel
// says it has a debugger.
func checkDebuggerToggle(t *testing.T, rec *labRecord) {
	ki := rec.KernelInfo
	specSays := ki.Spec != nil && ki.Spec.Metadata.Debugger
	if ki.Debugger == nil || !*ki.Debugger {
		t.Logf("kernel_info_reply says debugger: %v (kernelspec metadata: %v): toggle check skipped (toggle %+v)",
			ki.Debugger != nil && *ki.Debugger, specSays, rec.BugButton)
		return
	}
	if !rec.BugButton.Present || !rec.BugButton.Enabled {
		t.Errorf("kernel_info_reply says debugger: true but the toggle is %+v (kernelspec metadata debugger: %v)",
			rec.BugButton, specSays)
		return
	}
	t.Logf("debugger toggle enabled (%q)", rec.BugButton.Title)
}

// checkCJKFont reports notebooks with Chinese text when fontconfig knows
// no font for it: Chromium would draw boxes in the screenshots (an error
// under CI, whose .ci/run installs fonts-wqy-microhei).
func checkCJKFont(t *testing.T, notebooks []string) {
	t.Helper()
	var han []string
	for _, nb := range notebooks {
		data, err := os.ReadFile(nb)
		if err == nil && strings.ContainsFunc(string(data), func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			han = append(han, filepath.Base(nb))
		}
	}
	if len(han) == 0 {
		return
	}
	out, err := exec.Command("fc-list", ":lang=zh", "family").Output()
	if err == nil && len(bytes.TrimSpace(out)) > 0 {
		return
	}
	msg := fmt.Sprintf("no font for Chinese text (fc-list :lang=zh: %v): the screenshots of %v show boxes; install fonts-wqy-microhei", err, han)
	if os.Getenv("CI") != "" {
		t.Error(msg)
		return
	}
	t.Log(msg)
}

// labBuild returns the directory of the built JupyterLab front end,
// building it on first use (see e2e/jupyterlab/build.sh).
func labBuild(t *testing.T, shared string) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "jupyterlab", "package-lock.json")); err != nil {
		needFailf(t, "the JupyterLab recipe is missing: %v", err)
	}
	cache := os.Getenv("GOKERNEL_JLAB_CACHE")
	if cache == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			t.Fatalf("no cache directory for the JupyterLab build: %v (set GOKERNEL_JLAB_CACHE)", err)
		}
		cache = filepath.Join(base, "gokernel-jlab")
	}
	var stdout bytes.Buffer
	env := append(os.Environ(), "GOKERNEL_JLAB_CACHE="+cache, "SHARED_DIR="+shared)
	r := run(t, proc{name: "build.sh", args: []string{filepath.Join(repoRoot, "e2e", "jupyterlab", "build.sh")},
		env: env, timeout: 20 * time.Minute, stdout: &stdout})
	if r.err != nil {
		if _, err := exec.LookPath("npm"); err != nil {
			needFailf(t, "building JupyterLab needs npm (Debian: nodejs npm): %s", r.failure("build.sh"))
		}
		t.Fatal(r.failure("build.sh"))
	}
	lines := strings.Fields(stdout.String())
	if len(lines) == 0 {
		t.Fatalf("build.sh printed no directory\n%s", r.out)
	}
	dir := lines[len(lines)-1]
	if r.elapsed > 10*time.Second {
		t.Logf("JupyterLab built in %s into %s", r.elapsed.Round(time.Second), dir)
	}
	return dir
}

// artifactsDir returns an empty directory for the test's artifacts:
// $GOKERNEL_ARTIFACTS/name, default e2e/artifacts/name (git-ignored).
func artifactsDir(t *testing.T, name string) string {
	t.Helper()
	base := os.Getenv("GOKERNEL_ARTIFACTS")
	if base == "" {
		base = filepath.Join(repoRoot, "e2e", "artifacts")
	}
	dir, err := filepath.Abs(filepath.Join(base, name))
	if err != nil {
		t.Fatalf("artifacts dir: %v", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatalf("emptying the artifacts dir: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts dir: %v", err)
	}
	return dir
}
