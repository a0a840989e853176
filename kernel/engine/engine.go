// Package engine runs notebook cells of Go on the yaegi interpreter. It
// knows Go cells — compiling, running, formatting results and errors — and
// nothing of the Jupyter protocol's transport.
package engine

import (
	"context"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"log"
	"log/slog"
	"os"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/display"
	"gokernel/kernel"
	"gokernel/kernel/engine/assist"
	"gokernel/kernel/engine/compile"
)

// Version is the kernel's version, shown in kernel_info.
var Version = "0.1.0"

// Options configures an Engine.
type Options struct {
	// Log receives the engine's own logs; nil discards them.
	Log *slog.Logger
	// Symbols are the packages cells can import (yaegi exports).
	Symbols interp.Exports
	// Importer gives the type checker the packages' types.
	Importer types.Importer
	// GoVersion is the Go version whose API cells see, e.g. "go1.26.8".
	GoVersion string
	// PackageName and Lookup resolve package names for imports (see
	// compile.Options).
	PackageName func(path string) string
	Lookup      func(name string) []string
	// Flush, when set, returns once everything the process has written to
	// its stdout and stderr so far has reached the engine (see Write); it
	// is called before a cell's result is returned.
	Flush func(ctx context.Context) error
	// Stdout and Stderr receive what cells print through fmt and the
	// interpreter when the process's file descriptors are not captured
	// (tests); nil means os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
}

// Engine runs Go cells. Create it with New; it implements kernel.Engine.
type Engine struct {
	opt  Options
	log  *slog.Logger
	fset *token.FileSet
	rt   *cellRuntime
	mig  *migration // the running cell's migration (see upgrade)
	// typesRedefined is set once a cell redefines a type (see
	// typesredef.go).
	typesRedefined atomic.Bool

	ready    chan struct{} // closed when the interpreter is set up
	setupErr error

	// The interpreter and compiler; used by one Execute at a time.
	in   *interp.Interpreter
	comp *compile.Compiler

	outMu sync.Mutex      // guards out and ctx
	out   kernel.Output   // where output goes now (the running or last cell)
	ctx   context.Context // the running cell's context; nil between cells

	stdin   *stdin      // the cells' os.Stdin
	types   *printTypes // how the printer sees interpreted types
	methods methodTable // the cells' methods, for reflection

	assist  *assist.Assistant    // completion and inspection
	hist    kernel.HistoryReader // the kernel's history, for %history
	timeits int                  // counts %timeit functions
	std     map[string]bool      // the stdgen packages evaluated
	// reevalNotes holds the last note given about each kept function
	// literal that no longer compiles (see reeval), by its variables.
	reevalNotes map[string]string

	stderrTrace *traceWriter // collects yaegi's panic positions

	dbg debugState // the Jupyter debugger (debug.go)

	stop stopFlag // polled by cell code (see stop.go)

	exitMu sync.Mutex
	// cells counts the cells run; running is the number of the running
	// one (0: none), which goroutines remember (see reportGoPanic).
	cells, running atomic.Int64
	// late holds the panics of goroutines that outlived their cells, for
	// the stderr of the next cell; guarded by exitMu.
	late []string
	// endCell ends the running cell at once (os.Exit); endSoon with a
	// goroutine's panic (see runCellFunc); guarded by exitMu.
	endCell, endSoon func(err error) bool
}

var _ kernel.Engine = (*Engine)(nil)

// New starts an engine. The interpreter is set up in the background so
// that the kernel can answer kernel_info at once; the first Execute waits
// for it.
func New(opt Options) *Engine {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Stdout == nil {
		opt.Stdout = os.Stdout
	}
	if opt.Stderr == nil {
		opt.Stderr = os.Stderr
	}
	e := &Engine{opt: opt, log: opt.Log, fset: token.NewFileSet(), ready: make(chan struct{})}
	e.rt = &cellRuntime{e: e}
	e.stdin = &stdin{e: e}
	e.types = &printTypes{e: e}
	e.assist = assist.New(assist.Options{Importer: opt.Importer})
	go func() {
		defer close(e.ready)
		e.setupErr = e.setup()
	}()
	return e
}

