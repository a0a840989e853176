package e2e

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// How TestCorpusThroughKernel reads the corpus and judges what the kernel
// sent back: the rules of kernel/engine/corpus_test.go (parseCells,
// parseKnownFailures, programProblem, cellProblem, lineDiff), restated here
// so that the end-to-end test imports nothing from the engine. Keep them in
// step with that file.

const (
	// corpusCellMarker and corpusOutputMarker split a .cells file.
	corpusCellMarker   = "// ---- cell"
	corpusOutputMarker = "// ---- output"
	// corpusBuildLine starts every corpus program; it is dropped from the
	// cell (a comment: it changes nothing but the line numbers).
	corpusBuildLine = "//go:build ignore\n"
)

// corpusCell is one cell of a .cells file: its code and expected output.
type corpusCell struct {
	code, want string
	line       int // of the cell marker
}

// parseCorpusCells splits a .cells file: text before the first cell marker
// is a comment; each cell marker starts a cell's code and the output marker
// after it starts the cell's expected output.
func parseCorpusCells(src string) ([]corpusCell, error) {
	var cells []corpusCell
	var code, want *strings.Builder
	flush := func() {
		if code != nil {
			cells[len(cells)-1].code = strings.TrimSuffix(code.String(), "\n")
			cells[len(cells)-1].want = want.String()
		}
	}
	for i, line := range strings.SplitAfter(src, "\n") {
		switch strings.TrimRight(line, "\n") {
		case corpusCellMarker:
			if code != nil && want == nil {
				return nil, fmt.Errorf("cell at line %d has no output marker", cells[len(cells)-1].line)
			}
			flush()
			cells = append(cells, corpusCell{line: i + 1})
			code, want = &strings.Builder{}, nil
			continue
		case corpusOutputMarker:
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
		return nil, fmt.Errorf("cell at line %d has no output marker", cells[len(cells)-1].line)
	}
	flush()
	if len(cells) == 0 {
		return nil, errors.New("no cells")
	}
	for i := range cells {
		if w := cells[i].want; w != "" && !strings.HasSuffix(w, "\n") {
			cells[i].want += "\n"
		}
	}
	return cells, nil
}

// parseKnownFailures reads KNOWN_FAILURES: "name: reason" lines, # starts
// a comment line. A missing file lists nothing.
func parseKnownFailures(file string) (map[string]string, error) {
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

// kernelProblem reports what is wrong with a cell's messages whatever it
// printed: no execute_reply, or a reply status that disagrees with the
// error output. "" when nothing is.
func kernelProblem(c *corpusCellRun) string {
	switch {
	case c.Hung:
		return ""
	case c.Status == "":
		return "no execute_reply"
	case c.Status == "error" && c.Error == nil:
		return "execute_reply status error without an error output on iopub"
	case c.Status == "ok" && c.Error != nil:
		return fmt.Sprintf("execute_reply status ok with an error output (%s: %s)", c.Error.EName, c.Error.EValue)
	}
	return ""
}

// programProblem describes how a program's run differs from want (what
// `go run` prints on stdout); "" when it does not.
func programProblem(want string, c *corpusCellRun, timeout string) string {
	var p string
	switch e := c.Error; {
	case c.Hung:
		p = "hang: no result after " + timeout
	case kernelProblem(c) != "":
		p = kernelProblem(c)
	case e != nil && e.EName == "CompileError":
		p = "compile error from the kernel: " + e.EValue
	case e != nil && e.EName == "EnginePanic":
		p = "the engine panicked: " + e.EValue
	case e != nil:
		p = fmt.Sprintf("runtime error (%s): %s", e.EName, e.EValue)
	case c.Stdout != want:
		p = "wrong output"
	default:
		return ""
	}
	if c.Error != nil && len(c.Error.Traceback) > 0 {
		p += "\n" + indentText(strings.Join(c.Error.Traceback, "\n"))
	}
	if c.Stdout != want {
		p += "\n" + lineDiff(want, c.Stdout)
	}
	if c.Stderr != "" {
		p += "\nstderr:\n" + indentText(c.Stderr)
	}
	return p
}

// cellProblem compares a session cell's run with its expected output: what
// it prints, then "=> result" when it has one, and a last line "ERR text"
// when it must fail with an error whose "Name: Value" contains text.
func cellProblem(want string, c *corpusCellRun, timeout string) string {
	if c.Hung {
		return "hang: no result after " + timeout
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
	got := c.Stdout
	if c.Result != nil && *c.Result != "" {
		got += "=> " + *c.Result + "\n"
	}
	var ps []string
	if p := kernelProblem(c); p != "" {
		ps = append(ps, p)
	}
	switch e := c.Error; {
	case hasErr && e == nil:
		ps = append(ps, fmt.Sprintf("got no error, want one containing %q", wantErr))
	case hasErr && !strings.Contains(e.EName+": "+e.EValue, wantErr):
		ps = append(ps, fmt.Sprintf("got error %q, want one containing %q", e.EName+": "+e.EValue, wantErr))
	case !hasErr && e != nil:
		ps = append(ps, fmt.Sprintf("unexpected error %s: %s\n%s", e.EName, e.EValue, indentText(strings.Join(e.Traceback, "\n"))))
	}
	if got != want {
		ps = append(ps, lineDiff(want, got))
	}
	if len(ps) > 0 && c.Stderr != "" {
		ps = append(ps, "stderr:\n"+indentText(c.Stderr))
	}
	return strings.Join(ps, "\n")
}

// lineDiff shows where got first differs from want, with a little context.
func lineDiff(want, got string) string {
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

// indentText indents every line of s by four spaces.
func indentText(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n    ")
}
