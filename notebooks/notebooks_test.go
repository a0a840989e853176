// Package notebooks_test checks the bundled notebooks: their files are
// well formed, executed and stored with outputs, and running them again
// through the Go engine gives the stored outputs back.
package notebooks_test

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gokernel/kernel/engine"
	"gokernel/kernel/engine/capture"
	"gokernel/kernel/engine/symbols"
	"gokernel/kernel/engine/typeinfo"
	"gokernel/notebook"
)

// TagNondeterministic marks a code cell whose output changes from run to
// run (clock readings, timings, random seeds from the system, process ids,
// scheduling). Only the shape of its outputs is compared: the MIME types
// of its results and displays, and the name of its error.
const TagNondeterministic = "nondeterministic"

// cellTimeout bounds each cell's run, so that a hanging cell fails the test
// instead of blocking it; it is not a performance check.
const cellTimeout = 60 * time.Second

// budget is how long a notebook should take; longer runs are logged, not
// failed, since timings depend on the machine.
const budget = 30 * time.Second

// notebooks returns the notebooks of this directory.
func notebooks(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("*.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no notebooks found in notebooks/")
	}
	return paths
}

// TestNotebookFiles checks what can be checked without running anything:
// the format, the kernelspec, cell ids, and that the stored outputs are
// those of a complete run.
func TestNotebookFiles(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range notebooks(t) {
		t.Run(strings.TrimSuffix(path, ".ipynb"), func(t *testing.T) {
			nb, err := notebook.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%d.%d", nb.Format, nb.FormatMinor); got != "4.5" {
				t.Errorf("nbformat: got %s, want 4.5", got)
			}
			spec, _ := nb.Metadata["kernelspec"].(map[string]any)
			if got, want := spec["name"], notebook.DefaultKernelSpec().Name; got != want {
				t.Errorf("kernelspec name: got %v, want %v", got, want)
			}
			lang, _ := nb.Metadata["language_info"].(map[string]any)
			if got := lang["name"]; got != "go" {
				t.Errorf("language_info name: got %v, want go", got)
			}
			if !strings.Contains(string(readme), "("+path+")") {
				t.Errorf("README.md does not link %s", path)
			}
			if len(nb.Cells) == 0 || nb.Cells[0].Type != notebook.CellMarkdown {
				t.Errorf("the first cell should be the markdown cell of the original note")
			}
			ids := map[string]bool{}
			var unexecuted []string
			for i, c := range nb.Cells {
				if c.ID == "" || ids[c.ID] {
					t.Errorf("cell %d: id %q is missing or not unique", i, c.ID)
				}
				ids[c.ID] = true
				if c.Type != notebook.CellCode || strings.TrimSpace(c.Source) == "" {
					continue
				}
				if c.ExecutionCount == nil {
					unexecuted = append(unexecuted, fmt.Sprint(i))
					continue
				}
				if got, want := errorName(c.Outputs) != "", c.HasTag(notebook.TagRaisesException); got != want {
					t.Errorf("cell %d (%s): stored error output: got %v, want %v (only cells tagged %s fail)", i, c.ID, got, want, notebook.TagRaisesException)
				}
			}
			if len(unexecuted) > 0 {
				t.Errorf("code cells %s are stored without outputs; store notebooks executed (go run ./cmd/gokernel run --inplace)", strings.Join(unexecuted, ", "))
			}
		})
	}
}

