package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/build/constraint"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// outFile is one file to write.
type outFile struct {
	name string
	src  []byte
}

// generate extracts every selected package and writes the tables into
// cfg.out, replacing the files of a previous run.
func generate(ctx context.Context, cfg config, stderr io.Writer) error {
	start := time.Now()
	logf := func(format string, args ...any) {
		if cfg.verbose {
			fmt.Fprintf(stderr, "gen: "+format+"\n", args...)
		}
	}
	tc, err := findToolchain(ctx)
	if err != nil {
		return err
	}
	pkgs, err := selectPackages(ctx, tc, logf)
	if err != nil {
		return err
	}
	platform, err := platformDependent(tc.goroot)
	if err != nil {
		return err
	}
	infos, err := loadPkgInfo(ctx, tc, pkgs)
	if err != nil {
		return err
	}

	var portable, perTarget []string
	for _, p := range pkgs {
		if platform[p] {
			perTarget = append(perTarget, p)
		} else {
			portable = append(portable, p)
		}
	}
	logf("%s: %d packages, %d of them platform-dependent: %s", tc.version, len(pkgs), len(perTarget), strings.Join(perTarget, " "))

	hostResults, targetResults, err := extractAll(ctx, cfg, tc, portable, perTarget)
	if err != nil {
		return err
	}
	logf("extracted in %v", time.Since(start).Round(time.Second))

	knownNames, err := knownPlatformNames(ctx, tc)
	if err != nil {
		return err
	}
	var files []outFile
	var covered []string
	var failures []string
	for _, p := range portable {
		r := hostResults[p]
		switch {
		case r.Err != "":
			failures = append(failures, fmt.Sprintf("%s: %s", p, r.Err))
			continue
		case r.Unavailable:
			failures = append(failures, fmt.Sprintf("%s: no buildable files on %s", p, tc.host))
			continue
		}
		covered = append(covered, p)
		if hasNoSymbols(r.Source) {
			logf("%s: nothing extractable (generic only: %s)", p, strings.Join(infos[p].generic, ", "))
			continue
		}
		src, err := rewrite(r.Source, p, infos[p].name)
		if err != nil {
			return err
		}
		files = append(files, outFile{fileBase(p) + ".go", src})
	}
	for _, p := range perTarget {
		pfiles, err := platformFiles(cfg.targets, p, infos[p].name, targetResults)
		if err != nil {
			failures = append(failures, err.Error())
			continue
		}
		covered = append(covered, p)
		if len(pfiles) > 1 {
			logf("%s: one table per target", p)
		}
		files = append(files, pfiles...)
	}
	if len(failures) > 0 {
		return fmt.Errorf("extraction failed:\n\t%s", strings.Join(failures, "\n\t"))
	}
	for _, f := range files {
		if err := checkFileName(f.name, knownNames); err != nil {
			return err
		}
	}
	covered = append(covered, handProvided()...)
	slices.Sort(covered)
	files = append(files,
		outFile{"versions.go", versionsFile(tc.version, cfg.targets, perTarget, files)},
		outFile{"packages.go", packagesFile(covered, infos)},
	)
	if err := writeFiles(cfg.out, files); err != nil {
		return err
	}
	logf("wrote %d files in %v", len(files), time.Since(start).Round(time.Second))
	return nil
}

