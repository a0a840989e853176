package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel"
	"gokernel/kernel/engine/capture"
	"gokernel/kernel/engine/corpus"
	"gokernel/kernel/engine/symbols"
	"gokernel/kernel/engine/typeinfo"
)

// The corpus (testdata/corpus) holds complete Go programs, NNN_topic.go,
// each with what `go run` prints in NNN_topic.out, and notebook sessions,
// NNN_topic.cells, whose expected outputs are written by hand. Programs and
// sessions that the engine gets wrong today are listed in KNOWN_FAILURES,
// one "name: reason" per line; they are skipped unless GOKERNEL_CORPUS_STRICT
// is set, and one that starts passing must be taken off the list.
//
// Each program is one cell of a fresh engine, each .cells file a session of
// one; both run in a child process (see TestCorpusChild). TestCorpus also
// checks that every .out is still what `go run` prints when the go command
// is on PATH; -short skips that and does not run the known failures.
// go test ./kernel/engine -run TestCorpus -corpus.regen rewrites every .out
// with the output of `go run`.

var corpusRegen = flag.Bool("corpus.regen", false, "rewrite testdata/corpus/*.out with what go run prints")

const (
	corpusDir = "testdata/corpus"
	// corpusTimeout bounds one cell; a program that takes longer hangs.
	corpusTimeout = 20 * time.Second
	// corpusStrictEnv, when set, makes known failures fail.
	corpusStrictEnv = "GOKERNEL_CORPUS_STRICT"
)

func TestCorpus(t *testing.T) {
	dir, known := corpusSetup(t)
	goTool, _ := exec.LookPath("go")
	if *corpusRegen && goTool == "" {
		t.Fatal("-corpus.regen needs the go command on PATH")
	}
	root := moduleRoot(t)
	for _, name := range corpusNames(t, dir, ".go") {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, name+".go")
			src := readCorpusFile(t, file)
			if !strings.HasPrefix(src, "//go:build ignore\n") {
				t.Errorf("%s.go does not start with //go:build ignore", name)
			}
			outFile := filepath.Join(dir, name+".out")
			if *corpusRegen {
				got, err := goRun(goTool, root, file)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(outFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want := readCorpusFile(t, outFile)
			t.Run("engine", func(t *testing.T) {
				if skipKnown(t, known, name) {
					return
				}
				rs, crash := runCorpusChild(t, file, 1)
				var p string
				if len(rs) == 1 {
					p = programProblem(want, rs[0].cellResult(), rs[0].Hung)
				}
				if crash != "" {
					p = strings.TrimPrefix(p+"\n"+crash, "\n")
				}
				judge(t, known, name, p)
			})
			if goTool != "" && !*corpusRegen && !testing.Short() {
				t.Run("go_run", func(t *testing.T) {
					got, err := goRun(goTool, root, file)
					if err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Errorf("%s.out is stale (regenerate with -corpus.regen):\n%s", name, lineDiff(want, got))
					}
				})
			}
		})
	}
}

func TestCorpusCells(t *testing.T) {
	dir, known := corpusSetup(t)
	for _, name := range corpusNames(t, dir, ".cells") {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, name+".cells")
			cells, err := parseCells(readCorpusFile(t, file))
			if err != nil {
				t.Fatalf("%s.cells: %v", name, err)
			}
			if skipKnown(t, known, name) {
				return
			}
			rs, crash := runCorpusChild(t, file, len(cells))
			var problems []string
			for i, c := range cells {
				var p string
				switch {
				case i < len(rs):
					p = cellProblem(c.Want, rs[i].cellResult(), rs[i].Hung)
				case i == len(rs) && crash != "":
					p = crash
				default:
					p = "not run"
				}
				if p != "" {
					problems = append(problems, fmt.Sprintf("cell %d (line %d):\n%s\n%s", i+1, c.Line, indent(c.Code), p))
				}
				if p != "" && i >= len(rs) {
					break
				}
			}
			judge(t, known, name, strings.Join(problems, "\n"))
		})
	}
}

