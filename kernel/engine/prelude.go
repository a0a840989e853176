package engine

import (
	"encoding"
	"fmt"
	"image"
	"log"
	"log/slog"
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"

	"gokernel/kernel/engine/format"
	"gokernel/kernel/engine/ifaces"
	"gokernel/kernel/engine/internal/runtime"

	"github.com/traefik/yaegi/interp"
)

// rtPath is the import path of the kernel's own helpers inside the
// interpreter; rtName is the name translated cells use for it.
const (
	rtPath = "gokernel/internal/rt"
	rtName = "__gk"
)

// prelude is evaluated once in every new interpreter. Its names start with
// __gk, which the compiler keeps away from user names.
const prelude = `import ` + rtName + ` "` + rtPath + `"

// __gk_box gives a value passed to a printing function the description
// of its static type (an interpreted function: the interpreter mixes up
// the results of compiled calls nested in compiled calls' arguments).
func __gk_box(v any, id int) any { return ` + rtName + `.Box(v, id) }

// __gk_boxd is __gk_box for a dereference (*p): the interpreter passes
// the dereference of a nil pointer on as a nil interface, where Go panics.
func __gk_boxd(v any, id int) any { return ` + rtName + `.BoxDeref(v, id) }

// __gk_tag keeps a value of a named non-struct type put into an empty
// interface with its type (see format.Tagged).
func __gk_tag(v any, id int) any { return ` + rtName + `.Tag(v, id) }

// __gk_stop is up while a cell is being stopped: loops and functions of
// cell code then call Poll (see stop.go).
var __gk_stop bool

// __gk_recover reports the panic of a goroutine started by a cell instead
// of letting it end the process.
func __gk_recover() {
	if r := recover(); r != nil {
		` + rtName + `.GoPanic(r)
	}
}

`

// Repr is how a cell describes one value of its result to the engine (see
// compile/result.go).
type Repr struct {
	Value    any
	Tuple    bool // one of several values
	Err      bool // of static type error: a nil one is not worth showing
	Text     string
	Image    image.Image
	HTML     string
	Markdown string
	SVG      string
	Latex    string
}

// cellRuntime is the compiled side of the prelude: what translated cells call.
type cellRuntime struct {
	e *Engine

	mu      sync.Mutex // guards results
	results []Repr

	// ctxs holds, by goroutine id, the context of the cell that started
	// each goroutine Go runs (see selects.go).
	ctxs sync.Map

	pending pendingPanics // see deferpanic.go

	live liveGoroutines // see callbacks.go

	tmplFuncsOnce sync.Once
	tmplFuncs     map[string]any // see withViewFuncs

	flags cellFlags // see flags.go
}

// symbols returns the exports of rtPath for this engine.
func (rt *cellRuntime) symbols() interp.Exports {
	ex := rt.exports()
	for name, f := range minMaxExports() {
		ex[rtPath+"/rt"][name] = f
	}
	for _, f := range ifaces.List {
		ex[rtPath+"/rt"][f.Name] = reflect.Zero(reflect.PointerTo(f.Type))
	}
	return ex
}

