// Package install installs and removes the gokernel kernelspec (kernel.json
// and logos) in Jupyter's data directories.
//
// A kernelspec is a directory kernels/<name> inside a Jupyter data
// directory; KernelsDir documents which data directory each Scope selects.
package install

//go:generate go run ./internal/logogen -dir logos

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Scope selects the Jupyter data directory a spec is installed into.
type Scope int

const (
	// User is the per-user data directory (jupyter kernelspec install --user).
	User Scope = iota
	// SysPrefix is the data directory of the active Python environment
	// (--sys-prefix); see KernelsDir for how Go guesses that environment.
	SysPrefix
	// Prefix is <Options.Prefix>/share/jupyter (--prefix DIR).
	Prefix
)

// String returns the command-line spelling of s.
func (s Scope) String() string {
	switch s {
	case User:
		return "user"
	case SysPrefix:
		return "sys-prefix"
	case Prefix:
		return "prefix"
	}
	return fmt.Sprintf("Scope(%d)", int(s))
}

// Defaults for the zero values of Options.
const (
	DefaultName        = "gokernel"
	DefaultDisplayName = "Go"
)

// Options describes one kernelspec and where it goes. The zero value
// installs the spec "gokernel" for the current user, running the current
// executable.
type Options struct {
	// Scope selects the data directory; see KernelsDir.
	Scope Scope
	// Prefix is the installation prefix when Scope is Prefix.
	Prefix string
	// Name is the kernel name, the directory under kernels/; it must match
	// ^[a-zA-Z0-9._-]+$ and is lowercased as jupyter_client does.
	// Empty means DefaultName.
	Name string
	// DisplayName is shown in Jupyter's launcher. Empty means
	// DefaultDisplayName.
	DisplayName string
	// Env holds extra environment variables for the kernel process.
	Env map[string]string
	// Executable is the gokernel binary the spec runs. Empty means the
	// running executable (os.Executable with symbolic links resolved);
	// a relative path is made absolute.
	Executable string
	// Args are extra arguments placed after the connection file,
	// for example "--log-level", "debug".
	Args []string
}

// KernelSpec is the content of kernel.json.
type KernelSpec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      Metadata          `json:"metadata"`
}

// Metadata is the metadata object of kernel.json.
type Metadata struct {
	// Debugger tells JupyterLab the kernel answers debug_request.
	Debugger bool `json:"debugger"`
}

// specFile is the name of the spec file in a kernelspec directory.
const specFile = "kernel.json"

//go:embed logos
var logos embed.FS

// Spec returns the kernel.json content for opts, with defaults applied.
func Spec(opts Options) (KernelSpec, error) {
	opts, err := resolve(opts)
	if err != nil {
		return KernelSpec{}, err
	}
	return spec(opts), nil
}

// spec builds the KernelSpec for resolved options.
func spec(opts Options) KernelSpec {
	argv := []string{opts.Executable, "kernel", "--connection-file", "{connection_file}"}
	argv = append(argv, opts.Args...)
	var env map[string]string
	if len(opts.Env) > 0 {
		env = maps.Clone(opts.Env)
	}
	return KernelSpec{
		Argv:          argv,
		DisplayName:   opts.DisplayName,
		Language:      "go",
		InterruptMode: "message",
		Env:           env,
		Metadata:      Metadata{Debugger: true},
	}
}

// Install writes the kernelspec described by opts and returns its
// directory. An existing spec of the same name is replaced: each file is
// written to a temporary file and renamed into place, then files Install
// does not write are removed. The directory gets mode 0755, files 0644.
func Install(opts Options) (dir string, err error) {
	opts, err = resolve(opts)
	if err != nil {
		return "", err
	}
	kernels, err := KernelsDir(opts)
	if err != nil {
		return "", err
	}
	dir = filepath.Join(kernels, opts.Name)
	files, err := specFiles(spec(opts))
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("install: create %s: %w", dir, err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return "", fmt.Errorf("install: chmod %s: %w", dir, err)
	}
	// kernel.json last, so a reader never sees a new spec with old logos.
	for _, name := range append(sortedKeys(files, specFile), specFile) {
		if err := writeFileAtomic(dir, name, files[name]); err != nil {
			return "", err
		}
	}
	if err := removeStale(dir, files); err != nil {
		return "", err
	}
	return dir, nil
}

