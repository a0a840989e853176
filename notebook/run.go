package notebook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"

	"gokernel/kernel"
)

// Executor runs cells. The Go engine (*gokernel/kernel/engine.Engine)
// implements it, as does every kernel.Engine.
//
// Execute must return soon after ctx is cancelled (a timeout or an
// interrupt) and must not panic: a failing cell is reported in
// ExecuteResult.Error. Output may reach out after Execute returned (from
// goroutines the cell left running); it goes to that cell until the next
// one starts, and is dropped once Run has returned.
type Executor interface {
	Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult
}

var _ Executor = kernel.Engine(nil)

// Options configures Run.
type Options struct {
	// Timeout bounds each cell's run; zero means no limit. A cell that
	// runs out of time is interrupted (its context is cancelled) and gets
	// an error output named "Timeout".
	Timeout time.Duration
	// AllowErrors runs every cell even after one failed unexpectedly.
	AllowErrors bool
	// KernelSpec is written to metadata.kernelspec; nil means gokernel's
	// (DefaultKernelSpec).
	KernelSpec *KernelSpec
	// LanguageInfo, when set, replaces metadata.language_info.
	LanguageInfo *kernel.LanguageInfo
	// Input holds the answers to the cells' input requests (reads of
	// os.Stdin), used in order across the run. When it is nil, a cell
	// asking for input gets an error, as with a frontend that does not
	// allow stdin.
	Input []string
}

// KernelSpec is a notebook's metadata.kernelspec.
type KernelSpec struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name"`
	Language    string `json:"language"`
}

// DefaultKernelSpec returns gokernel's kernelspec, as
// `gokernel install` installs it by default.
func DefaultKernelSpec() KernelSpec {
	return KernelSpec{Name: "gokernel", DisplayName: "Go", Language: "go"}
}

// Summary describes a run of one notebook.
type Summary struct {
	// Cells is the number of code cells run.
	Cells int
	// Errors lists the unexpected failures: cells that failed or timed out
	// (unless tagged raises-exception; a timeout always counts), and cells
	// tagged raises-exception that did not fail.
	Errors []CellError
	// Expected lists the failures of cells tagged raises-exception.
	Expected []CellError
	// Stopped reports that cells were left unrun after an unexpected
	// failure (Options.AllowErrors was not set).
	Stopped bool
	// Duration is how long the run took.
	Duration time.Duration
}

// Failed reports whether the run had unexpected failures.
func (s Summary) Failed() bool { return len(s.Errors) > 0 }

// CellError is a failure of one cell.
type CellError struct {
	// Cell is the index of the cell in Notebook.Cells; Count is its
	// execution count.
	Cell, Count int
	// Name and Value are the error's ename and evalue.
	Name, Value string
}

// String describes the failure on one line: "cell 4 [3]: ename: evalue".
func (e CellError) String() string {
	v, _, _ := strings.Cut(e.Value, "\n")
	return fmt.Sprintf("cell %d [%d]: %s: %s", e.Cell, e.Count, e.Name, v)
}

