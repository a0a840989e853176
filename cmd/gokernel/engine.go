package main

import (
	"errors"
	"go/token"
	"log/slog"

	"gokernel/kernel"
	"gokernel/kernel/engine"
	"gokernel/kernel/engine/capture"
	"gokernel/kernel/engine/symbols"
	"gokernel/kernel/engine/typeinfo"
	"gokernel/kernel/history"
)

// newEngine builds the Go engine with the standard library and the
// bundled extras. capt, when not nil, is the capture of the process's
// output that the engine flushes after each cell.
func newEngine(log *slog.Logger, capt *capture.Capture) *engine.Engine {
	opt := engine.Options{
		Log:         log,
		Symbols:     symbols.Symbols,
		Importer:    typeinfo.NewImporter(token.NewFileSet()),
		GoVersion:   symbols.GoVersion,
		PackageName: typeinfo.PackageName,
		Lookup:      typeinfo.Lookup,
	}
	if capt != nil {
		opt.Flush = capt.Sync
	}
	return engine.New(opt)
}

// openHistory opens the persistent history (path "" is the default
// place, "off" none); a nil History means an in-memory one. close releases
// it.
func openHistory(path string, log *slog.Logger) (h kernel.History, close func(), err error) {
	s, err := history.Open(path, log)
	if errors.Is(err, history.ErrDisabled) {
		return nil, func() {}, nil
	}
	if err != nil {
		return nil, func() {}, err
	}
	return s, func() { s.Close() }, nil
}