// TestNotebooksRun runs every notebook through the Go engine, as
// `gokernel run` does, and compares each code cell's outputs with the
// stored ones (see aspects). A cell that fails without the tag
// raises-exception, or has the tag and does not fail, fails the test.
//
// Normally the notebooks run in this process. Under the race detector
// they run in `gokernel run`, built without it: the interpreter is several
// times slower under the detector, and its own unsynchronised bookkeeping
// between goroutines would be reported against the cells.
func TestNotebooksRun(t *testing.T) {
	paths := notebooks(t)
	execute := runInProcess
	if raceEnabled {
		execute = runnerBinary(t)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(path, ".ipynb"), func(t *testing.T) {
			stored, err := notebook.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			fresh, err := execute(t.Context(), path)
			if err != nil {
				t.Fatal(err)
			}
			elapsed := time.Since(start)
			code := 0
			for i, c := range fresh.Cells {
				if c.Type == notebook.CellCode {
					code++
				}
				if msg := failure(c); msg != "" {
					t.Errorf("cell %d (%s): %s", i, c.ID, msg)
				}
			}
			t.Logf("%d code cells, %.1fs", code, elapsed.Seconds())
			if elapsed > budget {
				t.Logf("took %.1fs, more than the %v a notebook should take", elapsed.Seconds(), budget)
			}
			if len(fresh.Cells) != len(stored.Cells) {
				t.Fatalf("got %d cells after the run, want %d", len(fresh.Cells), len(stored.Cells))
			}
			for i, want := range stored.Cells {
				compareCell(t, i, fresh.Cells[i], want)
			}
		})
	}
}

// failure says how a code cell that was to run failed unexpectedly: it was
// not run (the run stopped before it), it has an error without the tag
// raises-exception, or the tag without an error. It returns "" otherwise.
func failure(c *notebook.Cell) string {
	if c.Type != notebook.CellCode || c.HasTag(notebook.TagSkipExecution) || strings.TrimSpace(c.Source) == "" {
		return ""
	}
	ename := errorName(c.Outputs)
	switch {
	case c.ExecutionCount == nil:
		return "not run: the run stopped at an earlier failure"
	case ename != "" && !c.HasTag(notebook.TagRaisesException):
		return "unexpected error " + ename + ": " + errorValue(c.Outputs)
	case ename == "" && c.HasTag(notebook.TagRaisesException):
		return "tagged " + notebook.TagRaisesException + " but did not fail"
	}
	return ""
}

// runInProcess runs the notebook in file path with a new engine while the
// process's stdout and stderr are captured into it, as `gokernel run` does,
// and returns the executed notebook. Nothing may log through the testing
// package meanwhile, since its output would be captured too.
func runInProcess(ctx context.Context, path string) (*notebook.Notebook, error) {
	nb, err := notebook.ReadFile(path)
	if err != nil {
		return nil, err
	}
	capt, err := capture.Start(nil)
	if err != nil {
		return nil, fmt.Errorf("capturing output: %w", err)
	}
	defer capt.Close()
	// The same options as cmd/gokernel's newEngine.
	eng := engine.New(engine.Options{
		Symbols:     symbols.Symbols,
		Importer:    typeinfo.NewImporter(token.NewFileSet()),
		GoVersion:   symbols.GoVersion,
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
		Flush:       capt.Sync,
	})
	capt.SetSink(eng)
	// Output of goroutines a notebook leaves running is dropped.
	defer capt.SetSink(capture.SinkFunc(func(string, []byte) {}))
	if _, err := notebook.Run(ctx, eng, nb, notebook.Options{Timeout: cellTimeout}); err != nil {
		return nil, err
	}
	return nb, nil
}

// runnerBinary builds `gokernel` without the race detector and returns a
// function that runs one notebook with `gokernel run --output` and reads
// the executed copy back.
func runnerBinary(t *testing.T) func(context.Context, string) (*notebook.Notebook, error) {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "gokernel")
	build := exec.CommandContext(t.Context(), "go", "build", "-o", bin, "gokernel/cmd/gokernel")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building gokernel: %v\n%s", err, out)
	}
	return func(ctx context.Context, path string) (*notebook.Notebook, error) {
		out := filepath.Join(dir, "executed")
		cmd := exec.CommandContext(ctx, bin, "run", "--output", out, "--timeout", fmt.Sprint(cellTimeout.Seconds()), path)
		// A failing cell makes the exit status 1; failure reports it per cell.
		if msg, err := cmd.CombinedOutput(); err != nil && cmd.ProcessState.ExitCode() != 1 {
			return nil, fmt.Errorf("gokernel run: %w\n%s", err, msg)
		}
		return notebook.ReadFile(filepath.Join(out, filepath.Base(path)))
	}
}

