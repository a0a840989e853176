package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"gokernel/kernel"
)

// interruptCell runs code as cell n and interrupts it after wait.
func interruptCell(t *testing.T, e *Engine, n int, code string, wait time.Duration) kernel.ExecuteResult {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan kernel.ExecuteResult, 1)
	go func() { res <- e.Execute(ctx, kernel.ExecuteRequest{Code: code, Count: n}, &recorder{}) }()
	time.Sleep(wait)
	cancel()
	select {
	case r := <-res:
		return r
	case <-time.After(10 * time.Second):
		t.Fatalf("cell %d did not end after the interrupt", n)
		return kernel.ExecuteResult{}
	}
}

// olderCodeWorks checks that the closure tadd and the goroutine counting
// ticks, which cell 1 made, still work (cells 100+i to 300+i).
func olderCodeWorks(t *testing.T, e *Engine, i int) {
	t.Helper()
	if got := runCell(t, e, 100+i, "tadd(1, 2)"); got.err != nil || got.result != "6" {
		t.Errorf("closure of cell 1: got %v, want => 6", got)
	}
	before := runCell(t, e, 200+i, "ticks.Load()")
	time.Sleep(100 * time.Millisecond)
	after := runCell(t, e, 300+i, "ticks.Load()")
	if before.err != nil || after.err != nil || before.result == after.result {
		t.Errorf("goroutine of cell 1: ticks %v then %v, want them counting", before, after)
	}
}

// TestInterruptSparesOlderCode: an interrupt that stops the cell softly
// (a loop, a recursion, a sleep) leaves the closures and the goroutines
// of earlier cells working, and stops the goroutines the cell started.
func TestInterruptSparesOlderCode(t *testing.T) {
	if raceBuild {
		return // see race.go: cell 1's goroutine reads globals while cells run
	}
	e := newTestEngine(t)
	setup := `import ("sync/atomic"; "time")
func add(a, b int) int { return a + b }
func twice(f func(int, int) int) func(int, int) int { return func(a, b int) int { return 2 * f(a, b) } }
tadd := twice(add)
var ticks atomic.Int64
go func() { for { time.Sleep(time.Millisecond); ticks.Add(1) } }()
func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
var spun atomic.Int64`
	if r := runCell(t, e, 1, setup); r.err != nil {
		t.Fatalf("setup: %v", r)
	}
	cases := []struct{ name, code string }{
		{"busy loop", "for {}"},
		{"loop with work", "n := 0\nfor { n++ }"},
		{"range loop", "for {\n\tfor _, c := range \"abc\" {\n\t\t_ = c\n\t}\n}"},
		{"recursion", "fib(60)"},
		{"sleep", "time.Sleep(time.Hour)"},
		{"receive", "c := make(chan int)\n<-c"},
		{"receive into a variable", "c := make(chan int)\nv, ok := <-c\nfmt.Println(v, ok)"},
		{"send", "c := make(chan int, 1)\nfor {\n\tc <- 1\n}"},
		{"select", "select {}"},
		{"mutex", "var mu sync.Mutex\nmu.Lock()\nmu.Lock()"},
		{"wait group", "var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()"},
		{"range over a channel", "c := make(chan int)\nfor v := range c {\n\tfmt.Println(v)\n}"},
		{"deferred loop", "defer func() { fmt.Println(\"deferred\") }()\nfor {}"},
		{"recover", "defer func() { recover() }()\nfor {}"},
		{"goroutine", "go func() { for { spun.Add(1) } }()\nfor {}"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := interruptCell(t, e, 10+i, c.code, 100*time.Millisecond)
			if r.Error == nil || r.Error.Name != "Interrupted" {
				t.Fatalf("got error %+v, want Interrupted", r.Error)
			}
			olderCodeWorks(t, e, i)
		})
	}
	a := runCell(t, e, 400, "spun.Load()")
	time.Sleep(100 * time.Millisecond)
	b := runCell(t, e, 401, "spun.Load()")
	if a.err != nil || a.result != b.result {
		t.Errorf("goroutine of the interrupted cell: got %v then %v, want it stopped", a, b)
	}
}

// TestGoroutineOutlivesCellContext: a goroutine waiting in a select goes
// on after its cell's request ends (the kernel cancels each cell's
// context when the cell is done).
func TestGoroutineOutlivesCellContext(t *testing.T) {
	if raceBuild {
		return // see race.go: the goroutine reads globals while cells run
	}
	e := newTestEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	rec := &recorder{}
	code := "ch, got := make(chan int), make(chan int)\ngo func() {\n\tfor {\n\t\tselect {\n\t\tcase v := <-ch:\n\t\t\tgot <- v * 2\n\t\t}\n\t}\n}()"
	if r := e.Execute(ctx, kernel.ExecuteRequest{Code: code, Count: 1}, rec); r.Error != nil {
		t.Fatalf("setup: %+v", r.Error)
	}
	cancel()
	time.Sleep(10 * time.Millisecond)
	for i := 2; i < 4; i++ {
		r := runCell(t, e, i, "ch <- 21\n<-got")
		if r.err != nil || r.result != "42" || strings.TrimSpace(r.stderr) != "" {
			t.Errorf("cell %d: got %v, want => 42", i, r)
		}
	}
}

// TestExitSparesOlderCode: os.Exit and log.Fatal in a cell's own code end
// the cell without stopping the closures and goroutines of earlier cells;
// from a goroutine the cell started, they end the cell too.
func TestExitSparesOlderCode(t *testing.T) {
	if raceBuild {
		return // see race.go: cell 1's goroutine reads globals while cells run
	}
	e := newTestEngine(t)
	setup := `import ("log"; "os"; "sync/atomic"; "time")
func add(a, b int) int { return a + b }
func twice(f func(int, int) int) func(int, int) int { return func(a, b int) int { return 2 * f(a, b) } }
tadd := twice(add)
var ticks atomic.Int64
go func() { for { time.Sleep(time.Millisecond); ticks.Add(1) } }()`
	if r := runCell(t, e, 1, setup); r.err != nil {
		t.Fatalf("setup: %v", r)
	}
	cases := []struct{ name, code, want string }{
		{"os.Exit", "defer fmt.Println(\"not printed\")\nos.Exit(3)", "exit status 3"},
		{"log.Fatal", "log.SetOutput(os.Stdout)\nlog.SetFlags(0)\nlog.Fatal(\"bad\")", "exit status 1"},
		{"in a function", "func() {\n\tdefer func() { recover() }()\n\tos.Exit(4)\n}()", "exit status 4"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runCell(t, e, 10+i, c.code)
			if r.err == nil || r.err.Value != c.want || strings.Contains(r.stdout, "not printed") {
				t.Fatalf("got %v, want the error %q", r, c.want)
			}
			olderCodeWorks(t, e, i)
		})
	}
}
