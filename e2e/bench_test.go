package e2e

// Latency, throughput and memory of the installed gokernel next to
// ipykernel (the python3 kernel), measured the way a Jupyter front end
// sees them, through jupyter_client (testdata/bench_driver.py). They never
// pass or fail on timings; each benchmark logs gokernel's figure as a
// ratio to python3's from the same run:
//
//	go test -run '^$' -bench . -benchtime 20x -v ./e2e    # -v prints the ratios
//
// BenchmarkStartup    process start -> first kernel_info_reply; MiB-rss after it
// BenchmarkFirstCell  the first cell of a fresh kernel (1+1)
// BenchmarkCell       a trivial cell (1+1) on a warm kernel; MiB-rss after it
// BenchmarkStream     one cell printing 100000 lines; MB/s, stream msgs/op
//
// /work/shared/jupyter/latency.py measures the same from another angle
// (raw zmq round trips, in-order delivery of the lines); run it with
// JUPYTER_DATA_DIR pointing at an installed gokernel.

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// benchKernels are compared in every benchmark; python3 comes first, the
// reference.
var benchKernels = []struct{ name, trivial, stream string }{
	{"python3", "1+1", "for i in range(100000):\n    print(i)"},
	{"gokernel", "1+1", "for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}"},
}

// driver is a running bench_driver.py. Its owner calls close, which ends
// the process (and the kernels it started).
type driver struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	lines chan string // answers; closed when stdout ends
	done  chan struct{}
}

// driverAnswer is one answer of bench_driver.py.
type driverAnswer struct {
	Error       string  `json:"error"`
	ID          int     `json:"id"`
	Seconds     float64 `json:"seconds"`
	Status      string  `json:"status"`
	StreamBytes int     `json:"stream_bytes"`
	StreamMsgs  int     `json:"stream_msgs"`
	Result      *string `json:"result"`
	RSSMiB      float64 `json:"rss_mib"`
	HWMMiB      float64 `json:"hwm_mib"`
}

// startDriver starts bench_driver.py with the test's Jupyter environment.
func startDriver(b *testing.B) *driver {
	b.Helper()
	needPython(b, "jupyter_client", "ipykernel")
	env := append(jupyterEnv(b), "BENCH_KERNEL_LOG="+filepath.Join(b.TempDir(), "kernels.log"))
	cmd := exec.Command(python, "bench_driver.py")
	cmd.Dir = "testdata"
	cmd.Env = env
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatalf("driver stdin: %v", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatalf("driver stdout: %v", err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatalf("starting bench_driver.py: %v", err)
	}
	d := &driver{cmd: cmd, in: in, lines: make(chan string), done: make(chan struct{})}
	// The reader ends when the driver's stdout closes (close kills it).
	go func() {
		defer close(d.done)
		defer close(d.lines)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			d.lines <- sc.Text()
		}
	}()
	b.Cleanup(d.close)
	return d
}

// close stops the driver: end of input makes it shut its kernels down;
// after 30 s its process group is killed.
func (d *driver) close() {
	d.in.Close()
	select {
	case <-d.done:
	case <-time.After(30 * time.Second):
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		for range d.lines {
		}
	}
	_ = d.cmd.Wait()
}

// do sends one request and waits (at most 3 minutes) for its answer.
func (d *driver) do(b *testing.B, req map[string]any) driverAnswer {
	b.Helper()
	data, err := json.Marshal(req)
	if err != nil {
		b.Fatalf("encoding %v: %v", req, err)
	}
	if _, err := d.in.Write(append(data, '\n')); err != nil {
		b.Fatalf("driver: %v", err)
	}
	var line string
	select {
	case l, ok := <-d.lines:
		if !ok {
			b.Fatalf("driver ended before answering %s", data)
		}
		line = l
	case <-time.After(3 * time.Minute):
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		b.Fatalf("driver: no answer to %s in 3 minutes", data)
	}
	var a driverAnswer
	if err := json.Unmarshal([]byte(line), &a); err != nil {
		b.Fatalf("driver answer %q: %v", line, err)
	}
	if a.Error != "" {
		b.Fatalf("%s: %s", data, a.Error)
	}
	return a
}

// start starts a kernel and returns its id and startup time.
func (d *driver) start(b *testing.B, kernel string) (int, time.Duration) {
	b.Helper()
	a := d.do(b, map[string]any{"op": "start", "kernel": kernel})
	return a.ID, seconds(a.Seconds)
}