// extractAll runs the workers: the portable packages for the host, spread
// over cfg.jobs processes, and the platform-dependent ones once per target.
func extractAll(ctx context.Context, cfg config, tc toolchain, portable, perTarget []string) (host map[string]result, byTarget map[target]map[string]result, err error) {
	chunks := make([][]string, cfg.jobs)
	for i, p := range portable {
		chunks[i%cfg.jobs] = append(chunks[i%cfg.jobs], p)
	}
	var mu sync.Mutex // guards host and byTarget
	host = map[string]result{}
	byTarget = map[target]map[string]result{}
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.jobs)
	for _, chunk := range chunks {
		if len(chunk) == 0 {
			continue
		}
		g.Go(func() error {
			res, err := runWorker(ctx, tc.host, chunk)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			maps.Copy(host, res)
			return nil
		})
	}
	for _, t := range cfg.targets {
		g.Go(func() error {
			res, err := runWorker(ctx, t, perTarget)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			byTarget[t] = res
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, nil, err
	}
	return host, byTarget, nil
}

// platformFiles turns the per-target extractions of the platform-dependent
// package p into files: a single file when every target where p exists got
// the same table and its build constraint already excludes the others, one
// <name>_<goos>_<goarch>.go file per target otherwise.
func platformFiles(targets []target, p, pkgName string, results map[target]map[string]result) ([]outFile, error) {
	type variant struct {
		t   target
		src []byte
	}
	var avail []variant
	var missing []target
	for _, t := range targets {
		r := results[t][p]
		switch {
		case r.Err != "":
			return nil, fmt.Errorf("%s on %s: %s", p, t, r.Err)
		case r.Unavailable || hasNoSymbols(r.Source):
			// log/syslog builds on Windows (its doc.go) but has no API there.
			missing = append(missing, t)
			continue
		}
		src, err := rewrite(r.Source, p, pkgName)
		if err != nil {
			return nil, err
		}
		avail = append(avail, variant{t, src})
	}
	if len(avail) == 0 {
		return nil, fmt.Errorf("%s: not available on any target", p)
	}
	same := true
	for _, v := range avail[1:] {
		same = same && bytes.Equal(v.src, avail[0].src)
	}
	if same {
		excluded := true
		for _, t := range missing {
			excluded = excluded && !constraintAllows(avail[0].src, t)
		}
		if excluded {
			return []outFile{{fileBase(p) + ".go", avail[0].src}}, nil
		}
	}
	files := make([]outFile, 0, len(avail))
	for _, v := range avail {
		files = append(files, outFile{fmt.Sprintf("%s_%s_%s.go", fileBase(p), v.t.goos, v.t.goarch), v.src})
	}
	return files, nil
}

// constraintAllows reports whether the //go:build line of src, if any,
// accepts target t.
func constraintAllows(src []byte, t target) bool {
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "package ") {
			break
		}
		if !constraint.IsGoBuild(line) {
			continue
		}
		x, err := constraint.Parse(line)
		if err != nil {
			return true
		}
		return x.Eval(func(tag string) bool {
			return tag == t.goos || tag == t.goarch || (tag == "unix" && t.goos != "windows" && t.goos != "plan9" && t.goos != "js" && t.goos != "wasip1")
		})
	}
	return true
}

// hasNoSymbols reports whether extract produced an empty symbol map, as it
// does for packages whose whole API is generic.
func hasNoSymbols(src []byte) bool {
	return bytes.Contains(src, []byte("= map[string]reflect.Value{}\n"))
}

// fileBase turns an import path into a file name stem, as extract's own
// command does: golang.org/x/sync/errgroup becomes golang_org_x_sync_errgroup.
func fileBase(path string) string {
	return strings.NewReplacer("/", "_", ".", "_", "-", "_", "~", "_").Replace(path)
}

// knownPlatformNames returns the GOOS and GOARCH values the toolchain knows,
// from "go tool dist list".
func knownPlatformNames(ctx context.Context, tc toolchain) (map[string]bool, error) {
	out, err := goOutput(ctx, tc.goCmd, nil, "tool", "dist", "list")
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for _, line := range strings.Fields(string(out)) {
		goos, goarch, _ := strings.Cut(line, "/")
		names[goos], names[goarch] = true, true
	}
	return names, nil
}

// checkFileName rejects a generated file name that the go command would
// read as a build constraint it was not meant to carry (a stem ending in
// _test, or in _<goos> or _<goarch> for a portable file).
func checkFileName(name string, known map[string]bool) error {
	stem := strings.TrimSuffix(name, ".go")
	parts := strings.Split(stem, "_")
	last := parts[len(parts)-1]
	if last == "test" {
		return fmt.Errorf("generated file %s would be a test file", name)
	}
	if len(parts) >= 3 && known[parts[len(parts)-2]] && known[last] {
		return nil // deliberate _goos_goarch suffix
	}
	if known[last] {
		return fmt.Errorf("generated file %s would be constrained to %s", name, last)
	}
	return nil
}

// writeFiles removes the files of a previous run (those starting with
// generatedPrefix) from dir and writes files. It refuses to overwrite a file
// it did not generate.
func writeFiles(dir string, files []outFile) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read output directory: %w", err)
	}
	var stale []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		gen, err := isGenerated(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		if gen {
			stale = append(stale, e.Name())
		} else if slices.ContainsFunc(files, func(f outFile) bool { return f.name == e.Name() }) {
			return fmt.Errorf("%s exists and was not generated; refusing to overwrite it", e.Name())
		}
	}
	for _, name := range stale {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("remove stale file: %w", err)
		}
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.src, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	return nil
}

// isGenerated reports whether the file starts with generatedPrefix.
func isGenerated(name string) (bool, error) {
	f, err := os.Open(name)
	if err != nil {
		return false, fmt.Errorf("check generated file: %w", err)
	}
	defer f.Close()
	buf := make([]byte, len(generatedPrefix))
	if _, err := io.ReadFull(f, buf); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return false, nil
		}
		return false, fmt.Errorf("check generated file: %w", err)
	}
	return string(buf) == generatedPrefix, nil
}
