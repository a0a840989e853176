package engine

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/format"
	"gokernel/kernel/engine/internal/runtime"
)

// Runtime errors as Go prints them. The interpreter raises some of Go's
// runtime errors through package reflect, with reflect's messages, and
// puts positions in front of others; a cell must see (and recover) what
// Go would give it.

// panicIndex panics as Go does for an index out of range.
func panicIndex(i, n int) { panic(runtime.Index(i, n)) }

// panicIndexU is panicIndex for an index of an unsigned type.
func panicIndexU(i uint64, n int) { panic(runtime.IndexU(i, n)) }

// panicSlice panics as Go does for s[lo:hi] out of range; n is the bound
// hi exceeded, a capacity or a length (kind).
func panicSlice(lo, hi, n int, kind string) { panic(runtime.SliceBounds(lo, hi, n, kind)) }

// panicSlice3 panics as Go does for s[lo:hi:max] out of range; n is the
// capacity (or an array's length, as kind says).
func panicSlice3(lo, hi, max, n int, kind string) { panic(runtime.Slice3Bounds(lo, hi, max, n, kind)) }

// leadingPos is a position the interpreter puts in front of a message:
// in its file, or a line of a cell (which starts at a million: "Cell [2],
// line 5" is 2000005), never a short number a program's own error may
// start with ("404: not found").
var leadingPos = regexp.MustCompile(`^(_\.go:\d+(:\d+)?|\d{7,}(:\d+)?): `)

// fmt's texts of panicking methods tell Go's runtime errors too.
func init() { format.PanicValue = fixPanic }

// methodPanic is fmt's text for a value whose method (String, Error)
// panicked with r: "<nil>" for a nil pointer.
func methodPanic(method string, r, v any) string {
	// (Also a nil pointer in the interpreter's wrapper of fmt.Stringer.)
	if rv := reflect.ValueOf(concrete(v)); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "<nil>"
	}
	if _, ok := v.(format.TypedNilError); ok {
		return "<nil>" // a nil pointer held in error
	}
	return fmt.Sprintf("%%!v(PANIC=%s method: %v)", method, fixPanic(r))
}

// recovered is what recover() returns in a cell (fixPanic): a panic it
// stops takes the frames the interpreter listed for it along, so that a
// later panic lists its own.
func (e *Engine) recovered(v any) any {
	if v != nil {
		e.stderrTrace.reset()
	}
	return e.fixPanic(v)
}

// fixPanic is fixPanic with the cells' struct types named in the texts of
// runtime errors (failed assertions, uncomparable types), which spell
// them as reflect does, as struct literals.
func (e *Engine) fixPanic(v any) any {
	if f, ok := v.(fatalError); ok {
		panic(f) // not recoverable, as in Go
	}
	if isInterrupted(v) {
		panic(interruptedPanic{}) // the cell was stopped
	}
	if err, ok := v.(error); ok && interpError(v) && !e.typesRedefined.Load() && strings.Contains(err.Error(), "method not found: ") {
		// A method called on a nil interface value that compiled code
		// was handed (fmt.Println(i); i.M()): with no type redefined,
		// no value can lack a method of its interface.
		return runtime.NilPointer()
	}
	v = fixPanic(v)
	err, ok := v.(error)
	if ok && runtime.IsRuntime(err) && strings.Contains(err.Error(), "format.untagMiss") {
		if x, name, found := format.LastMiss(); found {
			// A value Untag turned away: named as Go names it.
			is := format.Wrap(e.types, x).TypeName()
			if t, tagged := format.TaggedOf(x); tagged {
				is = t.N
			}
			return runtime.TypeAssertion("interface conversion: interface {} is " + is + ", not " + name)
		}
	}
	_, goRuntime := err.(interface{ RuntimeError() }) // Go's own ("hash of unhashable type")
	if !ok || !runtime.IsRuntime(err) && !goRuntime || !strings.Contains(err.Error(), "struct {") {
		return v
	}
	msg := e.nameStructs(err.Error())
	switch {
	case msg == err.Error():
	case strings.HasPrefix(msg, "interface conversion: "):
		return runtime.TypeAssertion(msg)
	case strings.HasPrefix(msg, "runtime error: "):
		return runtime.Error(strings.TrimPrefix(msg, "runtime error: "))
	}
	return v
}

// structTagID finds the tag that numbers a cell's struct type in
// reflect's spelling of the type.
var structTagID = regexp.MustCompile(compile.StructTag + `:\\"(\d+)\\"`)

