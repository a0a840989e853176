package compile

import (
	"go/ast"
	"go/types"
	"strings"
)

// accessorSig is the type of the accessor of a method the runtime calls
// on interpreted values ("T" stands for the type), or "". A method
// "tmpl1:M" or "tmpl2:M" is M for a template, of one result or of a
// result and an error.
func accessorSig(method string) string {
	if strings.HasPrefix(method, "tmpl") {
		return "func(x *T) (any, error)"
	}
	switch method {
	case "String", "Error", "GoString":
		return "func(x *T) string"
	case "Format":
		return "func(x *T, s fmt.State, verb rune)"
	case "MarshalJSON", "MarshalText":
		return "func(x *T) ([]byte, error)"
	case "UnmarshalJSON", "UnmarshalText":
		return "func(x *T, b []byte) error"
	case "Unwrap":
		return "func(x *T) error"
	case "UnwrapAll": // Unwrap() []error
		return "func(x *T) []error"
	case "Is":
		return "func(x *T, target error) bool"
	case "As":
		return "func(x *T, target any) bool"
	}
	return ""
}

// unnamedParams drops the parameter names of an accessor's signature:
// "func(x *T, b []byte) error" → "func(*T, []byte) error".
func unnamedParams(sig string) string {
	open, close := strings.Index(sig, "("), strings.Index(sig, ")")
	if open < 0 || close < open {
		return sig
	}
	params := strings.Split(sig[open+1:close], ", ")
	for i, p := range params {
		if _, typ, ok := strings.Cut(p, " "); ok {
			params[i] = typ
		}
	}
	return sig[:open+1] + strings.Join(params, ", ") + sig[close:]
}

// accessorBody is the body of an accessor.
func accessorBody(method string) string {
	if name, ok := strings.CutPrefix(method, "tmpl1:"); ok {
		return "return x." + name + "(), nil"
	}
	if name, ok := strings.CutPrefix(method, "tmpl2:"); ok {
		// (Returned straight, the interpreter loses the error: see
		// ifaceconv.go.)
		return "r0, r1 := x." + name + "(); return r0, r1"
	}
	switch method {
	case "Is", "As":
		return "return x." + method + "(target)"
	case "UnwrapAll":
		return "return x.Unwrap()"
	case "Format":
		return "x.Format(s, verb)"
	case "UnmarshalJSON", "UnmarshalText":
		return "return x." + method + "(b)"
	}
	return "return x." + method + "()"
}

// accessorShape checks a method has the signature its accessor expects.
func accessorShape(fd *ast.FuncDecl, method string) bool {
	params, results := fd.Type.Params.NumFields(), fd.Type.Results.NumFields()
	resultIs := func(name string) bool {
		id, ok := fd.Type.Results.List[0].Type.(*ast.Ident)
		return ok && id.Name == name
	}
	switch method {
	case "String", "Error", "GoString":
		return params == 0 && results == 1 && resultIs("string")
	case "Format":
		return params == 2 && results == 0
	case "Unwrap":
		return params == 0 && results == 1 && resultIs("error")
	case "UnwrapAll":
		at, ok := fd.Type.Results.List[0].Type.(*ast.ArrayType)
		id, isID := ast.Expr(nil), false
		if ok && at.Len == nil {
			id, isID = at.Elt, true
		}
		elt, _ := id.(*ast.Ident)
		return params == 0 && results == 1 && isID && elt != nil && elt.Name == "error"
	case "Is", "As":
		if params != 1 || results != 1 || !resultIs("bool") {
			return false
		}
		// Is(error) bool and As(any) bool: a tok.Is(kind) is not errors'.
		switch pt := fd.Type.Params.List[0].Type.(type) {
		case *ast.Ident:
			return method == "Is" && pt.Name == "error" || method == "As" && pt.Name == "any"
		case *ast.InterfaceType:
			return method == "As" && (pt.Methods == nil || len(pt.Methods.List) == 0)
		}
	}
	return false
}

// accessor is a function calling a method of an interpreted type for the
// runtime (String and Error for the printer, Unwrap, Is and As for errors).
type accessor struct {
	Var, gen, method string
}

