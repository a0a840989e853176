package engine

import (
	"fmt"
	"go/token"
	"io"
	"log"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/format"
)

// printTypes is the engine's format.Types: it reads the struct tags the
// compiler put on cell types, and calls String and Error methods through
// the accessors the compiler defined.
type printTypes struct {
	e *Engine

	mu        sync.Mutex               // guards accessors and defs
	accessors map[string]reflect.Value // accessor variable → func(*T) string
	defs      map[string]string        // accessor variable → its definition (see revive)
	stale     atomic.Bool              // a cell was cancelled since the accessors were made
}

// DescOf implements format.Types.
func (p *printTypes) DescOf(name string) *format.Desc {
	if p.e.comp == nil {
		return nil
	}
	return p.e.comp.TaggedDesc(name)
}

// structID returns the compiler's ID of an interpreted struct type.
func structID(t reflect.Type) int {
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return 0
	}
	id, err := strconv.Atoi(t.Field(0).Tag.Get(compile.StructTag))
	if err != nil {
		return 0
	}
	return id
}

// Struct implements format.Types.
func (p *printTypes) Struct(t reflect.Type) *format.Struct {
	id := structID(t)
	if p.e.comp == nil {
		return nil
	}
	if id == 0 {
		return p.anonStruct(t)
	}
	st, ok := p.e.comp.Struct(id)
	if !ok {
		return nil
	}
	d := p.e.comp.StructDesc(id)
	if d == nil || len(d.Fields) != len(st.Fields) {
		return &st.Struct
	}
	// The description knows the fields' types (a field of type Color
	// printed with its String method).
	out := st.Struct
	out.Fields = d.Fields
	return &out
}

// Method implements format.Types.
func (p *printTypes) Method(v reflect.Value, name string) (string, bool) {
	f, v, ok := p.accessor(v, name)
	if !ok {
		return "", false
	}
	return callString(f, v)
}

// maxMethodDepth bounds how deeply String and Error methods that fmt
// calls may nest: an Error method printing its own receiver
// (fmt.Sprint(e) in Error, the Tour of Go's warning) recurses without
// end, and Go's stack overflow would end the kernel (recursion through
// fmt stays far below that depth otherwise).
const maxMethodDepth = 10000

// methodDepth counts the String and Error calls in progress (of all
// goroutines: few run at once); methodOverflow is set from when they went
// past maxMethodDepth until they all returned.
var (
	methodDepth    atomic.Int64
	methodOverflow atomic.Bool
)

// errMethodOverflow is the fatal error of String or Error calls nested
// past maxMethodDepth.
const errMethodOverflow = fatalError("stack overflow: a String or Error method calls itself through fmt " +
	"(fmt.Sprint(e) inside e's Error method); print a conversion instead: fmt.Sprint(float64(e))")

// callString calls f(v), a func(*T) string accessor.
func callString(f, v reflect.Value) (string, bool) {
	if methodDepth.Add(1) > maxMethodDepth {
		methodDepth.Add(-1)
		methodOverflow.Store(true)
		panic(errMethodOverflow)
	}
	defer func() {
		// Each level fails in turn (fmt, which recovers a method's panic,
		// would otherwise print the text of every level around it).
		if methodDepth.Add(-1) == 0 && methodOverflow.Swap(false) || methodOverflow.Load() {
			panic(errMethodOverflow)
		}
	}()
	out := f.Call([]reflect.Value{v})
	if len(out) != 1 || out[0].Kind() != reflect.String {
		return "", false
	}
	return out[0].String(), true
}

// Format implements format.Types.
func (p *printTypes) Format(v reflect.Value, f fmt.State, verb rune) bool {
	acc, v, ok := p.accessor(v, "Format")
	if !ok {
		return false
	}
	acc.Call([]reflect.Value{v, reflect.ValueOf(&f).Elem(), reflect.ValueOf(verb)})
	return true
}

