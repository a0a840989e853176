package engine

import (
	"context"
	"testing"
	"time"

	"gokernel/kernel"
)

func TestH17Int(t *testing.T) {
	e := newTestEngine(t)
	for _, code := range []string{"!sleep 30", "%%bash\nsleep 30", "%timeit -n 1000 time.Sleep(time.Millisecond)", "%%time\ntime.Sleep(time.Hour)", "!sleep 30 && echo x\nfmt.Println(1)"} {
		ctx, cancel := context.WithCancel(context.Background())
		out := &tape{}
		done := make(chan kernel.ExecuteResult)
		go func() { done <- e.Execute(ctx, kernel.ExecuteRequest{Code: code}, out) }()
		time.Sleep(200 * time.Millisecond)
		t0 := time.Now()
		cancel()
		r := <-done
		t.Logf("%q: %v after %v\n%s", code, r.Error, time.Since(t0), out)
	}
}
