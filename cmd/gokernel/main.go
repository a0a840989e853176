// Command gokernel is a Jupyter kernel for Go: it installs its kernelspec,
// serves the Jupyter protocol, and runs notebooks headlessly.
//
//	gokernel install [--user|--sys-prefix|--prefix DIR] [--name NAME] ...
//	gokernel uninstall [--user|--sys-prefix|--prefix DIR] [--name NAME]
//	gokernel kernel --connection-file FILE [--log-level LEVEL] [--log FILE]
//	gokernel run [--inplace | --output DIR] [--timeout S] [--allow-errors] NOTEBOOK...
//	gokernel version
//	gokernel help
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// usage lists the subcommands.
const usage = `gokernel — a Jupyter kernel for Go

Usage:
  gokernel install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name TEXT] [--env K=V ...]
        install the kernelspec so Jupyter can start gokernel
  gokernel uninstall [--user | --sys-prefix | --prefix DIR] [--name NAME]
        remove the kernelspec
  gokernel kernel --connection-file FILE [--log-level debug|info|warn|error] [--log FILE]
        run the kernel (this is what Jupyter starts)
  gokernel run [--inplace | --output DIR] [--timeout SECONDS] [--allow-errors] NOTEBOOK...
        execute notebooks without Jupyter and write their outputs
  gokernel version
        print the version
  gokernel help
        print this help
`

// errUsage marks errors after which the usage is worth printing.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the process's exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "install":
		err = runInstall(args[1:], stdout)
	case "uninstall":
		err = runUninstall(args[1:], stdout)
	case "kernel":
		err = runKernel(args[1:], stderr)
	case "run":
		var failed bool
		failed, err = runNotebooks(args[1:], stdout, stderr)
		if err == nil && failed {
			return 1
		}
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
	case "help", "--help", "-help", "-h":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "gokernel: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "gokernel %s: %v\n", args[0], err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}
