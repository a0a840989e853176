package engine

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel"
	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/internal/runtime"
)

// framePattern matches the line yaegi writes for each interpreted frame a
// panic unwinds: "cell3:4:6: panic: main.f(...)".
// The file name "_.go" is left out by yaegi; lines of cells are numbered
// as compile.LineBase explains.
var framePattern = regexp.MustCompile(`^(?:_\.go:)?(\d+)(?::(\d+))?: panic: (.*)\(\.\.\.\)$`)

var debugTrace = os.Getenv("GOKERNEL_DEBUG_TRACE") != ""

// cellGlue matches the name of the function that runs a cell's top-level
// statements.
var cellGlue = regexp.MustCompile(`^main\.__gk_c\d+$`)

// debugSteps prints every evaluated step's source (GOKERNEL_DEBUG_STEPS).
var debugSteps = os.Getenv("GOKERNEL_DEBUG_STEPS") != ""

// traceWriter is the interpreter's stderr: it keeps the frame lines of
// panics (for tracebacks) and passes everything else on.
type traceWriter struct {
	w io.Writer

	mu   sync.Mutex // guards frames and srcs
	seen []frame
	srcs map[string]string // source of each cell, by name
}

type frame struct {
	line, col int // as the interpreter numbers them
	fn        string
}

func (t *traceWriter) Write(p []byte) (int, error) {
	s := string(p)
	if debugTrace {
		fmt.Fprintf(os.Stderr, "TRACE %q\n", s)
	}
	if strings.Contains(s, ": panic: ") && strings.HasSuffix(s, "\n") {
		var rest []string
		for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
			m := framePattern.FindStringSubmatch(line)
			if m == nil {
				rest = append(rest, line)
				continue
			}
			l, _ := strconv.Atoi(m[1])
			c, _ := strconv.Atoi(m[2])
			t.mu.Lock()
			t.seen = append(t.seen, frame{line: l, col: c, fn: m[3]})
			t.mu.Unlock()
		}
		if len(rest) == 0 {
			return len(p), nil
		}
		_, err := io.WriteString(t.w, strings.Join(rest, "\n")+"\n")
		return len(p), err
	}
	return t.w.Write(p)
}

// setSource remembers a cell's source for tracebacks.
func (t *traceWriter) setSource(name, src string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.srcs == nil {
		t.srcs = map[string]string{}
	}
	t.srcs[name] = src
}

func (t *traceWriter) reset() {
	t.mu.Lock()
	t.seen = nil
	t.mu.Unlock()
}

// take returns and forgets the frames seen since the last reset,
// innermost first.
func (t *traceWriter) take() []frame {
	t.mu.Lock()
	defer t.mu.Unlock()
	f := t.seen
	t.seen = nil
	return f
}

