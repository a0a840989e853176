// Package e2e judges the built gokernel binary with real Jupyter software:
// jupyter_client, jupyter_kernel_test, nbclient, nbconvert, jupyter
// console, and JupyterLab in headless Chromium.
//
// Tests that need Jupyter skip when it is missing, except when the CI
// environment variable is set: then they fail.
package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Paths shared by the tests, set by TestMain.
var (
	binary   string // the built gokernel
	dataDir  string // a JUPYTER_DATA_DIR holding the gokernel kernelspec
	repoRoot string
	buildErr error
)

// python is Debian's interpreter, which sees Debian's Jupyter packages.
const python = "/usr/bin/python3"

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	_, file, _, _ := runtime.Caller(0)
	repoRoot = filepath.Dir(filepath.Dir(file))
	tmp, err := os.MkdirTemp("", "gokernel-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	binary = filepath.Join(tmp, "gokernel")
	dataDir = filepath.Join(tmp, "jupyter-data")
	build := exec.Command("go", "build", "-o", binary, "./cmd/gokernel")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		buildErr = fmt.Errorf("building gokernel: %v\n%s", err, out)
	} else {
		inst := exec.Command(binary, "install", "--user")
		inst.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+dataDir)
		if out, err := inst.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("installing the kernelspec: %v\n%s", err, out)
		}
	}
	return m.Run()
}

// needKernel fails the test when the binary could not be built.
func needKernel(t *testing.T) {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
}

// needPython checks that Debian's python has the given modules: the test
// skips without them, or fails under CI.
func needPython(t *testing.T, modules ...string) {
	t.Helper()
	needKernel(t)
	code := "import " + strings.Join(modules, ", ")
	if out, err := exec.Command(python, "-c", code).CombinedOutput(); err != nil {
		msg := fmt.Sprintf("Jupyter software missing (%s): %v %s", code, err, out)
		if os.Getenv("CI") != "" {
			t.Fatal(msg + "; .ci/run installs it")
		}
		t.Skip(msg)
	}
}

// needCommand is needPython for a command on PATH.
func needCommand(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s missing; .ci/run installs it", name)
		}
		t.Skipf("%s missing", name)
	}
	return p
}

// sharedDir is the verification harness shared with the project
// (../shared next to the repository, or $SHARED_DIR).
func sharedDir(t *testing.T) string {
	t.Helper()
	d := os.Getenv("SHARED_DIR")
	if d == "" {
		d = filepath.Join(repoRoot, "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(d, "jupyter", "conformance.py")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the shared harness is missing at %s (set SHARED_DIR)", d)
		}
		t.Skipf("the shared harness is missing at %s (set SHARED_DIR)", d)
	}
	return d
}

// jupyterEnv is the environment for Jupyter commands: the temporary data
// dir with our kernelspec, and a private runtime dir.
func jupyterEnv(t *testing.T) []string {
	t.Helper()
	rt := t.TempDir()
	return append(os.Environ(),
		"JUPYTER_DATA_DIR="+dataDir,
		"JUPYTER_RUNTIME_DIR="+rt,
		"PYDEVD_DISABLE_FILE_VALIDATION=1",
		"GOKERNEL_HISTORY=off",
	)
}

// runPython runs a harness script and returns its combined output.
func runPython(t *testing.T, dir string, env []string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(python, args...)
	cmd.Dir = dir
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.String(), err
}
