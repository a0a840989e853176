// Package e2e judges the built gokernel binary with real Jupyter software:
// jupyter_client, jupyter_kernel_test, nbclient, nbconvert, jupyter
// console, the classic Notebook and JupyterLab in headless Chromium.
//
// Tests that need Jupyter skip when it is missing, except when the CI
// environment variable is set: then they fail. Every subprocess runs with a
// deadline in a process group of its own, killed whole when the deadline
// passes, and its output is reported when it fails (see proc). Kernels a
// test leaves running are killed and reported when it ends.
//
// The whole package takes about 3 minutes on a 2-core machine once the
// JupyterLab front end is built (TestJupyterLab builds it on first use, a
// few more minutes, with npm). -short skips the browser tests.
//
// Environment: CI (missing prerequisites fail), SHARED_DIR (the shared
// harness, default ../shared), GOKERNEL_E2E_BINARY (judge this binary
// instead of building one), GOKERNEL_ARTIFACTS (screenshots, default
// e2e/artifacts), GOKERNEL_JLAB_CACHE (the JupyterLab build). The
// benchmarks in bench_test.go compare gokernel with ipykernel.
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
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
	// Whatever the tests leave running from this binary dies with them.
	defer func() {
		for pid := range strays(binary) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}()
	buildErr = buildAndInstall()
	return m.Run()
}

// buildAndInstall builds the gokernel binary and installs its kernelspec
// into dataDir. With $GOKERNEL_E2E_BINARY set, a copy of that binary is
// judged instead (the copy keeps the path unique to this run).
func buildAndInstall() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if prebuilt := os.Getenv("GOKERNEL_E2E_BINARY"); prebuilt != "" {
		data, err := os.ReadFile(prebuilt)
		if err != nil {
			return fmt.Errorf("GOKERNEL_E2E_BINARY: %w", err)
		}
		if err := os.WriteFile(binary, data, 0o755); err != nil {
			return fmt.Errorf("copying GOKERNEL_E2E_BINARY: %w", err)
		}
	} else {
		build := exec.CommandContext(ctx, "go", "build", "-o", binary, "./cmd/gokernel")
		build.Dir = repoRoot
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("building gokernel: %w\n%s", err, out)
		}
	}
	inst := exec.CommandContext(ctx, binary, "install", "--user")
	inst.Env = append(os.Environ(), "JUPYTER_DATA_DIR="+dataDir)
	if out, err := inst.CombinedOutput(); err != nil {
		return fmt.Errorf("installing the kernelspec: %w\n%s", err, out)
	}
	return nil
}

// needKernel fails the test when the binary could not be built.
func needKernel(t testing.TB) {
	t.Helper()
	if buildErr != nil {
		t.Fatal(buildErr)
	}
}

// needPython checks that Debian's python has the given modules: the test
// skips without them, or fails under CI.
func needPython(t testing.TB, modules ...string) {
	t.Helper()
	needKernel(t)
	code := "import " + strings.Join(modules, ", ")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, python, "-c", code).CombinedOutput(); err != nil {
		msg := fmt.Sprintf("Jupyter software missing (%s): %v %s", code, err, out)
		if os.Getenv("CI") != "" {
			t.Fatal(msg + "; .ci/run installs it")
		}
		t.Skip(msg)
	}
}

// needFailf reports missing test prerequisites: the test skips, or fails
// when the CI environment variable is set.
func needFailf(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") != "" {
		t.Fatal(msg + " (CI is set; .ci/run installs the prerequisites)")
	}
	t.Skip(msg)
}

// needCommand is needPython for a command on PATH.
func needCommand(t testing.TB, name string) string {
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
func sharedDir(t testing.TB) string {
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
// dir with our kernelspec, and a private runtime dir. Kernels still running
// from that runtime dir when the test ends are killed and reported.
func jupyterEnv(t testing.TB) []string {
	t.Helper()
	rt := t.TempDir()
	cleanupStrays(t, binary, rt)
	return append(os.Environ(),
		"JUPYTER_DATA_DIR="+dataDir,
		"JUPYTER_RUNTIME_DIR="+rt,
		"PYDEVD_DISABLE_FILE_VALIDATION=1",
		"GOKERNEL_HISTORY=off",
	)
}