// nameStructs replaces in msg reflect's spelling of the cells' struct
// types ("struct { W float64 "gk:\"1\""; H float64 }") with their names.
func (e *Engine) nameStructs(msg string) string {
	if e.comp == nil {
		return msg
	}
	var b strings.Builder
	for {
		i := strings.Index(msg, "struct {")
		if i < 0 {
			break
		}
		end := closingBrace(msg, i+len("struct {"))
		if end < 0 {
			break
		}
		lit := msg[i : end+1]
		name := ""
		if id, ok := outerTagID(lit); ok {
			if st, ok := e.comp.Struct(id); ok && st.Name != "" {
				name = st.Name
			}
		} else if st, ok := e.comp.AnonStruct(litFieldNames(lit)); ok {
			name = st.Name // an untagged one (declared in a function)
		}
		if name == "" {
			name = lit
		}
		b.WriteString(msg[:i] + name)
		msg = msg[end+1:]
	}
	return b.String() + msg
}

// litFieldNames returns the field names of reflect's spelling of a struct
// type (struct { Xid int; Xtags []string }): the first word of each field
// at the outer level.
func litFieldNames(lit string) []string {
	body := strings.TrimSuffix(strings.TrimPrefix(lit, "struct {"), "}")
	var names []string
	depth, start := 0, 0
	field := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			name, _, _ := strings.Cut(s, " ")
			names = append(names, strings.TrimPrefix(name, "*"))
		}
	}
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		case '"':
			// A tag: skip to its closing quote.
			for i++; i < len(body) && body[i] != '"'; i++ {
				if body[i] == '\\' {
					i++
				}
			}
		case ';':
			if depth == 0 {
				field(body[start:i])
				start = i + 1
			}
		}
	}
	field(body[start:])
	return names
}

// outerTagID returns the number in the tag of the struct type lit (which
// starts with "struct {") itself, not in those of the structs it embeds
// or has fields of.
func outerTagID(lit string) (int, bool) {
	for _, m := range structTagID.FindAllStringSubmatchIndex(lit, -1) {
		if strings.Count(lit[:m[0]], "{")-strings.Count(lit[:m[0]], "}") != 1 {
			continue // inside an inner struct type
		}
		id, err := strconv.Atoi(lit[m[2]:m[3]])
		return id, err == nil
	}
	return 0, false
}