// accessor returns the accessor of method name of v's declared type and
// the receiver to call it with (a pointer).
func (p *printTypes) accessor(v reflect.Value, name string) (reflect.Value, reflect.Value, bool) {
	if !v.IsValid() {
		return reflect.Value{}, reflect.Value{}, false
	}
	ptr := v.Kind() == reflect.Pointer
	t := v.Type()
	if ptr {
		t = t.Elem()
	}
	id := structID(t)
	if id == 0 || p.e.comp == nil {
		return reflect.Value{}, reflect.Value{}, false
	}
	st, ok := p.e.comp.Struct(id)
	if !ok {
		return reflect.Value{}, reflect.Value{}, false
	}
	ref, ok := st.Methods[name]
	if !ok || ref.Pointer && !ptr {
		return reflect.Value{}, reflect.Value{}, false
	}
	p.mu.Lock()
	f := p.accessors[ref.Var]
	p.mu.Unlock()
	if !f.IsValid() {
		return reflect.Value{}, reflect.Value{}, false
	}
	if !ptr {
		c := reflect.New(t)
		c.Elem().Set(v)
		v = c
	}
	return f, v, true
}

// MarshalDescribed implements format.JSONMarshaler, for a format.Tagged
// that compiled code marshals.
func (p *printTypes) MarshalDescribed(v reflect.Value, d *format.Desc) ([]byte, error) {
	return p.e.rt.marshalDescribed(v, d)
}

// Call implements format.Types.
func (p *printTypes) Call(acc string, v reflect.Value) (string, bool) {
	f, v, ok := p.accessorArg(acc, v)
	if !ok {
		return "", false
	}
	return callString(f, v)
}

// CallFormat implements format.Types.
func (p *printTypes) CallFormat(acc string, v reflect.Value, s fmt.State, verb rune) bool {
	f, v, ok := p.accessorArg(acc, v)
	if !ok || f.Type().NumIn() != 3 {
		return false
	}
	f.Call([]reflect.Value{v, reflect.ValueOf(&s).Elem(), reflect.ValueOf(verb)})
	return true
}

// accessorArg returns the accessor named acc and v as its first argument
// (converted, or a pointer to a copy).
func (p *printTypes) accessorArg(acc string, v reflect.Value) (reflect.Value, reflect.Value, bool) {
	p.mu.Lock()
	f := p.accessors[acc]
	p.mu.Unlock()
	if !f.IsValid() || f.Type().NumIn() < 1 || !v.IsValid() {
		return f, v, false
	}
	want := f.Type().In(0)
	switch {
	case v.Type() == want:
	case reflect.PointerTo(v.Type()) == want:
		c := reflect.New(v.Type())
		c.Elem().Set(v)
		v = c
	case v.Type().ConvertibleTo(want):
		v = v.Convert(want)
	case v.Kind() != reflect.Pointer && reflect.PointerTo(v.Type()).ConvertibleTo(want):
		c := reflect.New(v.Type())
		c.Elem().Set(v)
		v = c.Convert(want)
	default:
		return f, v, false
	}
	return f, v, true
}

// load fetches the accessors a plan defined (after its steps ran).
func (p *printTypes) load(in *interp.Interpreter, vars []string) {
	for _, name := range vars {
		v, err := in.Eval(name)
		if err != nil {
			p.e.log.Debug("loading method accessor", "var", name, "err", err)
			continue
		}
		p.mu.Lock()
		if p.accessors == nil {
			p.accessors = map[string]reflect.Value{}
		}
		p.accessors[name] = v
		p.mu.Unlock()
	}
}

// remember keeps the definitions of an accessors step (one "var = func
// literal" per line), for revive.
func (p *printTypes) remember(src string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.defs == nil {
		p.defs = map[string]string{}
	}
	for _, line := range strings.Split(src, "\n") {
		if name, _, ok := strings.Cut(line, " = "); ok && token.IsIdentifier(name) {
			p.defs[name] = line
		}
	}
}

// revive makes the accessors again after a cell was cancelled (an
// interrupt, os.Exit): the interpreter stops every function value made
// before a cancellation, which then returns zero values (a String method
// printed as ""). Function values a cell made stay stopped.
func (p *printTypes) revive(in *interp.Interpreter) {
	p.mu.Lock()
	names := make([]string, 0, len(p.defs))
	for name := range p.defs {
		names = append(names, name)
	}
	sort.Strings(names)
	var src strings.Builder
	for _, name := range names {
		src.WriteString(p.defs[name] + "\n")
	}
	p.mu.Unlock()
	if len(names) == 0 {
		return
	}
	if _, err := p.e.quiet(func() (any, error) { return in.Eval(src.String()) }); err != nil {
		p.e.log.Debug("reviving method accessors", "err", err)
		return
	}
	p.load(in, names)
}

