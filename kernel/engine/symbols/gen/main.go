// Command gen generates the yaegi symbol tables of package
// gokernel/kernel/engine/symbols.
//
// It is run by "go generate ./kernel/engine/symbols" and writes, into the
// current directory (or -out), one file per package,
// <import_path_with_underscores>.go, filling symbols.Symbols from init
// functions. The files are produced by yaegi's extract package, used as a
// library, and then post-processed (see rewrite.go).
//
// Everything comes from the Go toolchain running the generator: the package
// list is "go list std" (minus the exclusions in packages.go, plus the
// bundled extras), extract type-checks each package from the GOROOT sources
// of that toolchain, and the generic-symbol listing reads the gc export data
// produced by "go list -export". The generator refuses to run if the go
// command on PATH is not the toolchain it was built with, so that the
// GoVersion it records is accurate.
//
// Extraction runs in worker subprocesses (this same binary with -worker), one
// environment per target, because the source importer reads GOOS and GOARCH
// from the environment. Packages whose API or constant values differ between
// platforms (found from the toolchain's api/*.txt files) are extracted for
// every -targets platform; if the results differ, one file per target is
// written (<name>_<goos>_<goarch>.go), so that cross-compiling for a listed
// target gets the right table.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

// defaultTargets are the platforms for which platform-dependent packages
// (syscall above all) get a table.
const defaultTargets = "linux/amd64,linux/arm64,darwin/amd64,darwin/arm64,windows/amd64,windows/arm64"

// config holds the command-line settings.
type config struct {
	out     string   // output directory
	targets []target // platforms for platform-dependent packages
	jobs    int      // parallel worker processes
	verbose bool     // progress on stderr
}

// target is a GOOS/GOARCH pair.
type target struct {
	goos, goarch string
}

// String returns "goos/goarch".
func (t target) String() string { return t.goos + "/" + t.goarch }

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// run parses args and either serves as an extraction worker or generates
// the tables.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", ".", "output directory")
	targets := fs.String("targets", defaultTargets, "comma-separated GOOS/GOARCH list for platform-dependent packages")
	jobs := fs.Int("j", runtime.NumCPU(), "number of parallel extraction workers")
	verbose := fs.Bool("v", false, "report progress on stderr")
	worker := fs.Bool("worker", false, "internal: extract the packages named as arguments and print JSON results")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if *worker {
		return serveWorker(fs.Args(), stdout)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	cfg := config{out: *out, jobs: max(*jobs, 1), verbose: *verbose}
	for _, s := range strings.Split(*targets, ",") {
		goos, goarch, ok := strings.Cut(strings.TrimSpace(s), "/")
		if !ok || goos == "" || goarch == "" {
			return fmt.Errorf("bad target %q, want GOOS/GOARCH", s)
		}
		cfg.targets = append(cfg.targets, target{goos, goarch})
	}
	return generate(ctx, cfg, stderr)
}
