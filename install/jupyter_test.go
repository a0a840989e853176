package install

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// jupyterCommand returns the path of the jupyter command. When it is
// missing the test is skipped, or fails if $CI is set.
func jupyterCommand(t *testing.T) string {
	t.Helper()
	for _, c := range []string{"jupyter", "/usr/bin/jupyter"} {
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("jupyter not found and CI is set; install jupyter-core and jupyter-client (Debian: jupyter-core python3-jupyter-client)")
	}
	t.Skip("jupyter not found")
	return ""
}

// kernelspecList runs `jupyter kernelspec list --json` with JUPYTER_DATA_DIR
// set to data and every other per-user location inside a temporary home.
func kernelspecList(t *testing.T, jupyter, data string) map[string]listedSpec {
	t.Helper()
	home := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, jupyter, "kernelspec", "list", "--json")
	cmd.Env = append(os.Environ(),
		"HOME="+home,
		"JUPYTER_DATA_DIR="+data,
		"JUPYTER_CONFIG_DIR="+filepath.Join(home, "config"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(home, "runtime"),
		"JUPYTER_PATH=",
		"JUPYTER_PLATFORM_DIRS=0",
	)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v\n%s", err, stderr.Bytes())
	}
	var list struct {
		Kernelspecs map[string]listedSpec `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatalf("decode kernelspec list: %v\n%s", err, out)
	}
	return list.Kernelspecs
}

// listedSpec is one entry of `jupyter kernelspec list --json`.
type listedSpec struct {
	ResourceDir string     `json:"resource_dir"`
	Spec        KernelSpec `json:"spec"`
}

func TestJupyterListsSpec(t *testing.T) {
	jupyter := jupyterCommand(t)
	data := tempDataDir(t)
	exe := filepath.Join(t.TempDir(), "gokernel")
	dir, err := Install(Options{
		Name:        "gokernel-test",
		DisplayName: "Go (jupyter test)",
		Env:         map[string]string{"GOFLAGS": "-mod=mod"},
		Executable:  exe,
		Args:        []string{"--log-level", "debug"},
	})
	if err != nil {
		t.Fatalf("Install: %v", err)
	}

	specs := kernelspecList(t, jupyter, data)
	got, ok := specs["gokernel-test"]
	if !ok {
		t.Fatalf("jupyter kernelspec list: got %v, want gokernel-test listed", specs)
	}
	if got.ResourceDir != dir {
		t.Errorf("resource_dir: got %q, want %q", got.ResourceDir, dir)
	}
	want, err := Spec(Options{
		Name:        "gokernel-test",
		DisplayName: "Go (jupyter test)",
		Env:         map[string]string{"GOFLAGS": "-mod=mod"},
		Executable:  exe,
		Args:        []string{"--log-level", "debug"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Spec, want) {
		t.Errorf("spec as jupyter reads it:\ngot  %+v\nwant %+v", got.Spec, want)
	}

	if _, err := Uninstall(Options{Name: "gokernel-test"}); err != nil {
		t.Fatalf("Uninstall: %v", err)
	}
	if _, ok := kernelspecList(t, jupyter, data)["gokernel-test"]; ok {
		t.Error("jupyter still lists gokernel-test after Uninstall")
	}
}
