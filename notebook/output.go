package notebook

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync"

	"gokernel/kernel"
)

// errNoInputLeft is what a cell asking for more input than Options.Input
// holds gets.
var errNoInputLeft = errors.New("notebook: no input left for this request (all the answers given to the runner were used)")

// recorder is the kernel.Output of one run. It records what cells produce
// into the cell that runs, or ran last, the way Jupyter's clients record
// iopub messages. Its methods are safe for concurrent use, and may be
// called after Execute returned by goroutines a cell left running.
type recorder struct {
	mu sync.Mutex // guards the fields below and the Outputs of the notebook's cells

	// cell receives output; nil before the first cell and after the run.
	cell *Cell
	// clearPending is set by Clear(true): the cell's outputs are cleared
	// when its next output arrives.
	clearPending bool
	// displays holds the outputs created with a display ID during the run,
	// by ID, so that updates find them in any cell.
	displays map[string][]displayed
	// answers are the answers to input requests not used yet; stdin tells
	// whether answers were given at all.
	answers []string
	stdin   bool
}

// displayed is an output shown with a display ID, and its cell.
type displayed struct {
	cell *Cell
	out  *Output
}

var _ kernel.Output = (*recorder)(nil)

// newRecorder returns a recorder answering input requests with answers.
func newRecorder(answers []string) *recorder {
	return &recorder{
		displays: map[string][]displayed{},
		answers:  answers,
		stdin:    answers != nil,
	}
}

// start makes c, with execution count n, the cell that receives output,
// clearing its outputs.
func (r *recorder) start(c *Cell, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cell = c
	r.clearPending = false
	r.clear()
	c.ExecutionCount = &n
}

// stop ends recording: output arriving later is dropped. Once stop
// returns, the recorder no longer touches the notebook.
func (r *recorder) stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cell = nil
}

// allowStdin reports whether input requests can be answered.
func (r *recorder) allowStdin() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stdin
}

// add appends o to the current cell's outputs.
func (r *recorder) add(o *Output) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.appendOutput(o)
}

// appendOutput appends o, first clearing the outputs if a clear is
// pending. r.mu must be held.
func (r *recorder) appendOutput(o *Output) {
	if r.cell == nil {
		return
	}
	if r.clearPending {
		r.clearPending = false
		r.clear()
	}
	r.cell.Outputs = append(r.cell.Outputs, o)
}

// clear removes the current cell's outputs, and forgets their display IDs.
// r.mu must be held.
func (r *recorder) clear() {
	if r.cell == nil {
		return
	}
	r.cell.Outputs = nil
	for id, list := range r.displays {
		kept := list[:0]
		for _, d := range list {
			if d.cell != r.cell {
				kept = append(kept, d)
			}
		}
		if len(kept) == 0 {
			delete(r.displays, id)
		} else {
			r.displays[id] = kept
		}
	}
}

// Stream implements kernel.Output: a write that follows a write to the
// same stream extends that output.
func (r *recorder) Stream(name string, p []byte) {
	if len(p) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cell == nil {
		return
	}
	if !r.clearPending {
		if outs := r.cell.Outputs; len(outs) > 0 {
			if last := outs[len(outs)-1]; last.Type == OutputStream && last.Name == name {
				last.Text += string(p)
				return
			}
		}
	}
	r.appendOutput(&Output{Type: OutputStream, Name: name, Text: string(p)})
}

// Display implements kernel.Output. A display with an ID also replaces the
// bundle of every earlier output of the run with that ID, as
// update_display_data does; an update adds no output.
func (r *recorder) Display(d kernel.Display) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cell == nil {
		return
	}
	if d.ID != "" {
		for _, shown := range r.displays[d.ID] {
			shown.out.Data = maps.Clone(d.Data)
			shown.out.Metadata = maps.Clone(d.Metadata)
		}
	}
	if d.Update {
		return
	}
	o := &Output{Type: OutputDisplayData, Data: maps.Clone(d.Data), Metadata: maps.Clone(d.Metadata)}
	r.appendOutput(o)
	if d.ID != "" {
		r.displays[d.ID] = append(r.displays[d.ID], displayed{cell: r.cell, out: o})
	}
}

// Clear implements kernel.Output: with wait, the outputs are cleared when
// the next one arrives (an update of a display does not count).
func (r *recorder) Clear(wait bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if wait {
		r.clearPending = true
		return
	}
	r.clearPending = false
	r.clear()
}

// Input implements kernel.Output with the answers given to the run, in
// order; without answers, input is not allowed.
func (r *recorder) Input(ctx context.Context, prompt string, password bool) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.stdin {
		return "", kernel.ErrStdinNotAllowed
	}
	if len(r.answers) == 0 {
		return "", fmt.Errorf("%w (prompt %q)", errNoInputLeft, prompt)
	}
	a := r.answers[0]
	r.answers = r.answers[1:]
	return a, nil
}
