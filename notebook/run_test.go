package notebook

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"gokernel/kernel"
)

func TestRunRecordsOutputs(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		want  [][]string // describe() of each cell
	}{
		{
			name:  "consecutive writes to a stream merge",
			cells: []string{"write stdout a\nwrite stdout \"b\\n\"\nwrite stderr e\nwrite stdout c\nout d"},
			want:  [][]string{{`[1] stdout: "ab\n"`, `[1] stderr: "e"`, `[1] stdout: "cd\n"`}},
		},
		{
			name:  "a UTF-8 sequence split between writes",
			cells: []string{"write stdout \"caf\\xc3\"\nwrite stdout \"\\xa9\\n\""},
			want:  [][]string{{`[1] stdout: "café\n"`}},
		},
		{
			name:  "a display breaks a stream",
			cells: []string{"out a\ndisplay - D\nout b"},
			want:  [][]string{{`[1] stdout: "a\n"`, "[1] display: D", `[1] stdout: "b\n"`}},
		},
		{
			name:  "result and error come last",
			cells: []string{"out a\nresult 42", "out b\nfail ValueError bad"},
			want:  [][]string{{`[1] stdout: "a\n"`, "[1] result 1: 42"}, {`[2] stdout: "b\n"`, "[2] error: ValueError: bad"}},
		},
		{
			name: "display updates reach earlier cells",
			cells: []string{
				"display x v1\ndisplay - plain",
				"display y w1\nupdate x v2",
				"update y w2\nupdate nobody z",
				"display x v3", // a new display with an ID updates the old ones too
			},
			want: [][]string{
				{"[1] display: v3", "[1] display: plain"},
				{"[2] display: w2"},
				{"[3]"},
				{"[4] display: v3"},
			},
		},
		{
			name:  "clear_output now",
			cells: []string{"out a\ndisplay x v1\nclear\nout b\nupdate x lost"},
			want:  [][]string{{`[1] stdout: "b\n"`}},
		},
		{
			name:  "clear_output(wait) clears at the next output",
			cells: []string{"out a\nclear wait\nout b\nout c\nclear wait\ndisplay - d"},
			want:  [][]string{{"[1] display: d"}},
		},
		{
			name:  "clear_output(wait) then a result",
			cells: []string{"out a\nclear wait\nresult r"},
			want:  [][]string{{"[1] result 1: r"}},
		},
		{
			name:  "clear_output(wait) and an update",
			cells: []string{"display x v1\nclear wait\nupdate x v2", "out next"},
			want:  [][]string{{"[1] display: v2"}, {`[2] stdout: "next\n"`}},
		},
		{
			name:  "a pending clear does not reach the next cell",
			cells: []string{"out a\nclear wait", "out b"},
			want:  [][]string{{`[1] stdout: "a\n"`}, {`[2] stdout: "b\n"`}},
		},
		{
			name:  "a cleared display is not updated",
			cells: []string{"display x v1\nclear\ndisplay - other", "update x v2"},
			want:  [][]string{{"[1] display: other"}, {"[2]"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cells []*Cell
			for _, src := range tt.cells {
				cells = append(cells, code(src))
			}
			nb := newNotebook(cells...)
			sum := run(t, nb, Options{AllowErrors: true})
			for i, c := range nb.Cells {
				if got := describe(c); !reflect.DeepEqual(got, tt.want[i]) {
					t.Errorf("cell %d: got %q, want %q", i, got, tt.want[i])
				}
			}
			if sum.Cells != len(tt.cells) {
				t.Errorf("got %d cells run, want %d", sum.Cells, len(tt.cells))
			}
		})
	}
}

