package channels

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// python is the interpreter whose pyzmq (Debian's python3-zmq, on libzmq)
// plays the part of real Jupyter clients.
const python = "/usr/bin/python3"

// requirePyzmq skips the test when pyzmq is missing, or fails it when the
// CI environment variable is set.
func requirePyzmq(t *testing.T) {
	t.Helper()
	out, err := exec.Command(python, "-c", "import zmq; print(zmq.zmq_version())").CombinedOutput()
	if err == nil {
		t.Logf("libzmq %s", strings.TrimSpace(string(out)))
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("pyzmq is required in CI: %s -c 'import zmq': %v\n%s", python, err, out)
	}
	t.Skipf("pyzmq not available (%v); install python3-zmq to run this test", err)
}

// TestPyzmqClients runs libzmq clients through reconnect cycles: a new
// DEALER (fresh or reused identity) and a new SUB per cycle, each checked
// for request/reply and for in-order delivery after the slow-joiner gap,
// then a REQ on the heartbeat.
func TestPyzmqClients(t *testing.T) {
	requirePyzmq(t)
	const cycles = 20
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()

			var wg sync.WaitGroup
			defer wg.Wait()
			defer cancel()
			wg.Go(func() { serveScript(ctx, t, c) })

			ep := c.Endpoints()
			cmd := exec.CommandContext(ctx, python, "testdata/pyzmq_clients.py", ep.Shell, ep.IOPub, ep.HB, strconv.Itoa(cycles))
			out, err := cmd.CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != "OK" {
				t.Fatalf("pyzmq clients: %v\n%s", err, out)
			}
		})
	}
}

// serveScript answers the script's shell requests until ctx is done.
func serveScript(ctx context.Context, t *testing.T, c *Channels) {
	for {
		m, err := c.Shell().Recv(ctx)
		if err != nil {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("shell recv: %v", err)
			}
			return
		}
		id, op := m[0], string(m[1])
		switch {
		case op == "echo":
			if err := c.Shell().Send(m); err != nil {
				t.Errorf("echo: %v", err)
			}
		case op == "publish" && len(m) == 5:
			n, _ := strconv.Atoi(string(m[4]))
			for i := range n {
				if err := c.Publish([][]byte{m[3], m[2], []byte(strconv.Itoa(i))}); err != nil {
					t.Errorf("publish: %v", err)
				}
			}
			if err := c.Shell().Send([][]byte{id, []byte("published")}); err != nil {
				t.Errorf("reply: %v", err)
			}
		default:
			t.Errorf("unexpected request %s", show(m))
		}
	}
}

// TestPyzmqFrozenSubscriber: a pyzmq subscriber that stops reading (its
// process suspended, like a `jupyter console` after Ctrl-Z) while ticks are
// published continuously must not hold up the others: new subscribers
// connect, disconnect and see every tick without a gap.
func TestPyzmqFrozenSubscriber(t *testing.T) {
	requirePyzmq(t)
	for _, tr := range transports() {
		t.Run(tr.name, func(t *testing.T) {
			c := openTest(t, tr.endpoints(t), limits{})
			if out, err := frozenSubscriber(t, c.Endpoints().IOPub, c.Publish); err != nil {
				t.Fatalf("pyzmq subscribers beside a frozen one: %v\n%s", err, out)
			}
		})
	}
}

// frozenSubscriber publishes 10 KiB ticks every millisecond with publish,
// connects a pyzmq subscriber and freezes it, then runs pyzmq subscribers
// through reconnect cycles and returns their output.
func frozenSubscriber(t *testing.T, ep string, publish func([][]byte) error) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() {
		pad := make([]byte, 10<<10)
		for seq := 0; ctx.Err() == nil; seq++ {
			if err := publish([][]byte{[]byte("tick"), []byte(strconv.Itoa(seq)), pad}); err != nil {
				return
			}
			time.Sleep(time.Millisecond)
		}
	})

	frozen := exec.CommandContext(ctx, python, "testdata/pyzmq_ticks.py", "freeze", ep)
	stdout, err := frozen.StdoutPipe()
	if err != nil {
		return "", err
	}
	if err := frozen.Start(); err != nil {
		return "", err
	}
	defer frozen.Wait()
	defer frozen.Process.Kill()
	ready := make(chan string, 1)
	go func() { // ends when the process is killed
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		ready <- line
	}()
	select {
	case line := <-ready:
		if strings.TrimSpace(line) != "READY" {
			return line, fmt.Errorf("frozen subscriber did not start")
		}
	case <-time.After(10 * time.Second):
		return "", fmt.Errorf("frozen subscriber did not start within 10s")
	}
	if err := frozen.Process.Signal(syscall.SIGSTOP); err != nil {
		return "", err
	}
	time.Sleep(time.Second) // its socket buffers fill up

	out, err := exec.CommandContext(ctx, python, "testdata/pyzmq_ticks.py", "watch", ep, "10").CombinedOutput()
	if err == nil && strings.TrimSpace(string(out)) != "OK" {
		err = fmt.Errorf("unexpected output")
	}
	return string(out), err
}
