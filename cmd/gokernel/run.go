package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"gokernel/kernel/engine/capture"
	"gokernel/notebook"
)

// runUsage is the help of `gokernel run`; the flags follow it.
const runUsage = `Usage: gokernel run [--inplace | --output DIR] [--timeout SECONDS] [--allow-errors] [--input FILE] NOTEBOOK...

Executes the code cells of each notebook in order, each notebook with a new
Go engine and in the notebook's directory, and prints one line per notebook
("x.ipynb: 42 cells, 0 errors, 3.1s") and a total.

Where executed notebooks go:
  neither flag    nowhere: the notebooks are only checked, no file is written
  --inplace       each notebook is replaced by its executed version
  --output DIR    each is written to DIR under its own name (DIR is created)
Files are written as Jupyter writes them, without timing metadata: running
an unchanged notebook again gives the same file.

A notebook fails when a cell fails unexpectedly: an error, a timeout, or a
cell tagged "raises-exception" that does not fail (such cells must fail,
and then the run goes on). After an unexpected failure the remaining cells
are not run, unless --allow-errors; the notebook is still written, with its
error. Cells tagged "skip-execution" are not run. Cells asking for input get
an error, unless --input gives the answers. An interrupt (Ctrl-C)
interrupts the running cell and stops; the notebook it was running is not
written.

Exit status: 0 when every notebook passed, 1 when one failed, 2 for usage
errors.

Flags:
`

// runConfig is what the command line of `gokernel run` asks for.
type runConfig struct {
	paths       []string
	inplace     bool
	outDir      string // absolute; empty when not writing to a directory
	timeout     time.Duration
	allowErrors bool
	input       []string // answers to input requests; nil: none allowed
}

// runNotebooks executes notebooks headlessly. failed reports that a
// notebook had an unexpected failure (or could not be read or written);
// err is a usage error (wrapping errUsage), a failure to set up, or an
// interrupt.
func runNotebooks(args []string, stdout, stderr io.Writer) (failed bool, err error) {
	cfg, err := parseRunArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		printRunUsage(stdout)
		return false, nil
	}
	if err != nil {
		return false, err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first signal, which interrupts the running cell, the next
	// one kills the process as usual.
	context.AfterFunc(ctx, stop)

	// Cells print through file descriptors 1 and 2; the runner's own
	// messages must bypass the capture.
	capt, err := capture.Start(nil)
	if err != nil {
		return false, fmt.Errorf("capturing output: %w", err)
	}
	defer capt.Close()
	stdout, stderr = bypassCapture(stdout, capt), bypassCapture(stderr, capt)
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	t0 := time.Now()
	nfailed := 0
	for i, path := range cfg.paths {
		ok, err := runNotebook(ctx, cfg, path, capt, log, stdout)
		if err != nil {
			fmt.Fprintf(stdout, "%s: interrupted; %d of %d notebooks not run\n", path, len(cfg.paths)-i-1, len(cfg.paths))
			return true, err
		}
		if !ok {
			nfailed++
		}
	}
	fmt.Fprintf(stdout, "%s: %d passed, %d failed, %.1fs\n", plural(len(cfg.paths), "notebook"),
		len(cfg.paths)-nfailed, nfailed, time.Since(t0).Seconds())
	return nfailed > 0, nil
}

// runNotebook runs the notebook in file path with a new engine, writes it
// where cfg says, and prints its summary. ok is false when it failed; err
// is set only when ctx was cancelled.
func runNotebook(ctx context.Context, cfg runConfig, path string, capt *capture.Capture, log *slog.Logger, stdout io.Writer) (ok bool, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		fmt.Fprintf(stdout, "%s: error: %v\n", path, err)
		return false, nil
	}
	nb, err := notebook.ReadFile(abs)
	if err != nil {
		fmt.Fprintf(stdout, "%s: error: %v\n", path, err)
		return false, nil
	}

	// Relative paths in cells are relative to the notebook, as with Jupyter.
	if wd, err := os.Getwd(); err == nil {
		if err := os.Chdir(filepath.Dir(abs)); err != nil {
			log.Warn("running in the current directory", "err", err)
		}
		defer os.Chdir(wd)
	}
	eng := newEngine(log, capt)
	capt.SetSink(eng)
	// Output of goroutines the notebook leaves running is dropped until the
	// next engine takes over.
	defer capt.SetSink(capture.SinkFunc(func(string, []byte) {}))
	info := eng.Info().Language
	sum, err := notebook.Run(ctx, eng, nb, notebook.Options{
		Timeout:      cfg.timeout,
		AllowErrors:  cfg.allowErrors,
		LanguageInfo: &info,
		Input:        cfg.input,
	})
	if err != nil {
		return false, err
	}

	fmt.Fprintf(stdout, "%s: %s, %s", path, plural(sum.Cells, "cell"), plural(len(sum.Errors), "error"))
	if n := len(sum.Expected); n > 0 {
		fmt.Fprintf(stdout, " (%d expected)", n)
	}
	fmt.Fprintf(stdout, ", %.1fs\n", sum.Duration.Seconds())
	for _, e := range sum.Errors {
		fmt.Fprintf(stdout, "  %s\n", truncate(e.String(), 200))
	}
	if sum.Stopped {
		fmt.Fprintf(stdout, "  stopped at the error: later cells not run (--allow-errors runs them)\n")
	}

	ok = !sum.Failed()
	var dest string
	switch {
	case cfg.inplace:
		dest = abs
	case cfg.outDir != "":
		dest = filepath.Join(cfg.outDir, filepath.Base(abs))
	}
	if dest != "" {
		if err := notebook.WriteFile(dest, nb); err != nil {
			fmt.Fprintf(stdout, "  error: %v\n", err)
			ok = false
		}
	}
	return ok, nil
}

