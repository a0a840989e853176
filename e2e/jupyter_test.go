package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
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
	out, err := runPython(t, dir, env, "-m", "pytest", "-v", "-p", "no:cacheprovider", "conformance.py")
	t.Log(out)
	if err != nil {
		kl, _ := os.ReadFile(log)
		t.Fatalf("conformance failed: %v\nkernel log:\n%s", err, kl)
	}
	if strings.Contains(out, "SKIPPED") {
		t.Errorf("some conformance tests were skipped")
	}
}

// TestExtraProtocol runs the 22 protocol checks of the shared harness.
func TestExtraProtocol(t *testing.T) {
	needPython(t, "jupyter_client", "zmq")
	dir := filepath.Join(sharedDir(t), "jupyter")
	res := filepath.Join(t.TempDir(), "results.json")
	log := filepath.Join(t.TempDir(), "kernel.log")
	out, err := runPython(t, dir, jupyterEnv(t), "extra_protocol.py", "--kernel", "gokernel", "--json", res, "--log", log)
	t.Log(out)
	var results struct {
		Results []struct {
			Check  string `json:"check"`
			OK     bool   `json:"ok"`
			Reason string `json:"reason"`
		} `json:"results"`
	}
	data, rerr := os.ReadFile(res)
	if rerr != nil {
		t.Fatalf("no results (%v): %v", err, rerr)
	}
	if err := json.Unmarshal(data, &results); err != nil {
		t.Fatal(err)
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
		t.Logf("kernel log:\n%s", kl)
	}
}

// TestSharedNotebooks runs the shared Go notebooks with nbclient.
func TestSharedNotebooks(t *testing.T) {
	needPython(t, "nbclient", "nbformat")
	dir := filepath.Join(sharedDir(t), "jupyter")
	out, err := runPython(t, dir, jupyterEnv(t), "run_notebooks.py", "notebooks/go", "--kernel", "gokernel",
		"--timeout", "60", "--output-dir", t.TempDir())
	t.Log(out)
	if err != nil {
		t.Fatalf("run_notebooks: %v", err)
	}
}

// TestNbconvert executes a notebook of Go cells with jupyter nbconvert.
func TestNbconvert(t *testing.T) {
	needPython(t, "nbconvert")
	jupyter := needCommand(t, "jupyter")
	src := filepath.Join(sharedDir(t), "jupyter", "notebooks", "go", "01_basics.ipynb")
	outDir := t.TempDir()
	cmd := exec.Command(jupyter, "nbconvert", "--to", "notebook", "--execute",
		"--ExecutePreprocessor.kernel_name=gokernel", "--ExecutePreprocessor.timeout=60",
		"--allow-errors", "--output-dir", outDir, src)
	cmd.Env = jupyterEnv(t)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nbconvert: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(outDir, "01_basics.ipynb"))
	if err != nil {
		t.Fatal(err)
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
	cmd := exec.Command(jupyter, "console", "--kernel", "gokernel", "--simple-prompt", "-y")
	cmd.Env = jupyterEnv(t)
	cmd.Stdin = strings.NewReader("x := 20\nfmt.Println(\"sum:\", x+22)\nx * 2\nexit\n")
	done := make(chan struct{})
	var out []byte
	var err error
	go func() {
		defer close(done)
		out, err = cmd.CombinedOutput()
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("jupyter console did not finish:\n%s", out)
	}
	if err != nil {
		t.Fatalf("jupyter console: %v\n%s", err, out)
	}
	for _, want := range []*regexp.Regexp{regexp.MustCompile(`sum: 42`), regexp.MustCompile(`Out\[3\]:\s*40`)} {
		if !want.Match(out) {
			t.Errorf("console output lacks %v:\n%s", want, out)
		}
	}
}
