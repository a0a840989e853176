//go:build linux || darwin

package capture

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// Tests that redirect fds 1 and 2 cannot do it in the test process itself:
// the testing package reports through those descriptors, and other tests
// share them. Such a test runs its body in a child process:
//
//   - inChild(t, body) re-executes the test binary with -test.run selecting
//     only t and childEnv set to t.Name(); in that child, inChild runs body.
//     The parent fails t, showing the child's real stdout and stderr, unless
//     the child passed.
//   - A test that must look at what the child printed on its real stdout and
//     stderr (after Close, or through OrigStdout) uses isChild and runChild
//     directly.
//
// In the child, startCapture registers Close with t.Cleanup, which runs
// before the testing package prints the test's result, so failures reported
// with t.Errorf while capturing reach the real stdout.
const childEnv = "GOKERNEL_CAPTURE_TEST_CHILD"

// isChild reports whether this process is the child re-executed for t.
func isChild(t *testing.T) bool { return os.Getenv(childEnv) == t.Name() }

// childResult is what the parent sees of a child run.
type childResult struct {
	stdout, stderr string
	err            error // from exec.Cmd.Run: nil if the child passed
}

// runChild re-executes the test binary to run only t, as the child.
func runChild(t *testing.T) childResult {
	t.Helper()
	var pattern []string
	for _, part := range strings.Split(t.Name(), "/") {
		pattern = append(pattern, "^"+regexp.QuoteMeta(part)+"$")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run="+strings.Join(pattern, "/"), "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+t.Name(),
		// A race-enabled binary otherwise sleeps 1s at exit.
		"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return childResult{stdout: stdout.String(), stderr: stderr.String(), err: err}
}

// inChild runs body in a child process; see childEnv.
func inChild(t *testing.T, body func(t *testing.T)) {
	t.Helper()
	if isChild(t) {
		body(t)
		return
	}
	r := runChild(t)
	if r.err != nil || !strings.Contains(r.stdout, "PASS") || strings.Contains(r.stdout, "no tests to run") {
		t.Fatalf("child test failed: %v\nchild stdout:\n%s\nchild stderr:\n%s", r.err, r.stdout, r.stderr)
	}
}

// startCapture starts a Capture that t's cleanup closes.
func startCapture(t *testing.T) *Capture {
	t.Helper()
	c, err := Start(nil)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: got %v, want nil", err)
		}
	})
	return c
}

// recorder is a Sink that keeps everything per stream.
type recorder struct {
	mu       sync.Mutex // guards out and err
	out, err bytes.Buffer
}

func (r *recorder) Write(stream string, p []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if stream == Stdout {
		r.out.Write(p)
	} else {
		r.err.Write(p)
	}
}

// get returns what was recorded on stdout and stderr.
func (r *recorder) get() (stdout, stderr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String(), r.err.String()
}

// mustSync calls c.Sync with a generous timeout and fails t on error.
func mustSync(t *testing.T, c *Capture) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := c.Sync(ctx); err != nil {
		t.Fatalf("Sync: got %v, want nil", err)
	}
}
