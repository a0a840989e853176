package main

import (
	"bytes"
	"fmt"
	"go/format"
	"slices"
	"strings"
)

// versionsFile returns the source of versions.go, which records the
// toolchain and the targets the tables were generated for.
func versionsFile(goVersion string, targets []target, perTarget []string, files []outFile) []byte {
	var split []string
	for _, p := range perTarget {
		if !slices.ContainsFunc(files, func(f outFile) bool { return f.name == fileBase(p)+".go" }) {
			split = append(split, p)
		}
	}
	names := make([]string, len(targets))
	for i, t := range targets {
		names[i] = t.String()
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s. DO NOT EDIT.\n\n", generatedPrefix)
	b.WriteString("package symbols\n\n")
	b.WriteString("// GoVersion is the version of the Go toolchain whose standard library the\n")
	b.WriteString("// symbol tables were generated from.\n")
	fmt.Fprintf(&b, "const GoVersion = %q\n\n", goVersion)
	b.WriteString("// Targets returns the GOOS/GOARCH pairs the tables were generated for.\n")
	b.WriteString("// The packages whose API differs between them have one table per target\n")
	if len(split) == 0 {
		split = []string{"none"}
	}
	fmt.Fprintf(&b, "// (%s) and are absent from Symbols on other platforms.\n", strings.Join(split, ", "))
	fmt.Fprintf(&b, "func Targets() []string {\n\treturn %#v\n}\n", names)
	return gofmt(b.Bytes())
}

// packagesFile returns the source of packages.go: the covered import paths
// and the generic names each package lacks.
func packagesFile(covered []string, infos map[string]pkgInfo) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s. DO NOT EDIT.\n\n", generatedPrefix)
	b.WriteString("package symbols\n\n")
	b.WriteString(`// Packages returns the sorted import paths the tables cover. It includes
// packages whose whole API is generic, such as iter, which have no entry in
// Symbols, and unsafe, which is provided by hand. See Generic.
func Packages() []string {
	return []string{
`)
	for _, p := range covered {
		fmt.Fprintf(&b, "\t\t%q,\n", p)
	}
	b.WriteString("\t}\n}\n\n")
	b.WriteString(`// Generic returns the sorted exported names of the package at importPath
// that have no entry in Symbols because a reflect.Value cannot hold them:
// generic functions, generic types and type-constraint interfaces. It
// returns nil for a package without any, or one the tables do not cover.
func Generic(importPath string) []string {
	switch importPath {
`)
	for _, p := range covered {
		if g := infos[p].generic; len(g) > 0 {
			fmt.Fprintf(&b, "\tcase %q:\n\t\treturn %#v\n", p, g)
		}
	}
	b.WriteString("\t}\n\treturn nil\n}\n")
	return gofmt(b.Bytes())
}

// gofmt formats generated source; if it does not parse, the source is
// returned as is so that the compiler reports the problem.
func gofmt(src []byte) []byte {
	out, err := format.Source(src)
	if err != nil {
		return src
	}
	return out
}
