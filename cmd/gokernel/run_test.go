package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"gokernel/notebook"
)

// runChildEnv marks the child process of a test that runs notebooks:
// runNotebooks redirects file descriptors 1 and 2, through which the
// testing package reports, so such a test re-executes the test binary
// with -test.run selecting only itself and this variable set to its name,
// and the child does the work (see kernel/engine/capture's tests).
const runChildEnv = "GOKERNEL_RUN_TEST_CHILD"

// inRunChild runs body in a child process; the parent fails t unless the
// child passed.
func inRunChild(t *testing.T, body func(t *testing.T)) {
	t.Helper()
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("output capture is not supported on " + runtime.GOOS)
	}
	if os.Getenv(runChildEnv) == t.Name() {
		body(t)
		return
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^"+regexp.QuoteMeta(t.Name())+"$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), runChildEnv+"="+t.Name(),
		"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil || !strings.Contains(stdout.String(), "--- PASS") {
		t.Fatalf("child test failed: %v\nchild stdout:\n%s\nchild stderr:\n%s", err, stdout.String(), stderr.String())
	}
	t.Logf("child:\n%s", stdout.String())
}

// goBasics returns the path of the shared Go notebook, or of its copy in
// notebook/testdata.
func goBasics(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/work/shared/jupyter/notebooks/go/01_basics.ipynb", "../../notebook/testdata/go_01_basics.ipynb"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("01_basics.ipynb not found")
	return ""
}

// copyFile copies src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// findCell returns the first cell whose source is source.
func findCell(t *testing.T, nb *notebook.Notebook, source string) *notebook.Cell {
	t.Helper()
	for _, c := range nb.Cells {
		if c.Source == source {
			return c
		}
	}
	t.Fatalf("no cell with source %q", source)
	return nil
}

func TestRunNotebooksGoBasics(t *testing.T) {
	src := goBasics(t)
	inRunChild(t, func(t *testing.T) {
		dir := t.TempDir()
		in := filepath.Join(dir, "01_basics.ipynb")
		copyFile(t, src, in)
		orig, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		outDir := filepath.Join(dir, "out")

		var stdout, stderr bytes.Buffer
		failed, err := runNotebooks([]string{"--output", outDir, in}, &stdout, &stderr)
		if failed || err != nil {
			t.Fatalf("runNotebooks: got failed %v, err %v; want false, nil\nstdout:\n%s\nstderr:\n%s", failed, err, &stdout, &stderr)
		}
		if want := regexp.MustCompile(`(?m)^.*01_basics.ipynb: 8 cells, 0 errors \(1 expected\), [0-9.]+s\n1 notebook: 1 passed, 0 failed, [0-9.]+s\n$`); !want.MatchString(stdout.String()) {
			t.Errorf("stdout: got %q, want it to match %s", stdout.String(), want)
		}
		if now, err := os.ReadFile(in); err != nil || !bytes.Equal(now, orig) {
			t.Errorf("the input notebook changed without --inplace (err %v)", err)
		}

		written := filepath.Join(outDir, "01_basics.ipynb")
		nb, err := notebook.ReadFile(written)
		if err != nil {
			t.Fatal(err)
		}
		hello := findCell(t, nb, `fmt.Println("hello, world")`)
		if len(hello.Outputs) != 1 || hello.Outputs[0].Type != notebook.OutputStream ||
			hello.Outputs[0].Name != "stdout" || hello.Outputs[0].Text != "hello, world\n" {
			t.Errorf("hello cell: got outputs %+v, want one stdout stream \"hello, world\\n\"", hello.Outputs)
		}
		sum := findCell(t, nb, "1 + 2")
		if len(sum.Outputs) != 1 || sum.Outputs[0].Type != notebook.OutputExecuteResult ||
			sum.Outputs[0].Data["text/plain"] != "3" || sum.ExecutionCount == nil ||
			sum.Outputs[0].ExecutionCount == nil || *sum.Outputs[0].ExecutionCount != *sum.ExecutionCount {
			t.Errorf("1 + 2 cell: got count %v, outputs %+v; want one execute_result 3 with the cell's count", sum.ExecutionCount, sum.Outputs)
		}
		boom := findCell(t, nb, `panic("boom")`)
		if len(boom.Outputs) != 1 || boom.Outputs[0].Type != notebook.OutputError {
			t.Errorf("panic cell: got outputs %+v, want one error", boom.Outputs)
		}
		for i, c := range nb.Cells {
			if c.Type == notebook.CellCode && (c.ExecutionCount == nil || *c.ExecutionCount != i) {
				t.Errorf("cell %d: got execution count %v, want %d", i, c.ExecutionCount, i)
			}
		}
		spec, _ := nb.Metadata["kernelspec"].(map[string]any)
		lang, _ := nb.Metadata["language_info"].(map[string]any)
		if spec["name"] != "gokernel" || lang["name"] != "go" {
			t.Errorf("metadata: got kernelspec %v, language_info %v; want gokernel and go", spec, lang)
		}

		// Executing the copy in place gives the same bytes.
		stdout.Reset()
		if failed, err := runNotebooks([]string{in, "--inplace", "--timeout", "120"}, &stdout, &stderr); failed || err != nil {
			t.Fatalf("runNotebooks --inplace: got failed %v, err %v; want false, nil\nstdout:\n%s\nstderr:\n%s", failed, err, &stdout, &stderr)
		}
		a, err := os.ReadFile(written)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("second execution differs:\n%s\nfirst:\n%s", b, a)
		}
	})
}