// runFlags holds the flags of `gokernel run`.
type runFlags struct {
	fs          *flag.FlagSet
	inplace     *bool
	output      *string
	timeout     *float64
	allowErrors *bool
	input       *string
}

// newRunFlags defines the flags of `gokernel run`.
func newRunFlags() *runFlags {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &runFlags{
		fs:          fs,
		inplace:     fs.Bool("inplace", false, "replace each notebook by its executed version"),
		output:      fs.String("output", "", "write executed notebooks to `DIR` under their own names"),
		timeout:     fs.Float64("timeout", 60, "per-cell time limit in `SECONDS`; 0 means none"),
		allowErrors: fs.Bool("allow-errors", false, "run every cell even after an unexpected failure"),
		input:       fs.String("input", "", "answer input requests with the lines of `FILE`, in order (each notebook from the first line)"),
	}
}

// printDefaults prints the flags to w.
func (f *runFlags) printDefaults(w io.Writer) {
	f.fs.SetOutput(w)
	f.fs.PrintDefaults()
	f.fs.SetOutput(io.Discard)
}

// printRunUsage prints the help of `gokernel run`.
func printRunUsage(w io.Writer) {
	fmt.Fprint(w, runUsage)
	newRunFlags().printDefaults(w)
}

// parseRunArgs parses the command line of `gokernel run`. Flags may come
// before, between or after the notebooks; "--" ends them. On a usage error
// it prints the synopsis and the flags to stderr.
func parseRunArgs(args []string, stderr io.Writer) (runConfig, error) {
	f := newRunFlags()
	usageErr := func(format string, a ...any) (runConfig, error) {
		synopsis, _, _ := strings.Cut(runUsage, "\n")
		fmt.Fprintln(stderr, synopsis)
		f.printDefaults(stderr)
		return runConfig{}, fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
	}

	var cfg runConfig
	rest := args
	for {
		if err := f.fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return runConfig{}, err
			}
			return usageErr("%v", err)
		}
		rest = f.fs.Args()
		if len(rest) == 0 {
			break
		}
		if i := len(args) - len(rest); i > 0 && args[i-1] == "--" {
			cfg.paths = append(cfg.paths, rest...) // all after "--" are notebooks
			break
		}
		cfg.paths = append(cfg.paths, rest[0])
		rest = rest[1:]
	}
	cfg.inplace, cfg.allowErrors = *f.inplace, *f.allowErrors

	switch {
	case len(cfg.paths) == 0:
		return usageErr("no notebooks given")
	case cfg.inplace && *f.output != "":
		return usageErr("--inplace and --output exclude each other")
	case *f.timeout < 0 || *f.timeout > 1e9 || *f.timeout != *f.timeout:
		return usageErr("--timeout %v: want a number of seconds, 0 for none", *f.timeout)
	}
	cfg.timeout = time.Duration(*f.timeout * float64(time.Second))
	if *f.output != "" {
		seen := map[string]string{}
		for _, p := range cfg.paths {
			base := filepath.Base(p)
			if other, dup := seen[base]; dup {
				return usageErr("--output: %s and %s would both be written to %s", other, p, filepath.Join(*f.output, base))
			}
			seen[base] = p
		}
		dir, err := filepath.Abs(*f.output)
		if err != nil {
			return runConfig{}, fmt.Errorf("--output: %w", err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return runConfig{}, fmt.Errorf("--output: %w", err)
		}
		cfg.outDir = dir
	}
	if *f.input != "" {
		lines, err := readLines(*f.input)
		if err != nil {
			return runConfig{}, fmt.Errorf("--input: %w", err)
		}
		cfg.input = lines
	}
	return cfg, nil
}

// readLines returns the lines of file name, without their line endings.
func readLines(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines := []string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return lines, nil
}

// bypassCapture returns the original descriptor for w when w is the
// process's stdout or stderr, which the capture redirects; other writers
// are returned as they are.
func bypassCapture(w io.Writer, capt *capture.Capture) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return w
	}
	switch f.Fd() {
	case 1:
		return capt.OrigStdout()
	case 2:
		return capt.OrigStderr()
	}
	return w
}

// plural returns "1 cell", "2 cells".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// truncate shortens s to at most n bytes, on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.ToValidUTF8(s[:n], "")
	return cut + "…"
}