// printSymbols replaces fmt's and log's printing functions with ones that
// print interpreted values as Go prints compiled ones. They wrap the
// functions the interpreter has now (which write to its stdout).
func (e *Engine) printSymbols(in *interp.Interpreter) interp.Exports {
	t := e.types
	fm := in.Symbols("fmt")["fmt"]
	args := func(a []any) []any { return format.Args(t, a) }
	orig := func(name string) reflect.Value { return fm[name] }
	// The interpreter's own Print, Printf and Println write to its stdout.
	pr, ok1 := orig("Print").Interface().(func(...any) (int, error))
	prl, ok2 := orig("Println").Interface().(func(...any) (int, error))
	prf, ok3 := orig("Printf").Interface().(func(string, ...any) (int, error))
	if !ok1 || !ok2 || !ok3 {
		pr, prl, prf = fmt.Print, fmt.Println, fmt.Printf
	}
	// A cell that sets os.Stdout (to a pipe, to capture what it prints)
	// has fmt print there, as Go does. The cells' os.Stdout is the
	// interpreter's variable (a copy of the process's when its stdout is
	// a file).
	cellsOut := in.Symbols("os")["os"]["Stdout"]
	stdout := func() *os.File {
		if !cellsOut.IsValid() || !cellsOut.CanInterface() {
			return nil
		}
		f, _ := cellsOut.Interface().(*os.File)
		return f
	}
	std := stdout()
	swapped := func() io.Writer {
		if w := stdout(); w != std && w != nil {
			return w
		}
		return nil
	}
	exports := interp.Exports{
		"fmt/fmt": {
			"Print": reflect.ValueOf(func(a ...any) (int, error) {
				if w := swapped(); w != nil {
					return io.WriteString(w, format.Sprint(t, a))
				}
				return pr(format.Sprint(t, a))
			}),
			"Println": reflect.ValueOf(func(a ...any) (int, error) {
				if w := swapped(); w != nil {
					return fmt.Fprintln(w, args(a)...)
				}
				return prl(args(a)...)
			}),
			"Printf": reflect.ValueOf(func(f string, a ...any) (int, error) {
				f, a = format.FixT(f, args(a))
				if w := swapped(); w != nil {
					return fmt.Fprintf(w, f, a...)
				}
				return prf(f, a...)
			}),
			"Sprint":   reflect.ValueOf(func(a ...any) string { return format.Sprint(t, a) }),
			"Sprintln": reflect.ValueOf(func(a ...any) string { return fmt.Sprintln(args(a)...) }),
			"Sprintf":  reflect.ValueOf(func(f string, a ...any) string { f, a = format.FixT(f, args(a)); return fmt.Sprintf(f, a...) }),
			"Fprint":   reflect.ValueOf(func(w io.Writer, a ...any) (int, error) { return w.Write([]byte(format.Sprint(t, a))) }), // one Write, as fmt's
			"Fprintln": reflect.ValueOf(func(w io.Writer, a ...any) (int, error) { return fmt.Fprintln(w, args(a)...) }),
			"Fprintf": reflect.ValueOf(func(w io.Writer, f string, a ...any) (int, error) {
				f, a = format.FixT(f, args(a))
				return fmt.Fprintf(w, f, a...)
			}),
			"Errorf":   reflect.ValueOf(func(f string, a ...any) error { f, a = format.FixT(f, e.errorArgs(f, a)); return fmt.Errorf(f, a...) }),
			"Append":   reflect.ValueOf(func(b []byte, a ...any) []byte { return fmt.Append(b, args(a)...) }),
			"Appendln": reflect.ValueOf(func(b []byte, a ...any) []byte { return fmt.Appendln(b, args(a)...) }),
			"Appendf": reflect.ValueOf(func(b []byte, f string, a ...any) []byte {
				f, a = format.FixT(f, args(a))
				return fmt.Appendf(b, f, a...)
			}),
		},
		"log/log": {
			"Print":   reflect.ValueOf(func(a ...any) { log.Output(2, format.Sprint(t, a)) }),
			"Println": reflect.ValueOf(func(a ...any) { log.Output(2, fmt.Sprintln(args(a)...)) }),
			"Printf":  reflect.ValueOf(func(f string, a ...any) { f, a = format.FixT(f, args(a)); log.Output(2, fmt.Sprintf(f, a...)) }),
			"Panic":   reflect.ValueOf(func(a ...any) { s := format.Sprint(t, a); log.Output(2, s); panic(s) }),
			"Panicln": reflect.ValueOf(func(a ...any) { s := fmt.Sprintln(args(a)...); log.Output(2, s); panic(s) }),
			"Panicf": reflect.ValueOf(func(f string, a ...any) {
				f, a = format.FixT(f, args(a))
				s := fmt.Sprintf(f, a...)
				log.Output(2, s)
				panic(s)
			}),
			"Fatal":   reflect.ValueOf(func(a ...any) { log.Output(2, format.Sprint(t, a)); e.osExit(1) }),
			"Fatalln": reflect.ValueOf(func(a ...any) { log.Output(2, fmt.Sprintln(args(a)...)); e.osExit(1) }),
			"Fatalf": reflect.ValueOf(func(f string, a ...any) {
				f, a = format.FixT(f, args(a))
				log.Output(2, fmt.Sprintf(f, a...))
				e.osExit(1)
			}),
			"SetFlags":  reflect.ValueOf(log.SetFlags),
			"SetPrefix": reflect.ValueOf(log.SetPrefix),
			"SetOutput": reflect.ValueOf(log.SetOutput),
			"Flags":     reflect.ValueOf(log.Flags),
			"Prefix":    reflect.ValueOf(log.Prefix),
			"Writer":    reflect.ValueOf(log.Writer),
			"Output":    reflect.ValueOf(log.Output),
			"Default":   reflect.ValueOf(log.Default),
		},
	}
	// No "MapTypes" for these functions: the interpreter would wrap the
	// values passed to them for their String and Error methods, and its
	// wrapping loses values held in interface-typed parameters. The printer
	// finds the methods itself.
	// fmt's symbols cannot go through Use: a table with "fmt/fmt" makes the
	// interpreter redo its standard library set-up. The tables Symbols
	// returns are the interpreter's own, so they are replaced in place.
	for key, syms := range exports {
		path := key[:strings.LastIndex(key, "/")]
		table := in.Symbols(path)[path]
		if table == nil {
			continue
		}
		for name, v := range syms {
			table[name] = v
		}
	}
	return nil
}