func TestRunNotebooksFailures(t *testing.T) {
	inRunChild(t, func(t *testing.T) {
		dir := t.TempDir()
		bad := filepath.Join(dir, "bad.ipynb")
		if err := os.WriteFile(bad, []byte(`{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
			{"cell_type": "code", "metadata": {}, "source": "x := 1", "outputs": [], "execution_count": null},
			{"cell_type": "code", "metadata": {}, "source": "undefinedName", "outputs": [], "execution_count": null},
			{"cell_type": "code", "metadata": {}, "source": "x", "outputs": [], "execution_count": null}]}`), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		failed, err := runNotebooks([]string{"--inplace", bad, filepath.Join(dir, "missing.ipynb")}, &stdout, &stderr)
		if !failed || err != nil {
			t.Fatalf("runNotebooks: got failed %v, err %v; want true, nil", failed, err)
		}
		for _, want := range []string{
			"bad.ipynb: 2 cells, 1 error, ",
			"  cell 1 [2]: ",
			"undefinedName",
			"stopped at the error",
			"missing.ipynb: error: ",
			"2 notebooks: 0 passed, 2 failed, ",
		} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("stdout: got %q, want it to contain %q", stdout.String(), want)
			}
		}
		nb, err := notebook.ReadFile(bad)
		if err != nil {
			t.Fatal(err)
		}
		if c := nb.Cells[1]; len(c.Outputs) != 1 || c.Outputs[0].Type != notebook.OutputError {
			t.Errorf("failing cell: got outputs %+v, want one error", c.Outputs)
		}
		if c := nb.Cells[2]; c.ExecutionCount != nil || len(c.Outputs) != 0 {
			t.Errorf("cell after the error: got count %v, outputs %+v; want none", c.ExecutionCount, c.Outputs)
		}
	})
}

func TestRunNotebooksUsage(t *testing.T) {
	// Usage errors are found before anything is captured or run.
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no notebooks", nil, "no notebooks given"},
		{"only flags", []string{"--inplace"}, "no notebooks given"},
		{"inplace and output", []string{"--inplace", "--output", "d", "a.ipynb"}, "exclude each other"},
		{"negative timeout", []string{"--timeout", "-1", "a.ipynb"}, "--timeout -1"},
		{"timeout not a number", []string{"--timeout", "1m", "a.ipynb"}, "invalid value"},
		{"unknown flag", []string{"a.ipynb", "--frobnicate"}, "not defined: -frobnicate"},
		{"same output name", []string{"--output", t.TempDir(), "a/x.ipynb", "b/x.ipynb"}, "would both be written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			failed, err := runNotebooks(tt.args, &stdout, &stderr)
			if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), tt.want) || failed {
				t.Errorf("got failed %v, err %v; want a usage error containing %q", failed, err, tt.want)
			}
			if !strings.Contains(stderr.String(), "Usage: gokernel run") {
				t.Errorf("stderr: got %q, want the usage", stderr.String())
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout: got %q, want nothing", stdout.String())
			}
		})
	}
	var stdout, stderr bytes.Buffer
	if failed, err := runNotebooks([]string{"-h"}, &stdout, &stderr); failed || err != nil ||
		!strings.Contains(stdout.String(), "--output DIR") || !strings.Contains(stdout.String(), "-allow-errors") {
		t.Errorf("-h: got failed %v, err %v, stdout %q; want the help on stdout", failed, err, stdout.String())
	}
	if got := run([]string{"run", "--inplace"}, &stdout, &stderr); got != 2 {
		t.Errorf("exit status of a usage error: got %d, want 2", got)
	}
}

func TestParseRunArgs(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "answers.txt")
	if err := os.WriteFile(answers, []byte("one\r\ntwo\n\nfour"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want runConfig
	}{
		{[]string{"a.ipynb"}, runConfig{paths: []string{"a.ipynb"}, timeout: time.Minute}},
		{[]string{"a.ipynb", "--timeout", "0.5", "b.ipynb", "--allow-errors"},
			runConfig{paths: []string{"a.ipynb", "b.ipynb"}, timeout: 500 * time.Millisecond, allowErrors: true}},
		{[]string{"-inplace", "--timeout=0", "--", "-x.ipynb", "--inplace"},
			runConfig{paths: []string{"-x.ipynb", "--inplace"}, inplace: true}},
		{[]string{"--output", filepath.Join(dir, "new", "out"), "a.ipynb"},
			runConfig{paths: []string{"a.ipynb"}, outDir: filepath.Join(dir, "new", "out"), timeout: time.Minute}},
		{[]string{"--input", answers, "a.ipynb"},
			runConfig{paths: []string{"a.ipynb"}, timeout: time.Minute, input: []string{"one", "two", "", "four"}}},
	}
	for _, tt := range tests {
		got, err := parseRunArgs(tt.args, new(bytes.Buffer))
		if err != nil {
			t.Errorf("parseRunArgs(%q): %v", tt.args, err)
			continue
		}
		if !equalConfig(got, tt.want) {
			t.Errorf("parseRunArgs(%q): got %+v, want %+v", tt.args, got, tt.want)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "new", "out")); err != nil || !fi.IsDir() {
		t.Errorf("--output did not create the directory: %v", err)
	}
	if _, err := parseRunArgs([]string{"--input", filepath.Join(dir, "none"), "a.ipynb"}, new(bytes.Buffer)); err == nil {
		t.Errorf("--input with a missing file: got no error, want one")
	}
}

// equalConfig compares two runConfigs.
func equalConfig(a, b runConfig) bool {
	return strings.Join(a.paths, "\x00") == strings.Join(b.paths, "\x00") &&
		a.inplace == b.inplace && a.outDir == b.outDir && a.timeout == b.timeout &&
		a.allowErrors == b.allowErrors && (a.input == nil) == (b.input == nil) &&
		strings.Join(a.input, "\x00") == strings.Join(b.input, "\x00")
}
