package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// toolchain describes the go command whose standard library is extracted.
type toolchain struct {
	goCmd   string // path of the go command
	version string // GOVERSION, e.g. "go1.26.8"
	goroot  string // GOROOT
	host    target // GOOS/GOARCH of the generating machine
}

// findToolchain locates the go command ("$GOROOT/bin/go" when go generate
// set GOROOT, else "go" from PATH) and checks that it is the toolchain this
// generator was built with.
func findToolchain(ctx context.Context) (toolchain, error) {
	goCmd := "go"
	if root := os.Getenv("GOROOT"); root != "" {
		cand := filepath.Join(root, "bin", "go")
		if runtime.GOOS == "windows" {
			cand += ".exe"
		}
		if _, err := os.Stat(cand); err == nil {
			goCmd = cand
		}
	}
	out, err := goOutput(ctx, goCmd, nil, "env", "-json", "GOVERSION", "GOROOT", "GOOS", "GOARCH")
	if err != nil {
		return toolchain{}, err
	}
	var env struct{ GOVERSION, GOROOT, GOOS, GOARCH string }
	if err := json.Unmarshal(out, &env); err != nil {
		return toolchain{}, fmt.Errorf("decode go env: %w", err)
	}
	if env.GOVERSION != runtime.Version() {
		return toolchain{}, fmt.Errorf("go command %s is %s but the generator was built with %s; run it with \"go run\" from the same toolchain",
			goCmd, env.GOVERSION, runtime.Version())
	}
	return toolchain{
		goCmd:   goCmd,
		version: env.GOVERSION,
		goroot:  env.GOROOT,
		host:    target{env.GOOS, env.GOARCH},
	}, nil
}

// goOutput runs the go command with args and extra environment variables and
// returns its standard output.
func goOutput(ctx context.Context, goCmd string, env []string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %w: %s", strings.Join(args, " "), err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}

// extras are the non-standard packages bundled with the kernel. Their
// modules must be required by the kernel's go.mod.
func extras() []string {
	return []string{
		"golang.org/x/sync/errgroup",
		"golang.org/x/sync/semaphore",
		"golang.org/x/sync/singleflight",
	}
}

// exclusion reports whether the standard-library package at path gets no
// generated table, and why.
func exclusion(path string) (reason string, excluded bool) {
	switch {
	case path == "internal" || strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal"):
		return "internal packages cannot be imported by user code", true
	case path == "vendor" || strings.HasPrefix(path, "vendor/"):
		return "vendored copies are implementation details of the standard library", true
	case path == "plugin":
		return "plugin.Open needs cgo and the dynamic linker, and a plugin must be built against the exact kernel binary; no interpreted cell can produce one", true
	case path == "runtime/cgo":
		return "no Go API: it is the cgo runtime support linked into cgo binaries, and importing it would force cgo linking", true
	case path == "runtime/race":
		return "no Go API outside -race builds, where it only links the race detector runtime", true
	case path == "time/tzdata":
		return "no Go API; importing it would embed about 450 kB of time zone data into the kernel for nothing", true
	case path == "syscall/js":
		return "only exists on js/wasm, where the kernel cannot run", true
	case path == "unsafe":
		return "Sizeof, Alignof, Offsetof and Add are interpreter builtins and pointer conversions need an interpreter hook; provided by hand from github.com/traefik/yaegi/stdlib/unsafe (yaegi_unsafe.go)", true
	}
	return "", false
}

// handProvided are excluded packages whose table is nevertheless provided by
// a hand-written file, so they are listed as covered.
func handProvided() []string { return []string{"unsafe"} }

// selectPackages returns the import paths to extract: "go list std" minus
// exclusions, plus extras, sorted. It logs exclusions when verbose.
func selectPackages(ctx context.Context, tc toolchain, logf func(string, ...any)) ([]string, error) {
	out, err := goOutput(ctx, tc.goCmd, nil, "list", "std")
	if err != nil {
		return nil, err
	}
	var pkgs []string
	for _, p := range strings.Fields(string(out)) {
		if reason, ok := exclusion(p); ok {
			if !strings.Contains(p, "internal") && !strings.HasPrefix(p, "vendor/") {
				logf("exclude %s: %s", p, reason)
			}
			continue
		}
		pkgs = append(pkgs, p)
	}
	pkgs = append(pkgs, extras()...)
	slices.Sort(pkgs)
	return slices.Compact(pkgs), nil
}

// platformDependent returns the packages whose API, or the value of an
// exported constant, depends on GOOS or GOARCH according to the toolchain's
// API files ($GOROOT/api/*.txt), which qualify such features with the
// platform, as in "pkg syscall (linux-386), const AF_ALG = 38".
func platformDependent(goroot string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(goroot, "api", "go1*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list api files: %w", err)
	}
	next, err := filepath.Glob(filepath.Join(goroot, "api", "next", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list api files: %w", err)
	}
	files = append(files, next...)
	if len(files) == 0 {
		return nil, fmt.Errorf("no API files in %s", filepath.Join(goroot, "api"))
	}
	deps := map[string]bool{}
	for _, name := range files {
		if err := scanAPIFile(name, deps); err != nil {
			return nil, err
		}
	}
	return deps, nil
}

// scanAPIFile adds to deps the packages of the platform-qualified features
// listed in the API file name.
func scanAPIFile(name string, deps map[string]bool) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("read api file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if pkg, ok := platformFeature(sc.Text()); ok {
			deps[pkg] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read api file %s: %w", name, err)
	}
	return nil
}

// platformFeature parses one API file line and reports the package of a
// platform-qualified feature.
func platformFeature(line string) (pkg string, ok bool) {
	rest, found := strings.CutPrefix(line, "pkg ")
	if !found {
		return "", false
	}
	pkg, rest, found = strings.Cut(rest, " ")
	if !found || !strings.HasPrefix(rest, "(") {
		return "", false
	}
	return pkg, true
}
