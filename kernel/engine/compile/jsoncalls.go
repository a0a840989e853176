package compile

import (
	"go/ast"
	"go/types"
)

// encoding/json sees neither the names nor the methods of the cell's
// types (nor the embedding of their fields), encoding/xml not the
// embedding: their entry points go to the runtime, with the description
// of the static type of the value.
//
//	json.Marshal(v)   →  __gk.JSONMarshal(v, ID)
//	enc.Encode(v)     →  __gk.JSONEncode(enc, v, ID)
//	xml.Unmarshal(b, &v)  →  __gk.XMLUnmarshal(b, &v, ID)
var codecCalls = map[string]string{
	"Marshal":        "Marshal",
	"MarshalIndent":  "MarshalIndent",
	"Unmarshal":      "Unmarshal",
	"Encoder.Encode": "Encode",
	"Decoder.Decode": "Decode",
	// encoding/xml's only:
	"Encoder.EncodeElement": "EncodeElement",
	"Decoder.DecodeElement": "DecodeElement",
}

// codecPrefix names the runtime's functions of each package of codecCalls.
var codecPrefix = map[string]string{"encoding/json": "JSON", "encoding/xml": "XML"}

// jsonCall rewrites a call of one of codecCalls.
func (r *rewriter) jsonCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() || r.desc == nil {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || codecPrefix[fn.Pkg().Path()] == "" {
		return false
	}
	key := fn.Name()
	sig := fn.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		p, ok := recv.Type().(*types.Pointer)
		if !ok {
			return false
		}
		n, ok := p.Elem().(*types.Named)
		if !ok {
			return false
		}
		key = n.Obj().Name() + "." + key
	}
	name, ok := codecCalls[key]
	if !ok || len(call.Args) == 0 || r.off(call.Rparen) < 0 {
		return false
	}
	name = codecPrefix[fn.Pkg().Path()] + name
	// The value is the first argument, the target the second (Unmarshal).
	v := call.Args[0]
	if key == "Unmarshal" && len(call.Args) == 2 {
		v = call.Args[1]
	}
	id := 0
	if t := r.info.Types[v].Type; t != nil {
		id = r.desc(t)
		if mentionsIface(t, map[types.Type]bool{}) {
			r.describeSession(false) // values of any of them may be in it
		}
	}
	if sig.Recv() == nil {
		r.ed.replace(r.off(call.Fun.Pos()), r.off(call.Lparen)+1, rtName+"."+name+"(")
	} else {
		r.ed.replace(r.off(call.Fun.Pos()), r.off(sel.X.Pos()), rtName+"."+name+"(")
		r.ed.replace(r.off(sel.X.End()), r.off(call.Lparen)+1, ", ")
	}
	r.ed.insert(r.off(call.Rparen), ", "+itoa(id))
	return true
}

// jsonFuncs are the functions of encoding/json that jsonFuncValue writes
// as function literals calling the runtime's.
var jsonFuncs = map[string]string{
	"Marshal":       "func(v any) ([]byte, error) { return " + rtName + ".JSONMarshal(v, 0) }",
	"MarshalIndent": "func(v any, prefix, indent string) ([]byte, error) { return " + rtName + ".JSONMarshalIndent(v, prefix, indent, 0) }",
	"Unmarshal":     "func(data []byte, v any) error { return " + rtName + ".JSONUnmarshal(data, v, 0) }",
}

// jsonFuncValue writes json.Marshal, MarshalIndent or Unmarshal taken as
// a function value (encode := json.Marshal) as a function calling the
// runtime's (see jsonCall), which finds the descriptions of the session's
// types by their values.
func (r *rewriter) jsonFuncValue(sel *ast.SelectorExpr) bool {
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" || r.desc == nil {
		return false
	}
	lit, ok := jsonFuncs[fn.Name()]
	if !ok || fn.Type().(*types.Signature).Recv() != nil || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	r.describeSession(false)
	r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), lit)
	return true
}

// describeSession makes the descriptions of the session's struct types
// (they are registered by their tags), for values met through
// interfaces: with the methods templates call, when tmpl is set.
func (r *rewriter) describeSession(tmpl bool) {
	i, desc := 0, r.desc
	if tmpl {
		i, desc = 1, r.tmplDesc
	}
	if r.describedSession[i] {
		return
	}
	r.describedSession[i] = true
	for _, n := range r.sessionNamed(r.pkg.Scope()) {
		if _, ok := n.Underlying().(*types.Struct); ok {
			desc(n)
		}
	}
}
