package notebook

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"gokernel/kernel"
)

// script is an Executor for tests. Each line of a cell is a command:
//
//	out TEXT            write TEXT and a newline to stdout
//	write STREAM TEXT   write TEXT (Go-quoted if it starts with ") to STREAM
//	display ID TEXT     display text/plain TEXT with display ID ("-" for none)
//	update ID TEXT      update the display ID
//	clear [wait]        clear_output
//	result TEXT         end with an execute_result of TEXT
//	fail NAME VALUE     end with an error
//	notrun              end with a compile error (NotRun)
//	block               wait until the cell is cancelled, then fail as interrupted
//	input               ask for a line of input and write it (or the error) to stdout
//	hook NAME           call hooks[NAME](out)
type script struct {
	hooks map[string]func(out kernel.Output)

	mu   sync.Mutex // guards reqs
	reqs []kernel.ExecuteRequest
}

// requests returns the requests executed so far.
func (s *script) requests() []kernel.ExecuteRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]kernel.ExecuteRequest(nil), s.reqs...)
}

// Execute implements Executor.
func (s *script) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.mu.Unlock()
	for _, line := range strings.Split(req.Code, "\n") {
		cmd, arg, _ := strings.Cut(line, " ")
		first, rest, _ := strings.Cut(arg, " ")
		switch cmd {
		case "out":
			out.Stream("stdout", []byte(arg+"\n"))
		case "write":
			if strings.HasPrefix(rest, `"`) {
				fmt.Sscanf(rest, "%q", &rest)
			}
			out.Stream(first, []byte(rest))
		case "display", "update":
			id := first
			if id == "-" {
				id = ""
			}
			out.Display(kernel.Display{Bundle: *textBundle(rest), ID: id, Update: cmd == "update"})
		case "clear":
			out.Clear(arg == "wait")
		case "result":
			return kernel.ExecuteResult{Result: textBundle(arg)}
		case "fail":
			return kernel.ExecuteResult{Error: &kernel.Error{Name: first, Value: rest, Traceback: []string{first + ": " + rest}}}
		case "notrun":
			return kernel.ExecuteResult{Error: &kernel.Error{Name: "CompileError", Value: "bad"}, NotRun: true}
		case "block":
			<-ctx.Done()
			return kernel.ExecuteResult{Error: &kernel.Error{Name: "Interrupted", Value: "the cell was interrupted"}}
		case "input":
			v, err := out.Input(ctx, "? ", false)
			if err != nil {
				v = "error: " + err.Error()
			}
			out.Stream("stdout", []byte(v+"\n"))
		case "hook":
			s.hooks[arg](out)
		case "":
		default:
			return kernel.ExecuteResult{Error: &kernel.Error{Name: "ScriptError", Value: "unknown command " + cmd}}
		}
	}
	return kernel.ExecuteResult{}
}

// textBundle returns a bundle with text/plain s.
func textBundle(s string) *kernel.Bundle {
	return &kernel.Bundle{Data: map[string]any{"text/plain": s}, Metadata: map[string]any{}}
}

// newNotebook returns a notebook of cells.
func newNotebook(cells ...*Cell) *Notebook {
	return &Notebook{Format: 4, FormatMinor: 5, Metadata: map[string]any{}, Cells: cells}
}

// code returns a code cell with source and tags.
func code(source string, tags ...string) *Cell {
	md := map[string]any{}
	if len(tags) > 0 {
		list := make([]any, len(tags))
		for i, t := range tags {
			list[i] = t
		}
		md["tags"] = list
	}
	return &Cell{Type: CellCode, Metadata: md, Source: source}
}

// describe renders a cell's execution count and outputs on one line per
// output, for comparisons: "[1] stdout: ...", "[1] display: ...",
// "[1] result 1: ...", "[1] error: NAME: VALUE".
func describe(c *Cell) []string {
	n := "[ ]"
	if c.ExecutionCount != nil {
		n = fmt.Sprintf("[%d]", *c.ExecutionCount)
	}
	lines := []string{}
	for _, o := range c.Outputs {
		switch o.Type {
		case OutputStream:
			lines = append(lines, fmt.Sprintf("%s %s: %q", n, o.Name, o.Text))
		case OutputDisplayData:
			lines = append(lines, fmt.Sprintf("%s display: %v", n, o.Data["text/plain"]))
		case OutputExecuteResult:
			lines = append(lines, fmt.Sprintf("%s result %d: %v", n, *o.ExecutionCount, o.Data["text/plain"]))
		case OutputError:
			lines = append(lines, fmt.Sprintf("%s error: %s: %s", n, o.EName, o.EValue))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, n)
	}
	return lines
}

// run runs nb through a fresh script and fails t on error.
func run(t *testing.T, nb *Notebook, opts Options) Summary {
	t.Helper()
	sum, err := Run(t.Context(), &script{}, nb, opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum
}
