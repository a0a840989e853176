package install_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"gokernel/install"
)

func Example() {
	prefix, err := os.MkdirTemp("", "gokernel-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(prefix)

	env, err := install.ParseEnv([]string{"GOFLAGS=-mod=mod"})
	if err != nil {
		log.Fatal(err)
	}
	opts := install.Options{
		Scope:      install.Prefix,
		Prefix:     prefix,
		Env:        env,
		Executable: "/opt/gokernel/bin/gokernel",
		Args:       []string{"--log-level", "debug"},
	}
	dir, err := install.Install(opts)
	if err != nil {
		log.Fatal(err)
	}
	rel, err := filepath.Rel(prefix, dir)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("installed in", filepath.ToSlash(rel))

	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		log.Fatal(err)
	}
	var spec install.KernelSpec
	if err := json.Unmarshal(b, &spec); err != nil {
		log.Fatal(err)
	}
	fmt.Println(spec.Argv)
	fmt.Println(spec.DisplayName, spec.Language, spec.InterruptMode, spec.Env, spec.Metadata.Debugger)

	if _, err := install.Uninstall(opts); err != nil {
		log.Fatal(err)
	}
	// Output:
	// installed in share/jupyter/kernels/gokernel
	// [/opt/gokernel/bin/gokernel kernel --connection-file {connection_file} --log-level debug]
	// Go go message map[GOFLAGS:-mod=mod] true
}
