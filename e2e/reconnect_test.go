package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReconnect runs testdata/reconnect.py: one kernel started by a
// KernelManager, then clients that come and go with only the connection
// file, as `jupyter console --existing` and browser reloads do. After a
// first client, round 1 connects a new client once the previous one closed
// its sockets; round 2 kills a client process in the middle of a cell (the
// kernel's reply goes to a peer that is gone) and connects another; round 3
// is `jupyter console --existing`; round 4 a new client again. Each client
// checks execute_reply, the iopub sequence (busy, execute_input, stream,
// execute_result, idle with the request as parent), kernel_info on shell,
// the heartbeat, and the state left by the earlier rounds.
// (kernel/channels tests cover the same at the socket level.)
func TestReconnect(t *testing.T) {
	needPython(t, "jupyter_client", "zmq", "jupyter_console")
	log := filepath.Join(t.TempDir(), "kernel.log")
	r := run(t, pythonProc("reconnect.py", "testdata", jupyterEnv(t), 4*time.Minute,
		"reconnect.py", "--kernel", "gokernel", "--rounds", "4", "--log", log))
	if r.err != nil {
		kl, _ := os.ReadFile(log)
		t.Fatalf("%s\n--- kernel log ---\n%s", r.failure("reconnect.py"), tail(string(kl), 20000))
	}
	t.Log(r.out)
	if !strings.Contains(r.out, "6 passed, 0 failed") {
		t.Errorf("want 6 passed, 0 failed")
	}
}
