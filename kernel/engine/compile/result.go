package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// The trailing expression of a cell is shown as its result. What to show is
// decided here, from the expression's static type, because the interpreter
// is unreliable at finding the methods of its values dynamically:
//
//	{ v1, v2 := expr; __gk.Result(__gk.Repr{Value: v1, Text: v1.String(), HTML: ...}); ... }

// resultCode returns the statement that reports the values of expr (its
// source text, of type typ) to the runtime.
func (t *translation) resultCode(expr string, typ types.Type) string {
	return t.resultCodeOf([]string{expr}, typ)
}

// resultCodeOf is resultCode for the expressions exprs: one expression of
// typ, or one of each of typ's types (a trailing list x, y), each
// assigned on its own (the interpreter gave zeros for
// v1, v2 := a+1, len(b)); those late marks are read after the others,
// as the operands of a call are (x, inc() shows x after inc, as
// fmt.Println(x, inc()) prints it).
func (t *translation) resultCodeOf(exprs []string, typ types.Type, late ...bool) string {
	var vals []types.Type
	if tup, ok := typ.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			vals = append(vals, tup.At(i).Type())
		}
	} else {
		vals = []types.Type{typ}
	}
	names := make([]string, len(vals))
	for i := range names {
		t.c.uniq++
		names[i] = "__gk_v" + itoa(t.c.uniq)
	}
	var b strings.Builder
	b.WriteString("{ ")
	if len(exprs) == len(names) && len(exprs) > 1 {
		for _, second := range []bool{false, true} {
			for i, e := range exprs {
				if (i < len(late) && late[i]) == second {
					b.WriteString(names[i] + " := " + e + "; ")
				}
			}
		}
	} else {
		b.WriteString(strings.Join(names, ", ") + " := " + strings.Join(exprs, ", ") + "; ")
	}
	for i, v := range vals {
		b.WriteString(rtName + ".Result(" + rtName + ".Repr{Value: " + names[i])
		if len(vals) > 1 {
			b.WriteString(", Tuple: true")
		}
		if types.Identical(v, types.Universe.Lookup("error").Type()) {
			b.WriteString(", Err: true")
		}
		b.WriteString(", Text: " + t.textOf(names[i], v))
		for _, m := range []struct{ method, field string }{
			{"HTML", "HTML"}, {"Markdown", "Markdown"}, {"SVG", "SVG"}, {"Latex", "Latex"},
		} {
			if hasStringMethod(v, m.method) {
				b.WriteString(", " + m.field + ": " + guarded(names[i], v, m.method))
			}
		}
		if t.isImage(v) {
			img := names[i]
			if mentionsPkg(v, t.ck.pkg, map[types.Type]bool{}) {
				// Through an interface-typed result: the interpreter does not
				// wrap a cell type's value stored in a compiled interface field.
				img = "func() " + t.alias("image", "image") + ".Image { return " + img + " }()"
			}
			b.WriteString(", Image: " + img)
		}
		b.WriteString("}); ")
	}
	b.WriteString("}")
	return b.String()
}

// rtName is the interpreter's name of the kernel's runtime package.
const rtName = "__gk"

// textOf returns the expression giving the text/plain form of name, a
// value of type typ: as fmt prints it (a Format method first, then Error
// or String), through the value's description when it involves the cell's
// types.
func (t *translation) textOf(name string, typ types.Type) string {
	if isReflect(typ, "Type") {
		return t.alias("fmt", "fmt") + ".Sprint(" + rtName + ".RTArg(" + name + "))" // (see reflectTypeArgs)
	}
	if !hasFormatMethod(typ) && (mentionsPkg(typ, t.ck.pkg, map[types.Type]bool{}) || types.IsInterface(typ)) {
		for _, m := range []string{"Error", "String"} {
			if hasStringMethod(typ, m) {
				return guarded(name, typ, m)
			}
		}
	}
	if id := t.descID(typ); id != 0 {
		// The description shows the String methods of nested values.
		return t.alias("fmt", "fmt") + ".Sprint(__gk_box(" + name + ", " + itoa(id) + "))"
	}
	return t.alias("fmt", "fmt") + ".Sprint(" + name + ")"
}

// guarded calls a method as fmt does: "<nil>" for a nil pointer or
// interface, or for a nil pointer whose method panics; a panic's text
// otherwise (%!v(PANIC=String method: …)).
func guarded(name string, typ types.Type, method string) string {
	recovered := "defer func() { if r := recover(); r != nil { s = " + rtName + ".MethodPanic(\"" + method + "\", r, " + name + ") } }(); "
	switch typ.Underlying().(type) {
	case *types.Pointer:
		// fmt calls the method of a nil pointer too (it may handle nil).
		return "func() (s string) { " + recovered + "return " + name + "." + method + "() }()"
	case *types.Interface:
		// A named non-struct value in it is shown by its type's method as
		// it is now (see format.WrappedDesc).
		return "func() (s string) { if " + name + " == nil { return \"<nil>\" }; if s, ok := " + rtName + ".WrappedText(" + name +
			"); ok { return s }; " + recovered + "return " + name + "." + method + "() }()"
	}
	return "func() (s string) { " + recovered + "return " + name + "." + method + "() }()"
}

// hasStringMethod reports whether typ's method set has method() string.
func hasStringMethod(typ types.Type, method string) bool {
	ms := types.NewMethodSet(typ)
	for i := 0; i < ms.Len(); i++ {
		f := ms.At(i).Obj()
		if f.Name() != method {
			continue
		}
		sig, ok := f.Type().(*types.Signature)
		if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			return false
		}
		b, ok := sig.Results().At(0).Type().(*types.Basic)
		return ok && b.Kind() == types.String
	}
	return false
}

// isImage reports whether typ implements image.Image.
func (t *translation) isImage(typ types.Type) bool {
	if types.IsInterface(typ) {
		return false
	}
	for _, imp := range t.ck.pkg.Imports() {
		if imp.Path() == "image" {
			if obj, ok := imp.Scope().Lookup("Image").(*types.TypeName); ok {
				if iface, ok := obj.Type().Underlying().(*types.Interface); ok {
					return types.Implements(typ, iface)
				}
			}
		}
	}
	return false
}

// plainRead reports an expression that only reads a variable or a field
// of one (x, p.a.b), which a call's operands read last.
func plainRead(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return true
	case *ast.ParenExpr:
		return plainRead(e.X)
	case *ast.SelectorExpr:
		return plainRead(e.X)
	}
	return false
}
