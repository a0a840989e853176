package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"gokernel/kernel/engine/format"
)

// Struct types of cells are tagged for the runtime: the first field's tag
// gets gk:"ID", which tells the printer the type's declared name and
// fields (the interpreter's reflect type has neither); and unexported
// fields get json:"-" and xml:"-" (the interpreter exports them as
// Xname), so that encoding/json and encoding/xml skip them as Go does.

// StructTag is the tag key that identifies a cell's struct type.
const StructTag = "gk"

// StructType is a struct type of the session, for the runtime.
type StructType struct {
	format.Struct
	// Gen is the type's name in the interpreter.
	Gen string
	// Methods lists String and Error methods: the name of the variable
	// holding a func(*T) string that calls it, and whether the method has
	// a pointer receiver.
	Methods map[string]MethodRef
	// MethodNames are the exported methods of the type's method set and
	// of its pointer's, by name, as reflect lists them.
	MethodNames [2][]string
}

// MethodRef locates a method accessor.
type MethodRef struct {
	Var     string
	Pointer bool
}

// Struct returns the struct type with the given tag ID.
func (c *Compiler) Struct(id int) (StructType, bool) {
	s, ok := c.structs[id]
	return s, ok
}

// UnexportedField reports whether a struct type of the session named name
// ("main.person") has an unexported field named field.
func (c *Compiler) UnexportedField(name, field string) bool {
	for _, st := range c.structs {
		if st.Name != name {
			continue
		}
		for _, f := range st.Fields {
			if f.Name == field && !f.Exported {
				return true
			}
		}
	}
	return false
}

// tagStruct adds the tags of a struct type declaration and registers it.
// name is the user's name of the type, gen the interpreter's.
func (r *rewriter) tagStruct(ts *ast.TypeSpec, name, gen string) int {
	if ts.TypeParams != nil {
		return 0 // generic: its instances are tagged (see generics.go)
	}
	if ts.Assign.IsValid() {
		// An alias of a struct type is that type: a tagged one would
		// differ from it (compiled generic code, []struct{ X int }).
		return 0
	}
	if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
		return r.tagDefinedStruct(ts, "main."+name, gen)
	}
	return r.tagStructNamed(ts, "main."+name, gen)
}

// tagDefinedStruct writes out the struct type of a type defined from
// another struct type (type Step Pos), tagged as a type of its own: with
// Pos's tags, the interpreter's values of both types are of one reflect
// type, so that %T, assertions, type switches, map keys and methods took
// a Step held in an interface for a Pos. A struct with unexported fields
// of another package (type B bytes.Buffer) is left as it is.
func (r *rewriter) tagDefinedStruct(ts *ast.TypeSpec, display, gen string) int {
	tn, _ := r.info.Defs[ts.Name].(*types.TypeName)
	if tn == nil || r.off(ts.Type.Pos()) < 0 || r.off(ts.Type.End()) < 0 {
		return 0
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return 0
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); !f.Exported() && f.Pkg() != r.pkg {
			return 0
		}
	}
	r.c.structSeq++
	id := r.c.structSeq
	meta := StructType{Struct: format.Struct{Name: display}, Gen: gen, Methods: map[string]MethodRef{}}
	var parts []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		meta.Fields = append(meta.Fields, format.Field{Name: f.Name(), Exported: f.Exported(), Embedded: f.Embedded(), Tag: st.Tag(i)})
		first := 0
		if i == 0 {
			first = id
		}
		tag := fieldTag(st.Tag(i), f.Exported() || f.Embedded() && isStructLike(f.Type()), first)
		switch typ := r.typeString(f.Type()); {
		case f.Embedded():
			parts = append(parts, typ+quoteTag(tag))
		default:
			parts = append(parts, blankField(f.Name(), i)+" "+typ+quoteTag(tag))
		}
	}
	if len(parts) == 0 {
		parts = []string{hiddenTagField(id)}
	}
	if soleIfaceStruct(st) {
		parts = append(parts, soleIfaceField) // (see tagStructNamed)
	}
	r.ed.replaceOuter(r.off(ts.Type.Pos()), r.off(ts.Type.End()), "struct{ "+strings.Join(parts, "; ")+" }")
	r.c.structs[id] = meta
	return id
}

