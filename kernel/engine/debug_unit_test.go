package engine

import (
	"context"
	"encoding/json"
	"go/parser"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/dap"
)

// debugReply sends one request to the engine's debugger.
func debugReply(t *testing.T, e *Engine, request string) dbgResponse {
	t.Helper()
	var r dbgResponse
	raw := e.Debug(context.Background(), []byte(request), func([]byte) {})
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("%s: reply %s: %v", request, raw, err)
	}
	return r
}

// TestDebugMalformed: bad requests get a failed response, never a panic.
func TestDebugMalformed(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, request, wantMessage string
	}{
		{"not json", `{"type":`, "decoding"},
		{"not a request", `{"type":"event","seq":1,"event":"stopped"}`, "not a request"},
		{"unknown command", `{"type":"request","seq":1,"command":"fly"}`, `does not support "fly"`},
		{"bad arguments", `{"type":"request","seq":1,"command":"setBreakpoints","arguments":{"breakpoints":"x"}}`, "arguments of setBreakpoints"},
		{"no source", `{"type":"request","seq":1,"command":"setBreakpoints","arguments":{"breakpoints":[{"line":1}]}}`, "no source path"},
		{"bad reference", `{"type":"request","seq":1,"command":"variables","arguments":{"variablesReference":99}}`, "unknown or outdated"},
		{"bad frame", `{"type":"request","seq":1,"command":"scopes","arguments":{"frameId":7}}`, "unknown or outdated frame"},
		{"not stopped", `{"type":"request","seq":1,"command":"continue","arguments":{"threadId":1}}`, "not stopped"},
		{"step not stopped", `{"type":"request","seq":1,"command":"next","arguments":{"threadId":3}}`, "not stopped"},
		{"pause not running", `{"type":"request","seq":1,"command":"pause","arguments":{"threadId":1}}`, "no cell runs"},
		{"bad expression", `{"type":"request","seq":1,"command":"evaluate","arguments":{"expression":"1 +"}}`, "evaluate"},
		{"unknown source", `{"type":"request","seq":1,"command":"source","arguments":{"source":{"path":"/nope.go"}}}`, "source unavailable"},
		{"attach first", `{"type":"request","seq":1,"command":"attach"}`, "before initialize"},
		{"null arguments", `{"type":"request","seq":1,"command":"dumpCell","arguments":null}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := debugReply(t, e, tt.request)
			if tt.wantMessage == "" {
				if !r.Success {
					t.Errorf("got failure %q, want success", r.Message)
				}
				return
			}
			if r.Success || !strings.Contains(r.Message, tt.wantMessage) {
				t.Errorf("got success %v, message %q; want a failure mentioning %q", r.Success, r.Message, tt.wantMessage)
			}
		})
	}
	// The stack of a goroutine that is not stopped is empty.
	if r := debugReply(t, e, `{"type":"request","seq":2,"command":"stackTrace","arguments":{"threadId":1}}`); !r.Success || !strings.Contains(string(r.Body), `"stackFrames":[]`) {
		t.Errorf("stackTrace of a running goroutine: got %+v, want no frames", r)
	}
}

// TestDebuggerOff checks that cells run without the interpreter's
// debugger (at full speed) unless the session is started and has
// breakpoints: the interpreter's debugger field stays nil while a cell
// runs (read concurrently: it is not written then).
func TestDebuggerOff(t *testing.T) {
	tests := []struct {
		name  string
		setup []string // debug requests before the cell
	}{
		{"no session", nil},
		{"breakpoints without a session", []string{
			`{"type":"request","seq":1,"command":"dumpCell","arguments":{"code":"n := 0\nfor i := 0; i < 3000000; i++ {\n\tn += i\n}\n"}}`,
		}},
		{"session without breakpoints", []string{
			`{"type":"request","seq":1,"command":"initialize","arguments":{}}`,
			`{"type":"request","seq":2,"command":"attach","arguments":{}}`,
		}},
	}
	code := "n := 0\nfor i := 0; i < 3000000; i++ {\n\tn += i\n}\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEngine(t)
			runCell(t, e, 1, "fmt.Print()")
			for _, req := range tt.setup {
				if r := debugReply(t, e, req); !r.Success {
					t.Fatalf("%s: %s", req, r.Message)
				}
			}
			if tt.name == "breakpoints without a session" {
				path := dap.SourcePath(e.dbg.tmpPrefix(), code, dbgSourceSuffix)
				debugReply(t, e, `{"type":"request","seq":2,"command":"setBreakpoints","arguments":{"source":{"path":"`+path+`"},"breakpoints":[{"line":3}]}}`)
			}
			var wg sync.WaitGroup
			wg.Add(1)
			done := make(chan struct{})
			go func() {
				defer wg.Done()
				defer close(done)
				runCell(t, e, 2, code)
			}()
			fld, err := debuggerField(e.in)
			if err != nil {
				t.Fatal(err)
			}
			for polls := 0; ; polls++ {
				if !fld.IsNil() {
					t.Errorf("the interpreter's debugger is set while the cell runs")
					break
				}
				select {
				case <-done:
					wg.Wait()
					if e.dbg.y != nil {
						t.Errorf("a debugged program was started")
					}
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
			wg.Wait()
		})
	}
}

// debuggerField returns the interpreter's debugger field, for reading.
func debuggerField(in *interp.Interpreter) (reflect.Value, error) {
	return yaegiField(reflect.ValueOf(in), "debugger")
}

// TestYaegiInternals checks the parts of yaegi the debugger reaches into.
func TestYaegiInternals(t *testing.T) {
	e := newTestEngine(t)
	runCell(t, e, 1, "q := 42")
	if f, err := debuggerField(e.in); err != nil || f.Type() != reflect.TypeOf((*interp.Debugger)(nil)) {
		t.Errorf("Interpreter.debugger: got %v, %v", f, err)
	}
	i, err := yaegiGlobalIndex(e.in, "q")
	if err != nil {
		t.Fatal(err)
	}
	data, err := yaegiRootData(e.in)
	if err != nil || i >= len(data) || data[i].Int() != 42 {
		t.Errorf("root frame: got %v, %v at %d, want q = 42", data, err, i)
	}
	if _, err := yaegiGlobalIndex(e.in, "nosuch"); err == nil {
		t.Errorf("yaegiGlobalIndex of an undeclared name: got no error")
	}
}

// TestBreakpointLine checks where breakpoints requested on a line stop.
func TestBreakpointLine(t *testing.T) {
	code := "// add adds\nfunc add(a, b int) int {\n\n\ts := a + b\n\treturn s\n}\nx := add(1, 2)\nimport \"fmt\"\n"
	tests := []struct {
		line, want int
		ok         bool
	}{
		{1, 1, false}, // a comment
		{2, 4, true},  // a function's first statement
		{3, 3, false}, // blank
		{4, 4, true},
		{6, 6, false}, // a brace
		{7, 7, true},
		{8, 8, false}, // an import
		{0, 0, false},
		{99, 99, false},
	}
	for _, tt := range tests {
		if got, ok := dbgBreakpointLine(code, tt.line); got != tt.want || ok != tt.ok {
			t.Errorf("dbgBreakpointLine(%d) = %d, %v; want %d, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

// TestShowValue checks the texts of values.
func TestShowValue(t *testing.T) {
	e := newTestEngine(t)
	<-e.ready // (showValue reads what setup makes: no cell ran before it)
	var nilMap map[string]int
	tests := []struct {
		v     any
		limit int
		want  string
	}{
		{42, 100, "42"},
		{"a\"b", 100, `"a\"b"`},
		{[]int{1, 2, 3}, 100, "[1 2 3]"},
		{[]string(nil), 100, "[]"},
		{map[string]int{"b": 2, "a": 1}, 100, `map["a":1 "b":2]`},
		{nilMap, 100, "map[]"},
		{struct{ X, Y int }{1, 2}, 100, "{X:1 Y:2}"},
		{&struct{ X int }{1}, 100, "&{X:1}"},
		{make([]int, 100), 1000, "[" + strings.Repeat("0 ", 64) + "…+36]"},
		{strings.Repeat("x", 50), 10, `"xxxxxxxxx…`},
		{time.Duration(1500) * time.Millisecond, 100, "1.5s"},
		{3.5, 100, "3.5"},
		{nil, 100, "<nil>"},
	}
	for _, tt := range tests {
		if got := e.showValue(reflect.ValueOf(tt.v), tt.limit); got != tt.want {
			t.Errorf("showValue(%#v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// TestEvaluator checks the expressions evaluate knows.
func TestEvaluator(t *testing.T) {
	e := newTestEngine(t)
	<-e.ready // (as in TestShowValue)
	vars := map[string]any{
		"n": 7, "f": 2.5, "s": "go", "xs": []int{4, 5}, "m": map[string]int{"k": 3},
		"p": &struct{ Name string }{"ann"}, "ok": true,
	}
	lookup := func(name string) (dbgNamed, bool) {
		v, ok := vars[name]
		return dbgNamed{name: name, v: reflect.ValueOf(v)}, ok
	}
	tests := []struct {
		expr, want string
	}{
		{"n", "7"}, {"n * 2 + 1", "15"}, {"n / 2", "3"}, {"f * 2", "5"}, {"n + f", "9.5"},
		{"-n", "-7"}, {"!ok", "false"}, {"n > 3 && ok", "true"}, {`s + "!"`, `"go!"`},
		{"xs[1]", "5"}, {"len(xs)", "2"}, {"cap(xs)", "2"}, {`m["k"]`, "3"}, {`m["z"]`, "0"},
		{"p.Name", `"ann"`}, {"(*p).Name", `"ann"`}, {"'a'", "97"}, {"s[0]", "103"}, {"p == nil", "false"},
	}
	for _, tt := range tests {
		x, err := parser.ParseExpr(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		v, err := (&dbgEvaluator{e: e, lookup: lookup}).eval(x)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if got := e.showValue(v, 100); got != tt.want {
			t.Errorf("%s = %s, want %s", tt.expr, got, tt.want)
		}
	}
	for _, bad := range []string{"nosuch", "xs[5]", "n / 0", "f(1)", "p.Age", "s - s", "func() {}"} {
		x, err := parser.ParseExpr(bad)
		if err != nil {
			continue
		}
		if v, err := (&dbgEvaluator{e: e, lookup: lookup}).eval(x); err == nil {
			t.Errorf("%s: got %v, want an error", bad, v)
		}
	}
}