// exports are symbols' functions.
func (rt *cellRuntime) exports() interp.Exports {
	return interp.Exports{
		rtPath + "/rt": {
			"Repr":         reflect.ValueOf((*Repr)(nil)),
			"Result":       reflect.ValueOf(rt.result),
			"PrintResults": reflect.ValueOf(rt.printResults),
			"GoPanic":      reflect.ValueOf(rt.goPanic),
			"Poll":         reflect.ValueOf(rt.poll),
			"Clear":        reflect.ValueOf(clearValue),
			"RunesAt":      reflect.ValueOf(runesAt),
			"Unhashable": reflect.ValueOf(func(_ any, name string, emptyLookup bool) any {
				if emptyLookup {
					panic(runtime.Plain("hash of unhashable type: " + name)) // (a lookup or delete in an empty map)
				}
				panic(runtime.Error("hash of unhashable type " + name))
			}),
			"PanicIndex":       reflect.ValueOf(panicIndex),
			"PanicIndexU":      reflect.ValueOf(panicIndexU),
			"PanicSlice":       reflect.ValueOf(panicSlice),
			"PanicSlice3":      reflect.ValueOf(panicSlice3),
			"PanicShift":       reflect.ValueOf(func() { panic(runtime.Error("negative shift amount")) }),
			"PanicAssert":      reflect.ValueOf(func(msg string) { panic(runtime.TypeAssertion(msg)) }),
			"PanicAssertIface": reflect.ValueOf(rt.panicAssertIface),
			"PanicAssertIfaceIn": reflect.ValueOf(func(s any, iface string, methods ...string) {
				rt.panicAssertIfaceNamed(format.DynConcreteType(s), reflect.ValueOf(s).Index(0).Interface(), iface, methods...)
			}),
			"PanicAssertAny":  reflect.ValueOf(func(v any, to string) { rt.panicAssertFrom(v, "interface {}", to) }),
			"PanicAssertFrom": reflect.ValueOf(rt.panicAssertFrom),
			"PanicNil":        reflect.ValueOf(func() any { return new(goruntime.PanicNilError) }),
			"RangeContinued": reflect.ValueOf(func(exited bool) {
				if exited {
					panic(runtime.Error("range function continued iteration after whole loop exit"))
				}
				panic(runtime.Error("range function continued iteration after function for loop body returned false"))
			}),
			"AdaptFunc":   reflect.ValueOf(adaptFunc),
			"FixPanic":    reflect.ValueOf(rt.e.recovered),
			"FixPending":  reflect.ValueOf(rt.fixPending),
			"DeferValue":  reflect.ValueOf(rt.deferValue),
			"MethodPanic": reflect.ValueOf(methodPanic),
			"Panic": reflect.ValueOf(func(v any) {
				if v == nil {
					v = new(goruntime.PanicNilError)
				}
				panic(v)
			}),
			"PanicArg": reflect.ValueOf(func(v any) any {
				if v == nil {
					return new(goruntime.PanicNilError)
				}
				return v
			}),
			"SelfWanted":           reflect.ValueOf(format.SelfWanted),
			"SelfIs":               reflect.ValueOf(format.SelfIs),
			"Rewrap":               reflect.ValueOf(format.Rewrap),
			"Concrete":             reflect.ValueOf(concrete),
			"ConcreteNZ":           reflect.ValueOf(func(v any) any { return nonEmpty(concrete(v)) }),
			"WrappedNamed":         reflect.ValueOf(format.WrappedNamed),
			"WrappedUnnamed":       reflect.ValueOf(format.WrappedUnnamed),
			"TypeName":             reflect.ValueOf(func(v any) string { return format.Wrap(rt.e.types, v).TypeName() }),
			"WrappedText":          reflect.ValueOf(rt.wrappedText),
			"Norm":                 reflect.ValueOf(norm),
			"AsError":              reflect.ValueOf(func(err error) any { return err }),
			"AsTextMarshaler":      reflect.ValueOf(func(m encoding.TextMarshaler) any { return m }),
			"RTString":             reflect.ValueOf(rt.rtString),
			"RTNumMethod":          reflect.ValueOf(rt.rtNumMethod),
			"RTImplements":         reflect.ValueOf(rt.rtImplements),
			"RTAssignableTo":       reflect.ValueOf(rt.rtAssignableTo),
			"RTConvertibleTo":      reflect.ValueOf(rt.rtConvertibleTo),
			"RVFieldByName":        reflect.ValueOf(rt.rvFieldByName),
			"RTMethod":             reflect.ValueOf(rt.rtMethod),
			"RTMethods":            reflect.ValueOf(rt.rtMethods),
			"RVMethods":            reflect.ValueOf(rt.rvMethods),
			"RTFields":             reflect.ValueOf(rt.rtFields),
			"RVFields":             reflect.ValueOf(rt.rvFields),
			"RVField":              reflect.ValueOf(rvField),
			"RVIndex":              reflect.ValueOf(rvIndex),
			"RVMapIndex":           reflect.ValueOf(rvMapIndex),
			"RVElem":               reflect.ValueOf(rvElem),
			"RVString":             reflect.ValueOf(rt.rvString),
			"RVSlice":              reflect.ValueOf(rvSlice),
			"RVSlice3":             reflect.ValueOf(rvSlice3),
			"RTMethodByName":       reflect.ValueOf(rt.rtMethodByName),
			"RVNumMethod":          reflect.ValueOf(rt.rvNumMethod),
			"RVMethod":             reflect.ValueOf(rt.rvMethod),
			"RVMethodByName":       reflect.ValueOf(rt.rvMethodByName),
			"RegMethod":            reflect.ValueOf(rt.e.methods.register),
			"RTName":               reflect.ValueOf(rt.rtName),
			"RTPkgPath":            reflect.ValueOf(rt.rtPkgPath),
			"RTNumField":           reflect.ValueOf(rt.rtNumField),
			"RTField":              reflect.ValueOf(rt.rtField),
			"RTFieldByName":        reflect.ValueOf(rt.rtFieldByName),
			"RTVisibleFields":      reflect.ValueOf(rt.rtVisibleFields),
			"RTArg":                reflect.ValueOf(rt.rtArg),
			"NormNZ":               reflect.ValueOf(func(v any) any { return nonEmpty(norm(v)) }),
			"NormKeep":             reflect.ValueOf(normKeep),
			"StdinFile":            reflect.ValueOf(stdinFile),
			"Equal":                reflect.ValueOf(equal),
			"SliceIndex":           reflect.ValueOf(sliceIndex),
			"SliceEqual":           reflect.ValueOf(sliceEqual),
			"ErrorsAsFunc":         reflect.ValueOf(rt.e.errorsAsFunc),
			"ErrorsAsBadTarget":    reflect.ValueOf(errorsAsBadTarget),
			"JoinAny":              reflect.ValueOf(rt.e.joinAny),
			"Go":                   reflect.ValueOf(func(f any, args ...any) { rt.start(f, args, false) }),
			"GoSlice":              reflect.ValueOf(func(f any, args ...any) { rt.start(f, args, true) }),
			"Guard":                reflect.ValueOf(rt.guard),
			"GuardErr":             reflect.ValueOf(rt.guardErr),
			"LogCall":              reflect.ValueOf(rt.logCall),
			"LogStd":               reflect.ValueOf(log.Default),
			"Caller":               reflect.ValueOf(caller),
			"FuncName":             reflect.ValueOf(funcName),
			"SetSite":              reflect.ValueOf(setSite),
			"JSONMarshal":          reflect.ValueOf(rt.jsonMarshal),
			"JSONMarshalIndent":    reflect.ValueOf(rt.jsonMarshalIndent),
			"JSONUnmarshal":        reflect.ValueOf(rt.jsonUnmarshal),
			"JSONEncode":           reflect.ValueOf(rt.jsonEncode),
			"JSONDecode":           reflect.ValueOf(rt.jsonDecode),
			"FlagCommandLine":      reflect.ValueOf(rt.flagCommandLine),
			"FlagFor":              reflect.ValueOf(rt.flagFor),
			"FlagParse":            reflect.ValueOf(rt.flagParse),
			"SetArgs":              reflect.ValueOf(rt.setArgs),
			"Args":                 reflect.ValueOf(rt.args),
			"XMLMarshal":           reflect.ValueOf(rt.xmlMarshal),
			"XMLMarshalIndent":     reflect.ValueOf(rt.xmlMarshalIndent),
			"XMLUnmarshal":         reflect.ValueOf(rt.xmlUnmarshal),
			"XMLEncode":            reflect.ValueOf(rt.xmlEncode),
			"XMLDecode":            reflect.ValueOf(rt.xmlDecode),
			"XMLEncodeElement":     reflect.ValueOf(rt.xmlEncodeElement),
			"XMLDecodeElement":     reflect.ValueOf(rt.xmlDecodeElement),
			"TemplateExecute":      reflect.ValueOf(rt.templateExecute),
			"TemplateExecuteNamed": reflect.ValueOf(rt.templateExecuteNamed),
			"Select":               reflect.ValueOf(rt.selectCases),
			"Recv":                 reflect.ValueOf(func(ch, dst, ok any) { rt.comm(selRecv(ch, dst, ok)) }),
			"Send":                 reflect.ValueOf(func(ch, v any) { rt.comm(selSend(ch, v)) }),
			"SendElem":             reflect.ValueOf(func(ch, vs any) { rt.comm(selSendElem(ch, vs)) }),
			"SelRecv":              reflect.ValueOf(selRecv),
			"SelSend":              reflect.ValueOf(selSend),
			"SelSendElem":          reflect.ValueOf(selSendElem),
			"Tag": reflect.ValueOf(func(v any, id int) any {
				return format.Tag(rt.e.types, v, rt.e.comp.Desc(id))
			}),
			"TagAny":   reflect.ValueOf(rt.tagAny),
			"TagAnys":  reflect.ValueOf(rt.tagAnys),
			"Untag":    reflect.ValueOf(format.Untag),
			"DynIs":    reflect.ValueOf(format.DynIs),
			"DynPtrIs": reflect.ValueOf(format.DynPtrIs),
			"PtrAs":    reflect.ValueOf(ptrAs),
			"PtrMust":  reflect.ValueOf(ptrMust),
			"DynType":  reflect.ValueOf(format.DynType),
			"LogValuer": reflect.ValueOf(func(f func() slog.Value, v any) any {
				return lazyLogValuer{f, v, rt.e.types}
			}),
			"ViewFuncMap": reflect.ValueOf(rt.viewFuncMap),
			"SlogAny": reflect.ValueOf(func(v any) any {
				if l, ok := v.(lazyLogValuer); ok {
					v = l.v
				}
				return format.UntagPrinted(v)
			}),
			"UnsafeSlice":     reflect.ValueOf(unsafeSlice),
			"UnsafeSliceData": reflect.ValueOf(unsafeSliceData),
			"BuiltinPrint":    reflect.ValueOf(func(a ...any) { builtinPrint(rt.e.opt.Stderr, false, a) }),
			"BuiltinPrintln":  reflect.ValueOf(func(a ...any) { builtinPrint(rt.e.opt.Stderr, true, a) }),
			"TypedNil": reflect.ValueOf(func(p any, m func() string) error {
				return format.TypedNilError{IValue: p, WError: m}
			}),
			"TypedNilIface": reflect.ValueOf(rt.typedNilIface),
			"Upgrade":       reflect.ValueOf(rt.e.upgrade),
			"UpgradeFrom":   reflect.ValueOf(rt.e.upgradeFrom),
			"UntagStrict":   reflect.ValueOf(format.UntagStrict),
			"UntagExact":    reflect.ValueOf(format.UntagExact),
			"SyncUnlock":    reflect.ValueOf(rt.syncUnlock),
			"SyncUnlocker":  reflect.ValueOf(rt.syncUnlocker),
			"UpgradeTo":     reflect.ValueOf(rt.e.upgradeTo),
			"SyncWait":      reflect.ValueOf(rt.syncWait),
			"MapKey":        reflect.ValueOf(func(v any) any { return format.MapKey(rt.e.types, v) }),
			"Box": reflect.ValueOf(func(v any, id int) format.Boxed {
				return format.Boxed{V: v, D: rt.e.comp.Desc(id)}
			}),
			"BoxDeref": reflect.ValueOf(func(v any, id int) format.Boxed {
				if v == nil || format.IsNilInterface(reflect.ValueOf(v)) {
					nilDeref()
				}
				return format.Boxed{V: v, D: rt.e.comp.Desc(id)}
			}),
		},
	}
}

