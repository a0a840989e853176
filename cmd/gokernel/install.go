package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"

	"gokernel/install"
)

// installEnvFlag collects repeated --env KEY=VALUE flags.
type installEnvFlag []string

// String returns the collected pairs, comma separated.
func (e *installEnvFlag) String() string { return strings.Join(*e, ",") }

// Set checks and appends one KEY=VALUE pair.
func (e *installEnvFlag) Set(v string) error {
	if _, err := install.ParseEnv([]string{v}); err != nil {
		return err
	}
	*e = append(*e, v)
	return nil
}

// installScopeFlags are the mutually exclusive --user, --sys-prefix and --prefix.
type installScopeFlags struct {
	user, sysPrefix bool
	prefix          string
}

// register adds the scope flags to fs.
func (s *installScopeFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&s.user, "user", false, "use the per-user Jupyter data directory (default)")
	fs.BoolVar(&s.sysPrefix, "sys-prefix", false, "use $VIRTUAL_ENV/share/jupyter, else $CONDA_PREFIX/share/jupyter, else /usr/local/share/jupyter")
	fs.StringVar(&s.prefix, "prefix", "", "use `DIR`/share/jupyter")
}

// apply sets the scope of opts from the flags that fs saw.
func (s *installScopeFlags) apply(fs *flag.FlagSet, opts *install.Options) error {
	var set []string
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "user", "sys-prefix", "prefix":
			set = append(set, "--"+f.Name)
		}
	})
	if len(set) > 1 {
		return fmt.Errorf("%s are mutually exclusive", strings.Join(set, ", "))
	}
	switch {
	case s.sysPrefix:
		opts.Scope = install.SysPrefix
	case s.prefix != "":
		opts.Scope, opts.Prefix = install.Prefix, s.prefix
	case len(set) == 1 && set[0] == "--prefix":
		return errors.New("--prefix needs a directory")
	default:
		opts.Scope = install.User
	}
	return nil
}

// parseFlags parses args with fs. It returns done when the user asked for
// help, which it prints to stdout.
func parseInstallFlags(fs *flag.FlagSet, usage string, args []string, stdout io.Writer) (done bool, err error) {
	fs.SetOutput(io.Discard)
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fmt.Fprintf(stdout, "usage: %s\n\nflags:\n", usage)
		fs.PrintDefaults()
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return false, fmt.Errorf("%s: unexpected arguments %q", fs.Name(), fs.Args())
	}
	return false, nil
}

// runInstall implements `gokernel install`: it writes the kernelspec for
// this executable and prints its directory to stdout.
func runInstall(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gokernel install", flag.ContinueOnError)
	var (
		scope    installScopeFlags
		env      installEnvFlag
		name     = fs.String("name", install.DefaultName, "kernel `NAME` (letters, digits, '.', '_', '-'; lowercased)")
		display  = fs.String("display-name", install.DefaultDisplayName, "`TEXT` shown in Jupyter's launcher")
		logLevel = fs.String("log-level", "", "kernel log `LEVEL` (debug, info, warn, error)")
	)
	scope.register(fs)
	fs.Var(&env, "env", "set `KEY=VALUE` in the kernel's environment (repeatable)")
	const usage = "gokernel install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name TEXT] [--env KEY=VALUE]... [--log-level LEVEL]"
	if done, err := parseInstallFlags(fs, usage, args, stdout); done || err != nil {
		return err
	}

	opts := install.Options{Name: *name, DisplayName: *display}
	if err := scope.apply(fs, &opts); err != nil {
		return fmt.Errorf("gokernel install: %w", err)
	}
	m, err := install.ParseEnv(env)
	if err != nil {
		return err // already prefixed "install: "
	}
	opts.Env = m
	if *logLevel != "" {
		var l slog.Level
		if err := l.UnmarshalText([]byte(*logLevel)); err != nil {
			return fmt.Errorf("gokernel install: --log-level: %w", err)
		}
		opts.Args = []string{"--log-level", *logLevel}
	}

	dir, err := install.Install(opts)
	if err != nil {
		return err // already prefixed "install: "
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", filepath.Base(dir), dir)
	return nil
}

// runUninstall implements `gokernel uninstall`: it removes the kernelspec
// and prints the removed directory to stdout.
func runUninstall(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gokernel uninstall", flag.ContinueOnError)
	var scope installScopeFlags
	scope.register(fs)
	name := fs.String("name", install.DefaultName, "kernel `NAME`")
	const usage = "gokernel uninstall [--user | --sys-prefix | --prefix DIR] [--name NAME]"
	if done, err := parseInstallFlags(fs, usage, args, stdout); done || err != nil {
		return err
	}

	opts := install.Options{Name: *name}
	if err := scope.apply(fs, &opts); err != nil {
		return fmt.Errorf("gokernel uninstall: %w", err)
	}
	dir, err := install.Uninstall(opts)
	if err != nil {
		return err // already prefixed "install: "
	}
	fmt.Fprintf(stdout, "Removed %s\n", dir)
	return nil
}
