package stdgen

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
)

//go:embed src/*.go.txt
var sources embed.FS

// pkg describes the source of one package.
type pkg struct {
	path     string
	names    []string // the generic API it implements
	requires []string // stdgen packages its source uses
}

// table lists the packages with a source, sorted by path. It is never
// modified.
var table = []pkg{
	{path: "cmp", names: []string{"Compare", "Less", "Or", "Ordered"}},
	{path: "crypto/hkdf", names: []string{"Expand", "Extract", "Key"}},
	{path: "crypto/pbkdf2", names: []string{"Key"}},
	{path: "database/sql", names: []string{"Null"}},
	{path: "errors", names: []string{"AsType"}},
	{path: "hash/maphash", names: []string{"Comparable", "WriteComparable"}},
	{path: "iter", names: []string{"Pull", "Pull2"}},
	{path: "maps", names: []string{"All", "Clone", "Collect", "Copy", "DeleteFunc", "Equal", "EqualFunc", "Insert", "Keys", "Values"}},
	{path: "math/rand/v2", names: []string{"N"}},
	{path: "reflect", names: []string{"TypeAssert", "TypeFor"}},
	{path: "slices", requires: []string{"cmp"}, names: []string{
		"All", "AppendSeq", "Backward", "BinarySearch", "BinarySearchFunc", "Chunk", "Clip", "Clone",
		"Collect", "Compact", "CompactFunc", "Compare", "CompareFunc", "Concat", "Contains",
		"ContainsFunc", "Delete", "DeleteFunc", "Equal", "EqualFunc", "Grow", "Index", "IndexFunc",
		"Insert", "IsSorted", "IsSortedFunc", "Max", "MaxFunc", "Min", "MinFunc", "Repeat", "Replace",
		"Reverse", "Sort", "SortFunc", "SortStableFunc", "Sorted", "SortedFunc", "SortedStableFunc", "Values",
	}},
	{path: "sync", names: []string{"OnceValue", "OnceValues"}},
	{path: "sync/atomic", names: []string{"Pointer"}},
	{path: "unique", names: []string{"Handle", "Make"}},
}

func lookup(path string) (pkg, bool) {
	i, ok := slices.BinarySearchFunc(table, path, func(p pkg, path string) int { return strings.Compare(p.path, path) })
	if !ok {
		return pkg{}, false
	}
	return table[i], true
}

// prefix returns the prefix of the names declared for an import path:
// "__gk_math_rand_v2_" for "math/rand/v2".
func prefix(path string) string {
	return "__gk_" + strings.ReplaceAll(path, "/", "_") + "_"
}

// Packages returns the sorted import paths that have a source.
func Packages() []string {
	paths := make([]string, len(table))
	for i, p := range table {
		paths[i] = p.path
	}
	return paths
}

// Source returns the source for an import path, and whether there is one.
// It declares the names Name returns for the package, and helpers with the
// same prefix; evaluate the sources of Requires(path) first.
//
// The source of a package is src/<path>.go.txt (path with "/" replaced by
// "_"), which has the imports, followed by its parts src/<path>.*.go.txt
// in name order, which have none.
func Source(path string) (string, bool) {
	if _, ok := lookup(path); !ok {
		return "", false
	}
	stem := "src/" + strings.ReplaceAll(path, "/", "_")
	parts, err := fs.Glob(sources, stem+".*.go.txt")
	if err != nil {
		return "", false // not reached: the pattern is valid
	}
	var src strings.Builder
	for _, name := range append([]string{stem + ".go.txt"}, parts...) {
		b, err := sources.ReadFile(name)
		if err != nil {
			return "", false // not reached: a test checks every package
		}
		if src.Len() > 0 {
			src.WriteString("\n")
		}
		src.Write(b)
	}
	return renameTypeParams(src.String()), true
}

// Name returns the name that Source(path) declares for the generic
// function or type name of package path ("slices", "Sort" →
// "__gk_slices_Sort"), and whether it is implemented.
func Name(path, name string) (string, bool) {
	p, ok := lookup(path)
	if !ok || !slices.Contains(p.names, name) {
		return "", false
	}
	return prefix(path) + name, true
}

// Names returns the generic API of package path that Source implements,
// sorted.
func Names(path string) []string {
	p, _ := lookup(path)
	return slices.Clone(p.names)
}

// Requires returns the packages whose sources the source of path uses:
// evaluate them first (they require nothing themselves).
func Requires(path string) []string {
	p, _ := lookup(path)
	return slices.Clone(p.requires)
}