func (rt *cellRuntime) result(r Repr) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.results = append(rt.results, r)
}

// printResults is the result of a cell ending in a printing call
// (fmt.Println, w.Write): its (n, err), shown only when err is not nil.
func (rt *cellRuntime) printResults(n int, err error) {
	if err == nil {
		return
	}
	rt.result(Repr{Value: n, Tuple: true, Text: strconv.Itoa(n)})
	rt.result(Repr{Value: err, Tuple: true, Err: true, Text: fmt.Sprint(err)}) // (fmt catches a panicking Error)
}

// takeResults returns and forgets the results of the running cell.
func (rt *cellRuntime) takeResults() []Repr {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	r := rt.results
	rt.results = nil
	return r
}

// goPanic reports the panic of a goroutine the interpreter started (see
// reportGoPanic; which cell started it is not known).
func (rt *cellRuntime) goPanic(r any) {
	rt.e.reportGoPanic(r, -1)
}

// clearValue implements the clear builtin for maps and slices.
// runesAt returns s's runes at their byte offsets, -1 at the other bytes
// (see compile's stringRange).
func runesAt(s string) []rune {
	out := make([]rune, len(s))
	for i := range out {
		out[i] = -1
	}
	for i, c := range s {
		out[i] = c
	}
	return out
}

