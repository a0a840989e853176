package install

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// env is the slice of the process environment that the path rules read.
// It exists so that the rules for every platform can be tested on any one.
type env struct {
	goos   string
	lookup func(string) (string, bool)
	home   func() (string, error)
}

// hostEnv returns the environment of the running process.
func hostEnv() env {
	return env{goos: runtime.GOOS, lookup: os.LookupEnv, home: os.UserHomeDir}
}

// getenv returns the value of the variable name, or "" when it is unset.
func (e env) getenv(name string) string {
	v, _ := e.lookup(name)
	return v
}

// KernelsDir returns the "kernels" directory of the Jupyter data directory
// selected by opts.Scope; the spec itself lives in KernelsDir/<name>.
//
// The rules follow jupyter_core (4.12 and 5.x):
//
//   - User: $JUPYTER_DATA_DIR if set; otherwise on Linux and other Unixes
//     $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter, on macOS
//     ~/Library/Jupyter, on Windows %APPDATA%\jupyter (or
//     <config dir>\data when APPDATA is unset). When
//     $JUPYTER_PLATFORM_DIRS is true (jupyter_core 5), macOS uses
//     ~/Library/Application Support/Jupyter and Windows
//     %LOCALAPPDATA%\Jupyter instead.
//   - SysPrefix: <prefix>/share/jupyter, where <prefix> stands for Python's
//     sys.prefix, which Go cannot know: it is $VIRTUAL_ENV if set, else
//     $CONDA_PREFIX if set, else /usr/local on Unix (a directory Jupyter
//     always searches). On Windows one of the two variables must be set.
//   - Prefix: opts.Prefix/share/jupyter.
func KernelsDir(opts Options) (string, error) {
	return kernelsDir(opts, hostEnv())
}

func kernelsDir(opts Options, e env) (string, error) {
	data, err := dataDir(opts, e)
	if err != nil {
		return "", err
	}
	return filepath.Join(data, "kernels"), nil
}

// dataDir returns the Jupyter data directory for the scope in opts.
func dataDir(opts Options, e env) (string, error) {
	switch opts.Scope {
	case User:
		return userDataDir(e)
	case SysPrefix:
		prefix := firstSet(e, "VIRTUAL_ENV", "CONDA_PREFIX")
		if prefix == "" {
			if e.goos == "windows" {
				return "", errors.New("install: sys-prefix scope needs VIRTUAL_ENV or CONDA_PREFIX on windows; activate the environment or use --prefix")
			}
			prefix = "/usr/local"
		}
		return filepath.Join(prefix, "share", "jupyter"), nil
	case Prefix:
		if opts.Prefix == "" {
			return "", errors.New("install: prefix scope needs a prefix directory")
		}
		prefix, err := filepath.Abs(opts.Prefix)
		if err != nil {
			return "", fmt.Errorf("install: resolve prefix %q: %w", opts.Prefix, err)
		}
		return filepath.Join(prefix, "share", "jupyter"), nil
	default:
		return "", fmt.Errorf("install: unknown scope %d", opts.Scope)
	}
}

// userDataDir mirrors jupyter_core.paths.jupyter_data_dir.
func userDataDir(e env) (string, error) {
	if d := e.getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	home, err := e.home()
	if err != nil || home == "" {
		return "", fmt.Errorf("install: find home directory for the user data dir: %w", errOrEmpty(err))
	}
	// jupyter_core resolves symbolic links in the home directory.
	if real, err := filepath.EvalSymlinks(home); err == nil {
		home = real
	}
	platformDirs := envTrue(e.lookup("JUPYTER_PLATFORM_DIRS"))
	switch e.goos {
	case "darwin", "ios":
		if platformDirs {
			return filepath.Join(home, "Library", "Application Support", "Jupyter"), nil
		}
		return filepath.Join(home, "Library", "Jupyter"), nil
	case "windows":
		if platformDirs {
			if local := e.getenv("LOCALAPPDATA"); local != "" {
				return filepath.Join(local, "Jupyter"), nil
			}
		}
		if appdata := e.getenv("APPDATA"); appdata != "" {
			dir := filepath.Join(appdata, "jupyter")
			if real, err := filepath.EvalSymlinks(dir); err == nil {
				dir = real
			}
			return dir, nil
		}
		config := e.getenv("JUPYTER_CONFIG_DIR")
		if config == "" {
			config = filepath.Join(home, ".jupyter")
		}
		return filepath.Join(config, "data"), nil
	default:
		xdg := e.getenv("XDG_DATA_HOME")
		if xdg == "" {
			xdg = filepath.Join(home, ".local", "share")
		}
		return filepath.Join(xdg, "jupyter"), nil
	}
}

// firstSet returns the value of the first variable in names that is set
// to a non-empty value.
func firstSet(e env, names ...string) string {
	for _, n := range names {
		if v := e.getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// envTrue reports whether a variable counts as true under jupyter_core's
// envset: set, even to "", and not to no, n, false, off, 0 or 0.0.
func envTrue(v string, set bool) bool {
	if !set {
		return false
	}
	switch strings.ToLower(v) {
	case "no", "n", "false", "off", "0", "0.0":
		return false
	}
	return true
}

func errOrEmpty(err error) error {
	if err != nil {
		return err
	}
	return errors.New("empty home directory")
}