// closingBrace returns the index of the brace closing the one opened just
// before from, or -1.
func closingBrace(s string, from int) int {
	depth := 1
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// fixPanic turns what the interpreter panicked with into what Go would
// have panicked with.
func fixPanic(v any) any {
	if rv, ok := v.(reflect.Value); ok {
		if !rv.IsValid() {
			return nil
		}
		if rv.CanInterface() {
			v = rv.Interface()
		}
	}
	if o, ok := v.(ownReflectPanic); ok {
		return o.msg // (the program's own reflect call's, as reflect says it)
	}
	err, ok := v.(error)
	if !ok {
		if s, ok := v.(string); ok && strings.HasPrefix(s, "reflect") {
			return fixMessage(s, v)
		}
		return v
	}
	if runtime.IsRuntime(err) || format.IsHolder(reflect.TypeOf(err)) {
		// (An error of a cell's type, in the interpreter's wrapper, is
		// the program's own: its Error is not called here, as Go's
		// panic does not call it.)
		return v
	}
	return fixMessage(err.Error(), v)
}

// fixMessage maps a message of reflect or of the interpreter to Go's
// runtime error, or returns v.
func fixMessage(msg string, v any) any {
	msg = leadingPos.ReplaceAllString(msg, "")
	switch {
	case strings.Contains(msg, "index out of range") && strings.HasPrefix(msg, "reflect"):
		return runtime.IndexUnknown()
	case strings.Contains(msg, "slice index out of bounds") || strings.Contains(msg, "slice bounds out of range"):
		return runtime.Slice()
	case strings.HasPrefix(msg, "reflect: call of ") && strings.HasSuffix(msg, "on zero Value"), // (also "unknown method": *p = append(*p, x))
		strings.Contains(msg, "nil pointer dereference"), msg == "reflect: indirection through nil pointer",
		msg == "reflect: indirection through nil pointer to embedded struct", // a promoted field through a nil *T
		msg == "reflect: Method on nil interface value":                      // err.Error() of a nil error
		return runtime.NilPointer()
	case strings.HasPrefix(msg, "interface conversion: ") && strings.HasSuffix(msg, ": missing method "):
		// The interpreter's assertion to a concrete type of an interface
		// value that compiled code gave it (list.Element's Value).
		if is, not, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(msg, "interface conversion: "), ": missing method "), " is not "); ok {
			return runtime.TypeAssertion("interface conversion: interface {} is " + is + ", not " + not)
		}
		return runtime.TypeAssertion(msg)
	case strings.HasPrefix(msg, "interface conversion: "):
		return runtime.TypeAssertion(msg)
	case msg == "assignment to entry in nil map":
		return runtime.NilMap()
	case strings.HasSuffix(msg, "call of nil function"),
		msg == "reflect: Call using zero Value argument": // *p of a nil p passed to compiled code
		return runtime.NilPointer()
	case strings.HasPrefix(msg, "reflect: cannot convert slice with length "):
		// "… to array with length 3" or "… to pointer to array with length 3".
		rest := strings.TrimPrefix(msg, "reflect: cannot convert slice with length ")
		if n, to, ok := strings.Cut(rest, " to "); ok {
			if _, l, ok := strings.Cut(to, "array with length "); ok {
				return runtime.Bounds("cannot convert slice with length " + n + " to array or pointer to array with length " + l)
			}
		}
	case strings.HasPrefix(strings.TrimPrefix(msg, "runtime error: "), "hash of unhashable type symbols._"):
		// The interpreter's wrapper of a cell value in a compiled
		// interface (symbols._fmt_Stringer), as a map key.
		w := strings.TrimPrefix(strings.TrimPrefix(msg, "runtime error: "), "hash of unhashable type symbols._")
		key := strings.Replace(w, "_", ".", 1)
		return fmt.Errorf("a map keyed by %s cannot hold a value of a type declared in the cells as a key "+
			"(the interpreter cannot hash it as %s): key the map by any, or by a string", key, key)
	case strings.HasPrefix(msg, "hash of unhashable type"):
		return runtime.Error("hash of unhashable type " + strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(msg, "hash of unhashable type"), ":")))
	case (strings.HasPrefix(msg, "reflect.Value.MapIndex: value of type ") || strings.HasPrefix(msg, "reflect.Value.SetMapIndex: value of type ")) &&
		strings.Contains(msg, " is not assignable to type ") && !strings.Contains(msg, " is not assignable to type interp.") &&
		cellKeyMismatch(msg):
		// A value of a cell type as the key of a map keyed by an
		// interface of compiled code (map[error]int).
		_, key, _ := strings.Cut(msg, " is not assignable to type ")
		return fmt.Errorf("a map keyed by %s cannot hold a value of a type declared in the cells as a key "+
			"(the interpreter cannot hash it as %s): key the map by any, or by a string such as err.Error()", key, key)
	case strings.HasPrefix(msg, "method not found: "):
		// Mostly a method of an interface redefined since the value was
		// put in it (a Go program could not hold such a value).
		name := strings.TrimPrefix(msg, "method not found: ")
		return fmt.Errorf("method %s not found on the value held in the interface: it was put there before a redefinition "+
			"it could not follow (when the interface type was redefined with this method, declare %s on the value's type); "+
			"assign the variable anew", name, name)
	case msg == "reflect.MakeChan: negative buffer size":
		return runtime.Plain("makechan: size out of range")
	case msg == "reflect.MakeSlice: negative len":
		return runtime.Error("makeslice: len out of range")
	case msg == "reflect.MakeSlice: negative cap", msg == "reflect.MakeSlice: len > cap":
		return runtime.Error("makeslice: cap out of range")
	}
	if e, ok := v.(error); ok && leadingPos.MatchString(e.Error()) {
		return fmt.Errorf("%s", msg)
	}
	return v
}

// sliceIndex is slices.Index of the one element of the slice v (it keeps
// the interpreter's interface value) in the slice s, compared by equal.
func sliceIndex(s, v any) int {
	sv, vv := reflect.ValueOf(s), reflect.ValueOf(v)
	if sv.Kind() != reflect.Slice || vv.Kind() != reflect.Slice || vv.Len() != 1 {
		return -1
	}
	x := vv.Index(0).Interface()
	for i := 0; i < sv.Len(); i++ {
		if equal(sv.Index(i).Interface(), x) {
			return i
		}
	}
	return -1
}

// sliceEqual is slices.Equal through equal.
func sliceEqual(a, b any) bool {
	av, bv := reflect.ValueOf(a), reflect.ValueOf(b)
	if av.Kind() != reflect.Slice || bv.Kind() != reflect.Slice || av.Len() != bv.Len() {
		return false
	}
	for i := 0; i < av.Len(); i++ {
		if !equal(av.Index(i).Interface(), bv.Index(i).Interface()) {
			return false
		}
	}
	return true
}

