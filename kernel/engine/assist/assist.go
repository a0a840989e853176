// Package assist completes and inspects Go code in notebook cells (Tab and
// Shift-Tab in JupyterLab). It asks the compiler for the type information
// of the cell being written, checked against the session's earlier cells,
// and reads documentation from the Go sources when they are installed.
//
// Offsets are byte offsets into the cell's code, as in kernel.Completion.
package assist

import (
	"fmt"
	"go/token"
	"go/types"
	"sync"

	"gokernel/kernel"
	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/typeinfo"
)

// Analyzer is what assist needs of the compiler: the type information of a
// cell being written (see compile.Compiler.Analyze).
type Analyzer interface {
	Analyze(src string, cut int) (*compile.Analysis, error)
}

var _ Analyzer = (*compile.Compiler)(nil)

// Options configures an Assistant. The zero value works.
type Options struct {
	// GOROOT is where the Go sources for documentation are; "" finds them
	// on first use (go env GOROOT, then $GOROOT, then /usr/local/go).
	// Without sources, inspection shows signatures without docs.
	GOROOT string
	// Importer gives the types of packages a cell names but the analysis
	// did not import (when the cell does not parse); nil uses typeinfo.
	Importer types.Importer
}

// Assistant completes and inspects cells. It caches the documentation it
// has read; its methods are safe for concurrent use (the Analyzer passed
// to them need not be).
type Assistant struct {
	opt  Options
	docs *docs

	mu   sync.Mutex     // guards imp and pkgs
	imp  types.Importer // for packages the analysis lacks; created on first use
	pkgs []stdPackage   // the standard packages by name; computed on first use
}

// New returns an Assistant.
func New(opt Options) *Assistant {
	return &Assistant{opt: opt, imp: opt.Importer, docs: newDocs(opt.GOROOT)}
}

// Complete proposes completions at byte offset cursor of code, using a
// new Assistant (see Assistant.Complete).
func Complete(a Analyzer, code string, cursor int) kernel.Completion {
	return New(Options{}).Complete(a, code, cursor)
}

// Inspect describes the symbol at byte offset cursor of code, using a new
// Assistant, which reads documentation afresh (see Assistant.Inspect).
func Inspect(a Analyzer, code string, cursor, detail int) kernel.Inspection {
	return New(Options{}).Inspect(a, code, cursor, detail)
}

// Complete proposes completions at byte offset cursor of code: members
// after a selector (fmt.Prin, p.Na), names in scope, keywords, builtins
// and package names otherwise. Matches replace the whole identifier
// around the cursor, and a package's members the package name too
// ("fmt.Prin" gives "fmt.Print", ...; "p.Na" gives "Name"). With nothing
// to propose, Matches is empty and CursorStart and CursorEnd are cursor
// (taken into code when out of range). It never panics: a failure of the
// analysis yields no matches.
func (as *Assistant) Complete(a Analyzer, code string, cursor int) (c kernel.Completion) {
	cursor = clamp(code, cursor)
	defer func() {
		if recover() != nil {
			c = kernel.Completion{CursorStart: cursor, CursorEnd: cursor}
		}
	}()
	return as.complete(a, code, cursor)
}

// Inspect describes the symbol under or just before byte offset cursor of
// code, or the function whose call's arguments the cursor is in. detail 1
// adds the declaration's full source. Found is false when there is
// nothing to describe. It never panics.
func (as *Assistant) Inspect(a Analyzer, code string, cursor, detail int) (in kernel.Inspection) {
	cursor = clamp(code, cursor)
	defer func() {
		if recover() != nil {
			in = kernel.Inspection{}
		}
	}()
	return as.inspect(a, code, cursor, detail)
}

// clamp moves cursor into code and back to the start of a UTF-8 sequence.
func clamp(code string, cursor int) int {
	cursor = max(0, min(cursor, len(code)))
	for cursor > 0 && cursor < len(code) && code[cursor]&0xC0 == 0x80 {
		cursor--
	}
	return cursor
}

// importer returns the importer for packages the analysis lacks.
func (as *Assistant) importer() types.Importer {
	as.mu.Lock()
	defer as.mu.Unlock()
	if as.imp == nil {
		as.imp = typeinfo.NewImporter(token.NewFileSet())
	}
	return as.imp
}

// analysis is a compile.Analysis of a text derived from the user's code:
// offsets at or after from in the code are shift bytes further in the
// analyzed text.
type analysis struct {
	*compile.Analysis
	from, shift int
}

// at maps an offset of the code to one of the analyzed text.
func (a *analysis) at(off int) int {
	if off >= a.from {
		return off + a.shift
	}
	return off
}

// analyze runs the analyzer, turning a panic into an error.
func analyze(an Analyzer, src string, cut int) (a *compile.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("assist: analyze: %v", r)
		}
	}()
	a, err = an.Analyze(src, cut)
	if err == nil && (a == nil || a.Cell == nil || a.Info == nil || a.Fset == nil) {
		return nil, fmt.Errorf("assist: analyze: incomplete analysis")
	}
	return a, err
}

// analyzeExpr analyzes code, and when that fails (the code does not
// parse, even cut at cut), the expression code[start:end] placed at the
// start of its line after the code before that line, so that it is
// checked in the scope it was written in, else the expression alone.
// extra is inserted in the text analyzed (a placeholder after a
// selector's dot) at offset end. It returns nil when all fail.
func analyzeExpr(an Analyzer, code string, start, end, cut int, extra string) *analysis {
	src := code[:end] + extra + code[end:]
	if a, err := analyze(an, src, max(cut, end+len(extra))); err == nil {
		// The placeholder stays at end; what follows it moves.
		return &analysis{Analysis: a, from: end + 1, shift: len(extra)}
	}
	ls := lineStart(code, start)
	src = code[:ls] + code[start:end] + extra
	if a, err := analyze(an, src, len(src)); err == nil {
		return &analysis{Analysis: a, from: start, shift: ls - start}
	}
	// The code before does not parse either (go func() { x.): the
	// expression alone, in the session's scope.
	src = code[start:end] + extra
	if a, err := analyze(an, src, len(src)); err == nil {
		return &analysis{Analysis: a, from: start, shift: -start}
	}
	return nil
}

// analyzeScope analyzes code for the scope at offset off: code as is,
// else cut at the start of off's line, else an empty cell (the session
// alone). It returns nil when all fail.
func analyzeScope(an Analyzer, code string, off int) *analysis {
	if a, err := analyze(an, code, off); err == nil {
		return &analysis{Analysis: a, from: len(code) + 1}
	}
	ls := lineStart(code, off)
	if a, err := analyze(an, code[:ls], ls); err == nil {
		return &analysis{Analysis: a, from: ls, shift: ls - off}
	}
	if a, err := analyze(an, "", 0); err == nil {
		return &analysis{Analysis: a, from: 0, shift: -off}
	}
	return nil
}
