package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io"
	"os"
	"os/exec"

	"github.com/traefik/yaegi/extract"
)

// result is what a worker reports for one package.
type result struct {
	Path        string // import path
	Source      []byte // extract's output, before rewrite
	Unavailable bool   // the package has no buildable files for the worker's target
	Err         string // extraction failure
}

// serveWorker extracts each package of paths for the target given by the
// GOOS and GOARCH environment variables (which go/build reads at start-up)
// and writes the results to w as a JSON array.
func serveWorker(paths []string, w io.Writer) error {
	ext := extract.Extractor{Dest: "symbols"}
	results := make([]result, 0, len(paths))
	for _, p := range paths {
		r := result{Path: p}
		var buf bytes.Buffer
		got, err := ext.Extract(p, "", &buf)
		var noGo *build.NoGoError
		switch {
		case errors.As(err, &noGo):
			r.Unavailable = true
		case err != nil:
			r.Err = err.Error()
		case got != p:
			// Extract treats a directory of that name under the working
			// directory as a local package; never let that happen silently.
			r.Err = fmt.Sprintf("extract resolved %q to local package %q", p, got)
		default:
			r.Source = buf.Bytes()
		}
		results = append(results, r)
	}
	if err := json.NewEncoder(w).Encode(results); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

// runWorker runs this executable as a worker extracting paths for t and
// returns its results, indexed by import path.
func runWorker(ctx context.Context, t target, paths []string) (map[string]result, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find generator executable: %w", err)
	}
	cmd := exec.CommandContext(ctx, self, append([]string{"-worker"}, paths...)...)
	// CGO_ENABLED=0 keeps the source importer from running cgo: the
	// exported API is the same either way, and no C compiler is needed.
	cmd.Env = append(os.Environ(), "GOOS="+t.goos, "GOARCH="+t.goarch, "CGO_ENABLED=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("worker for %s: %w: %s", t, err, bytes.TrimSpace(stderr.Bytes()))
	}
	var results []result
	if err := json.Unmarshal(stdout.Bytes(), &results); err != nil {
		return nil, fmt.Errorf("decode worker results for %s: %w", t, err)
	}
	m := make(map[string]result, len(results))
	for _, r := range results {
		m[r.Path] = r
	}
	for _, p := range paths {
		if _, ok := m[p]; !ok {
			return nil, fmt.Errorf("worker for %s returned no result for %s", t, p)
		}
	}
	return m, nil
}