// exec runs a cell that must succeed.
func (d *driver) exec(b *testing.B, id int, code string) driverAnswer {
	b.Helper()
	a := d.do(b, map[string]any{"op": "exec", "id": id, "code": code})
	if a.Status != "ok" {
		b.Fatalf("cell %q: status %s", code, a.Status)
	}
	return a
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// compare runs fn as one sub-benchmark per kernel, reports the figure fn
// returns as ns/op (overriding the wall clock, which includes the driver's
// pipe), and logs gokernel's figure as a ratio to python3's.
func compare(b *testing.B, what string, fn func(b *testing.B, d *driver, k int) time.Duration) {
	d := startDriver(b)
	per := map[string]time.Duration{}
	for k, kern := range benchKernels {
		b.Run(kern.name, func(b *testing.B) {
			total := fn(b, d, k)
			per[kern.name] = total / time.Duration(b.N)
			b.ReportMetric(float64(per[kern.name].Nanoseconds()), "ns/op")
		})
	}
	if p, g := per["python3"], per["gokernel"]; p > 0 && g > 0 {
		b.Logf("%s: gokernel %s, python3 %s: ratio gokernel/python3 = %.2f",
			what, g.Round(10*time.Microsecond), p.Round(10*time.Microsecond), float64(g)/float64(p))
	}
}

func BenchmarkStartup(b *testing.B) {
	compare(b, "process start -> kernel_info_reply", func(b *testing.B, d *driver, k int) time.Duration {
		var total time.Duration
		var rss float64
		for range b.N {
			id, dt := d.start(b, benchKernels[k].name)
			total += dt
			rss += d.do(b, map[string]any{"op": "rss", "id": id}).RSSMiB
			d.do(b, map[string]any{"op": "stop", "id": id})
		}
		b.ReportMetric(rss/float64(b.N), "MiB-rss")
		return total
	})
}

func BenchmarkFirstCell(b *testing.B) {
	compare(b, "first cell (1+1) of a fresh kernel", func(b *testing.B, d *driver, k int) time.Duration {
		var total time.Duration
		for range b.N {
			id, _ := d.start(b, benchKernels[k].name)
			total += seconds(d.exec(b, id, benchKernels[k].trivial).Seconds)
			d.do(b, map[string]any{"op": "stop", "id": id})
		}
		return total
	})
}

func BenchmarkCell(b *testing.B) {
	ids := map[int]int{} // kernel index -> running kernel, reused as b.N grows
	compare(b, "trivial cell (1+1) round trip", func(b *testing.B, d *driver, k int) time.Duration {
		kern := benchKernels[k]
		id, ok := ids[k]
		if !ok {
			id, _ = d.start(b, kern.name)
			ids[k] = id
			for range 10 { // warm up
				d.exec(b, id, kern.trivial)
			}
		}
		var total time.Duration
		for range b.N {
			a := d.exec(b, id, kern.trivial)
			if a.Result == nil || *a.Result != "2" {
				b.Fatalf("%s: 1+1 gave %v", kern.name, a.Result)
			}
			total += seconds(a.Seconds)
		}
		b.ReportMetric(d.do(b, map[string]any{"op": "rss", "id": id}).RSSMiB, "MiB-rss")
		return total
	})
}

func BenchmarkStream(b *testing.B) {
	ids := map[int]int{}
	compare(b, "cell printing 100000 lines", func(b *testing.B, d *driver, k int) time.Duration {
		kern := benchKernels[k]
		id, ok := ids[k]
		if !ok {
			id, _ = d.start(b, kern.name)
			ids[k] = id
		}
		var total time.Duration
		var msgs, nbytes int
		for range b.N {
			a := d.exec(b, id, kern.stream)
			total += seconds(a.Seconds)
			msgs += a.StreamMsgs
			nbytes = a.StreamBytes
		}
		if want := 588890; nbytes != want { // "0\n" ... "99999\n"
			b.Errorf("%s: %d bytes of output, want %d", kern.name, nbytes, want)
		}
		b.SetBytes(int64(nbytes))
		b.ReportMetric(float64(msgs)/float64(b.N), "msgs/op")
		b.ReportMetric(d.do(b, map[string]any{"op": "rss", "id": id}).HWMMiB, "MiB-hwm")
		return total
	})
}