// tagStructNamed tags a struct type written under the interpreter name
// gen and printed as display ("main.T", "main.Pair[string,int]").
func (r *rewriter) tagStructNamed(ts *ast.TypeSpec, display, gen string) int {
	st, ok := ts.Type.(*ast.StructType)
	if !ok {
		return 0
	}
	r.c.structSeq++
	id := r.c.structSeq
	meta := StructType{Struct: format.Struct{Name: display}, Gen: gen, Methods: map[string]MethodRef{}}
	first := true
	index := 0 // of the field in the struct type
	for _, f := range st.Fields.List {
		names := f.Names
		embedded := len(names) == 0
		var fieldNames []string
		if embedded {
			fieldNames = []string{embeddedName(f.Type)}
		}
		for _, n := range names {
			fieldNames = append(fieldNames, n.Name)
		}
		// Tags per declared name: a field list "a, B int" is split so that
		// each name gets its own tag.
		old := ""
		if f.Tag != nil {
			old, _ = strconv.Unquote(f.Tag.Value)
		}
		for _, n := range fieldNames {
			meta.Fields = append(meta.Fields, format.Field{Name: n, Exported: token.IsExported(n), Embedded: embedded, Tag: old})
		}
		// An embedded struct's exported fields are promoted, as in Go
		// (the runtime marks the field embedded for encoding/json).
		promoted := embedded && isStructLike(r.info.TypeOf(f.Type))
		tagFor := func(n string) string {
			firstID := 0
			if first {
				firstID, first = id, false
			}
			return fieldTag(old, token.IsExported(n) || promoted, firstID)
		}
		if len(names) > 1 {
			typ := r.text(f.Type.Pos(), f.Type.End())
			var parts []string
			for _, n := range names {
				parts = append(parts, blankField(n.Name, index)+" "+typ+quoteTag(tagFor(n.Name)))
				index++
			}
			r.ed.replace(r.off(f.Pos()), r.off(f.End()), strings.Join(parts, "; "))
			continue
		}
		if len(names) == 1 && names[0].Name == "_" && r.off(names[0].Pos()) >= 0 {
			r.ed.replace(r.off(names[0].Pos()), r.off(names[0].End()), blankField("_", index))
		}
		index++
		tag := tagFor(fieldNames[0])
		switch {
		case tag == old:
		case f.Tag != nil:
			r.ed.replace(r.off(f.Tag.Pos()), r.off(f.Tag.End()), quoteTag(tag)[1:])
		default:
			r.ed.insert(r.off(f.Type.End()), quoteTag(tag))
		}
	}
	if first {
		// No fields: a hidden one carries the tag, or the interpreter's
		// values of the type would be struct{} (no name, no methods in an
		// interface). The printer shows only the declared fields.
		if !st.Fields.Opening.IsValid() || r.off(st.Fields.Opening) < 0 {
			return 0
		}
		r.ed.insert(r.off(st.Fields.Opening)+1, hiddenTagField(id)+"; ")
	}
	if r.soleEmbeddedIface(st) && r.off(st.Fields.List[0].End()) >= 0 {
		// A second field, hidden: the interpreter marks a struct's only
		// field embedded for reflect, whose StructOf then panics
		// ("does not support methods of embedded interfaces") when a
		// value goes to compiled code (fmt.Errorf("%w", NotFound{err})).
		r.ed.insertLast(r.off(st.Fields.List[0].End()), "; "+soleIfaceField)
	}
	r.c.structs[id] = meta
	return id
}

// soleIfaceField is the hidden field after a struct's only field, an
// embedded interface (see soleEmbeddedIface).
const soleIfaceField = "__gk_sole struct{} `json:\"-\" xml:\"-\"`"

// soleEmbeddedIface reports a struct type whose only field is an embedded
// interface with methods (type NotFound struct{ error }).
func (r *rewriter) soleEmbeddedIface(st *ast.StructType) bool {
	if st.Fields == nil || st.Fields.NumFields() != 1 || len(st.Fields.List[0].Names) != 0 {
		return false
	}
	it, ok := r.typeOf(st.Fields.List[0].Type).(*types.Interface)
	return ok && it.NumMethods() > 0
}

