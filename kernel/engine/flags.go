package engine

import (
	"flag"
	"fmt"
	"reflect"
	"sync"
)

// The interpreter gives cells a flag.CommandLine and an os.Args of their
// own, but the flag package's functions (flag.Int, flag.Parse) work on the
// process's: the compiler sends them to the cells' (compile/flagcalls.go),
// and a cell run again defines its flags anew instead of panicking ("flag
// redefined"), as its first run did.

// cellFlags remembers where each flag of the cells was defined.
type cellFlags struct {
	mu    sync.Mutex
	sites map[string]string // flag name → the cell that defined it
}

// commandLine returns the cells' flag.CommandLine variable.
func (rt *cellRuntime) commandLine() reflect.Value {
	v, ok := rt.e.in.Symbols("flag")["flag"]["CommandLine"]
	if !ok || !v.CanSet() || v.Type() != reflect.TypeFor[*flag.FlagSet]() {
		return reflect.ValueOf(&flag.CommandLine).Elem()
	}
	return v
}

// flagCommandLine is the cells' flag.CommandLine, for the functions of
// package flag that use it.
func (rt *cellRuntime) flagCommandLine() *flag.FlagSet {
	fs := rt.commandLine().Interface().(*flag.FlagSet)
	rt.flags.mu.Lock()
	defer rt.flags.mu.Unlock()
	if fs.Usage == nil {
		fs.Usage = func() { usage(fs) }
	}
	return fs
}

// flagFor is flagCommandLine for defining the flag name in the cell
// named site ("": unknown): a flag an earlier cell defined (the cell run
// again, or another defining it anew) is dropped first, as a later
// definition replaces an earlier one in a notebook; one the same cell
// defined is left for the FlagSet to report ("flag redefined"), as Go
// does.
func (rt *cellRuntime) flagFor(name, site string) *flag.FlagSet {
	fs := rt.flagCommandLine()
	if site == "" {
		return fs
	}
	rt.flags.mu.Lock()
	defer rt.flags.mu.Unlock()
	if rt.flags.sites == nil {
		rt.flags.sites = map[string]string{}
	}
	if fs.Lookup(name) == nil {
		rt.flags.sites[name] = site
		return fs
	}
	if rt.flags.sites[name] == site {
		return fs
	}
	rt.flags.sites[name] = site
	nfs := flag.NewFlagSet(fs.Name(), fs.ErrorHandling())
	nfs.SetOutput(fs.Output())
	nfs.Usage = func() { usage(nfs) }
	fs.VisitAll(func(f *flag.Flag) {
		if f.Name != name {
			nfs.Var(f.Value, f.Name, f.Usage)
			nfs.Lookup(f.Name).DefValue = f.DefValue
		}
	})
	rt.commandLine().Set(reflect.ValueOf(nfs))
	return nfs
}

// flagParse is flag.Parse for cells: the cells' flags from the cells'
// os.Args.
func (rt *cellRuntime) flagParse() {
	args := rt.args()
	if len(args) > 0 {
		args = args[1:]
	}
	rt.flagCommandLine().Parse(args) // (its errors panic: flag.PanicOnError)
}

// cellArgs returns the cells' os.Args variable.
func (rt *cellRuntime) cellArgs() (reflect.Value, bool) {
	v, ok := rt.e.in.Symbols("os")["os"]["Args"]
	return v, ok && v.CanSet() && v.Type() == reflect.TypeFor[[]string]()
}

// args is os.Args for cells (the interpreter hands some reads the value
// of before a cell assigned it).
func (rt *cellRuntime) args() []string {
	v, ok := rt.cellArgs()
	if !ok {
		return nil
	}
	args, _ := v.Interface().([]string)
	return args
}

// setArgs is os.Args = args for cells (the interpreter ignores the
// assignment).
func (rt *cellRuntime) setArgs(args []string) {
	if v, ok := rt.cellArgs(); ok {
		v.Set(reflect.ValueOf(args))
	}
}

// usage is the usage message of a FlagSet of the cells: flag.Usage when a
// cell set it, else the FlagSet's own.
func usage(fs *flag.FlagSet) {
	if reflect.ValueOf(flag.Usage).Pointer() != defaultUsage {
		flag.Usage()
		return
	}
	if fs.Name() == "" {
		fmt.Fprintf(fs.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(fs.Output(), "Usage of %s:\n", fs.Name())
	}
	fs.PrintDefaults()
}

// defaultUsage identifies flag.Usage as the flag package sets it.
var defaultUsage = reflect.ValueOf(flag.Usage).Pointer()