// errorArgs wraps Errorf's arguments as Printf's; those of %w verbs that
// are errors (compiled ones, and interpreted values with an Error method)
// stay errors, which %w needs.
func (e *Engine) errorArgs(f string, a []any) []any {
	out := make([]any, len(a))
	verbs := format.ArgVerbs(f, len(a))
	for i, x := range a {
		if verbs[i] != 'w' {
			// %v, %T, %d, %#v…: printed as Printf prints it.
			out[i] = format.Args(e.types, []any{x})[0]
			continue
		}
		if b, ok := x.(format.Boxed); ok {
			if b.D != nil && b.D.Error != "" {
				out[i] = newDescErr(e, b)
				continue
			}
			out[i] = format.Args(e.types, []any{b})[0] // its String method
			continue
		}
		if err, isErr := e.asError(x); isErr {
			out[i] = err
			continue
		}
		out[i] = format.Args(e.types, []any{x})[0]
	}
	return out
}

// anonStruct describes an untagged struct type of the cells (anonymous,
// or declared inside a function) by its fields' names.
func (p *printTypes) anonStruct(t reflect.Type) *format.Struct {
	if t.Kind() != reflect.Struct || t.Name() != "" || t.NumField() == 0 {
		return nil
	}
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	st, ok := p.e.comp.AnonStruct(names)
	if !ok {
		return nil
	}
	return &st
}