func TestRunCellSelectionAndCounts(t *testing.T) {
	stale := func(c *Cell) *Cell {
		n := 99
		c.ExecutionCount = &n
		c.Outputs = []*Output{{Type: OutputStream, Name: "stdout", Text: "stale\n"}}
		return c
	}
	md := &Cell{Type: CellMarkdown, Metadata: map[string]any{}, Source: "out never"}
	nb := newNotebook(
		md,
		stale(code("out one")),
		stale(code("out skipped", TagSkipExecution)),
		stale(code("  \n")),
		code("notrun"),
		code("result two"),
		&Cell{Type: CellRaw, Source: "out raw"},
	)
	s := &script{}
	sum, err := Run(t.Context(), s, nb, Options{AllowErrors: true})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"[ ]"},
		{`[1] stdout: "one\n"`},
		{`[99] stdout: "stale\n"`}, // skip-execution: untouched
		{"[ ]"},                    // blank: cleared, not run
		{"[2] error: CompileError: bad"},
		{"[2] result 2: two"}, // the cell that did not compile gave its number
		{"[ ]"},
	}
	for i, c := range nb.Cells {
		if got := describe(c); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("cell %d: got %q, want %q", i, got, want[i])
		}
	}
	var codes []string
	var counts []int
	for _, r := range s.requests() {
		codes = append(codes, r.Code)
		counts = append(counts, r.Count)
		if !r.StoreHistory || r.Silent || r.AllowStdin {
			t.Errorf("request %q: got StoreHistory %v, Silent %v, AllowStdin %v; want true, false, false",
				r.Code, r.StoreHistory, r.Silent, r.AllowStdin)
		}
	}
	if want := []string{"out one", "notrun", "result two"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("executed %q, want %q", codes, want)
	}
	if want := []int{1, 2, 2}; !reflect.DeepEqual(counts, want) {
		t.Errorf("got counts %v, want %v", counts, want)
	}
	if sum.Cells != 3 || len(sum.Errors) != 1 {
		t.Errorf("got %d cells, errors %v; want 3 cells, 1 error", sum.Cells, sum.Errors)
	}
}

func TestRunErrors(t *testing.T) {
	raises := func(src string) *Cell { return code(src, TagRaisesException) }
	tests := []struct {
		name        string
		cells       []*Cell
		allowErrors bool
		want        [][]string
		errors      []string // CellError.String() of Summary.Errors
		expected    []string // of Summary.Expected
		stopped     bool
	}{
		{
			name:   "an error stops the run and clears what follows",
			cells:  []*Cell{code("out a"), code("fail NameError x"), code("out c"), code("")},
			want:   [][]string{{`[1] stdout: "a\n"`}, {"[2] error: NameError: x"}, {"[ ]"}, {"[ ]"}},
			errors: []string{"cell 1 [2]: NameError: x"}, stopped: true,
		},
		{
			name:   "an error in the last cell does not count as stopping",
			cells:  []*Cell{code("out a"), code("fail E v"), code(" ")},
			want:   [][]string{{`[1] stdout: "a\n"`}, {"[2] error: E: v"}, {"[ ]"}},
			errors: []string{"cell 1 [2]: E: v"},
		},
		{
			name:        "allow errors",
			cells:       []*Cell{code("fail E one\nmore"), code("out b"), code("fail E two")},
			allowErrors: true,
			want:        [][]string{{"[1] error: E: one"}, {`[2] stdout: "b\n"`}, {"[3] error: E: two"}},
			errors:      []string{"cell 0 [1]: E: one", "cell 2 [3]: E: two"},
		},
		{
			name:     "raises-exception: the expected error does not stop the run",
			cells:    []*Cell{raises("out a\nfail ZeroDivisionError division by zero"), code("out b")},
			want:     [][]string{{`[1] stdout: "a\n"`, "[1] error: ZeroDivisionError: division by zero"}, {`[2] stdout: "b\n"`}},
			expected: []string{"cell 0 [1]: ZeroDivisionError: division by zero"},
		},
		{
			name:    "raises-exception: a cell that does not fail is a failure",
			cells:   []*Cell{raises("out fine"), code("out b")},
			want:    [][]string{{`[1] stdout: "fine\n"`}, {"[ ]"}},
			errors:  []string{"cell 0 [1]: NoError: the cell is tagged raises-exception but did not fail"},
			stopped: true,
		},
		{
			name:        "raises-exception with allow errors",
			cells:       []*Cell{raises("out fine"), raises("fail E v"), code("out b")},
			allowErrors: true,
			want:        [][]string{{`[1] stdout: "fine\n"`}, {"[2] error: E: v"}, {`[3] stdout: "b\n"`}},
			errors:      []string{"cell 0 [1]: NoError: the cell is tagged raises-exception but did not fail"},
			expected:    []string{"cell 1 [2]: E: v"},
		},
		{
			name:     "raises-exception on a cell that does not compile",
			cells:    []*Cell{raises("notrun"), code("out b")},
			want:     [][]string{{"[1] error: CompileError: bad"}, {`[1] stdout: "b\n"`}},
			expected: []string{"cell 0 [1]: CompileError: bad"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := newNotebook(tt.cells...)
			sum := run(t, nb, Options{AllowErrors: tt.allowErrors})
			for i, c := range nb.Cells {
				if got := describe(c); !reflect.DeepEqual(got, tt.want[i]) {
					t.Errorf("cell %d: got %q, want %q", i, got, tt.want[i])
				}
			}
			if got := cellErrors(sum.Errors); !reflect.DeepEqual(got, tt.errors) {
				t.Errorf("Errors: got %q, want %q", got, tt.errors)
			}
			if got := cellErrors(sum.Expected); !reflect.DeepEqual(got, tt.expected) {
				t.Errorf("Expected: got %q, want %q", got, tt.expected)
			}
			if sum.Stopped != tt.stopped || sum.Failed() != (len(tt.errors) > 0) {
				t.Errorf("got Stopped %v, Failed %v; want %v, %v", sum.Stopped, sum.Failed(), tt.stopped, len(tt.errors) > 0)
			}
		})
	}
}

