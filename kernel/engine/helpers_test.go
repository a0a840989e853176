package engine

import (
	"bytes"
	"context"
	"go/token"
	"strings"
	"sync"
	"testing"

	"gokernel/kernel"
	"gokernel/kernel/engine/symbols"
	"gokernel/kernel/engine/typeinfo"
)

// recorder is a kernel.Output that keeps everything.
type recorder struct {
	mu       sync.Mutex
	stdout   bytes.Buffer
	stderr   bytes.Buffer
	displays []kernel.Display
}

func (r *recorder) Stream(name string, p []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == "stderr" {
		r.stderr.Write(p)
		return
	}
	r.stdout.Write(p)
}
func (r *recorder) Display(d kernel.Display) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.displays = append(r.displays, d)
}
func (r *recorder) Clear(bool) {}
func (r *recorder) Input(ctx context.Context, prompt string, password bool) (string, error) {
	return "", kernel.ErrStdinNotAllowed
}

// streamWriter forwards the interpreter's stdout to the engine's current
// output, as the fd capture does in the kernel.
type streamWriter struct {
	e    **Engine
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	(*w.e).Write(w.name, p)
	return len(p), nil
}

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	var e *Engine
	e = New(Options{
		Symbols:     symbols.Symbols,
		Importer:    typeinfo.NewImporter(token.NewFileSet()),
		GoVersion:   symbols.GoVersion,
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
		Stdout:      streamWriter{&e, "stdout"},
		Stderr:      streamWriter{&e, "stderr"},
	})
	return e
}

// cellResult is what one cell did.
type cellResult struct {
	stdout, stderr string
	result         string
	err            *kernel.Error
}

func runCell(t testing.TB, e *Engine, n int, code string) cellResult {
	t.Helper()
	rec := &recorder{}
	res := e.Execute(context.Background(), kernel.ExecuteRequest{Code: code, Count: n, StoreHistory: true}, rec)
	out := cellResult{stdout: rec.stdout.String(), stderr: rec.stderr.String(), err: res.Error}
	if res.Result != nil {
		out.result, _ = res.Result.Data["text/plain"].(string)
	}
	return out
}

func (c cellResult) String() string {
	var b strings.Builder
	b.WriteString(c.stdout)
	if c.result != "" {
		b.WriteString("=> " + c.result + "\n")
	}
	if c.err != nil {
		b.WriteString("ERR " + c.err.Name + ": " + c.err.Value + "\n")
		for _, l := range c.err.Traceback {
			b.WriteString("  | " + l + "\n")
		}
	}
	if c.stderr != "" {
		b.WriteString("STDERR " + c.stderr)
	}
	return b.String()
}
