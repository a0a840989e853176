package engine

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel"
)

// answering returns a tape whose Input answers with the given lines in
// order, then with an error.
func answering(lines ...string) *tape {
	var mu sync.Mutex // guards lines
	return &tape{answer: func(ctx context.Context, prompt string, password bool) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		if len(lines) == 0 {
			return "", errors.New("test: no answer left")
		}
		l := lines[0]
		lines = lines[1:]
		return l, nil
	}}
}

// TestStdinReads checks that the ways Go programs read os.Stdin each get
// the line the frontend answers, through one input request per line.
func TestStdinReads(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name    string
		code    string
		answers []string
		want    string // the cell's result
		inputs  int    // input requests made
	}{
		{"fmt.Scanln", "var s string\nfmt.Scanln(&s)\ns", []string{"hello"}, "hello", 1},
		{"fmt.Scan of two words", "var a, b string\nfmt.Scan(&a, &b)\na + \"|\" + b", []string{"hello world"}, "hello|world", 1},
		{"fmt.Scanln twice", "var a, b string\nfmt.Scanln(&a)\nfmt.Scanln(&b)\na + \"|\" + b", []string{"hello", "again"}, "hello|again", 2},
		{"fmt.Scanf of a number", "var n int\nfmt.Scanf(\"%d\", &n)\nn * 2", []string{"21"}, "42", 1},
		{"bufio.Reader.ReadString", "r := bufio.NewReader(os.Stdin)\nline, _ := r.ReadString('\\n')\nline", []string{"hello"}, "hello\n", 1},
		{"bufio.Scanner", "sc := bufio.NewScanner(os.Stdin)\nsc.Scan()\nsc.Text()", []string{"hello"}, "hello", 1},
		{"bufio.Scanner, two lines", "sc := bufio.NewScanner(os.Stdin)\nvar got []string\nfor len(got) < 2 && sc.Scan() {\n\tgot = append(got, sc.Text())\n}\ngot",
			[]string{"one", "two"}, "[one two]", 2},
		{"io.ReadAll stops at the error", "b, err := io.ReadAll(os.Stdin)\nfmt.Sprintf(\"%q %v\", b, err != nil)", []string{"x"}, `"x\n" true`, 2},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := answering(tt.answers...)
			res := execCell(t, e, i+1, tt.code, out)
			if res.Error != nil {
				t.Fatalf("got error %s\n%s", res.Error, out)
			}
			if got := plain(res.Result); got != tt.want {
				t.Errorf("got result %q, want %q\n%s", got, tt.want, out)
			}
			n := 0
			for _, ev := range out.all() {
				if ev.kind == "input" {
					n++
					if ev.password {
						t.Errorf("input request with password=true, want false")
					}
				}
			}
			if n != tt.inputs {
				t.Errorf("got %d input requests, want %d\n%s", n, tt.inputs, out)
			}
		})
	}
}

// TestStdinPrompt checks that what the cell printed on the current line
// reaches the Output before the input request, whose prompt is left
// empty: the kernel then sends that unfinished line as the prompt.
func TestStdinPrompt(t *testing.T) {
	e := newTestEngine(t)
	out := answering("Gopher")
	res := execCell(t, e, 1, "var name string\nfmt.Print(\"name: \")\nfmt.Scanln(&name)\nfmt.Println(\"hello,\", name)", out)
	if res.Error != nil {
		t.Fatalf("got error %s", res.Error)
	}
	var got []string
	for _, ev := range out.all() {
		switch ev.kind {
		case "stream":
			got = append(got, ev.stream+" "+ev.text)
		case "input":
			got = append(got, "input "+ev.text)
		}
	}
	want := []string{"stdout name: ", "input ", "stdout hello, Gopher\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got events %q, want %q", got, want)
	}
}

// TestStdinPassword checks display.Password: an input request with
// password=true and the prompt given.
func TestStdinPassword(t *testing.T) {
	e := newTestEngine(t)
	out := answering("s3cret")
	_, res := mustExecOut(t, e, 1, "pw, err := display.Password(\"pw\")\nfmt.Sprint(len(pw), err)", out)
	if got, want := plain(res.Result), "6 <nil>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	evs := out.all()
	if len(evs) != 1 || evs[0].kind != "input" || evs[0].text != "pw" || !evs[0].password {
		t.Errorf("got events\n%s\nwant one input request with prompt \"pw\" and password=true", out)
	}
}

// mustExecOut runs code as cell n with out, failing the test on an error.
func mustExecOut(t testing.TB, e *Engine, n int, code string, out *tape) (*tape, kernel.ExecuteResult) {
	t.Helper()
	res := execCell(t, e, n, code, out)
	if res.Error != nil {
		t.Fatalf("cell %q: got error %s\n%s\n%s", code, res.Error, strings.Join(res.Error.Traceback, "\n"), out)
	}
	return out, res
}

