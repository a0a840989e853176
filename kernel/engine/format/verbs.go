package format

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Printf's verbs that fmt handles itself.

// typeVerb stands for %T in a format FixT prepared: fmt prints %T itself,
// without asking the argument, but hands other verbs to its Format
// method (see Value.Format).
const typeVerb = '\x01'

// FixT prepares a Printf call: fmt prints %T itself, without asking the
// argument, so the %T verbs of wrapped arguments become typeVerb (the
// argument may be printed by another verb too: "%T %[1]v"), and %w of a
// value that is no error fmt's bad-verb text. It returns the format and
// arguments to use.
func FixT(format string, args []any) (string, []any) {
	format, args = fixExtra(format, args)
	if !strings.ContainsAny(format, "Tpw") {
		return format, args
	}
	b := []byte(format)
	changed := false
	eachVerb(b, func(i, arg int) {
		if (b[i] != 'T' && b[i] != 'p' && b[i] != 'w') || arg >= len(args) {
			return
		}
		x, ok := args[arg].(Value)
		if !ok {
			return
		}
		if !changed {
			args = append([]any(nil), args...)
			changed = true
		}
		switch {
		case b[i] == 'T':
			b[i] = typeVerb
		case b[i] == 'w':
			// Not an error (errors are not wrapped in a Value):
			// fmt's text for a bad verb, with the value's type.
			args[arg] = fmt.Sprintf("%%!w(%s=%v)", x.TypeName(), x)
			b[i] = 's'
		default:
			if v := unwrap(x.v); v.IsValid() && v.CanInterface() {
				args[arg] = v.Interface() // fmt prints %p itself
			}
		}
	})
	return string(b), args
}

// ArgVerbs returns the verb of each of n arguments of a Printf format (0
// for an argument no verb takes, or one a width or precision takes).
func ArgVerbs(format string, n int) []byte {
	verbs := make([]byte, n)
	b := []byte(format)
	eachVerb(b, func(i, arg int) {
		if arg < n {
			verbs[arg] = b[i]
		}
	})
	return verbs
}

// ArgVerb is the verb of a Printf format that takes an argument.
type ArgVerb struct {
	// Verb is the verb's letter, or '*' for a width or precision the
	// argument gives.
	Verb byte
	// At is the offset of Verb in the format (-1 for '*').
	At int
}

// ArgVerbsAt returns the verbs of format that take the arguments, in
// order; ok is false when explicit indexes ("%[2]d") reorder them.
func ArgVerbsAt(format string) (verbs []ArgVerb, ok bool) {
	next := 0
	_, reordered := eachVerb([]byte(format), func(i, arg int) {
		for ; next < arg; next++ {
			verbs = append(verbs, ArgVerb{'*', -1})
		}
		verbs = append(verbs, ArgVerb{format[i], i})
		next = arg + 1
	})
	return verbs, !reordered
}

// fixExtra writes the arguments no verb takes into the format, as fmt's
// "%!(EXTRA type=value, …)" would show them, when one of them is a Value:
// fmt would name its type format.Value.
func fixExtra(format string, args []any) (string, []any) {
	n, reordered := eachVerb([]byte(format), func(int, int) {})
	if reordered || n >= len(args) || !slices.ContainsFunc(args[n:], func(a any) bool { _, ok := a.(Value); return ok }) {
		return format, args
	}
	var b strings.Builder
	b.WriteString(format)
	b.WriteString("%%!(EXTRA ")
	out := append([]any(nil), args[:n]...)
	for i, a := range args[n:] {
		if i > 0 {
			b.WriteString(", ")
		}
		switch a := a.(type) {
		case nil:
			b.WriteString("<nil>")
			continue
		case Value:
			b.WriteString(strings.ReplaceAll(a.TypeName(), "%", "%%"))
		default:
			b.WriteString(strings.ReplaceAll(reflect.TypeOf(a).String(), "%", "%%"))
		}
		b.WriteString("=%v")
		out = append(out, a)
	}
	b.WriteString(")")
	return b.String(), out
}

// eachVerb calls f with the index in b of each verb and the index of the
// argument it takes; it returns the number of arguments the verbs take,
// and whether an explicit index ("%[2]d") reorders them.
func eachVerb(b []byte, f func(i, arg int)) (n int, reordered bool) {
	arg := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '%' {
			continue
		}
		i++
		if i < len(b) && b[i] == '%' {
			continue
		}
		for i < len(b) && strings.IndexByte("+-# 0", b[i]) >= 0 {
			i++
		}
		start := i
		arg, i = widthAt(b, i, arg)
		if i < len(b) && b[i] == '.' {
			arg, i = widthAt(b, i+1, arg) // the precision
		}
		arg, i = argIndex(b, i, arg)
		reordered = reordered || bytes.IndexByte(b[start:i], '[') >= 0
		n = max(n, arg)
		if i >= len(b) {
			break
		}
		f(i, arg)
		arg++
		n = max(n, arg)
	}
	return n, reordered
}

// argIndex reads an explicit argument index "[n]" at b[i:].
func argIndex(b []byte, i, arg int) (int, int) {
	if i >= len(b) || b[i] != '[' {
		return arg, i
	}
	j := i + 1
	n := 0
	for j < len(b) && b[j] >= '0' && b[j] <= '9' {
		n = n*10 + int(b[j]-'0')
		j++
	}
	if j < len(b) && b[j] == ']' && n > 0 {
		return n - 1, j + 1
	}
	return arg, i
}

// widthAt reads a width (or precision) at b[i:]: digits, or "*" (with an
// optional argument index before it), which takes an argument.
func widthAt(b []byte, i, arg int) (int, int) {
	arg, i = argIndex(b, i, arg)
	if i < len(b) && b[i] == '*' {
		return arg + 1, i + 1
	}
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return arg, i
}
