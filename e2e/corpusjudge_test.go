package e2e

import (
	"fmt"
	"strings"

	"gokernel/kernel/engine/corpus"
)

// How TestCorpusThroughKernel judges what the kernel sent back: the rules
// of kernel/engine/corpus_test.go (programProblem, cellProblem) for the
// kernel's messages; reading the corpus and showing differences is package
// corpus's, shared with that file.

// corpusBuildLine starts every corpus program; the cell has a blank line
// in its place (the other lines keep their numbers).
const corpusBuildLine = corpus.BuildLine

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

var (
	parseKnownFailures = corpus.ReadKnownFailures
	lineDiff           = corpus.LineDiff
	indentText         = corpus.Indent
)
