package engine

import (
	"fmt"
	"log"
	"log/slog"
	goruntime "runtime"
	"sync"

	"gokernel/kernel/engine/format"
	"gokernel/kernel/engine/internal/runtime"
)

// logCall is what the compiler makes of the printing functions of package
// log and *log.Logger (see compile/logpos.go): pos is the cell's position
// of the call, which the Lshortfile and Llongfile flags print.
func (rt *cellRuntime) logCall(pos string, l *log.Logger, name, f string, args ...any) {
	if l == nil {
		panic(runtime.NilPointer()) // (a nil *log.Logger: log's own functions pass log.Default())
	}
	var msg string
	switch name {
	case "Printf", "Fatalf", "Panicf":
		f, args = format.FixT(f, format.Args(rt.e.types, args))
		msg = fmt.Sprintf(f, args...)
	case "Println", "Fatalln", "Panicln":
		msg = fmt.Sprintln(format.Args(rt.e.types, args)...)
	default:
		msg = format.Sprint(rt.e.types, args)
	}
	logAt(l, pos, msg)
	switch name {
	case "Fatal", "Fatalf", "Fatalln":
		rt.e.osExit(1)
	case "Panic", "Panicf", "Panicln":
		panic(msg)
	}
}

// logAt writes msg with l's header, naming pos as the file and line.
func logAt(l *log.Logger, pos, msg string) {
	const file = log.Lshortfile | log.Llongfile
	flags := l.Flags()
	if flags&file == 0 {
		l.Output(3, msg)
		return
	}
	flags &^= file
	if flags&log.Lmsgprefix != 0 {
		log.New(l.Writer(), "", flags&^log.Lmsgprefix).Output(0, pos+": "+l.Prefix()+msg)
		return
	}
	log.New(l.Writer(), l.Prefix(), flags).Output(0, pos+": "+msg)
}

// caller is runtime.Caller for cells: the compiler passes the position
// of the call, which is the answer for skip 0; for skip 1, the position
// the calling goroutine recorded when it called the function (setSite,
// see compile/callsites.go). The interpreter's frames tell no more.
func caller(skip int, file string, line int, fn string) (uintptr, string, int, bool) {
	switch skip {
	case 0:
		return pcFor(fn), file, line, true
	case 1:
		if s, ok := sites.Load(goid()); ok {
			s := s.(site)
			return 2, s.file, s.line, true
		}
	}
	return 0, "", 0, false
}

// pcs numbers the functions caller names (pcFor), and names the numbers
// (funcName): runtime.FuncForPC(pc).Name() of a pc from runtime.Caller(0).
var pcs struct {
	sync.Mutex
	byName map[string]uintptr
	names  []string
}

// pcBase is the first program counter pcFor gives (Caller(1)'s is 2).
const pcBase = 0x1000

// pcFor returns the program counter standing for the function fn.
func pcFor(fn string) uintptr {
	pcs.Lock()
	defer pcs.Unlock()
	if pc, ok := pcs.byName[fn]; ok {
		return pc
	}
	if pcs.byName == nil {
		pcs.byName = map[string]uintptr{}
	}
	pc := pcBase + uintptr(len(pcs.names))
	pcs.byName[fn] = pc
	pcs.names = append(pcs.names, fn)
	return pc
}

// funcName is runtime.FuncForPC(pc).Name() for a pc of pcFor's, or of
// compiled code.
func funcName(pc uintptr) string {
	pcs.Lock()
	var name string
	if i := int(pc) - pcBase; i >= 0 && i < len(pcs.names) {
		name = pcs.names[i]
	}
	pcs.Unlock()
	if name == "" {
		name = goruntime.FuncForPC(pc).Name() // (nil for an unknown pc: "")
	}
	return name
}

// site is where a located function was called.
type site struct {
	file string
	line int
}

// sites holds the latest call site of a located function, by goroutine.
var sites sync.Map

// setSite records where the calling goroutine calls a located function.
func setSite(file string, line int) { sites.Store(goid(), site{file, line}) }

// lazyLogValuer is a slog.LogValuer calling a cell value's LogValue; it
// prints as the value (slog.Value's String, a handler's %v).
type lazyLogValuer struct {
	f     func() slog.Value
	v     any
	types format.Types
}

// LogValue calls the cell's method.
func (l lazyLogValuer) LogValue() slog.Value { return l.f() }

// Format prints the value as fmt would.
func (l lazyLogValuer) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), format.Args(l.types, []any{l.v})...)
}