// cellErrors renders errors with CellError.String; nil for none.
func cellErrors(errs []CellError) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.String())
	}
	return out
}

func TestRunTimeout(t *testing.T) {
	tests := []struct {
		name        string
		cells       []*Cell
		allowErrors bool
		want        [][]string
	}{
		{
			name:  "stops the run",
			cells: []*Cell{code("out before\nblock"), code("out after")},
			want:  [][]string{{`[1] stdout: "before\n"`, "[1] error: Timeout: cell execution timed out after 50ms"}, {"[ ]"}},
		},
		{
			name:        "with allow errors, the run goes on",
			cells:       []*Cell{code("block"), code("out after")},
			allowErrors: true,
			want:        [][]string{{"[1] error: Timeout: cell execution timed out after 50ms"}, {`[2] stdout: "after\n"`}},
		},
		{
			name:  "a timeout is never expected",
			cells: []*Cell{code("block", TagRaisesException), code("out after")},
			want:  [][]string{{"[1] error: Timeout: cell execution timed out after 50ms"}, {"[ ]"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := newNotebook(tt.cells...)
			t0 := time.Now()
			sum := run(t, nb, Options{Timeout: 50 * time.Millisecond, AllowErrors: tt.allowErrors})
			if d := time.Since(t0); d > 10*time.Second {
				t.Errorf("Run took %v, want about 50ms", d)
			}
			for i, c := range nb.Cells {
				if got := describe(c); !reflect.DeepEqual(got, tt.want[i]) {
					t.Errorf("cell %d: got %q, want %q", i, got, tt.want[i])
				}
			}
			if len(sum.Errors) != 1 || sum.Errors[0].Name != "Timeout" || len(sum.Expected) != 0 {
				t.Errorf("got Errors %v, Expected %v; want one Timeout", sum.Errors, sum.Expected)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s := &script{hooks: map[string]func(kernel.Output){"cancel": func(kernel.Output) { cancel() }}}
	nb := newNotebook(code("out a"), code("hook cancel\nblock"), code("out c"))
	sum, err := Run(ctx, s, nb, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: got %v, want an error wrapping context.Canceled", err)
	}
	if sum.Cells != 2 || sum.Failed() {
		t.Errorf("got %d cells, errors %v; want 2 cells, no errors", sum.Cells, sum.Errors)
	}
	if got, want := describe(nb.Cells[1]), []string{"[2] error: Interrupted: the cell was interrupted"}; !reflect.DeepEqual(got, want) {
		t.Errorf("interrupted cell: got %q, want %q", got, want)
	}
	if _, err := Run(ctx, s, newNotebook(code("out x")), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: got %v, want context.Canceled", err)
	}
}

func TestRunMetadata(t *testing.T) {
	nb, err := ReadFile("testdata/python_01_basics.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb.Metadata["custom"] = map[string]any{"kept": true}
	for _, c := range nb.Cells {
		if c.Type == CellCode {
			c.Source = "out x"
		}
	}
	md0 := nb.Cells[0].Metadata
	li := &kernel.LanguageInfo{Name: "go", Version: "1.26", Mimetype: "text/x-go", FileExtension: ".go"}
	if _, err := Run(t.Context(), &script{}, nb, Options{LanguageInfo: li, AllowErrors: true}); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"kernelspec":    map[string]any{"name": "gokernel", "display_name": "Go", "language": "go"},
		"language_info": map[string]any{"name": "go", "version": "1.26", "mimetype": "text/x-go", "file_extension": ".go"},
		"custom":        map[string]any{"kept": true},
	}
	if !reflect.DeepEqual(nb.Metadata, want) {
		t.Errorf("notebook metadata: got %v, want %v", nb.Metadata, want)
	}
	if !reflect.DeepEqual(nb.Cells[0].Metadata, md0) {
		t.Errorf("markdown metadata changed")
	}
	for i, c := range nb.Cells {
		if _, ok := c.Metadata["execution"]; ok {
			t.Errorf("cell %d: got timing metadata, want none", i)
		}
	}

	spec := &KernelSpec{Name: "go2", DisplayName: "Go 2", Language: "go"}
	if _, err := Run(t.Context(), &script{}, nb, Options{KernelSpec: spec}); err != nil {
		t.Fatal(err)
	}
	if got := nb.Metadata["kernelspec"].(map[string]any)["name"]; got != "go2" {
		t.Errorf("kernelspec name: got %v, want go2", got)
	}
	if got := nb.Metadata["language_info"].(map[string]any)["name"]; got != "go" {
		t.Errorf("language_info without Options.LanguageInfo: got name %v, want it kept (go)", got)
	}
}

func TestRunIsDeterministic(t *testing.T) {
	src := []string{
		"out hello\nwrite stderr \"warn\\n\"",
		"display x first\nresult 3",
		"update x second\nout done",
		"fail E expected",
	}
	var files [][]byte
	nb := newNotebook()
	for i, s := range src {
		c := code(s)
		if i == len(src)-1 {
			c = code(s, TagRaisesException)
		}
		c.ID = strings.Repeat("abc", i+1)
		nb.Cells = append(nb.Cells, c)
	}
	for range 3 { // the second and third runs re-execute the executed notebook
		sum := run(t, nb, Options{})
		if sum.Failed() {
			t.Fatalf("run failed: %v", sum.Errors)
		}
		data, err := Marshal(nb)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, data)
		if nb, err = Unmarshal(data); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(files); i++ {
		if !bytes.Equal(files[i], files[0]) {
			t.Errorf("run %d wrote:\n%s\nwant the same as run 0:\n%s", i, files[i], files[0])
		}
	}
	if bytes.Contains(files[0], []byte(`"execution"`)) {
		t.Errorf("timing metadata written:\n%s", files[0])
	}
}

func TestRunBadArguments(t *testing.T) {
	for _, tt := range []struct {
		name string
		exec Executor
		nb   *Notebook
		want string
	}{
		{"no executor", nil, newNotebook(), "no executor"},
		{"no notebook", &script{}, nil, "no notebook"},
		{"nil cell", &script{}, newNotebook(code("out a"), nil), "cell 1 is nil"},
	} {
		if _, err := Run(t.Context(), tt.exec, tt.nb, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
}
