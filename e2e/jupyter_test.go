package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestConformance runs jupyter_kernel_test with the Go samples of the
// shared harness against the installed kernel.
func TestConformance(t *testing.T) {
	needPython(t, "jupyter_client", "jupyter_kernel_test", "pytest")
	dir := filepath.Join(sharedDir(t), "jupyter")
	log := filepath.Join(t.TempDir(), "kernel.log")
	env := append(jupyterEnv(t), "KERNEL=gokernel", "KERNEL_LOG="+log)
	r := run(t, pythonProc("conformance.py", dir, env, 5*time.Minute,
		"-m", "pytest", "-v", "-p", "no:cacheprovider", "conformance.py"))
	if r.err != nil {
		kl, _ := os.ReadFile(log)
		t.Fatalf("%s\n--- kernel log ---\n%s", r.failure("conformance.py"), tail(string(kl), 20000))
	}
	t.Log(r.out)
	// The Go samples have no pager (gokernel answers inspect requests
	// instead of sending pager payloads): that test is skipped on purpose.
	for _, m := range regexp.MustCompile(`(\w+) SKIPPED`).FindAllStringSubmatch(r.out, -1) {
		if m[1] != "test_pager" {
			t.Errorf("%s was skipped", m[1])
		}
	}
}

// TestExtraProtocol runs the 22 protocol checks of the shared harness.
func TestExtraProtocol(t *testing.T) {
	needPython(t, "jupyter_client", "zmq")
	dir := filepath.Join(sharedDir(t), "jupyter")
	res := filepath.Join(t.TempDir(), "results.json")
	log := filepath.Join(t.TempDir(), "kernel.log")
	r := run(t, pythonProc("extra_protocol.py", dir, jupyterEnv(t), 8*time.Minute,
		"extra_protocol.py", "--kernel", "gokernel", "--json", res, "--log", log))
	if r.timedOut {
		kl, _ := os.ReadFile(log)
		t.Fatalf("%s\n--- kernel log ---\n%s", r.failure("extra_protocol.py"), tail(string(kl), 20000))
	}
	t.Log(r.out)
	var results struct {
		Results []struct {
			Check  string `json:"check"`
			OK     bool   `json:"ok"`
			Reason string `json:"reason"`
		} `json:"results"`
	}
	data, rerr := os.ReadFile(res)
	if rerr != nil {
		t.Fatalf("no results (%v): %v\n%s", r.err, rerr, r.out)
	}
	if err := json.Unmarshal(data, &results); err != nil {
		t.Fatalf("decoding %s: %v", res, err)
	}
	if len(results.Results) < 22 {
		t.Errorf("got %d checks, want 22", len(results.Results))
	}
	for _, r := range results.Results {
		if !r.OK {
			t.Errorf("%s: %s", r.Check, r.Reason)
		}
	}
	if t.Failed() {
		kl, _ := os.ReadFile(log)
		t.Logf("kernel log:\n%s", tail(string(kl), 20000))
	}
}

// TestSharedNotebooks runs the shared Go notebooks with nbclient.
func TestSharedNotebooks(t *testing.T) {
	needPython(t, "nbclient", "nbformat")
	dir := filepath.Join(sharedDir(t), "jupyter")
	out := mustRun(t, pythonProc("run_notebooks.py", dir, jupyterEnv(t), 5*time.Minute,
		"run_notebooks.py", "notebooks/go", "--kernel", "gokernel", "--timeout", "60", "--output-dir", t.TempDir()))
	t.Log(out)
}

// TestNbconvert executes a notebook of Go cells with jupyter nbconvert.
func TestNbconvert(t *testing.T) {
	needPython(t, "nbconvert")
	jupyter := needCommand(t, "jupyter")
	src := filepath.Join(sharedDir(t), "jupyter", "notebooks", "go", "01_basics.ipynb")
	outDir := t.TempDir()
	mustRun(t, proc{name: "jupyter nbconvert", env: jupyterEnv(t), timeout: 3 * time.Minute,
		args: []string{jupyter, "nbconvert", "--to", "notebook", "--execute",
			"--ExecutePreprocessor.kernel_name=gokernel", "--ExecutePreprocessor.timeout=60",
			"--allow-errors", "--output-dir", outDir, src}})
	data, err := os.ReadFile(filepath.Join(outDir, "01_basics.ipynb"))
	if err != nil {
		t.Fatalf("reading the executed notebook: %v", err)
	}
	for _, want := range []string{"hello, world", `"text/plain": [`, "fib"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("executed notebook lacks %q", want)
		}
	}
}

// TestConsole pipes cells into jupyter console and checks their output.
func TestConsole(t *testing.T) {
	needPython(t, "jupyter_console")
	jupyter := needCommand(t, "jupyter")
	console := func() proc {
		return proc{name: "jupyter console", env: jupyterEnv(t), timeout: 2 * time.Minute,
			args:  []string{jupyter, "console", "--kernel", "gokernel", "--simple-prompt", "-y"},
			stdin: strings.NewReader("x := 20\nfmt.Println(\"sum:\", x+22)\nx * 2\nexit\n")}
	}
	r := run(t, console())
	if r.timedOut {
		// jupyter console, started on a machine busy with the other
		// packages' tests, has sat at its first prompt without reading
		// stdin (once in many runs): a second try tells that from a hang.
		t.Logf("first try: %s", r.failure("jupyter console"))
		r = run(t, console())
	}
	if r.err != nil {
		t.Fatal(r.failure("jupyter console"))
	}
	out := r.out
	for _, want := range []*regexp.Regexp{regexp.MustCompile(`sum: 42`), regexp.MustCompile(`Out\[3\]:\s*40`)} {
		if !want.MatchString(out) {
			t.Errorf("console output lacks %v:\n%s", want, out)
		}
	}
}
