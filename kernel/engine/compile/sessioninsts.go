package compile

import (
	"go/token"
	"go/types"
	"strings"
)

// sessionInstances returns the instances of the session's generic struct
// types that earlier cells wrote, as types of the cell's package (those
// whose type arguments it can spell).
func (r *rewriter) sessionInstances(scope *types.Scope) []*types.Named {
	if r.sessInsts != nil {
		return *r.sessInsts
	}
	out := []*types.Named{}
	r.sessInsts = &out
	for _, key := range sortedKeys(r.c.typeInsts) {
		name, _, ok := strings.Cut(key, "[")
		if !ok {
			continue
		}
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		g, ok := tn.Type().(*types.Named)
		if !ok || g.TypeParams().Len() == 0 {
			continue
		}
		if _, ok := g.Underlying().(*types.Struct); !ok {
			continue
		}
		exprs := r.c.instArgs[key]
		if len(exprs) != g.TypeParams().Len() {
			continue
		}
		targs := make([]types.Type, len(exprs))
		for i, e := range exprs {
			if strings.Contains(e, "/") || strings.Contains(e, ".") {
				targs = nil
				break
			}
			tv, err := types.Eval(r.c.fset, r.pkg, token.NoPos, e)
			if err != nil || !tv.IsType() {
				targs = nil
				break
			}
			targs[i] = tv.Type
		}
		if targs == nil {
			continue
		}
		if inst, err := types.Instantiate(nil, g, targs, true); err == nil {
			if n, ok := inst.(*types.Named); ok {
				out = append(out, n)
			}
		}
	}
	return out
}