func clearValue(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		v.Clear()
	case reflect.Invalid:
	default:
		panic(fmt.Sprintf("invalid argument: clear(%v) (argument must be (or constrained by) map or slice)", v.Type()))
	}
}

// panicAssertIface panics as Go does when an assertion of v to the
// interface type iface (as %T prints it) with the given methods (sorted)
// fails: "interface conversion: int is not main.I: missing method Val".
func (rt *cellRuntime) panicAssertIface(v any, iface string, methods ...string) {
	rt.panicAssertIfaceNamed("", v, iface, methods...)
}

// panicAssertIfaceNamed is panicAssertIface naming v's type name when it
// is not "" (the type of a value of a cell's interface, which v as an any
// has lost).
func (rt *cellRuntime) panicAssertIfaceNamed(name string, v any, iface string, methods ...string) {
	missing := ""
	if u := format.Unwrap(reflect.ValueOf(v)); u.IsValid() {
		for _, m := range methods {
			if _, ok := u.Type().MethodByName(m); !ok {
				missing = m
				break
			}
		}
	}
	if name == "" {
		name = format.Wrap(rt.e.types, v).TypeName()
	}
	msg := "interface conversion: " + name + " is not " + iface
	if missing != "" {
		msg += ": missing method " + missing
	}
	panic(runtime.TypeAssertion(msg))
}

