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
//	cond.Wait()    →  __gk.SyncUnlock((cond), "Wait")          (its Locker)
//
// Lock and RLock, and a sync.WaitGroup's Wait, go to the runtime too,
// which lets an interrupt end a wait that never ends (a deadlock):
//
//	mu.Lock()  →  __gk.SyncWait(&(mu), "Lock")
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
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
		return
	}
	rtFunc := rtName + ".SyncUnlock("
	switch fn.Name() {
	case "Unlock", "RUnlock":
	case "Lock", "RLock", "Wait":
		rtFunc = rtName + ".SyncWait("
	default:
		return
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return
	}
	if isSyncType(r.info.TypeOf(sel.X), "Locker") {
		// l.Unlock() of a sync.Locker (a Mutex, a RWMutex's RLocker); a
		// deferred one is deferStmt's.
		r.makeParents()
		if _, deferred := r.parents[call].(*ast.DeferStmt); deferred || fn.Name() != "Unlock" {
			return
		}
		r.ed.insert(r.off(sel.X.Pos()), rtFunc+"(")
		r.ed.replace(r.off(sel.X.End()), r.off(call.End()), "), "+strconv.Quote(fn.Name())+")")
		return
	}
	rt, ok := recv.Type().(*types.Pointer)
	if !ok {
		return
	}
	n, ok := rt.Elem().(*types.Named)
	if !ok {
		return
	}
	switch n.Obj().Name() {
	case "Mutex", "RWMutex":
	case "WaitGroup":
		if fn.Name() != "Wait" {
			return
		}
	case "Cond":
		// Wait unlocks the Cond's Locker first: the runtime checks it.
		rtFunc = rtName + ".SyncUnlock("
	default:
		return
	}
	path := "" // a method of sel.X's own type
	var last types.Type
	if len(s.Index()) > 1 {
		if path, last, ok = r.embeddedField(sel); !ok {
			return
		}
	}
	x := r.info.TypeOf(sel.X)
	head := "&("
	if _, ptr := x.Underlying().(*types.Pointer); ptr && path == "" {
		head = "(" // already the mutex's address
	}
	if _, ptr := last.(*types.Pointer); ptr {
		head = "(" // an embedded *sync.Mutex: the mutex's address
	}
	r.ed.insert(r.off(sel.X.Pos()), rtFunc+head) // after a statement marker
	r.ed.replace(r.off(sel.X.End()), r.off(call.End()), ")"+path+", "+strconv.Quote(fn.Name())+")")
}

// syncUnlockValue writes the method value m.Unlock or m.RUnlock of a
// sync.Mutex or sync.RWMutex (f := mu.Unlock, []func(){mu.Unlock}) as a
// function that checks the call as syncUnlock does; it reports whether it
// did.
//
//	mu.Unlock  →  __gk.SyncUnlocker(&(mu), "Unlock")
func (r *rewriter) syncUnlockValue(sel *ast.SelectorExpr) bool {
	s := r.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) > 1 || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	if name := sel.Sel.Name; name != "Unlock" && name != "RUnlock" {
		return false
	}
	r.makeParents()
	if c, ok := r.parents[sel].(*ast.CallExpr); ok && ast.Unparen(c.Fun) == sel {
		return false // called (defer mu.Unlock(), go mu.Unlock())
	}
	if p, ok := r.parents[sel].(*ast.ParenExpr); ok {
		if c, ok := r.parents[p].(*ast.CallExpr); ok && ast.Unparen(c.Fun) == sel {
			return false
		}
	}
	x := r.info.TypeOf(sel.X)
	head := "&("
	if p, ok := x.Underlying().(*types.Pointer); ok {
		x, head = p.Elem(), "("
	}
	if !isSyncType(x, "Mutex") && !isSyncType(x, "RWMutex") {
		return false
	}
	if head == "&(" && !r.addressable(sel.X) {
		return false
	}
	r.ed.insert(r.off(sel.X.Pos()), rtName+".SyncUnlocker("+head)
	r.ed.replace(r.off(sel.X.End()), r.off(sel.End()), "), "+strconv.Quote(sel.Sel.Name)+")")
	return true
}

// isSyncType reports whether t is sync's type name.
func isSyncType(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "sync" && n.Obj().Name() == name
}
