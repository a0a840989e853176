package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// deadlineMargin is kept free before the go test -timeout deadline so that
// a subprocess cut short by it is still reported (with its output) instead
// of the test binary panicking with a goroutine dump.
const deadlineMargin = 30 * time.Second

// proc is one subprocess of a test. Every subprocess runs in its own
// process group with a deadline; when the deadline passes, the whole group
// is killed, so nothing it started is left behind (except kernels that
// Jupyter puts in a session of their own, which killStrays ends).
type proc struct {
	// name says what runs, for messages ("conformance.py").
	name string
	args []string
	dir  string
	env  []string
	// stdin, when set, is the subprocess's standard input.
	stdin io.Reader
	// timeout bounds the run; it is shortened to fit the test's deadline.
	timeout time.Duration
	// stdout, when set, receives standard output instead of the combined
	// buffer (standard error still goes to the buffer).
	stdout io.Writer
}

// procResult is how a subprocess ended.
type procResult struct {
	// out is the combined standard output and error (standard error only
	// when proc.stdout was set).
	out      string
	err      error
	timedOut bool
	elapsed  time.Duration
}

// failure describes a failed run with its output, for t.Fatal.
func (r procResult) failure(name string) string {
	what := fmt.Sprintf("%s: %v", name, r.err)
	if r.timedOut {
		what = fmt.Sprintf("%s: timed out after %s (process group killed)", name, r.elapsed.Round(time.Second))
	}
	return what + "\n--- output ---\n" + tail(r.out, 60000)
}

// tail returns the last n bytes of s, marked when cut.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "[... " + strconv.Itoa(len(s)-n) + " bytes cut ...]\n" + s[len(s)-n:]
}

// lockedBuffer is a bytes.Buffer safe for the two copying goroutines of
// exec.Cmd (stdout and stderr) and a reader.
type lockedBuffer struct {
	mu  sync.Mutex // guards buf
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testTimeout returns d, shortened so that it ends deadlineMargin before
// the test binary's deadline.
func testTimeout(t *testing.T, d time.Duration) time.Duration {
	t.Helper()
	if dl, ok := t.Deadline(); ok {
		if left := time.Until(dl) - deadlineMargin; left < d {
			d = max(left, time.Second)
		}
	}
	return d
}

// run starts p, waits for it and returns how it ended. It never fails the
// test itself: callers decide with the result.
func run(t *testing.T, p proc) procResult {
	t.Helper()
	timeout := testTimeout(t, p.timeout)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, p.args[0], p.args[1:]...)
	cmd.Dir = p.dir
	cmd.Env = p.env
	cmd.Stdin = p.stdin
	var out lockedBuffer
	cmd.Stdout = &out
	if p.stdout != nil {
		cmd.Stdout = p.stdout
	}
	cmd.Stderr = &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	// Output pipes held open by a grandchild must not keep Wait waiting.
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	err := cmd.Run()
	res := procResult{out: out.String(), err: err, elapsed: time.Since(start)}
	if ctx.Err() != nil {
		res.timedOut = true
	}
	if cmd.Process != nil {
		// The leader may have exited and left children in its group.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	return res
}

// mustRun runs p and fails the test, with the output, unless it exits 0.
func mustRun(t *testing.T, p proc) string {
	t.Helper()
	r := run(t, p)
	if r.err != nil {
		t.Fatal(r.failure(p.name))
	}
	return r.out
}

// pythonProc is a proc running Debian's python with args.
func pythonProc(name, dir string, env []string, timeout time.Duration, args ...string) proc {
	return proc{name: name, args: append([]string{python}, args...), dir: dir, env: env, timeout: timeout}
}

// strays lists the processes, other than this one, whose command line
// mentions one of marks: the gokernel binary built for this run, or a
// temporary directory of a test (connection files live there).
func strays(marks ...string) map[int]string {
	found := map[int]string{}
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return found
	}
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		// A zombie's cmdline is empty: nothing to kill there.
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		for _, m := range marks {
			if m != "" && bytes.Contains(cmdline, []byte(m)) {
				found[pid] = strings.ReplaceAll(strings.TrimRight(string(cmdline), "\x00"), "\x00", " ")
				break
			}
		}
	}
	return found
}

// cleanupStrays registers a cleanup that waits a little for the processes
// marks name (see strays) to end, then kills those left and reports them.
// Kernels started by jupyter_client run in sessions of their own, so
// killing a harness's process group on a timeout leaves them running; a
// kernel outliving its test is a leak either way.
func cleanupStrays(t testing.TB, marks ...string) {
	t.Helper()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) && len(strays(marks...)) > 0 {
			time.Sleep(100 * time.Millisecond)
		}
		for pid, line := range strays(marks...) {
			if syscall.Kill(pid, syscall.SIGKILL) == nil {
				t.Logf("killed process %d left running by the test: %s", pid, tail(line, 300))
			}
		}
	})
}