// TestStdinNotAllowed checks that reads fail at once with a clear error
// when the frontend does not take input requests (allow_stdin=false).
func TestStdinNotAllowed(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ name, code string }{
		{"fmt.Scanln", "var s string\n_, err := fmt.Scanln(&s)\nerr.Error()"},
		{"bufio.Reader", "_, err := bufio.NewReader(os.Stdin).ReadString('\\n')\nerr.Error()"},
		{"bufio.Scanner", "sc := bufio.NewScanner(os.Stdin)\nsc.Scan()\nsc.Err().Error()"},
		{"display.Password", "_, err := display.Password(\"pw\")\nerr.Error()"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := &tape{} // Input returns kernel.ErrStdinNotAllowed
			done := make(chan kernel.ExecuteResult, 1)
			go func() { done <- execCell(t, e, i+1, tt.code, out) }()
			var res kernel.ExecuteResult
			select {
			case res = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the cell hangs")
			}
			if res.Error != nil {
				t.Fatalf("got error %s, want the cell to see the read error", res.Error)
			}
			if got := plain(res.Result); !strings.Contains(got, "allow_stdin is false") {
				t.Errorf("got %q, want an error that says allow_stdin is false", got)
			}
		})
	}
	t.Run("unhandled", func(t *testing.T) {
		// A cell that does not look at the error runs on with no input.
		_, res := mustExecOut(t, e, 10, "var s string\nfmt.Scanln(&s)\nlen(s)", &tape{})
		if got := plain(res.Result); got != "0" {
			t.Errorf("got %q, want 0", got)
		}
	})
}

// TestStdinInterrupt checks that an interrupt while the cell waits for
// input cancels the wait (the context Input gets is the cell's) and ends
// the cell as interrupted, at the read: the code after it does not run,
// even when the cell ignores read errors.
func TestStdinInterrupt(t *testing.T) {
	for _, tt := range stdinInterrupts {
		t.Run(tt.name, func(t *testing.T) {
			// A new engine each: the next cell of an engine races with
			// the interrupted one (see stdin_norace_test.go).
			interruptRead(t, newTestEngine(t), 1, tt.code)
		})
	}
}

// stdinInterrupts are cells interrupted while they read.
var stdinInterrupts = []struct{ name, code string }{
	{"fmt.Scanln", "var s string\nfmt.Scanln(&s)\nfmt.Println(\"read\", s)"},
	{"retrying fmt.Scanln", "var s string\nfor {\n\tif _, err := fmt.Scanln(&s); err == nil {\n\t\tbreak\n\t}\n}\nfmt.Println(\"read\")"},
	{"bufio.Scanner", "bufio.NewScanner(os.Stdin).Scan()\nfmt.Println(\"read\")"},
	{"display.Password", "display.Password(\"pw\")\nfmt.Println(\"read\")"},
	{"in a goroutine", "done := make(chan bool)\ngo func() {\n\tvar s string\n\tfmt.Scanln(&s)\n\tfmt.Println(\"read\")\n\tdone <- true\n}()\n<-done"},
}

// interruptRead runs code as cell n, interrupts it once it asks for
// input, and checks that it ends as interrupted without going on.
func interruptRead(t *testing.T, e *Engine, n int, code string) {
	t.Helper()
	asked := make(chan struct{}, 1)
	out := &tape{answer: func(ctx context.Context, prompt string, password bool) (string, error) {
		select {
		case asked <- struct{}{}:
		default:
		}
		<-ctx.Done()
		return "", ctx.Err()
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan kernel.ExecuteResult, 1)
	go func() {
		done <- e.Execute(ctx, kernel.ExecuteRequest{Code: code, Count: n, AllowStdin: true}, out)
	}()
	select {
	case <-asked:
	case <-time.After(10 * time.Second):
		t.Fatal("no input request")
	}
	cancel()
	select {
	case res := <-done:
		if res.Error == nil || res.Error.Name != "Interrupted" {
			t.Errorf("got error %v, want Interrupted\n%s", res.Error, out)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the cell did not end after the interrupt")
	}
	time.Sleep(50 * time.Millisecond) // time to go on, if it would
	if s := out.text("stdout"); strings.Contains(s, "read") {
		t.Errorf("the cell went on after the interrupt: stdout %q", s)
	}
	inputs := 0
	for _, ev := range out.all() {
		if ev.kind == "input" {
			inputs++
		}
	}
	if inputs != 1 {
		t.Errorf("got %d input requests, want 1 (no reads after the interrupt)\n%s", inputs, out)
	}
}
