// Package typeinfo provides go/types information for the standard library
// and the bundled extras, embedded so that the kernel needs no Go toolchain
// at run time.
//
// It covers the same packages as gokernel/kernel/engine/symbols: everything
// the interpreter can import, including the packages whose API is entirely
// generic (iter, slices, maps, ...), whose types the interpreter's tables
// cannot hold. The data is the gc export data of the toolchain named by
// GoVersion for the platform named by Platform, re-encoded with
// golang.org/x/tools/go/gcexportdata and compressed one package at a time,
// so that an Importer decodes only what is imported.
//
// PackageName, Lookup and Packages answer from generated tables without
// decoding anything.
package typeinfo

import (
	"compress/flate"
	_ "embed" // for exportData
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

//go:generate go run ./gen

// exportData holds the compressed export data of every package,
// concatenated; locate says where each one lies.
//
//go:embed exportdata.bin
var exportData string

// ErrUnknownPackage is wrapped by the error an Importer returns for an
// import path without type information.
var ErrUnknownPackage = errors.New("package not available")

// Packages returns the sorted import paths with type information.
func Packages() []string { return packages() }

// PackageName returns the declared name of the package at importPath, such
// as "rand" for "math/rand/v2", or "" if importPath has no type information.
// It decodes nothing.
func PackageName(importPath string) string {
	name, _, _, _ := locate(importPath)
	return name
}

// Lookup returns the import paths of the packages declared with the given
// name, or nil. The first is the one to import when a cell uses name without
// importing it: the shortest import path wins and ties go to the lexically
// first, as goimports orders candidates. So "rand" gives math/rand,
// crypto/rand, math/rand/v2 and "template" gives html/template before
// text/template. (goimports itself also checks which candidate exports the
// selectors used and, for "rand", tries crypto/rand first; a caller that
// knows the selectors can do the same by importing the candidates in turn.)
func Lookup(name string) []string { return lookup(name) }

// Importer is a types.ImporterFrom that decodes the embedded export data of
// a package the first time it is imported and caches it. Packages imported
// through one Importer share their dependencies, so types compare identical
// across them. It is safe for concurrent use.
type Importer struct {
	fset *token.FileSet

	mu   sync.Mutex                // guards pkgs
	pkgs map[string]*types.Package // by import path; a package only referenced by another may be incomplete
}

var _ types.ImporterFrom = (*Importer)(nil)

// NewImporter returns an Importer that records file positions of the
// imported declarations in fset.
func NewImporter(fset *token.FileSet) *Importer {
	return &Importer{fset: fset, pkgs: make(map[string]*types.Package)}
}

// Import returns the package at path.
func (imp *Importer) Import(path string) (*types.Package, error) {
	return imp.ImportFrom(path, "", 0)
}

// ImportFrom returns the package at path. There is no vendoring or module
// resolution: dir and mode are ignored.
func (imp *Importer) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	_, off, size, ok := locate(path)
	if !ok {
		return nil, fmt.Errorf("typeinfo: import %q: %w", path, ErrUnknownPackage)
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	if pkg := imp.pkgs[path]; pkg != nil && pkg.Complete() {
		return pkg, nil
	}
	r := flate.NewReader(strings.NewReader(exportData[off : off+size]))
	pkg, err := gcexportdata.Read(r, imp.fset, imp.pkgs, path)
	if err != nil {
		return nil, fmt.Errorf("typeinfo: import %q: %w", path, err)
	}
	return pkg, nil
}
