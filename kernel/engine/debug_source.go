package engine

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/dap"
)

// dbgSources maps the code of cells to the paths JupyterLab names them by,
// and back. Its zero value is empty.
type dbgSources struct {
	code  map[string]string   // source path → code (dumped or executed)
	cells map[string][]string // source path → the cells that ran that code
	paths map[string]string   // cell name → source path of its code
}

// add records a source; cell is "" for a dumped one.
func (s *dbgSources) add(path, code, cell string) {
	if s.code == nil {
		s.code, s.cells, s.paths = map[string]string{}, map[string][]string{}, map[string]string{}
	}
	s.code[path] = code
	if cell == "" {
		return
	}
	if old, ok := s.paths[cell]; ok && old != path {
		// The same name ran other code (a cell run without a new count).
		s.cells[old] = dbgRemove(s.cells[old], cell)
	}
	s.paths[cell] = path
	for _, c := range s.cells[path] {
		if c == cell {
			return
		}
	}
	s.cells[path] = append(s.cells[path], cell)
}

// dbgRemove returns list without s.
func dbgRemove(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// dbgLineMap decodes the line numbers of cell code (see compile.LineBase):
// names[k-1] is the cell numbered k. It copies what the compiler knows,
// so that goroutines stopped in cell code can decode lines while the
// shell goroutine compiles.
type dbgLineMap struct {
	comp  *compile.Compiler
	names []string
}

// update learns the cells the compiler numbered since the last update.
func (m *dbgLineMap) update(c *compile.Compiler) {
	if m.comp != c { // a fresh compiler (%reset)
		m.comp, m.names = c, nil
	}
	for k := len(m.names) + 1; ; k++ {
		name, _, ok := c.Line(k*compile.LineBase + 1)
		if !ok {
			return
		}
		m.names = append(m.names, name)
	}
}

// decode returns the cell and line of a line number the interpreter
// reports; ok is false for the kernel's own code.
func (m *dbgLineMap) decode(n int) (cell string, line int, ok bool) {
	k := n / compile.LineBase
	if k < 1 || k > len(m.names) || n%compile.LineBase == 0 {
		return "", 0, false
	}
	return m.names[k-1], n % compile.LineBase, true
}

// numbers returns the interpreter's line numbers of line of cell.
func (m *dbgLineMap) numbers(cell string, line int) []int {
	var out []int
	for i, name := range m.names {
		if name == cell {
			out = append(out, (i+1)*compile.LineBase+line)
		}
	}
	return out
}

// debugBegin is called by Execute before a cell (named name, with the
// code the front end sent) runs; debugEnd after it ran.
func (e *Engine) debugBegin(name, code string) {
	d := &e.dbg
	d.busy.Lock()
	d.mu.Lock()
	defer d.mu.Unlock()
	d.src.add(dap.SourcePath(d.tmpPrefix(), code, dbgSourceSuffix), code, name)
	d.vars.Reset()
	d.dirty = true
}

// debugEnd is called by Execute after the cell ran (see debugBegin).
func (e *Engine) debugEnd() {
	e.dbg.busy.Unlock()
}

// dbgDumpCell writes a cell's code to the file named as JupyterLab names
// it, and returns that path.
func (e *Engine) dbgDumpCell(ctx context.Context, req dap.Request) (any, error) {
	var args dap.DumpCellArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	path := dap.SourcePath(d.tmpPrefix(), args.Code, dbgSourceSuffix)
	d.src.add(path, args.Code, "")
	d.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("dumpCell: %w", err)
	}
	if err := os.WriteFile(path, []byte(args.Code), 0o600); err != nil {
		return nil, fmt.Errorf("dumpCell: %w", err)
	}
	return dap.DumpCellBody{SourcePath: path}, nil
}

// dbgSource returns the code of a source path.
func (e *Engine) dbgSource(ctx context.Context, req dap.Request) (any, error) {
	var args dap.SourceArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	if args.Source == nil || args.Source.Path == "" {
		return nil, fmt.Errorf("source: no path")
	}
	d := &e.dbg
	d.mu.Lock()
	code, ok := d.src.code[args.Source.Path]
	d.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("source unavailable: %s", args.Source.Path)
	}
	return dap.SourceBody{Content: code, MimeType: "text/x-go"}, nil
}
