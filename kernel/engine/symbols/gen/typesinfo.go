package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"slices"
)

// pkgInfo is what the generator learns about a package from its gc export
// data.
type pkgInfo struct {
	name    string   // declared package name
	generic []string // exported names extract leaves out: generic functions and types, constraint interfaces
}

// loadPkgInfo type-loads paths from the gc export data that "go list
// -export" produces with the running toolchain for the host platform.
func loadPkgInfo(ctx context.Context, tc toolchain, paths []string) (map[string]pkgInfo, error) {
	args := append([]string{"list", "-e", "-export", "-deps", "-json=ImportPath,Name,Export,Error"}, paths...)
	out, err := goOutput(ctx, tc.goCmd, nil, args...)
	if err != nil {
		return nil, err
	}
	exports := map[string]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Name, Export string
			Error                    *struct{ Err string }
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("decode go list output: %w", err)
		}
		if p.Error != nil {
			return nil, fmt.Errorf("go list %s: %s", p.ImportPath, p.Error.Err)
		}
		exports[p.ImportPath] = p.Export
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok || file == "" {
			return nil, fmt.Errorf("no export data for %q", path)
		}
		return os.Open(file)
	})
	infos := make(map[string]pkgInfo, len(paths))
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			return nil, fmt.Errorf("import %s: %w", path, err)
		}
		info := pkgInfo{name: pkg.Name()}
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if !obj.Exported() {
				continue
			}
			skip, err := skippedByExtract(obj)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if skip {
				info.generic = append(info.generic, name)
			}
		}
		slices.Sort(info.generic)
		infos[path] = info
	}
	return infos, nil
}

// skippedByExtract mirrors the rules by which yaegi's extract leaves a
// symbol out: generic functions, generic named types, and interfaces
// without methods but with embedded elements (type constraints). It fails
// on generic aliases, which extract does not recognize and would emit as
// uninstantiated types that do not compile.
func skippedByExtract(obj types.Object) (bool, error) {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Type().(*types.Signature).TypeParams().Len() > 0, nil
	case *types.TypeName:
		switch t := obj.Type().(type) {
		case *types.Alias:
			if t.TypeParams().Len() > 0 {
				return false, fmt.Errorf("generic alias %s is not supported by yaegi extract", obj.Name())
			}
		case *types.Named:
			if t.TypeParams().Len() > 0 {
				return true, nil
			}
		}
		if it, ok := obj.Type().Underlying().(*types.Interface); ok && it.NumMethods() == 0 && it.NumEmbeddeds() != 0 {
			return true, nil
		}
	}
	return false, nil
}