// wrappedText formats the value of a named non-struct cell type held in
// the compiled interface value v with its type's methods as they are now;
// ok is false for other values.
func (rt *cellRuntime) wrappedText(v any) (s string, ok bool) {
	w, d := format.WrappedDesc(v)
	if d == nil {
		return "", false
	}
	if latest := rt.e.types.DescOf(d.Name); latest != nil {
		d = latest
	}
	return fmt.Sprint(format.Args(rt.e.types, []any{format.Boxed{V: w, D: d}})...), true
}

// typedNilIface returns the interpreter's wrapper of the standard
// library's interface path.name (io.Closer: the symbols' _Closer) holding
// the nil pointer p, with the methods given as name and function pairs;
// nil when there is no wrapper.
func (rt *cellRuntime) typedNilIface(p any, path, name string, methods ...any) any {
	key := path + "/" + path[strings.LastIndexByte(path, '/')+1:]
	w, ok := rt.e.opt.Symbols[key]["_"+name]
	if !ok || w.Kind() != reflect.Pointer || w.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	v := reflect.New(w.Type().Elem()).Elem()
	f := v.FieldByName("IValue")
	if !f.IsValid() || !f.CanSet() || f.Kind() != reflect.Interface {
		return nil
	}
	f.Set(reflect.ValueOf(&p).Elem())
	for i := 0; i+1 < len(methods); i += 2 {
		m, _ := methods[i].(string)
		fn := reflect.ValueOf(methods[i+1])
		wf := v.FieldByName("W" + m)
		if !wf.IsValid() || !fn.IsValid() || !fn.Type().AssignableTo(wf.Type()) {
			return nil
		}
		wf.Set(fn)
	}
	return v.Interface()
}

