package compile

import (
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// predeclaredShadows refuses a cell that declares, at its top level, a
// name of one of Go's predeclared types or constants (string := "s", var
// error = e, func int(), nil := 5): it would hide it from the session's
// later cells, whose code the kernel writes with those names.
func (t *translation) predeclaredShadows() error {
	var errs ErrorList
	add := func(name string, pos token.Pos, isType bool) {
		what := "type "
		switch types.Universe.Lookup(name).(type) {
		case *types.TypeName:
		case *types.Nil, *types.Const: // nil, true, false, iota
			what = ""
		default:
			return
		}
		instead := "choose another name (or declare it inside a function)"
		if isType {
			// (The interpreter takes a type named int declared in a
			// function for Go's int.)
			instead = "choose another name (type My" + strings.ToUpper(name[:1]) + name[1:] + " …)"
		}
		errs = append(errs, &CheckError{Pos: t.c.fset.Position(pos),
			Msg: "a session-wide " + name + " would hide Go's " + what + name + " from later cells: " + instead})
	}
	for _, v := range t.vars {
		add(v.name, v.obj.Pos(), false)
	}
	for _, d := range t.cellDecls {
		switch d.kind {
		case KindConst:
			for _, k := range keysOf(d.node) {
				add(k, d.node.Pos(), false)
			}
		case KindFunc, KindType:
			add(d.key, d.node.Pos(), d.kind == KindType)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos.Line < errs[j].Pos.Line })
	return errs
}
