// Package corpus reads the engine's test corpus (testdata/corpus): the
// cell sessions of .cells files, KNOWN_FAILURES, and shows where an output
// differs from the expected one. The engine's tests and the end-to-end
// tests that run the corpus through the kernel share it.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// The markers of a .cells file, and the line every program starts with.
const (
	CellMarker   = "// ---- cell"
	OutputMarker = "// ---- output"
	// BuildLine starts every corpus program (a comment: the cell keeps it,
	// or a blank line in its place, so that lines keep their numbers).
	BuildLine = "//go:build ignore\n"
)

// Cell is one cell of a .cells file: its code and expected output.
type Cell struct {
	Code, Want string
	Line       int // of the cell marker
}

// ParseCells splits a .cells file: text before the first cell marker is a
// comment; each cell marker starts a cell's code and the output marker after
// it starts the cell's expected output.
func ParseCells(src string) ([]Cell, error) {
	var cells []Cell
	var code, want *strings.Builder
	flush := func() {
		if code != nil {
			cells[len(cells)-1].Code = strings.TrimSuffix(code.String(), "\n")
			cells[len(cells)-1].Want = want.String()
		}
	}
	for i, line := range strings.SplitAfter(src, "\n") {
		switch strings.TrimRight(line, "\n") {
		case CellMarker:
			if code != nil && want == nil {
				return nil, fmt.Errorf("cell at line %d has no output marker", cells[len(cells)-1].Line)
			}
			flush()
			cells = append(cells, Cell{Line: i + 1})
			code, want = &strings.Builder{}, nil
			continue
		case OutputMarker:
			if code == nil || want != nil {
				return nil, fmt.Errorf("line %d: output marker outside a cell", i+1)
			}
			want = &strings.Builder{}
			continue
		}
		switch {
		case want != nil:
			want.WriteString(line)
		case code != nil:
			code.WriteString(line)
		}
	}
	if code != nil && want == nil {
		return nil, fmt.Errorf("cell at line %d has no output marker", cells[len(cells)-1].Line)
	}
	flush()
	if len(cells) == 0 {
		return nil, errors.New("no cells")
	}
	for i := range cells {
		if w := cells[i].Want; w != "" && !strings.HasSuffix(w, "\n") {
			cells[i].Want += "\n"
		}
	}
	return cells, nil
}

// ReadKnownFailures reads a KNOWN_FAILURES file: "name: reason" lines;
// # starts a comment line. A missing file lists nothing.
func ReadKnownFailures(file string) (map[string]string, error) {
	known := map[string]string{}
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return known, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading known failures: %w", err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, ":")
		name, reason = strings.TrimSpace(name), strings.TrimSpace(reason)
		if !ok || name == "" || reason == "" {
			return nil, fmt.Errorf("KNOWN_FAILURES line %d: got %q, want \"name: reason\"", i+1, line)
		}
		known[name] = reason
	}
	return known, nil
}

// LineDiff shows where got first differs from want, with a little context.
func LineDiff(want, got string) string {
	w, g := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	show := func(l string) string {
		if l == "" {
			return "(end of output)"
		}
		if !strings.HasSuffix(l, "\n") {
			return l + " (no newline at end)"
		}
		return strings.TrimSuffix(l, "\n")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (- want, + got):\n", i+1)
	for _, l := range w[max(0, i-2):i] {
		b.WriteString("   " + show(l) + "\n")
	}
	for _, side := range []struct {
		mark  string
		lines []string
	}{{"-", w}, {"+", g}} {
		for j := i; j < min(len(side.lines), i+6); j++ {
			b.WriteString(" " + side.mark + " " + show(side.lines[j]) + "\n")
		}
		if n := len(side.lines) - (i + 6); n > 0 {
			fmt.Fprintf(&b, " %s ... %d more lines\n", side.mark, n)
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Indent indents every line of s by four spaces.
func Indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n    ")
}
