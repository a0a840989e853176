package install

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeEnv returns an env for goos with the variables in vars and the home
// directory home.
func fakeEnv(goos, home string, vars map[string]string) env {
	return env{
		goos: goos,
		lookup: func(name string) (string, bool) {
			v, ok := vars[name]
			return v, ok
		},
		home: func() (string, error) {
			if home == "" {
				return "", errors.New("no home")
			}
			return home, nil
		},
	}
}

func TestKernelsDirRules(t *testing.T) {
	home := t.TempDir()
	j := filepath.Join
	tests := []struct {
		name string
		goos string
		opts Options
		vars map[string]string
		want string
	}{
		{"linux default", "linux", Options{}, nil, j(home, ".local", "share", "jupyter", "kernels")},
		{"linux xdg", "linux", Options{}, map[string]string{"XDG_DATA_HOME": "/xdg"}, j("/xdg", "jupyter", "kernels")},
		{"linux empty xdg", "linux", Options{}, map[string]string{"XDG_DATA_HOME": ""}, j(home, ".local", "share", "jupyter", "kernels")},
		{"linux data dir wins", "linux", Options{}, map[string]string{"JUPYTER_DATA_DIR": "/data", "XDG_DATA_HOME": "/xdg"}, j("/data", "kernels")},
		{"linux empty data dir ignored", "linux", Options{}, map[string]string{"JUPYTER_DATA_DIR": ""}, j(home, ".local", "share", "jupyter", "kernels")},
		{"linux platform dirs", "linux", Options{}, map[string]string{"JUPYTER_PLATFORM_DIRS": "1"}, j(home, ".local", "share", "jupyter", "kernels")},
		{"freebsd default", "freebsd", Options{}, nil, j(home, ".local", "share", "jupyter", "kernels")},
		{"darwin default", "darwin", Options{}, map[string]string{"XDG_DATA_HOME": "/xdg"}, j(home, "Library", "Jupyter", "kernels")},
		{"darwin platform dirs", "darwin", Options{}, map[string]string{"JUPYTER_PLATFORM_DIRS": "yes"}, j(home, "Library", "Application Support", "Jupyter", "kernels")},
		{"darwin platform dirs off", "darwin", Options{}, map[string]string{"JUPYTER_PLATFORM_DIRS": "off"}, j(home, "Library", "Jupyter", "kernels")},
		{"darwin platform dirs empty is set", "darwin", Options{}, map[string]string{"JUPYTER_PLATFORM_DIRS": ""}, j(home, "Library", "Application Support", "Jupyter", "kernels")},
		{"darwin data dir", "darwin", Options{}, map[string]string{"JUPYTER_DATA_DIR": "/data"}, j("/data", "kernels")},
		{"windows appdata", "windows", Options{}, map[string]string{"APPDATA": "/appdata"}, j("/appdata", "jupyter", "kernels")},
		{"windows no appdata", "windows", Options{}, nil, j(home, ".jupyter", "data", "kernels")},
		{"windows no appdata config dir", "windows", Options{}, map[string]string{"JUPYTER_CONFIG_DIR": "/cfg"}, j("/cfg", "data", "kernels")},
		{"windows platform dirs", "windows", Options{}, map[string]string{"APPDATA": "/appdata", "LOCALAPPDATA": "/local", "JUPYTER_PLATFORM_DIRS": "true"}, j("/local", "Jupyter", "kernels")},
		{"sys-prefix venv", "linux", Options{Scope: SysPrefix}, map[string]string{"VIRTUAL_ENV": "/venv", "CONDA_PREFIX": "/conda"}, j("/venv", "share", "jupyter", "kernels")},
		{"sys-prefix conda", "linux", Options{Scope: SysPrefix}, map[string]string{"CONDA_PREFIX": "/conda"}, j("/conda", "share", "jupyter", "kernels")},
		{"sys-prefix default", "linux", Options{Scope: SysPrefix}, map[string]string{"JUPYTER_DATA_DIR": "/data"}, j("/usr/local", "share", "jupyter", "kernels")},
		{"sys-prefix windows conda", "windows", Options{Scope: SysPrefix}, map[string]string{"CONDA_PREFIX": "/conda"}, j("/conda", "share", "jupyter", "kernels")},
		{"prefix", "linux", Options{Scope: Prefix, Prefix: "/opt/x"}, map[string]string{"JUPYTER_DATA_DIR": "/data"}, j("/opt/x", "share", "jupyter", "kernels")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := kernelsDir(tt.opts, fakeEnv(tt.goos, home, tt.vars))
			if err != nil {
				t.Fatalf("kernelsDir: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKernelsDirErrors(t *testing.T) {
	tests := []struct {
		name    string
		goos    string
		home    string
		opts    Options
		wantErr string
	}{
		{"sys-prefix windows without env", "windows", "/home/u", Options{Scope: SysPrefix}, "VIRTUAL_ENV or CONDA_PREFIX"},
		{"prefix without dir", "linux", "/home/u", Options{Scope: Prefix}, "needs a prefix"},
		{"unknown scope", "linux", "/home/u", Options{Scope: Scope(9)}, "unknown scope"},
		{"no home", "linux", "", Options{}, "home directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := kernelsDir(tt.opts, fakeEnv(tt.goos, tt.home, nil))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("got %q, %v; want error containing %q", got, err, tt.wantErr)
			}
		})
	}
}

func TestKernelsDirResolvesHomeSymlink(t *testing.T) {
	real := t.TempDir()
	link := filepath.Join(t.TempDir(), "home")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	real, err := filepath.EvalSymlinks(real)
	if err != nil {
		t.Fatal(err)
	}
	got, err := kernelsDir(Options{}, fakeEnv("linux", link, nil))
	if err != nil {
		t.Fatalf("kernelsDir: %v", err)
	}
	if want := filepath.Join(real, ".local", "share", "jupyter", "kernels"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestKernelsDirHost(t *testing.T) {
	data := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)
	got, err := KernelsDir(Options{})
	if err != nil {
		t.Fatalf("KernelsDir: %v", err)
	}
	if want := filepath.Join(data, "kernels"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	prefix := t.TempDir()
	t.Chdir(prefix)
	got, err = KernelsDir(Options{Scope: Prefix, Prefix: "rel"})
	if err != nil {
		t.Fatalf("KernelsDir: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(wd, "rel", "share", "jupyter", "kernels"); got != want {
		t.Errorf("relative prefix: got %q, want %q", got, want)
	}
}

func TestScopeString(t *testing.T) {
	tests := []struct {
		s    Scope
		want string
	}{{User, "user"}, {SysPrefix, "sys-prefix"}, {Prefix, "prefix"}, {Scope(7), "Scope(7)"}}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("Scope(%d).String() = %q, want %q", int(tt.s), got, tt.want)
		}
	}
}