// soleIfaceStruct is soleEmbeddedIface for a struct type of go/types.
func soleIfaceStruct(st *types.Struct) bool {
	if st.NumFields() != 1 || !st.Field(0).Embedded() {
		return false
	}
	it, ok := st.Field(0).Type().Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// soleIfaceLit gives a literal written by position of a session struct
// type with a hidden field after its only one (see tagStructNamed) the
// hidden field's value: NotFound{err} → NotFound{err, struct{}{}}.
func (r *rewriter) soleIfaceLit(lit *ast.CompositeLit) {
	if len(lit.Elts) != 1 || r.off(lit.Elts[0].End()) < 0 {
		return
	}
	if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
		return
	}
	t := types.Unalias(r.info.TypeOf(lit))
	if p, ok := t.(*types.Pointer); ok && lit.Type == nil {
		t = types.Unalias(p.Elem()) // ({e} in []*NotFound{{e}})
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg || n.Obj().Parent() != r.pkg.Scope() {
		return // (a type declared in a function is written as it is)
	}
	if st, ok := n.Underlying().(*types.Struct); ok && soleIfaceStruct(st) {
		r.ed.insertLast(r.off(lit.Elts[0].End()), ", struct{}{}")
	}
}

// blankField returns the interpreter's name of field i, named n, of a
// struct type: a blank field gets a name of its own (the interpreter's
// struct type would have two fields X_: "reflect.StructOf: duplicate
// field"), the same wherever the type is written. The printer knows the
// declared name.
func blankField(n string, i int) string {
	if n != "_" {
		return n
	}
	return "__gk_blank" + itoa(i)
}

// blankFields names the blank fields of a struct type written in the
// cell (see blankField); a type declaration of the session's is named by
// tagStructNamed.
func (r *rewriter) blankFields(st *ast.StructType) {
	r.makeParents()
	if ts, ok := r.parents[st].(*ast.TypeSpec); ok {
		if _, top := r.parents[r.parents[ts]].(*ast.File); top {
			return
		}
	}
	i := 0
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			i++
		}
		blank := len(f.Names) > 0
		for _, n := range f.Names {
			if n.Name == "_" && r.off(n.Pos()) >= 0 && r.off(n.End()) >= 0 {
				r.ed.replace(r.off(n.Pos()), r.off(n.End()), blankField("_", i))
			}
			blank = blank && n.Name == "_"
			i++
		}
		if blank && f.Tag == nil && r.off(f.Type.End()) >= 0 {
			// Hidden from encoders, as a blank field is.
			r.ed.insert(r.off(f.Type.End()), " `json:\"-\" xml:\"-\"`")
		}
	}
}

// embeddedName is the field name of an embedded field of type e.
func embeddedName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return embeddedName(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Name
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return embeddedName(t.X)
	case *ast.IndexListExpr:
		return embeddedName(t.X)
	}
	return "?"
}

// setTag sets key to value in a struct tag unless the key is there.
func setTag(tag, key, value string) string {
	if _, ok := reflect.StructTag(tag).Lookup(key); ok {
		if key == StructTag {
			return tag
		}
		if !strings.Contains(tag, key+`:"-"`) && value == "-" {
			// An unexported field with a tag for this key: Go ignores it,
			// so must the interpreter.
			return replaceTag(tag, key, value)
		}
		return tag
	}
	if tag != "" {
		tag += " "
	}
	return tag + key + ":" + strconv.Quote(value)
}

// replaceTag replaces the value of key in tag.
func replaceTag(tag, key, value string) string {
	i := strings.Index(tag, key+`:"`)
	if i < 0 {
		return tag
	}
	j := i + len(key) + 2
	for j < len(tag) && tag[j] != '"' {
		if tag[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(tag) {
		return tag
	}
	return tag[:i] + key + ":" + strconv.Quote(value) + tag[j+1:]
}

// quoteTag writes a tag as a Go literal, preceded by a space.
func quoteTag(tag string) string {
	if !strings.Contains(tag, "`") {
		return " `" + tag + "`"
	}
	return " " + strconv.Quote(tag)
}

// isStructLike reports a struct type or a pointer to one.
func isStructLike(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// fieldTag is the tag of a field of a cell's struct type, from its own
// tag old: a field json and xml skip as Go does (visible is false for an
// unexported one, not promoting fields), and the type's ID (id, when not
// 0) on the first field.
func fieldTag(old string, visible bool, id int) string {
	tag := old
	if !visible {
		tag = setTag(setTag(tag, "json", "-"), "xml", "-")
	}
	if id != 0 {
		tag = setTag(tag, StructTag, strconv.Itoa(id))
	}
	return tag
}

// hiddenTagField is the field that carries the ID of a struct type
// without fields (the printer shows only the declared fields).
func hiddenTagField(id int) string {
	return "_ struct{} " + quoteTag(`json:"-" xml:"-" `+StructTag+`:"`+strconv.Itoa(id)+`"`)
}