// aspects are the parts of a code cell's outputs that are compared. Cells
// tagged nondeterministic are compared only on the aspects marked shape.
var aspects = []struct {
	name  string
	shape bool
	get   func([]*notebook.Output) string
}{
	{"stdout", false, streamText("stdout")},
	{"stderr", false, streamText("stderr")},
	{"result text/plain", false, resultText},
	{"result MIME types", true, mimeTypes(notebook.OutputExecuteResult)},
	{"display_data MIME types", true, mimeTypes(notebook.OutputDisplayData)},
	{"error ename", true, errorName},
}

// compareCell reports the differences between the outputs of cell number
// i as run (got) and as stored (want).
func compareCell(t *testing.T, i int, got, want *notebook.Cell) {
	t.Helper()
	if want.Type != notebook.CellCode || want.HasTag(notebook.TagSkipExecution) {
		return
	}
	if got.ExecutionCount == nil && strings.TrimSpace(got.Source) != "" {
		return // not run: reported by failure
	}
	nondet := want.HasTag(TagNondeterministic)
	for _, a := range aspects {
		if nondet && !a.shape {
			continue
		}
		g, w := a.get(got.Outputs), a.get(want.Outputs)
		if g != w {
			t.Errorf("cell %d (%s) %s: %s", i, want.ID, a.name, describeDiff(g, w))
		}
	}
}

// streamText returns a function that joins the text of the outputs of one
// stream; stdout and stderr are compared apart, since their relative order
// is not guaranteed.
func streamText(name string) func([]*notebook.Output) string {
	return func(outs []*notebook.Output) string {
		var b strings.Builder
		for _, o := range outs {
			if o.Type == notebook.OutputStream && o.Name == name {
				b.WriteString(o.Text)
			}
		}
		return b.String()
	}
}

// resultText returns the text/plain of the execute_result, if any.
func resultText(outs []*notebook.Output) string {
	for _, o := range outs {
		if o.Type == notebook.OutputExecuteResult {
			s, _ := o.Data["text/plain"].(string)
			return s
		}
	}
	return ""
}

// mimeTypes returns a function that lists the MIME types of each output of
// type typ, one output per line.
func mimeTypes(typ string) func([]*notebook.Output) string {
	return func(outs []*notebook.Output) string {
		var lines []string
		for _, o := range outs {
			if o.Type != typ {
				continue
			}
			var types []string
			for mt := range o.Data {
				types = append(types, mt)
			}
			slices.Sort(types)
			lines = append(lines, strings.Join(types, " "))
		}
		return strings.Join(lines, "\n")
	}
}

// errorName returns the ename of the error output, if any.
func errorName(outs []*notebook.Output) string {
	for _, o := range outs {
		if o.Type == notebook.OutputError {
			return o.EName
		}
	}
	return ""
}

// errorValue returns the evalue of the error output, if any.
func errorValue(outs []*notebook.Output) string {
	for _, o := range outs {
		if o.Type == notebook.OutputError {
			return o.EValue
		}
	}
	return ""
}

// describeDiff describes how got differs from want: the first line that
// differs, with its number, or the first line one of them lacks.
func describeDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for n := range min(len(g), len(w)) {
		if g[n] != w[n] {
			return fmt.Sprintf("line %d: got %q, want %q", n+1, g[n], w[n])
		}
	}
	if len(g) > len(w) {
		return fmt.Sprintf("got %d lines, want %d; first extra line: %q", len(g), len(w), g[len(w)])
	}
	return fmt.Sprintf("got %d lines, want %d; first missing line: %q", len(g), len(w), w[len(g)])
}