// concrete returns the interpreted value inside an interpreter wrapper
// (see format.Recover; a pointer is the wrapper's IValue), or v.
func concrete(v any) any {
	w := reflect.ValueOf(v)
	if r, ok := format.Recover(w); ok && r.CanInterface() {
		return r.Interface()
	}
	if p := format.WrappedPointer(w); p.IsValid() && p.CanInterface() {
		return p.Interface()
	}
	if s := format.WrappedStruct(w); s.IsValid() && s.CanInterface() {
		return s.Interface()
	}
	return v
}

// panicAssertFrom panics as Go does for a failed assertion of v, held in
// an interface of type from, to the concrete type to.
func (rt *cellRuntime) panicAssertFrom(v any, from, to string) {
	is := "nil"
	if v != nil {
		is = format.Wrap(rt.e.types, v).TypeName()
	}
	panic(runtime.TypeAssertion("interface conversion: " + from + " is " + is + ", not " + to))
}

// tagAny tags a value of a cell's struct type (or a pointer to one) held
// in an any, as the compiler's tagForPrinting tags one of a known type,
// for log/slog's handlers, which print it with fmt.
func (rt *cellRuntime) tagAny(v any) any {
	if v == nil {
		return v
	}
	if d := rt.structDesc(reflect.TypeOf(v)); d != nil {
		return format.Tag(rt.e.types, v, d)
	}
	return v
}

// tagAnys is tagAny of each element of vs, in a copy when one changes.
func (rt *cellRuntime) tagAnys(vs []any) []any {
	var out []any
	for i, v := range vs {
		if t := rt.tagAny(v); out != nil || !sameAny(t, v) {
			if out == nil {
				out = append(make([]any, 0, len(vs)), vs[:i]...)
			}
			out = append(out, t)
		}
	}
	if out == nil {
		return vs
	}
	return out
}

// sameAny reports whether tagAny left v as it was.
func sameAny(t, v any) bool {
	_, tagged := t.(format.Tagged)
	_, was := v.(format.Tagged)
	return tagged == was
}

// start runs f(args...) on a new goroutine (f(args...) with the last
// argument spread when spread is set), reporting a panic instead of
// letting it end the process.
func (rt *cellRuntime) start(f any, args []any, spread bool) {
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func {
		panic(fmt.Sprintf("go of a non-function value %T", f))
	}
	if fv.IsNil() {
		panic(runtime.NilPointer())
	}
	in := callArgs(fv.Type(), args, spread)
	ctx := rt.e.runningCtx()
	cell := rt.e.running.Load()
	rt.live.add(cell, 1)
	go func() {
		defer rt.live.add(cell, -1) // (after the panic's report, deferred first)
		if ctx != nil {
			id := goid()
			rt.ctxs.Store(id, ctx)
			defer rt.ctxs.Delete(id)
		}
		defer func() {
			if r := recover(); r != nil {
				if isInterrupted(r) {
					return // the cell was interrupted: the goroutine ends
				}
				rt.e.reportGoPanic(r, cell)
			}
		}()
		if spread {
			fv.CallSlice(in)
		} else {
			fv.Call(in)
		}
	}()
}

// callArgs makes the arguments of a call of a function of type ft: a nil
// argument is the parameter's zero value, and values are converted to
// the parameter's type where they differ (named and unnamed types).
func callArgs(ft reflect.Type, args []any, spread bool) []reflect.Value {
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		switch {
		case ft.IsVariadic() && i >= ft.NumIn()-1 && !spread:
			pt = ft.In(ft.NumIn() - 1).Elem()
		case i < ft.NumIn():
			pt = ft.In(i)
		}
		v := reflect.ValueOf(a)
		switch {
		case pt == nil:
		case !v.IsValid():
			v = reflect.Zero(pt)
		case v.Type() != pt && !v.Type().AssignableTo(pt) && v.Type().ConvertibleTo(pt):
			v = v.Convert(pt)
		}
		in[i] = v
	}
	return in
}

// nonEmpty returns v, or nil for a value of an empty struct type (see
// compile's concreteFunc).
func nonEmpty(v any) any {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Struct && rv.NumField() == 0 {
		return nil
	}
	return v
}
