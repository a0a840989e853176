package engine

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"gokernel/kernel"
)

// event is one thing a cell sent to its Output.
type event struct {
	kind     string // "stream", "display", "clear" or "input"
	stream   string // for a stream: "stdout" or "stderr"
	text     string // the stream's text, or the prompt given to Input
	display  kernel.Display
	wait     bool // for a clear
	password bool // for an input
}

// tape is a kernel.Output that records, in order, everything a cell sends,
// and answers input requests with answer (ErrStdinNotAllowed when nil).
type tape struct {
	answer func(ctx context.Context, prompt string, password bool) (string, error)

	mu     sync.Mutex // guards events
	events []event
}

func (t *tape) add(ev event) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.events = append(t.events, ev)
}

// Stream implements kernel.Output.
func (t *tape) Stream(name string, p []byte) {
	t.add(event{kind: "stream", stream: name, text: string(p)})
}

// Display implements kernel.Output.
func (t *tape) Display(d kernel.Display) { t.add(event{kind: "display", display: d}) }

// Clear implements kernel.Output.
func (t *tape) Clear(wait bool) { t.add(event{kind: "clear", wait: wait}) }

// Input implements kernel.Output.
func (t *tape) Input(ctx context.Context, prompt string, password bool) (string, error) {
	t.add(event{kind: "input", text: prompt, password: password})
	if t.answer == nil {
		return "", kernel.ErrStdinNotAllowed
	}
	return t.answer(ctx, prompt, password)
}

// all returns a copy of the events so far.
func (t *tape) all() []event {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]event(nil), t.events...)
}

// text returns everything written to stream name.
func (t *tape) text(name string) string {
	var b strings.Builder
	for _, ev := range t.all() {
		if ev.kind == "stream" && ev.stream == name {
			b.WriteString(ev.text)
		}
	}
	return b.String()
}

// displays returns the display_data and update_display_data sent.
func (t *tape) displays() []kernel.Display {
	var out []kernel.Display
	for _, ev := range t.all() {
		if ev.kind == "display" {
			out = append(out, ev.display)
		}
	}
	return out
}

// execCell runs code as cell n of e with out as its Output.
func execCell(t testing.TB, e *Engine, n int, code string, out *tape) kernel.ExecuteResult {
	t.Helper()
	return e.Execute(context.Background(), kernel.ExecuteRequest{Code: code, Count: n, StoreHistory: true, AllowStdin: true}, out)
}

// mustExec runs code as cell n and fails the test when the cell fails.
func mustExec(t testing.TB, e *Engine, n int, code string) (*tape, kernel.ExecuteResult) {
	t.Helper()
	out := &tape{}
	res := execCell(t, e, n, code, out)
	if res.Error != nil {
		t.Fatalf("cell %q: got error %s\n%s\nstdout: %s\nstderr: %s", code, res.Error,
			strings.Join(res.Error.Traceback, "\n"), out.text("stdout"), out.text("stderr"))
	}
	return out, res
}

// plain returns the text/plain of b, "" for a nil bundle.
func plain(b *kernel.Bundle) string {
	if b == nil {
		return ""
	}
	s, _ := b.Data["text/plain"].(string)
	return s
}

// mimes returns the MIME types of data, sorted, joined by spaces.
func mimes(data map[string]any) string {
	var ts []string
	for k := range data {
		ts = append(ts, k)
	}
	slices.Sort(ts)
	return strings.Join(ts, " ")
}

// String describes the events, for failure messages.
func (t *tape) String() string {
	var b strings.Builder
	for _, ev := range t.all() {
		switch ev.kind {
		case "stream":
			fmt.Fprintf(&b, "%s %q\n", ev.stream, ev.text)
		case "display":
			fmt.Fprintf(&b, "display id=%q update=%v [%s]", ev.display.ID, ev.display.Update, mimes(ev.display.Data))
			if s, ok := ev.display.Data["text/plain"].(string); ok {
				fmt.Fprintf(&b, " %q", s)
			}
			b.WriteString("\n")
		case "clear":
			fmt.Fprintf(&b, "clear wait=%v\n", ev.wait)
		case "input":
			fmt.Fprintf(&b, "input %q password=%v\n", ev.text, ev.password)
		}
	}
	return b.String()
}