// accessors lists the method accessors the plan must define: for every
// struct type it declares, and for types that get a String or Error
// method.
func (t *translation) accessors(decls []*cellDecl, emitCell map[*cellDecl]bool, reemit map[string]bool) []accessor {
	c, sess := t.c, t.c.sess
	// The methods by type: the cell's, then the session's.
	type method struct{ ptr bool }
	methods := map[string]map[string]method{}
	add := func(key string, fd *ast.FuncDecl) {
		recv, name, _ := strings.Cut(key, ".")
		if name == "Unwrap" && accessorShape(fd, "UnwrapAll") {
			name = "UnwrapAll"
		}
		if accessorSig(name) == "" || !accessorShape(fd, name) {
			return
		}
		if methods[recv] == nil {
			methods[recv] = map[string]method{}
		}
		if _, ok := methods[recv][name]; ok {
			return
		}
		_, ptr := fd.Recv.List[0].Type.(*ast.StarExpr)
		methods[recv][name] = method{ptr: ptr}
	}
	newMethod := map[string]bool{}
	declared := map[string]bool{} // types the cell declares (anew)
	for _, d := range decls {
		if d.kind == KindType && emitCell[d] { // (one written again unchanged is the session's)
			declared[d.key] = true
		}
		if d.kind == KindMethod {
			add(d.key, d.node.(*ast.FuncDecl))
			if emitCell[d] {
				newMethod[strings.SplitN(d.key, ".", 2)[0]] = true
			}
		}
	}
	for k, d := range sess.Decls {
		if fd, ok := d.Node.(*ast.FuncDecl); ok && d.Kind == KindMethod {
			add(k, fd)
		}
	}
	// The String, Error, GoString and Format methods struct types get
	// from embedded fields:
	// the runtime finds a value's methods by its type's ID (a Rect
	// embedding Named, held in a Shape). For the struct types the cell
	// declares, and for those of the session when the cell declares
	// methods (Entity.String makes Monster{Entity} a Stringer).
	candidates := map[string]int{}
	for typ, id := range t.structIDs {
		candidates[typ] = id
	}
	if len(newMethod) > 0 {
		for k, d := range sess.Decls {
			if _, ok := candidates[k]; !ok && d.Kind == KindType && d.StructID != 0 && !declared[k] {
				candidates[k] = d.StructID
			}
		}
	}
	promotedID := map[string]int{} // session types getting promoted methods
	for typ, id := range candidates {
		tn, ok := t.ck.pkg.Scope().Lookup(typ).(*types.TypeName)
		if !ok {
			continue
		}
		for _, name := range []string{"String", "Error", "GoString", "Format"} {
			if _, done := methods[typ][name]; done {
				continue
			}
			if _, done := c.structs[id].Methods[name]; done && t.structIDs[typ] == 0 {
				continue
			}
			ptrT := types.NewPointer(tn.Type())
			if _, index, _ := types.LookupFieldOrMethod(ptrT, false, t.ck.pkg, name); len(index) < 2 || !hasPrintMethod(ptrT, name) {
				continue
			}
			if methods[typ] == nil {
				methods[typ] = map[string]method{}
			}
			methods[typ][name] = method{ptr: !hasPrintMethod(tn.Type(), name)}
			if t.structIDs[typ] == 0 {
				promotedID[typ] = id
			}
		}
	}
	var out []accessor
	for _, typ := range sortedKeys(methods) {
		id := t.structIDs[typ]
		if id == 0 && promotedID[typ] != 0 {
			id = promotedID[typ]
		}
		if id == 0 && newMethod[typ] && !declared[typ] {
			// A method of a struct type of an earlier cell (not one the
			// cell redeclares as a non-struct type).
			if d := sess.Decls[typ]; d != nil {
				id = d.StructID
			}
		}
		st, ok := c.structs[id]
		if id == 0 || !ok {
			continue
		}
		for _, name := range sortedKeys(methods[typ]) {
			v := "__gk_m" + itoa(id) + "_" + name
			if _, done := st.Methods[name]; done && !newMethod[typ] && t.structIDs[typ] == 0 {
				continue
			}
			st.Methods[name] = MethodRef{Var: v, Pointer: methods[typ][name].ptr}
			out = append(out, accessor{Var: v, gen: st.Gen, method: name})
		}
	}
	return out
}

// emitAccessors writes the accessors of the methods the runtime calls on
// interpreted values: String and Error for the printer, and others.
func (t *translation) emitAccessors() {
	plan := t.plan
	for _, acc := range append(t.accessors(t.cellDecls, t.emitCell, t.reemit), t.newAccessors...) {
		sig := strings.Replace(accessorSig(acc.method), "T", acc.gen, 1)
		if acc.method == "Format" {
			sig = strings.Replace(sig, "fmt.", t.alias("fmt", "fmt")+".", 1)
		}
		// The variable's type without parameter names: the interpreter
		// takes them for references to the session's variables.
		t.varsB.addLine("var " + acc.Var + " " + unnamedParams(sig))
		t.accB.addLine(acc.Var + " = " + sig + " { " + accessorBody(acc.method) + " }")
		plan.Accessors = append(plan.Accessors, acc.Var)
	}
}
