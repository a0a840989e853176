package compile

import (
	"fmt"
	"sort"

	"gokernel/kernel/engine/stdgen"
)

// gcOnly names the generic API of the standard library that stdgen does
// not implement, with what to write instead: weak pointers and cleanups
// need the garbage collector's cooperation, and a weak pointer that never
// clears or a cleanup that never runs would change silently what a cell
// observes.
var gcOnly = map[string]map[string]string{
	"weak": {
		"Make":    "keep an ordinary pointer (a cache can evict by size or age instead)",
		"Pointer": "keep an ordinary pointer (a cache can evict by size or age instead)",
	},
	"runtime": {"AddCleanup": "release the resource yourself (defer, or a Close method)"},
}

// gcOnlyUses reports the cell's uses of the names of gcOnly, which would
// otherwise reach the interpreter as undefined symbols.
func (c *Compiler) gcOnlyUses(ck *checked) ErrorList {
	var errs ErrorList
	for id, obj := range ck.info.Uses {
		if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		path := obj.Pkg().Path()
		instead, ok := gcOnly[path][obj.Name()]
		if !ok {
			continue
		}
		if _, ok := stdgen.Name(path, obj.Name()); ok {
			continue
		}
		errs = append(errs, &CheckError{Pos: c.fset.Position(id.Pos()),
			Msg: fmt.Sprintf("%s.%s is not available in a notebook: the interpreter cannot give it the garbage collector's cooperation; %s",
				path, obj.Name(), instead)})
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Pos.Offset < errs[j].Pos.Offset })
	return errs
}
