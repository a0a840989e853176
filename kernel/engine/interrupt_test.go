package engine

import (
	"context"
	"testing"
	"time"

	"gokernel/kernel"
)

// TestInterrupt cancels cells that wait in every way Go can wait; each
// must end as interrupted, and the session must go on with its state
// (not checked under -race: see raceBuild).
func TestInterrupt(t *testing.T) {
	e := newTestEngine(t)
	if r := runCell(t, e, 1, "kept := 41"); r.err != nil {
		t.Fatalf("setup: %v", r)
	}
	cases := []struct{ name, code string }{
		{"busy loop", "for {}"},
		{"loop with work", "n := 0\nfor { n++ }"},
		{"sleep", "time.Sleep(time.Hour)"},
		{"channel receive", "<-make(chan int)"},
		{"channel send", "make(chan int) <- 1"},
		{"empty select", "select {}"},
		{"select", "a, b := make(chan int), make(chan string)\nselect {\ncase <-a:\ncase s := <-b:\n\tfmt.Println(s)\n}"},
		{"select in a loop", "c := make(chan int)\nfor {\n\tselect {\n\tcase <-c:\n\tcase <-time.After(time.Hour):\n\t}\n}"},
		{"wait group", "var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()"},
		{"mutex", "var mu sync.Mutex\nmu.Lock()\nmu.Lock()"},
		{"goroutine and select", "done := make(chan bool)\ngo func() {\n\tselect {}\n}()\n<-done"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := e
			if raceBuild {
				e = newTestEngine(t)
			}
			ctx, cancel := context.WithCancel(context.Background())
			res := make(chan kernel.ExecuteResult, 1)
			go func() {
				res <- e.Execute(ctx, kernel.ExecuteRequest{Code: c.code, Count: 10 + i}, &recorder{})
			}()
			time.Sleep(100 * time.Millisecond)
			cancel()
			select {
			case r := <-res:
				if r.Error == nil || r.Error.Name != "Interrupted" {
					t.Errorf("got error %+v, want Interrupted", r.Error)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("the cell did not end after the interrupt")
			}
			if raceBuild {
				return
			}
			if r := runCell(t, e, 100+i, "kept + 1"); r.err != nil || r.result != "42" {
				t.Errorf("next cell: got %v, want => 42", r)
			}
		})
	}
}

// TestInterruptKeepsMethods: after an interrupted cell, the session's
// types still print with their String and Error methods (the interpreter
// stops the function values it made before; the kernel makes its method
// accessors again).
func TestInterruptKeepsMethods(t *testing.T) {
	if raceBuild {
		return // the interrupted goroutine may still be unwinding (see TestInterrupt)
	}
	e := newTestEngine(t)
	if r := runCell(t, e, 1, "type P struct{ X int }\nfunc (p P) String() string { return \"P\" }\ntype E struct{}\nfunc (E) Error() string { return \"E!\" }"); r.err != nil {
		t.Fatalf("setup: %v", r)
	}
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan kernel.ExecuteResult, 1)
	go func() { res <- e.Execute(ctx, kernel.ExecuteRequest{Code: "for {}", Count: 2}, &recorder{}) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	if r := <-res; r.Error == nil || r.Error.Name != "Interrupted" {
		t.Fatalf("got error %+v, want Interrupted", r.Error)
	}
	if r := runCell(t, e, 3, `fmt.Sprint("[", P{1}, "] ", error(E{}))`); r.result != "[P] E!" {
		t.Errorf("after the interrupt: got %v, want => [P] E!", r)
	}
}