// Uninstall removes the kernelspec directory named by opts.Name in the
// data directory of opts.Scope and returns it. It is an error, wrapping
// fs.ErrNotExist, if there is no such spec.
func Uninstall(opts Options) (dir string, err error) {
	name, err := kernelName(opts.Name)
	if err != nil {
		return "", err
	}
	opts.Name = name
	kernels, err := KernelsDir(opts)
	if err != nil {
		return "", err
	}
	dir = filepath.Join(kernels, opts.Name)
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("install: no kernelspec %q in %s: %w", opts.Name, kernels, fs.ErrNotExist)
	}
	if err != nil {
		return "", fmt.Errorf("install: %w", err)
	}
	if fi.Mode().IsRegular() {
		return "", fmt.Errorf("install: %s is a file, not a kernelspec directory", dir)
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", fmt.Errorf("install: remove %s: %w", dir, err)
	}
	return dir, nil
}

// resolve validates opts and fills in defaults.
func resolve(opts Options) (Options, error) {
	name, err := kernelName(opts.Name)
	if err != nil {
		return Options{}, err
	}
	opts.Name = name
	if opts.DisplayName == "" {
		opts.DisplayName = DefaultDisplayName
	}
	for k := range opts.Env {
		if k == "" || strings.Contains(k, "=") {
			return Options{}, fmt.Errorf("install: invalid env name %q", k)
		}
	}
	if opts.Executable == "" {
		exe, err := os.Executable()
		if err != nil {
			return Options{}, fmt.Errorf("install: find executable: %w", err)
		}
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		opts.Executable = exe
	}
	exe, err := filepath.Abs(opts.Executable)
	if err != nil {
		return Options{}, fmt.Errorf("install: resolve executable %q: %w", opts.Executable, err)
	}
	opts.Executable = exe
	return opts, nil
}

// kernelName applies the default, lowercases name as jupyter_client does
// and checks it against Jupyter's rule ^[a-zA-Z0-9._-]+$. The names "."
// and "..", which the rule allows, are rejected: they are not directories
// of their own.
func kernelName(name string) (string, error) {
	if name == "" {
		return DefaultName, nil
	}
	name = strings.ToLower(name)
	if name == "." || name == ".." {
		return "", fmt.Errorf("install: invalid kernel name %q", name)
	}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
		default:
			return "", fmt.Errorf("install: invalid kernel name %q: use only ASCII letters, digits, '.', '_' and '-'", name)
		}
	}
	return name, nil
}

// specFiles returns the content of every file of the spec by name.
func specFiles(ks KernelSpec) (map[string][]byte, error) {
	js, err := json.MarshalIndent(ks, "", " ")
	if err != nil {
		return nil, fmt.Errorf("install: encode %s: %w", specFile, err)
	}
	files := map[string][]byte{specFile: append(js, '\n')}
	entries, err := fs.ReadDir(logos, "logos")
	if err != nil {
		return nil, fmt.Errorf("install: read embedded logos: %w", err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(logos, path.Join("logos", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("install: read embedded logo %s: %w", e.Name(), err)
		}
		files[e.Name()] = b
	}
	return files, nil
}

// tmpPrefix starts the names of temporary files in a spec directory.
const tmpPrefix = ".tmp-"

// writeFileAtomic writes data to dir/name with mode 0644 through a
// temporary file in dir that is renamed into place.
func writeFileAtomic(dir, name string, data []byte) (err error) {
	f, err := os.CreateTemp(dir, tmpPrefix+name+"-*")
	if err != nil {
		return fmt.Errorf("install: write %s: %w", name, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		return fmt.Errorf("install: write %s: %w", filepath.Join(dir, name), err)
	}
	return nil
}

// removeStale removes the entries of dir that are not in keep, sparing
// temporary files of a concurrent Install.
func removeStale(dir string, keep map[string][]byte) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("install: list %s: %w", dir, err)
	}
	var errs []error
	for _, e := range entries {
		if _, ok := keep[e.Name()]; ok || strings.HasPrefix(e.Name(), tmpPrefix) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			errs = append(errs, fmt.Errorf("install: remove stale %s: %w", e.Name(), err))
		}
	}
	return errors.Join(errs...)
}

// sortedKeys returns the keys of m except skip, in sorted order.
func sortedKeys(m map[string][]byte, skip string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != skip {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
