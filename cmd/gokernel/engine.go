package main

import (
	"go/importer"
	"go/token"
	"log/slog"
	"path"
	"sort"
	"strings"

	"gokernel/kernel"
	"gokernel/kernel/engine"
	"gokernel/kernel/engine/capture"
	"gokernel/kernel/engine/symbols"
)

// newEngine builds the Go engine with the standard library and the
// bundled extras. capt, when not nil, is the capture of the process's
// output that the engine flushes after each cell.
func newEngine(log *slog.Logger, capt *capture.Capture) *engine.Engine {
	names := map[string][]string{}
	for k := range symbols.Symbols {
		p := path.Dir(k)
		if p == "." || strings.Contains(p, "internal") {
			continue
		}
		names[path.Base(k)] = append(names[path.Base(k)], p)
	}
	for _, ps := range names {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) < len(ps[j]) || len(ps[i]) == len(ps[j]) && ps[i] < ps[j] })
	}
	opt := engine.Options{
		Log:       log,
		Symbols:   symbols.Symbols,
		Importer:  importer.ForCompiler(token.NewFileSet(), "source", nil),
		GoVersion: symbols.GoVersion,
		Lookup:    func(name string) []string { return names[name] },
	}
	if capt != nil {
		opt.Flush = capt.Sync
	}
	return engine.New(opt)
}

// openHistory opens the persistent history; nil means in-memory.
func openHistory(path string, log *slog.Logger) (kernel.History, error) {
	return nil, nil
}
