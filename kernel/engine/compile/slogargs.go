package compile

import (
	"go/ast"
	"go/types"
)

// slogIface hands e, a value of a cell type t that log/slog takes as an
// "any" (to), to slog as the interface slog looks for, when t has one:
// the interpreter passes a bare struct, without methods, so that the JSON
// handler wrote an error as its fields ({"Code":5}) and the text handler
// a TextMarshaler as {A:2}. It reports whether it did.
//
//	logger.Info("failed", "err", &MyErr{5})  →  logger.Info("failed", "err", __gk.AsError(&MyErr{5}))
func (r *rewriter) slogIface(e ast.Expr, t, to types.Type) bool {
	if !emptyIface(to) || types.IsInterface(t) || !r.mentionsCell(t) || hasTypeParam(t) ||
		r.off(e.Pos()) < 0 || r.off(e.End()) < 0 {
		return false
	}
	var iface string
	switch {
	case types.Implements(t, errorType):
		iface = "Error"
	case implementsTextMarshaler(t):
		iface = "TextMarshaler"
	default:
		return false
	}
	// (Through a compiled function whose parameter has the interface
	// type: the interpreter passes a conversion error(v) on bare.)
	r.ed.insert(r.off(e.Pos()), rtName+".As"+iface+"(")
	r.ed.insertFirst(r.off(e.End()), ")")
	return true
}

// implementsTextMarshaler reports whether t's method set has
// MarshalText() ([]byte, error).
func implementsTextMarshaler(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "MarshalText")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 2 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Slice)
	return ok && types.Identical(b.Elem(), types.Typ[types.Byte]) && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}
