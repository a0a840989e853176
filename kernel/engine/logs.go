package engine

import (
	"fmt"
	"log"

	"gokernel/kernel/engine/format"
)

// logCall is what the compiler makes of the printing functions of package
// log and *log.Logger (see compile/logpos.go): pos is the cell's position
// of the call, which the Lshortfile and Llongfile flags print.
func (rt *cellRuntime) logCall(pos string, l *log.Logger, name, f string, args ...any) {
	if l == nil {
		l = log.Default()
	}
	args = format.Args(rt.e.types, args)
	var msg string
	switch name {
	case "Printf", "Fatalf", "Panicf":
		f, args = format.FixT(f, args)
		msg = fmt.Sprintf(f, args...)
	case "Println", "Fatalln", "Panicln":
		msg = fmt.Sprintln(args...)
	default:
		msg = fmt.Sprint(args...)
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
// of the call, which is the answer for skip 0; the interpreter's frames
// do not tell the cell's callers.
func caller(skip int, file string, line int) (uintptr, string, int, bool) {
	if skip != 0 {
		return 0, "", 0, false
	}
	return 1, file, line, true
}
