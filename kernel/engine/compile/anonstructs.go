package compile

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"gokernel/kernel/engine/format"
)

// The interpreter exports the unexported fields of every struct type (name
// becomes Xname). Tagged struct types (structs.go) tell the runtime their
// declared fields; anonymous struct types and those declared inside
// functions carry no tag (a tagged spelling would be another type than the
// untagged one written elsewhere), so they are known by the interpreter's
// names of their fields instead.

// anonStruct is what the cells wrote of the untagged struct types whose
// fields have one list of interpreter names.
type anonStruct struct {
	st format.Struct
	// ambiguous marks a list of names that two spellings share (a user's
	// exported Xname field, or two types differing in declared names).
	ambiguous bool
}

// AnonStruct describes the untagged struct type whose interpreter field
// names are names, when the cells wrote exactly one such type.
func (c *Compiler) AnonStruct(names []string) (format.Struct, bool) {
	a, ok := c.anonStructs[strings.Join(names, ";")]
	if !ok || a.ambiguous {
		return format.Struct{}, false
	}
	return a.st, true
}

// anonStruct registers a struct type literal of the cell other than a
// top-level type declaration's, when it has unexported fields: the
// runtime prints it, and encodes it, with its declared fields.
func (r *rewriter) anonStruct(n *ast.StructType) {
	r.makeParents()
	name := ""
	if ts, ok := r.parents[n].(*ast.TypeSpec); ok {
		if _, top := r.parents[r.parents[ts]].(*ast.File); top || ts.Assign.IsValid() || ts.TypeParams != nil {
			return
		}
		name = "main." + ts.Name.Name
	}
	st, ok := r.info.TypeOf(n).(*types.Struct)
	if !ok || st.NumFields() == 0 || hasTypeParam(st) {
		return
	}
	unexported, embedded, exportedX := false, false, false
	var keys []string
	meta := format.Struct{Name: name}
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Pkg() != r.pkg && !f.Exported() {
			return // another package's (reflect.StructOf refuses those)
		}
		key := blankField(f.Name(), i)
		switch {
		case !f.Exported():
			unexported = true
			key = "X" + key
		case strings.HasPrefix(key, "X"):
			exportedX = true // (struct{ Xname int } reads as struct{ name int })
		}
		if anonUnexported(f.Type()) {
			unexported = true // its %T names them (struct { In struct { b int } })
		}
		embedded = embedded || f.Embedded()
		keys = append(keys, key)
		field := format.Field{Name: f.Name(), Exported: f.Exported(), Embedded: f.Embedded(), Tag: st.Tag(i)}
		if f.Embedded() && r.desc != nil && r.namedNonStruct(derefType(f.Type())) {
			// Its methods, which the interpreter's value does not carry
			// (type L struct{ Name; X int } with Name's String).
			if id := r.desc(f.Type()); id != 0 {
				field.Type = r.c.descs[id-1]
			}
		}
		meta.Fields = append(meta.Fields, field)
	}
	if meta.Name == "" {
		meta.Name = r.reflectStructString(st)
	}
	key := strings.Join(keys, ";")
	old, seen := r.c.anonStructs[key]
	switch {
	case seen:
		if !sameFields(old.st, meta) {
			old.ambiguous = true
		} else {
			old.st = meta // (its fields' descriptions as of this cell)
		}
		r.c.anonStructs[key] = old
	case unexported || embedded || name != "":
		// Its names (and %T) differ from what reflect tells, or fmt is
		// to call a method its embedded field promotes.
		r.c.anonStructs[key] = anonStruct{st: meta}
	case exportedX:
		// A spelling an unexported one could be mistaken for.
		r.c.anonStructs[key] = anonStruct{st: meta, ambiguous: true}
	}
}

// sameFields reports whether two descriptions declare the same fields.
func sameFields(a, b format.Struct) bool {
	if len(a.Fields) != len(b.Fields) {
		return false
	}
	for i := range a.Fields {
		x, y := a.Fields[i], b.Fields[i]
		if x.Name != y.Name || x.Exported != y.Exported || x.Embedded != y.Embedded {
			return false
		}
	}
	return true
}

// reflectStructString spells st as reflect does (%T): struct { a int;
// B string "json:\"b\"" }.
func (r *rewriter) reflectStructString(st *types.Struct) string {
	if st.NumFields() == 0 {
		return "struct {}"
	}
	var parts []string
	for i := range st.NumFields() {
		f := st.Field(i)
		part := r.reflectTypeString(f.Type())
		if !f.Embedded() {
			part = f.Name() + " " + part
		}
		if tag := st.Tag(i); tag != "" {
			part += " " + strconv.Quote(tag)
		}
		parts = append(parts, part)
	}
	return "struct { " + strings.Join(parts, "; ") + " }"
}

// reflectTypeString spells t as reflect does, struct types inside it too.
func (r *rewriter) reflectTypeString(t types.Type) string {
	switch u := t.(type) {
	case *types.Struct:
		return r.reflectStructString(u)
	case *types.Pointer:
		return "*" + r.reflectTypeString(u.Elem())
	case *types.Slice:
		return "[]" + r.reflectTypeString(u.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(u.Len(), 10) + "]" + r.reflectTypeString(u.Elem())
	case *types.Map:
		return "map[" + r.reflectTypeString(u.Key()) + "]" + r.reflectTypeString(u.Elem())
	}
	return types.TypeString(t, func(p *types.Package) string {
		if p == r.pkg {
			return "main"
		}
		return p.Name()
	})
}

// derefType is the type t points to, or t.
func derefType(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