// setup creates the interpreter and evaluates the prelude.
func (e *Engine) setup() error {
	t0 := time.Now()
	e.stderrTrace = &traceWriter{w: e.opt.Stderr}
	in := interp.New(interp.Options{
		Unrestricted: true,
		Stdin:        e.stdin,
		Stdout:       e.opt.Stdout,
		Stderr:       e.stderrTrace,
		Args:         []string{"gokernel"},
		Env:          os.Environ(),
	})
	if err := in.Use(e.opt.Symbols); err != nil {
		return fmt.Errorf("engine: loading packages: %w", err)
	}
	if err := in.Use(e.rt.symbols()); err != nil {
		return fmt.Errorf("engine: loading runtime: %w", err)
	}
	if err := in.Use(e.overrides()); err != nil {
		return fmt.Errorf("engine: loading overrides: %w", err)
	}
	if err := in.Use(e.stdinSymbols()); err != nil {
		return fmt.Errorf("engine: loading stdin: %w", err)
	}
	if err := in.Use(e.errorsSymbols()); err != nil {
		return fmt.Errorf("engine: loading errors: %w", err)
	}
	if err := in.Use(e.printSymbols(in)); err != nil {
		return fmt.Errorf("engine: loading printing: %w", err)
	}
	if err := in.Use(display.Exports(display.NewSession(publisher{e}))); err != nil {
		return fmt.Errorf("engine: loading display: %w", err)
	}
	if _, err := e.quiet(func() (any, error) { return in.Eval(prelude) }); err != nil {
		return fmt.Errorf("engine: prelude: %w", err)
	}
	if err := e.setStopFlag(in); err != nil {
		return err
	}
	e.in = in
	e.std = nil // the generic standard library is loaded into in anew
	e.comp = compile.New(e.fset, compile.Options{
		Importer:    e.opt.Importer,
		GoVersion:   langVersion(e.opt.GoVersion),
		PackageName: e.opt.PackageName,
		Lookup:      e.opt.Lookup,
		Importable:  e.importable(),
	})
	if res := e.run(context.Background(), "prelude", preludeCell); res.Error != nil {
		return fmt.Errorf("engine: prelude cell: %s", res.Error.Value)
	}
	e.log.Debug("interpreter ready", "took", time.Since(t0))
	return nil
}

// importable returns what the interpreter can import: the packages of
// the symbol tables, the kernel's own, and the generic packages the
// interpreter compiles from source.
func (e *Engine) importable() func(string) bool {
	paths := map[string]bool{"gokernel/display": true, "gokernel/display/plot": true,
		"slices": true, "maps": true, "cmp": true}
	for k := range e.opt.Symbols {
		paths[path.Dir(k)] = true
	}
	return func(p string) bool { return paths[p] }
}

// quiet runs f with the standard logger silenced: the interpreter logs
// some compile errors itself, and those are reported to the user anyway.
func (e *Engine) quiet(f func() (any, error)) (any, error) {
	w := log.Writer()
	log.SetOutput(io.Discard)
	defer log.SetOutput(w)
	return f()
}

// langVersion turns "go1.26.8" into "go1.26".
func langVersion(v string) string {
	if v == "" {
		return ""
	}
	parts := strings.SplitN(strings.TrimPrefix(v, "go"), ".", 3)
	if len(parts) < 2 {
		return v
	}
	return "go" + parts[0] + "." + parts[1]
}

// Info implements kernel.Engine.
func (e *Engine) Info() kernel.Info {
	gover := strings.TrimPrefix(e.opt.GoVersion, "go")
	return kernel.Info{
		Implementation: "gokernel",
		Version:        Version,
		Banner:         "gokernel " + Version + " — Go " + gover + " on the yaegi interpreter",
		Language: kernel.LanguageInfo{
			Name:           "go",
			Version:        gover,
			Mimetype:       "text/x-go",
			FileExtension:  ".go",
			PygmentsLexer:  "go",
			CodemirrorMode: "go",
		},
		HelpLinks: []kernel.HelpLink{
			{Text: "Go documentation", URL: "https://go.dev/doc/"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "Go language specification", URL: "https://go.dev/ref/spec"},
			{Text: "Effective Go", URL: "https://go.dev/doc/effective_go"},
		},
	}
}

// SetHistory implements kernel.Historian.
func (e *Engine) SetHistory(h kernel.HistoryReader) { e.hist = h }

var _ kernel.Historian = (*Engine)(nil)

// setOutput makes out the destination of everything printed from now on,
// and ctx the running cell's context (nil when no cell runs).
func (e *Engine) setOutput(out kernel.Output, ctx context.Context) {
	e.outMu.Lock()
	e.out = out
	e.ctx = ctx
	e.outMu.Unlock()
}

// output returns where output goes now, or nil.
func (e *Engine) output() kernel.Output {
	e.outMu.Lock()
	defer e.outMu.Unlock()
	return e.out
}

// Write implements the capture's sink: output of the process goes to the
// running (or last) cell.
func (e *Engine) Write(stream string, p []byte) {
	if out := e.output(); out != nil {
		out.Stream(stream, p)
	}
}

// Complete implements kernel.Engine.
func (e *Engine) Complete(ctx context.Context, code string, cursor int) kernel.Completion {
	if !e.isReady(ctx) {
		return kernel.Completion{CursorStart: cursor, CursorEnd: cursor}
	}
	return e.assist.Complete(e.comp, code, cursor)
}

// Inspect implements kernel.Engine.
func (e *Engine) Inspect(ctx context.Context, code string, cursor, detail int) kernel.Inspection {
	if !e.isReady(ctx) {
		return kernel.Inspection{}
	}
	return e.assist.Inspect(e.comp, code, cursor, detail)
}

// isReady waits for the interpreter's set-up.
func (e *Engine) isReady(ctx context.Context) bool {
	select {
	case <-e.ready:
		return e.setupErr == nil
	case <-ctx.Done():
		return false
	}
}