// Run executes the code cells of nb in order through exec, recording their
// outputs and execution counts in nb; see the package documentation for
// how outputs are recorded.
//
// Before running, Run clears the outputs and execution counts of the code
// cells it is to consider, so that cells left unrun after a failure show
// nothing stale. Code cells tagged skip-execution, and markdown and raw
// cells, are left untouched. Cells whose source is blank are not run (and
// get no execution count), like JupyterLab does. Execution counts go from 1;
// a cell that did not compile (ExecuteResult.NotRun) gives its number to
// the next cell, as the kernel does.
//
// A cell tagged raises-exception must fail; its failure is expected and
// does not stop the run, and if it does not fail, that is an unexpected
// failure. At the first unexpected failure Run stops, unless
// opts.AllowErrors is set. Failures are reported in the Summary, not as
// an error.
//
// Run also sets metadata.kernelspec and, if opts.LanguageInfo is set,
// metadata.language_info. It writes no timing metadata.
//
// When ctx is cancelled, Run interrupts the running cell and returns an
// error wrapping ctx.Err(); nb then holds the outputs recorded so far.
func Run(ctx context.Context, exec Executor, nb *Notebook, opts Options) (Summary, error) {
	t0 := time.Now()
	var sum Summary
	if exec == nil {
		return sum, errors.New("notebook: run: no executor")
	}
	if nb == nil {
		return sum, errors.New("notebook: run: no notebook")
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("notebook: run: %w", err)
	}
	var todo []int // the indexes of the code cells to consider
	for i, c := range nb.Cells {
		if c == nil {
			return sum, fmt.Errorf("notebook: run: cell %d is nil", i)
		}
		if c.Type == CellCode && !c.HasTag(TagSkipExecution) {
			todo = append(todo, i)
		}
	}
	if err := setMetadata(nb, opts); err != nil {
		return sum, err
	}
	for _, i := range todo {
		nb.Cells[i].Outputs, nb.Cells[i].ExecutionCount = nil, nil
	}

	rec := newRecorder(opts.Input)
	defer rec.stop()
	count := 0
	for k, i := range todo {
		c := nb.Cells[i]
		if strings.TrimSpace(c.Source) == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			sum.Duration = time.Since(t0)
			return sum, fmt.Errorf("notebook: run interrupted before cell %d: %w", i, err)
		}
		count++
		n := count
		res, timedOut := runCell(ctx, exec, rec, c, n, opts.Timeout)
		sum.Cells++
		if res.NotRun {
			count-- // the cell changed nothing: its number goes to the next
		}
		if res.Result != nil {
			rec.add(&Output{Type: OutputExecuteResult, ExecutionCount: &n,
				Data: maps.Clone(res.Result.Data), Metadata: maps.Clone(res.Result.Metadata)})
		}
		failure := cellFailure(c, res.Error, timedOut, opts.Timeout)
		if e := res.Error; e != nil && !timedOut {
			rec.add(errorOutput(e.Name, e.Value, e.Traceback))
			if ctx.Err() != nil {
				sum.Duration = time.Since(t0)
				return sum, fmt.Errorf("notebook: run interrupted at cell %d: %w", i, ctx.Err())
			}
			if failure == nil {
				sum.Expected = append(sum.Expected, CellError{Cell: i, Count: n, Name: e.Name, Value: e.Value})
			}
		}
		if failure == nil {
			continue
		}
		if timedOut {
			rec.add(errorOutput(failure.Name, failure.Value, nil))
		}
		failure.Cell, failure.Count = i, n
		sum.Errors = append(sum.Errors, *failure)
		if !opts.AllowErrors {
			sum.Stopped = remaining(nb, todo[k+1:])
			break
		}
	}
	sum.Duration = time.Since(t0)
	return sum, nil
}

// runCell executes c with execution count n. It reports whether the cell
// failed because it ran out of time.
func runCell(ctx context.Context, exec Executor, rec *recorder, c *Cell, n int, timeout time.Duration) (kernel.ExecuteResult, bool) {
	cellCtx, cancel := ctx, context.CancelFunc(func() {})
	if timeout > 0 {
		cellCtx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	rec.start(c, n)
	res := exec.Execute(cellCtx, kernel.ExecuteRequest{
		Code:         c.Source,
		StoreHistory: true,
		AllowStdin:   rec.allowStdin(),
		Count:        n,
	}, rec)
	timedOut := res.Error != nil && ctx.Err() == nil && errors.Is(cellCtx.Err(), context.DeadlineExceeded)
	return res, timedOut
}

// cellFailure returns the unexpected failure of cell c, which ended with
// error e (nil if it succeeded), or nil.
func cellFailure(c *Cell, e *kernel.Error, timedOut bool, timeout time.Duration) *CellError {
	switch {
	case timedOut:
		return &CellError{Name: "Timeout", Value: fmt.Sprintf("cell execution timed out after %v", timeout)}
	case e != nil && c.HasTag(TagRaisesException):
		return nil
	case e != nil:
		return &CellError{Name: e.Name, Value: e.Value}
	case c.HasTag(TagRaisesException):
		return &CellError{Name: "NoError", Value: "the cell is tagged " + TagRaisesException + " but did not fail"}
	}
	return nil
}

// errorOutput returns an error output.
func errorOutput(name, value string, traceback []string) *Output {
	if traceback == nil {
		traceback = []string{name + ": " + value}
	}
	return &Output{Type: OutputError, EName: name, EValue: value, Traceback: traceback}
}

// remaining reports whether any of the cells at indexes todo would run.
func remaining(nb *Notebook, todo []int) bool {
	for _, i := range todo {
		if strings.TrimSpace(nb.Cells[i].Source) != "" {
			return true
		}
	}
	return false
}

// setMetadata sets metadata.kernelspec and metadata.language_info.
func setMetadata(nb *Notebook, opts Options) error {
	spec := DefaultKernelSpec()
	if opts.KernelSpec != nil {
		spec = *opts.KernelSpec
	}
	if nb.Metadata == nil {
		nb.Metadata = map[string]any{}
	}
	v, err := jsonValue(spec)
	if err != nil {
		return fmt.Errorf("notebook: run: kernelspec: %w", err)
	}
	nb.Metadata["kernelspec"] = v
	if opts.LanguageInfo != nil {
		v, err := jsonValue(opts.LanguageInfo)
		if err != nil {
			return fmt.Errorf("notebook: run: language_info: %w", err)
		}
		nb.Metadata["language_info"] = v
	}
	return nil
}

// jsonValue converts v to the values decoding its JSON gives.
func jsonValue(v any) (any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return decodeValue(data)
}
