package install

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// tempDataDir points JUPYTER_DATA_DIR at a fresh temporary directory.
func tempDataDir(t *testing.T) string {
	t.Helper()
	d := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", d)
	return d
}

// readSpec decodes dir/kernel.json, rejecting unknown fields.
func readSpec(t *testing.T, dir string) KernelSpec {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatalf("read kernel.json: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var ks KernelSpec
	if err := dec.Decode(&ks); err != nil {
		t.Fatalf("decode kernel.json: %v\n%s", err, b)
	}
	return ks
}

func TestInstallUninstallRoundTrip(t *testing.T) {
	data := tempDataDir(t)
	exe := filepath.Join(t.TempDir(), "gokernel")
	opts := Options{
		Name:        "MyGo",
		DisplayName: "Go (test)",
		Env:         map[string]string{"GOFLAGS": "-mod=mod", "EMPTY": ""},
		Executable:  exe,
		Args:        []string{"--log-level", "debug"},
	}
	dir, err := Install(opts)
	if err != nil {
		t.Fatalf("Install: %v", err)
	}
	if want := filepath.Join(data, "kernels", "mygo"); dir != want {
		t.Errorf("Install dir: got %q, want %q", dir, want)
	}

	got := readSpec(t, dir)
	want := KernelSpec{
		Argv:          []string{exe, "kernel", "--connection-file", "{connection_file}", "--log-level", "debug"},
		DisplayName:   "Go (test)",
		Language:      "go",
		InterruptMode: "message",
		Env:           map[string]string{"GOFLAGS": "-mod=mod", "EMPTY": ""},
		Metadata:      Metadata{Debugger: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kernel.json: got %+v, want %+v", got, want)
	}

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	wantNames := []string{"kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg"}
	if !slices.Equal(names, wantNames) {
		t.Errorf("spec files: got %q, want %q", names, wantNames)
	}
	if runtime.GOOS != "windows" {
		checkMode(t, dir, 0o755|fs.ModeDir)
		for _, n := range wantNames {
			checkMode(t, filepath.Join(dir, n), 0o644)
		}
	}

	removed, err := Uninstall(Options{Name: "mygo"})
	if err != nil {
		t.Fatalf("Uninstall: %v", err)
	}
	if removed != dir {
		t.Errorf("Uninstall dir: got %q, want %q", removed, dir)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Uninstall, stat %s: got %v, want not exist", dir, err)
	}
	if _, err := Uninstall(Options{Name: "mygo"}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("second Uninstall: got %v, want fs.ErrNotExist", err)
	}
}

func checkMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode(); got != want {
		t.Errorf("mode of %s: got %v, want %v", path, got, want)
	}
}

func TestInstallReplaces(t *testing.T) {
	data := tempDataDir(t)
	stale := filepath.Join(data, "kernels", "gokernel")
	if err := os.MkdirAll(filepath.Join(stale, "olddir"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"kernel.json", "kernel.js", "logo-64x64.png"} {
		if err := os.WriteFile(filepath.Join(stale, n), []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	dir, err := Install(Options{Executable: "/bin/gokernel"})
	if err != nil {
		t.Fatalf("Install: %v", err)
	}
	if dir != stale {
		t.Errorf("Install dir: got %q, want %q", dir, stale)
	}
	ks := readSpec(t, dir)
	if ks.DisplayName != DefaultDisplayName || ks.Env != nil {
		t.Errorf("replaced spec: got display name %q env %v, want %q and no env", ks.DisplayName, ks.Env, DefaultDisplayName)
	}
	for _, n := range []string{"kernel.js", "olddir"} {
		if _, err := os.Stat(filepath.Join(dir, n)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("stale %s: got %v, want removed", n, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "logo-64x64.png"))
	if err != nil || string(b) == "old" {
		t.Errorf("logo-64x64.png not replaced: %v", err)
	}
}

func TestInstallOmitsEmptyEnv(t *testing.T) {
	tempDataDir(t)
	dir, err := Install(Options{Executable: "/bin/gokernel", Env: map[string]string{}})
	if err != nil {
		t.Fatalf("Install: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw["env"]; ok {
		t.Errorf("kernel.json has env with no variables:\n%s", b)
	}
}

func TestInstallPrefix(t *testing.T) {
	tempDataDir(t)
	prefix := t.TempDir()
	dir, err := Install(Options{Scope: Prefix, Prefix: prefix, Executable: "/bin/gokernel"})
	if err != nil {
		t.Fatalf("Install: %v", err)
	}
	if want := filepath.Join(prefix, "share", "jupyter", "kernels", "gokernel"); dir != want {
		t.Errorf("got %q, want %q", dir, want)
	}
	if _, err := Uninstall(Options{Scope: Prefix, Prefix: prefix}); err != nil {
		t.Errorf("Uninstall: %v", err)
	}
}

func TestBadNames(t *testing.T) {
	tempDataDir(t)
	for _, name := range []string{"go kernel", "go/kernel", `go\kernel`, "..", ".", "gö", "go:1", "a$b"} {
		t.Run(name, func(t *testing.T) {
			if dir, err := Install(Options{Name: name, Executable: "/bin/gokernel"}); err == nil {
				t.Errorf("Install(%q): got dir %q, want error", name, dir)
			}
			if dir, err := Uninstall(Options{Name: name}); err == nil || errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Uninstall(%q): got %q, %v; want invalid name error", name, dir, err)
			}
			if _, err := Spec(Options{Name: name}); err == nil {
				t.Errorf("Spec(%q): got nil error, want invalid name", name)
			}
		})
	}
}

func TestKernelName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "gokernel"},
		{"gokernel", "gokernel"},
		{"Go-1.26_dev", "go-1.26_dev"},
		{"...", "..."},
	}
	for _, tt := range tests {
		got, err := kernelName(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("kernelName(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestSpecDefaults(t *testing.T) {
	ks, err := Spec(Options{})
	if err != nil {
		t.Fatalf("Spec: %v", err)
	}
	if len(ks.Argv) != 4 || !filepath.IsAbs(ks.Argv[0]) {
		t.Fatalf("argv: got %q, want [<abs exe> kernel --connection-file {connection_file}]", ks.Argv)
	}
	if got, want := ks.Argv[1:], []string{"kernel", "--connection-file", "{connection_file}"}; !slices.Equal(got, want) {
		t.Errorf("argv[1:]: got %q, want %q", got, want)
	}
	if ks.DisplayName != "Go" || ks.Language != "go" || ks.InterruptMode != "message" || !ks.Metadata.Debugger {
		t.Errorf("got %+v, want display name Go, language go, interrupt mode message, debugger", ks)
	}

	ks, err = Spec(Options{Executable: "bin/gokernel"})
	if err != nil {
		t.Fatalf("Spec: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(wd, "bin", "gokernel"); ks.Argv[0] != want {
		t.Errorf("relative executable: got %q, want %q", ks.Argv[0], want)
	}

	if _, err := Spec(Options{Env: map[string]string{"A=B": "c"}}); err == nil {
		t.Error("Spec with env name containing '=': got nil error")
	}
}

func TestUninstallFile(t *testing.T) {
	data := tempDataDir(t)
	if err := os.MkdirAll(filepath.Join(data, "kernels"), 0o755); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(data, "kernels", "gokernel")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Uninstall(Options{}); err == nil || !strings.Contains(err.Error(), "not a kernelspec") {
		t.Errorf("got %v, want not a kernelspec directory", err)
	}
	if _, err := os.Stat(f); err != nil {
		t.Errorf("Uninstall removed a plain file: %v", err)
	}
}

func TestLogos(t *testing.T) {
	files, err := specFiles(KernelSpec{})
	if err != nil {
		t.Fatal(err)
	}
	for name, size := range map[string]int{"logo-32x32.png": 32, "logo-64x64.png": 64} {
		img, err := png.Decode(bytes.NewReader(files[name]))
		if err != nil {
			t.Errorf("decode %s: %v", name, err)
			continue
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s: got %dx%d, want %dx%d", name, b.Dx(), b.Dy(), size, size)
		}
	}

	var svg struct {
		XMLName xml.Name
		Width   string `xml:"width,attr"`
		Height  string `xml:"height,attr"`
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(files["logo-svg.svg"], &svg); err != nil {
		t.Fatalf("parse logo-svg.svg: %v", err)
	}
	if svg.XMLName.Space != "http://www.w3.org/2000/svg" || svg.XMLName.Local != "svg" {
		t.Errorf("svg root: got %v, want {http://www.w3.org/2000/svg svg}", svg.XMLName)
	}
	if svg.Width == "" || svg.Height == "" || svg.ViewBox == "" {
		t.Errorf("svg: got width %q height %q viewBox %q, want all set", svg.Width, svg.Height, svg.ViewBox)
	}
	// Every element must be well formed, not just the root's attributes.
	dec := xml.NewDecoder(bytes.NewReader(files["logo-svg.svg"]))
	for {
		if _, err := dec.Token(); err != nil {
			if !errors.Is(err, io.EOF) {
				t.Errorf("svg token: %v", err)
			}
			break
		}
	}
}