// source returns line of a cell's source, trimmed, or "".
func (t *traceWriter) source(cell string, line int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := strings.Split(t.srcs[cell], "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// frames renders the frames of cell code a panic went through, innermost
// first: "Cell [3], line 4 in f" and the source line. Lines come from the
// functions' line markers, which are exact where the interpreter only
// knows the function.
func (e *Engine) frames() []string {
	var out []string
	last, lastFn, lastLit := "", compile.Func{}, false
	inner := map[compile.Func]bool{} // the functions of the frames so far
	afterChain := false              // the last frame was a deferChain frame
	prevFn := ""                     // the interpreter's name of the previous frame's function
	seen := e.stderrTrace.take()
	for i, f := range seen {
		fromMain := strings.HasPrefix(prevFn, "main.__gk_main")
		prevFn = f.fn
		if i+1 < len(seen) && seen[i+1].fn == "main" && strings.HasPrefix(f.fn, "main.__gk_c") {
			// The cell's function, just below the evaluation's root: the
			// interpreter names it after a function literal of its first
			// statement (g := func() {…}) at times.
			f.fn, _, _ = strings.Cut(f.fn, ".func")
		}
		lit := strings.Contains(f.fn, ".func")
		prevLit := lastLit
		lastLit = lit
		cellName, line, ok := e.comp.Line(f.line)
		if !ok {
			continue // the kernel's own glue
		}
		if e.comp.ChainFrame(cellName, line, f.fn) {
			afterChain = true
			continue // a frame of the kernel's for deferred calls
		}
		glue := cellGlue.MatchString(f.fn)
		if glue && (lastFn.Name == "main" || afterChain || fromMain) {
			// The call of a program cell's main (also when main's own
			// frame is missing: a deferred call of main panicked), or the
			// cell's own frame around the frame of its deferred calls
			// (see topChain), on the same line.
			continue
		}
		afterChain = false
		name := ""
		fn, ok := e.comp.FuncAt(cellName, line)
		for glue && ok && litDepth(fn.Name) > 0 {
			// The cell's own frame at a line of a function literal it
			// makes (apply(func() { … })): the cell's function.
			fn, ok = e.comp.Enclosing(fn)
		}
		recursion := ok && lastFn == fn && litDepth(fn.Name) == 0
		if ok && !glue && litDepth(fn.Name) == 0 && litDepth(f.fn) > 0 {
			// A literal at a line of fn where the cell has none: one of
			// the kernel's (making a typed nil pointer an interface
			// value). fn's own frame, further out, stands on its line.
			continue
		}
		if ok && lastFn.Name == fn.Name && lastFn.Cell == fn.Cell && !recursion {
			// The interpreter names the position of a closure again for
			// the function that called it: that function's frame.
			fn, ok = e.comp.Enclosing(fn)
		}
		if ok && !glue && !sameFunc(fn.Name, f.fn) {
			// A position inside a literal reported for the function
			// around it ("main.run" at a deferred literal's line).
			for g, more := e.comp.Enclosing(fn); more; g, more = e.comp.Enclosing(g) {
				if sameFunc(g.Name, f.fn) {
					fn = g
					break
				}
			}
		}
		if (!ok || fn.Name == "") && !glue {
			continue // a method the kernel wrote (a promoted one)
		}
		again := false // a function of an inner frame: recursion
		if ok {
			if v, err := e.in.Eval(fn.Marker); err == nil && v.CanInt() {
				if o := e.comp.Marker(int(v.Int())); o.Cell != "" {
					cellName, line = o.Cell, o.Line
				}
			}
			if again = inner[fn]; again && lastFn.Name != "" {
				// Its marker holds the line of its innermost frame: an
				// outer one stands on its call of the next frame's
				// function, when it has one.
				if l, found := e.comp.CallLine(fn, lastFn.Name); found {
					cellName, line = fn.Cell, l
				}
			}
			inner[fn] = true
			lastFn = fn
			name = fn.Name
		}
		cellName, line = e.comp.Relocate(cellName, line)
		where := fmt.Sprintf("%s, line %d", cellLabel(cellName), line)
		if name != "" {
			where += " in " + compile.UserName(name)
		}
		if where == last && (!again || prevLit && !lit) {
			continue // a function literal of the kernel's, on the same line
		}
		last = where
		out = append(out, where)
		if src := e.stderrTrace.source(cellName, line); src != "" {
			out = append(out, "    "+src)
		}
	}
	return out
}

// litDepth counts the function literals a function's name goes through
// ("run.func1.func2": 2, "func1": 1, "main.run.func": 1).
func litDepth(name string) int {
	n := 0
	for part := range strings.SplitSeq(name, ".") {
		if strings.TrimRight(part, "0123456789") == "func" {
			n++
		}
	}
	return n
}

// funcDigits matches the numbers of function literals' names.
var funcDigits = regexp.MustCompile(`\.func\d+`)

// sameFunc reports whether the interpreter's name of a frame's function
// ("main.run.func", "main.Get") names the session function name ("run.func1",
// "Inner.Get").
func sameFunc(name, interp string) bool {
	interp = strings.TrimPrefix(interp, "main.")
	if rest, ok := strings.CutPrefix(interp, "__gk_main"); ok {
		interp = "main" + rest // a program cell's main, renamed
	}
	name = funcDigits.ReplaceAllString(name, ".func")
	return name == interp || strings.HasSuffix(name, "."+interp) && !strings.Contains(interp, ".func")
}

// exitCode is how os.Exit ends a cell (the kernel lives on): the error
// the cell's run returns, or, where that cannot be, its panic value.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit status %d", int(c)) }

// osExit ends the running cell as os.Exit ends a program: at once, without
// running deferred calls. The calling goroutine never returns; it stays
// parked (nothing after os.Exit may run). Without a cell to end (a
// goroutine of a finished cell, or the debugger running the cell), it
// panics with exitCode, which ends the cell or the goroutine.
func (e *Engine) osExit(code int) {
	if e.endRunningCell(exitCode(code)) {
		select {}
	}
	panic(exitCode(code))
}

// exitOf reports whether v (a panic value or an error) is an os.Exit.
func exitOf(v any) (*kernel.Error, bool) {
	if p, ok := v.(interp.Panic); ok {
		v = p.Value
	}
	c, ok := v.(exitCode)
	if !ok {
		return nil, false
	}
	if c == 0 {
		return nil, true
	}
	msg := fmt.Sprintf("exit status %d", int(c))
	return &kernel.Error{Name: "Exit", Value: msg,
		Traceback: []string{msg + " (os.Exit ended the cell; the kernel keeps running)"}}, true
}

// overrides replaces the symbols that would end the kernel's process.
func (e *Engine) overrides() interp.Exports {
	exit := e.osExit
	fatal := func(s string) {
		log.Output(3, s)
		e.osExit(1)
	}
	return interp.Exports{
		"os/os": {
			"Exit": reflect.ValueOf(exit),
		},
		"time/time": {
			"Sleep": reflect.ValueOf(e.rt.sleep),
		},
		"reflect/reflect": {
			"DeepEqual": reflect.ValueOf(deepEqual),
		},
		// The kernel raises Go's failed assertions with a type of its
		// own (Go's has no constructor), which recover then gives the
		// cell: r.(*runtime.TypeAssertionError) must find it.
		"runtime/runtime": {
			"TypeAssertionError": reflect.ValueOf((*runtime.TypeAssertionError)(nil)),
		},
		// Their errors name the cells' struct types as reflect spells
		// them ("struct { S string "gk:\"1\"" }"): by name.
		"encoding/binary/binary": {
			"Write": reflect.ValueOf(func(w io.Writer, order binary.ByteOrder, data any) error {
				return e.namedError(binary.Write(w, order, data))
			}),
			"Read": reflect.ValueOf(func(r io.Reader, order binary.ByteOrder, data any) error {
				return e.namedError(binary.Read(r, order, data))
			}),
		},
		// It would replace the kernel's process, and the session with it.
		"syscall/syscall": {
			"Exec": reflect.ValueOf(func(argv0 string, argv, envv []string) error {
				return errors.New("syscall.Exec would replace the kernel's process (the notebook would end): " +
					"run the program with os/exec instead, exec.Command(argv0, argv[1:]...) with Env set to envv")
			}),
		},
		"log/log": {
			"Fatal":   reflect.ValueOf(func(v ...any) { fatal(fmt.Sprint(v...)) }),
			"Fatalf":  reflect.ValueOf(func(f string, v ...any) { fatal(fmt.Sprintf(f, v...)) }),
			"Fatalln": reflect.ValueOf(func(v ...any) { fatal(fmt.Sprintln(v...)) }),
		},
	}
}

// namedError returns err with the cells' struct types in its text by
// name, or err itself when it names none (also nil).
func (e *Engine) namedError(err error) error {
	if err == nil || !strings.Contains(err.Error(), "struct {") {
		return err
	}
	if msg := e.nameStructs(err.Error()); msg != err.Error() {
		return errors.New(msg)
	}
	return err
}

// fatalError is how a fatal error of the Go runtime that the kernel checks
// for first (unlocking an unlocked mutex) ends the running cell: a program
// would end, the kernel lives on.
type fatalError string

func (f fatalError) Error() string { return "fatal error: " + string(f) }

// Fatal marks f as a panic fmt's recovery lets through (format.Fatal).
func (fatalError) Fatal() {}

// kernelError is the cell's error for f.
func (f fatalError) kernelError() *kernel.Error {
	return &kernel.Error{Name: "fatal error", Value: string(f),
		Traceback: []string{f.Error(), "(a Go program would end here; the kernel keeps running)"}}
}

// fatal panics with the fatal error msg, which recover does not stop (see
// fixPanic): it ends the cell, or as a goroutine's panic, the cell that
// started the goroutine.
func (e *Engine) fatal(msg string) {
	panic(fatalError(msg))
}

// goroutinePanic is how a panic in a goroutine a cell started ends the
// running cell, as it would end a Go program (the kernel lives on).
type goroutinePanic struct{ err *kernel.Error }

func (g goroutinePanic) Error() string { return "panic: " + g.err.Value }

// isFatal reports whether err is a fatalError.
func isFatal(err error) bool {
	var fe fatalError
	return errors.As(err, &fe)
}

// isGoroutinePanic reports whether err is a goroutinePanic.
func isGoroutinePanic(err error) bool {
	var gp goroutinePanic
	return errors.As(err, &gp)
}

// reportGoPanic ends the running cell with the panic of a goroutine it
// started (cell is the number of the cell running when the goroutine
// started, -1 if not known), as the panic would end a Go program. The panic
// of a goroutine that outlived its cell goes to the stderr of the running
// cell, or of the next one.
func (e *Engine) reportGoPanic(r any, cell int64) {
	if _, ok := exitOf(r); ok || isInterrupted(r) {
		return
	}
	ke := e.panicError(r)
	running := e.running.Load()
	if tb := ke.Traceback; len(tb) > 2 {
		// As Go prints it: the panic, then the goroutine's frames.
		who := "in a goroutine the cell started:"
		if cell >= 0 && cell != running {
			who = "in a goroutine an earlier cell started:"
		}
		ke.Traceback = append(tb[:2:2], append([]string{who}, tb[2:]...)...)
	}
	// A Go program would end: the running cell does, also when an earlier
	// cell started the goroutine (the cell may be waiting for it).
	if running != 0 && e.failRunningCell(goroutinePanic{ke}) {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s in a goroutine: %s\n", ke.Name, ke.Value)
	for _, f := range ke.Traceback[min(3, len(ke.Traceback)):] {
		b.WriteString(f + "\n")
	}
	b.WriteString("(the goroutine ended; the kernel keeps running)\n")
	if out := e.output(); out != nil && e.running.Load() != 0 {
		out.Stream("stderr", []byte(b.String()))
		return
	}
	e.exitMu.Lock()
	e.late = append(e.late, b.String())
	e.exitMu.Unlock()
}

// flushLate writes the panics of goroutines that ended while no cell ran
// to out's stderr.
func (e *Engine) flushLate(out kernel.Output) {
	e.exitMu.Lock()
	late := e.late
	e.late = nil
	e.exitMu.Unlock()
	for _, s := range late {
		out.Stream("stderr", []byte(s))
	}
}
