package compile

import (
	"go/types"

	"gokernel/kernel/engine/format"
)

// TemplateStructDesc is StructDesc with the methods a template may call
// (see templateMethods), if a cell handed a template data that may hold
// the type.
func (c *Compiler) TemplateStructDesc(id int) *format.Desc {
	return c.tmplStructDescs[id]
}

// templateDescID is descID for a value handed to text/template: the
// description also lists the methods a template may call (see Methods).
func (t *translation) templateDescID(typ types.Type) int {
	key := "tmpl:" + t.typeStr(typ) + "@" + itoa(t.c.methodCells) // as descID's
	if id, ok := t.c.descIDs[key]; ok {
		return id
	}
	t.withMethods = true
	d := t.desc(typ, map[types.Type]*format.Desc{})
	t.withMethods = false
	if d == nil {
		return 0
	}
	t.c.descs = append(t.c.descs, d)
	t.c.descIDs[key] = len(t.c.descs)
	return len(t.c.descs)
}

// templateMethods lists in d the exported methods of a named type of the
// cell package (through a pointer) that take no arguments and return a
// value, or a value and an error: what a template's {{.M}} calls.
func (t *translation) templateMethods(d *format.Desc, typ types.Type, seen map[types.Type]*format.Desc) {
	n, ok := typ.(*types.Named)
	if !ok || n.Obj().Pkg() != t.ck.pkg || types.IsInterface(typ) {
		return
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := 0; i < ms.Len(); i++ {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !fn.Exported() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 0 {
			continue
		}
		kind := ""
		switch {
		case sig.Results().Len() == 1:
			kind = "tmpl1:"
		case sig.Results().Len() == 2 && types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type()):
			kind = "tmpl2:"
		default:
			continue
		}
		d.Methods = append(d.Methods, format.Method{Name: fn.Name(), Acc: t.methodAccessor(types.NewPointer(n), kind+fn.Name()),
			Result: t.desc(sig.Results().At(0).Type(), seen)})
	}
}