// The engine runs each program and session in a child process, the test
// binary run again for TestCorpusChild: a fatal error of the runtime (which
// would end the kernel) then fails one entry instead of the whole test, and
// what a program does to the process (its working directory, environment,
// signal handlers, default loggers, leftover goroutines) stays there.
const (
	corpusChildEnv  = "GOKERNEL_CORPUS_CHILD"  // the .go or .cells file to run
	corpusResultEnv = "GOKERNEL_CORPUS_RESULT" // where the child writes its outcomes
)

// cellOutcome is what one cell did, as the child reports it.
type cellOutcome struct {
	Stdout, Stderr, Result string
	Err                    *kernel.Error
	Hung                   bool
}

func (o cellOutcome) cellResult() cellResult {
	return cellResult{stdout: o.Stdout, stderr: o.Stderr, result: o.Result, err: o.Err}
}

// TestCorpusChild is the child's side: it runs the cells of one corpus
// file in a fresh engine and writes their outcomes after each cell.
func TestCorpusChild(t *testing.T) {
	file, out := os.Getenv(corpusChildEnv), os.Getenv(corpusResultEnv)
	if file == "" || out == "" {
		t.Skip("runs as a child of TestCorpus and TestCorpusCells")
	}
	src := readCorpusFile(t, file)
	codes := []string{src}
	if strings.HasSuffix(file, ".cells") {
		cells, err := parseCells(src)
		if err != nil {
			t.Fatal(err)
		}
		codes = codes[:0]
		for _, c := range cells {
			codes = append(codes, c.Code)
		}
	}
	stdio := newCorpusStdio()
	e := newCorpusEngine(t, stdio)
	var outcomes []cellOutcome
	for i, code := range codes {
		r, hung := stdio.exec(e, i+1, code)
		outcomes = append(outcomes, cellOutcome{r.stdout, r.stderr, r.result, r.err, hung})
		b, err := json.Marshal(outcomes)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out+".tmp", b, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(out+".tmp", out); err != nil {
			t.Fatal(err)
		}
		if hung {
			return
		}
	}
}

// runCorpusChild runs the n cells of file in a child process. crash, when
// not "", says how the child ended early.
func runCorpusChild(t *testing.T, file string, n int) (outcomes []cellOutcome, crash string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "outcomes.json")
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(n)*corpusTimeout+time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestCorpusChild$", "-test.count=1", "-test.timeout=0")
	cmd.Env = append(os.Environ(), corpusChildEnv+"="+file, corpusResultEnv+"="+out)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	runErr := cmd.Run()
	if b, err := os.ReadFile(out); err == nil {
		if err := json.Unmarshal(b, &outcomes); err != nil {
			t.Fatalf("reading the child's outcomes: %v", err)
		}
	}
	switch {
	case ctx.Err() != nil:
		return outcomes, fmt.Sprintf("hang: the child was killed after %v", time.Duration(n)*corpusTimeout+time.Minute)
	case len(outcomes) == n || len(outcomes) > 0 && outcomes[len(outcomes)-1].Hung:
		return outcomes, ""
	}
	lines := strings.Split(strings.TrimSpace(output.String()), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "goroutine ") {
			lines = lines[i:]
			break
		}
	}
	return outcomes, fmt.Sprintf("crash: the process ended (%v) — this would end the kernel:\n%s", runErr, indent(strings.Join(lines[:min(len(lines), 24)], "\n")))
}

// TestCorpusKnownFailuresExist keeps KNOWN_FAILURES free of names that are
// not in the corpus.
func TestCorpusKnownFailuresExist(t *testing.T) {
	dir, known := corpusSetup(t)
	names := map[string]bool{}
	for _, ext := range []string{".go", ".cells"} {
		for _, n := range corpusNames(t, dir, ext) {
			names[n] = true
		}
	}
	for n := range known {
		if !names[n] {
			t.Errorf("KNOWN_FAILURES lists %s, which is not in %s", n, corpusDir)
		}
	}
}

