// Package ifaces holds compiled interface types with the method sets
// programs commonly assert standard-library values to
// (err.(interface{ Timeout() bool })): the interpreter asserts a compiled
// value only to a compiled interface, so the kernel's compiler asserts to
// the one here with the same methods.
package ifaces

import (
	"go/types"
	"io/fs"
	"reflect"
	"sort"
	"strings"
)

// Iface is one interface of the catalogue.
type Iface struct {
	// Name is its name among the kernel's runtime symbols.
	Name string
	// Methods is its method set as Key writes it.
	Methods string
	// Type is the interface type.
	Type reflect.Type
}

type (
	stringer       interface{ String() string }
	unwrapper      interface{ Unwrap() error }
	multiUnwrapper interface{ Unwrap() []error }
	timeouter      interface{ Timeout() bool }
	temporary      interface{ Temporary() bool }
	runtimeErr     interface{ RuntimeError() }
	iser           interface{ Is(error) bool }
	aser           interface{ As(any) bool }
	lener          interface{ Len() int }
	caper          interface{ Cap() int }
	sizer          interface{ Size() int64 }
	namer          interface{ Name() string }
	fder           interface{ Fd() uintptr }
	byteser        interface{ Bytes() []byte }
	flusher        interface{ Flush() error }
	syncer         interface{ Sync() error }
	stater         interface {
		Stat() (fs.FileInfo, error)
	}
	errorTimeout interface {
		Error() string
		Timeout() bool
	}
	errorTemporary interface {
		Error() string
		Temporary() bool
	}
	errorUnwrap interface {
		Error() string
		Unwrap() error
	}
	errorMultiUnwrap interface {
		Error() string
		Unwrap() []error
	}
	lenCap interface {
		Len() int
		Cap() int
	}
)

// List is the catalogue.
var List = []Iface{
	{"IfError", "Error() string", reflect.TypeFor[error]()},
	{"IfStringer", "String() string", reflect.TypeFor[stringer]()},
	{"IfUnwrap", "Unwrap() error", reflect.TypeFor[unwrapper]()},
	{"IfMultiUnwrap", "Unwrap() []error", reflect.TypeFor[multiUnwrapper]()},
	{"IfTimeout", "Timeout() bool", reflect.TypeFor[timeouter]()},
	{"IfTemporary", "Temporary() bool", reflect.TypeFor[temporary]()},
	{"IfRuntimeError", "RuntimeError()", reflect.TypeFor[runtimeErr]()},
	{"IfIs", "Is(error) bool", reflect.TypeFor[iser]()},
	{"IfAs", "As(any) bool", reflect.TypeFor[aser]()},
	{"IfLen", "Len() int", reflect.TypeFor[lener]()},
	{"IfCap", "Cap() int", reflect.TypeFor[caper]()},
	{"IfSize", "Size() int64", reflect.TypeFor[sizer]()},
	{"IfName", "Name() string", reflect.TypeFor[namer]()},
	{"IfFd", "Fd() uintptr", reflect.TypeFor[fder]()},
	{"IfBytes", "Bytes() []byte", reflect.TypeFor[byteser]()},
	{"IfFlush", "Flush() error", reflect.TypeFor[flusher]()},
	{"IfSync", "Sync() error", reflect.TypeFor[syncer]()},
	{"IfStat", "Stat() (io/fs.FileInfo, error)", reflect.TypeFor[stater]()},
	{"IfErrorTimeout", "Error() string; Timeout() bool", reflect.TypeFor[errorTimeout]()},
	{"IfErrorTemporary", "Error() string; Temporary() bool", reflect.TypeFor[errorTemporary]()},
	{"IfErrorUnwrap", "Error() string; Unwrap() error", reflect.TypeFor[errorUnwrap]()},
	{"IfErrorMultiUnwrap", "Error() string; Unwrap() []error", reflect.TypeFor[errorMultiUnwrap]()},
	{"IfLenCap", "Cap() int; Len() int", reflect.TypeFor[lenCap]()},
}

// Lookup returns the name of the catalogue's interface with the method set
// methods (as Key writes it), or "".
func Lookup(methods string) string {
	for _, f := range List {
		if f.Methods == methods {
			return f.Name
		}
	}
	return ""
}

// Key writes the method set of iface: "Name(params) results" per method,
// sorted, joined by "; ", types qualified by package path.
func Key(iface *types.Interface) string {
	qual := func(p *types.Package) string { return p.Path() }
	var ms []string
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		sig, ok := m.Type().(*types.Signature)
		if !ok || sig.Variadic() {
			return ""
		}
		list := func(t *types.Tuple) []string {
			var out []string
			for j := 0; j < t.Len(); j++ {
				out = append(out, types.TypeString(t.At(j).Type(), qual))
			}
			return out
		}
		s := m.Name() + "(" + strings.Join(list(sig.Params()), ", ") + ")"
		switch res := list(sig.Results()); len(res) {
		case 0:
		case 1:
			s += " " + res[0]
		default:
			s += " (" + strings.Join(res, ", ") + ")"
		}
		ms = append(ms, s)
	}
	sort.Strings(ms)
	return strings.Join(ms, "; ")
}
