package compile

import (
	"go/ast"
	"go/types"
	"strconv"
)

// syncUnlock sends the Unlock of a sync.Mutex or sync.RWMutex (and the
// RUnlock of the latter) to the runtime, which checks first that it is
// locked: unlocking an unlocked mutex is a fatal error of the Go runtime,
// which would end the kernel's process. The runtime ends the cell with
// that error instead:
//
//	c.mu.Unlock()  →  __gk.SyncUnlock(&(c.mu), "Unlock")
//	c.Unlock()     →  __gk.SyncUnlock(&(c).Mutex, "Unlock")   (promoted)
func (r *rewriter) syncUnlock(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 || r.off(call.Pos()) < 0 || r.off(call.End()) < 0 {
		return
	}
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" || fn.Name() != "Unlock" && fn.Name() != "RUnlock" {
		return
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return
	}
	rt, ok := recv.Type().(*types.Pointer)
	if !ok {
		return
	}
	if n, ok := rt.Elem().(*types.Named); !ok || n.Obj().Name() != "Mutex" && n.Obj().Name() != "RWMutex" {
		return
	}
	path := "" // a method of sel.X's own type
	if len(s.Index()) > 1 {
		if path, _, ok = r.embeddedField(sel); !ok {
			return
		}
	}
	x := r.info.TypeOf(sel.X)
	head := "&("
	if _, ptr := x.Underlying().(*types.Pointer); ptr && path == "" {
		head = "(" // already the mutex's address
	}
	r.ed.insert(r.off(sel.X.Pos()), rtName+".SyncUnlock("+head) // after a statement marker
	r.ed.replace(r.off(sel.X.End()), r.off(call.End()), ")"+path+", "+strconv.Quote(fn.Name())+")")
}