// corpusSetup returns the corpus directory (absolute: programs may change
// the working directory) and the known failures.
func corpusSetup(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir, err := filepath.Abs(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	known, err := parseKnownFailures(filepath.Join(dir, "KNOWN_FAILURES"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, known
}

// corpusNames lists the corpus files with extension ext, without it.
func corpusNames(t *testing.T, dir, ext string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ext); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		t.Fatalf("no %s files in %s", ext, dir)
	}
	return names
}

func readCorpusFile(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var (
	parseCells         = corpus.ParseCells
	parseKnownFailures = corpus.ReadKnownFailures
	lineDiff           = corpus.LineDiff
	indent             = corpus.Indent
)

func strictCorpus() bool { return os.Getenv(corpusStrictEnv) != "" }

// skipKnown skips a known failure without running it in -short mode.
func skipKnown(t *testing.T, known map[string]string, name string) bool {
	t.Helper()
	if reason, ok := known[name]; ok && testing.Short() && !strictCorpus() {
		t.Skipf("known failure: %s", reason)
		return true
	}
	return false
}

// judge reports problem ("" when name passed) in the light of the known
// failures.
func judge(t *testing.T, known map[string]string, name, problem string) {
	t.Helper()
	reason, isKnown := known[name]
	switch {
	case problem == "" && isKnown:
		t.Errorf("%s passes now: remove it from KNOWN_FAILURES (%s)", name, reason)
	case problem == "":
	case isKnown && !strictCorpus():
		t.Skipf("known failure: %s\n%s", reason, problem)
	default:
		t.Error(problem)
	}
}

// programProblem describes how a program's run differs from want; "" when
// it does not.
func programProblem(want string, r cellResult, hung bool) string {
	var p string
	switch {
	case hung:
		p = fmt.Sprintf("hang: no result after %v", corpusTimeout)
	case r.err != nil && r.err.Name == "CompileError":
		p = "compile error from the engine: " + r.err.Value
	case r.err != nil && r.err.Name == "EnginePanic":
		p = "the engine panicked (this would end the kernel): " + r.err.Value
	case r.err != nil:
		p = fmt.Sprintf("runtime error (%s): %s", r.err.Name, r.err.Value)
	case r.stdout != want:
		p = "wrong output"
	default:
		return ""
	}
	if r.err != nil && len(r.err.Traceback) > 0 {
		p += "\n" + indent(strings.Join(r.err.Traceback, "\n"))
	}
	if r.stdout != want {
		p += "\n" + lineDiff(want, r.stdout)
	}
	if r.stderr != "" {
		p += "\nstderr:\n" + indent(r.stderr)
	}
	return p
}

// cellProblem compares a cell's result with its expected output: what it
// prints, then "=> result" when it has one, and a last line "ERR text" when
// it must fail with an error whose "Name: Value" contains text.
func cellProblem(want string, r cellResult, hung bool) string {
	if hung {
		return fmt.Sprintf("hang: no result after %v", corpusTimeout)
	}
	wantErr, hasErr := "", false
	lines := strings.SplitAfter(want, "\n")
	k := len(lines) - 1
	if k > 0 && lines[k] == "" {
		k--
	}
	if k >= 0 && strings.HasPrefix(lines[k], "ERR ") {
		wantErr, hasErr = strings.TrimSpace(lines[k][len("ERR "):]), true
		want = strings.Join(lines[:k], "")
	}
	got := r.stdout
	if r.result != "" {
		got += "=> " + r.result + "\n"
	}
	var ps []string
	switch {
	case hasErr && r.err == nil:
		ps = append(ps, fmt.Sprintf("got no error, want one containing %q", wantErr))
	case hasErr && !strings.Contains(r.err.Name+": "+r.err.Value, wantErr):
		ps = append(ps, fmt.Sprintf("got error %q, want one containing %q", r.err.Name+": "+r.err.Value, wantErr))
	case !hasErr && r.err != nil:
		ps = append(ps, fmt.Sprintf("unexpected error %s: %s\n%s", r.err.Name, r.err.Value, indent(strings.Join(r.err.Traceback, "\n"))))
	}
	if got != want {
		ps = append(ps, lineDiff(want, got))
	}
	if len(ps) > 0 && r.stderr != "" {
		ps = append(ps, "stderr:\n"+indent(r.stderr))
	}
	return strings.Join(ps, "\n")
}

// goRun runs a corpus program with the go command from the module root, so
// that the module's requirements (golang.org/x/sync) resolve.
func goRun(goTool, root, file string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goTool, "run", file)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("go run %s: %w\n%s", filepath.Base(file), err, stderr.String())
	}
	return string(out), nil
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// newCorpusEngine builds an engine like newTestEngine's (the kernel's
// configuration). When the process's output can be captured, cells write to
// the real stdout and stderr as in the kernel, so that what goes through
// os.Stdout (log, slog, encoders, child processes) arrives, in order, with
// what fmt prints; otherwise it is newTestEngine itself.
func newCorpusEngine(t testing.TB, s *corpusStdio) *Engine {
	t.Helper()
	if !s.captured {
		return newTestEngine(t)
	}
	return New(Options{
		Symbols:     symbols.Symbols,
		Importer:    typeinfo.NewImporter(token.NewFileSet()),
		GoVersion:   symbols.GoVersion,
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
		Flush:       s.sync,
	})
}

// corpusStdio captures the process's stdout and stderr while a cell runs
// (and only then: the test framework writes there too).
type corpusStdio struct {
	captured bool // capturing works here

	mu  sync.Mutex // guards cur
	cur *capture.Capture
}

func newCorpusStdio() *corpusStdio {
	c, err := capture.Start(nil)
	if err != nil {
		return &corpusStdio{}
	}
	if err := c.Close(); err != nil {
		return &corpusStdio{}
	}
	return &corpusStdio{captured: true}
}

// sync is the engine's Flush: it waits for the output of the running cell.
func (s *corpusStdio) sync(ctx context.Context) error {
	s.mu.Lock()
	c := s.cur
	s.mu.Unlock()
	if c == nil {
		return nil
	}
	return c.Sync(ctx)
}

// exec runs one cell with a timeout; hung reports a cell that did not end
// in time (its goroutines may go on in the background).
func (s *corpusStdio) exec(e *Engine, n int, code string) (r cellResult, hung bool) {
	rec := &recorder{}
	if s.captured {
		c, err := capture.Start(nil)
		if err != nil {
			return cellResult{err: &kernel.Error{Name: "TestError", Value: "capturing output: " + err.Error()}}, false
		}
		c.SetSink(capture.SinkFunc(e.Write))
		s.mu.Lock()
		s.cur = c
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.cur = nil
			s.mu.Unlock()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			c.Sync(ctx)
			c.Close()
			r.stdout, r.stderr = rec.text()
		}()
	}
	ctx, cancel := context.WithTimeout(context.Background(), corpusTimeout)
	defer cancel()
	done := make(chan kernel.ExecuteResult, 1)
	go func() {
		// A panic that escapes Execute would end the kernel's process.
		defer func() {
			if p := recover(); p != nil {
				msg := fmt.Sprint(p)
				done <- kernel.ExecuteResult{Error: &kernel.Error{Name: "EnginePanic", Value: msg, Traceback: panicFrames()}}
			}
		}()
		done <- e.Execute(ctx, kernel.ExecuteRequest{Code: code, Count: n, StoreHistory: true}, rec)
	}()
	var res kernel.ExecuteResult
	select {
	case res = <-done:
	case <-time.After(corpusTimeout + 10*time.Second):
		// Execute ignored the cancellation; abandon the engine.
		hung = true
	}
	r.stdout, r.stderr = rec.text()
	r.err = res.Error
	if res.Result != nil {
		r.result, _ = res.Result.Data["text/plain"].(string)
	}
	if ctx.Err() != nil && (r.err == nil || r.err.Name == "Interrupted") {
		hung = true
	}
	return r, hung
}

// panicFrames returns the first frames of the stack of a recovered panic,
// from where it started.
func panicFrames() []string {
	lines := strings.Split(string(debug.Stack()), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			lines = lines[i+2:]
			break
		}
	}
	return lines[:min(len(lines), 16)]
}

// text returns what the recorder got so far.
func (r *recorder) text() (stdout, stderr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stdout.String(), r.stderr.String()
}