// equal is == on two interface values as Go compares them, for values the
// interpreter wraps (a cell type with methods inside error or
// fmt.Stringer): same dynamic type and equal values; a type that cannot
// be compared panics as Go does.
func equal(a, b any) bool {
	ta, aTagged := format.TaggedOf(a)
	tb, bTagged := format.TaggedOf(b)
	// A value of a named type that went through error or fmt.Stringer
	// is in the interpreter's wrapper, untagged.
	if aTagged && !bTagged {
		if w := format.WrappedNamed(b, ta.N); w != nil {
			tb, bTagged = format.Tagged{V: w, N: ta.N}, true
		}
	} else if bTagged && !aTagged {
		if w := format.WrappedNamed(a, tb.N); w != nil {
			ta, aTagged = format.Tagged{V: w, N: tb.N}, true
		}
	}
	if aTagged && bTagged && ta.N != tb.N || aTagged != bTagged {
		// A tagged value is of a named type; an untagged one is taken
		// for a value of its own type (any(0) is no Red).
		return false
	}
	if aTagged {
		a = ta.V
	}
	if bTagged {
		b = tb.V
	}
	va, vb := format.Unwrap(reflect.ValueOf(a)), format.Unwrap(reflect.ValueOf(b))
	if !va.IsValid() || !vb.IsValid() {
		return va.IsValid() == vb.IsValid()
	}
	if va.Type() != vb.Type() {
		return false
	}
	if !va.Type().Comparable() {
		panic(runtime.Uncomparable(compile.UserName(va.Type().String())))
	}
	return equalValues(va, vb)
}

// equalValues compares two values of one comparable type; the interfaces
// in structs and arrays through equal (they may hold the interpreter's
// wrappers, which differ for equal values).
func equalValues(va, vb reflect.Value) bool {
	if format.IsHolder(va.Type()) {
		ua, ub := format.Unwrap(va), format.Unwrap(vb)
		if !ua.IsValid() || !ub.IsValid() {
			return ua.IsValid() == ub.IsValid()
		}
		if ua.CanInterface() && ub.CanInterface() {
			return equal(ua.Interface(), ub.Interface())
		}
		return ua.Type() == ub.Type() && ua.Equal(ub)
	}
	switch va.Kind() {
	case reflect.Struct:
		for i := 0; i < va.NumField(); i++ {
			if !equalValues(va.Field(i), vb.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := 0; i < va.Len(); i++ {
			if !equalValues(va.Index(i), vb.Index(i)) {
				return false
			}
		}
		return true
	}
	if !va.CanInterface() || !vb.CanInterface() {
		return va.Equal(vb)
	}
	return va.Interface() == vb.Interface()
}

// cellKeyMismatch reports whether msg, reflect's text for a map key of a
// type the map's key type is not, is about a value of a cells' type and
// a key type that is an interface of compiled code, which the
// interpreter cannot hash (not a program's plain mistake, map[string]int
// keyed by an int).
func cellKeyMismatch(msg string) bool {
	rest := msg[strings.Index(msg, "value of type ")+len("value of type "):]
	val, key, _ := strings.Cut(rest, " is not assignable to type ")
	if strings.Contains(val, `gk:\"`) || key == "error" {
		return true
	}
	if strings.ContainsAny(key[:1], "*[]({") || strings.HasPrefix(key, "map[") || strings.HasPrefix(key, "func") {
		return false
	}
	return strings.Contains(key, ".")
}

// ownReflectPanic is a panic of reflect in a call the program made
// itself (v.Index(5) of a reflect.Value), which recover gives as reflect
// gave it: those of the interpreter's own reflect calls are Go's runtime
// errors (see fixMessage).
type ownReflectPanic struct{ msg string }

// keepReflectPanic, deferred in a shim of a program's reflect call,
// marks a panic of reflect as the program's own.
func keepReflectPanic() {
	if r := recover(); r != nil {
		if s, ok := r.(string); ok && strings.HasPrefix(s, "reflect") {
			panic(ownReflectPanic{s})
		}
		panic(r)
	}
}

// interpError reports an error of the interpreter's own (whose Error
// method is no program's, to call freely; not its wrapper of a cell's
// error value, interp._error).
func interpError(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil || format.IsHolder(t) {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "github.com/traefik/yaegi/interp"
}
