package compile

import (
	"go/ast"
	"go/types"
)

// encoding/json sees neither the names nor the methods of the cell's
// types (nor the embedding of their fields): its entry points go to the
// runtime, with the description of the static type of the value.
//
//	json.Marshal(v)   →  __gk.JSONMarshal(v, ID)
//	enc.Encode(v)     →  __gk.JSONEncode(enc, v, ID)
var jsonCalls = map[string]string{
	"Marshal":        "JSONMarshal",
	"MarshalIndent":  "JSONMarshalIndent",
	"Unmarshal":      "JSONUnmarshal",
	"Encoder.Encode": "JSONEncode",
	"Decoder.Decode": "JSONDecode",
}

// jsonCall rewrites a call of one of jsonCalls.
func (r *rewriter) jsonCall(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() || r.desc == nil {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
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
	name, ok := jsonCalls[key]
	if !ok || len(call.Args) == 0 || r.off(call.Rparen) < 0 {
		return false
	}
	// The value is the first argument, the target the second (Unmarshal).
	v := call.Args[0]
	if key == "Unmarshal" && len(call.Args) == 2 {
		v = call.Args[1]
	}
	id := 0
	if t := r.info.Types[v].Type; t != nil {
		id = r.desc(t)
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
