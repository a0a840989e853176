package engine

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"
)

// syncUnlock unlocks the sync.Mutex or sync.RWMutex l (method Unlock or
// RUnlock) when it is locked, and waits on the sync.Cond l (method Wait)
// when its Locker is locked; unlocking an unlocked one is a fatal error of
// the Go runtime, which would end the kernel: it ends the cell with that
// error, as it would end a program (see compile/syncunlock.go).
func (rt *cellRuntime) syncUnlock(l any, method string) {
	if m, ok := rLocked(l); ok {
		l, method = m, "RUnlock" // a RWMutex's RLocker
	}
	var what string
	switch m := l.(type) {
	case *sync.Mutex:
		if what = unlockError(m, method); what == "" {
			m.Unlock()
		}
	case *sync.RWMutex:
		switch what = unlockError(m, method); {
		case what != "":
		case method == "RUnlock":
			m.RUnlock()
		default:
			m.Unlock()
		}
	case *sync.Cond:
		if what = unlockError(m.L, "Unlock"); what == "" {
			m.Wait()
		}
	default:
		callMethod(l, method) // not written by the compiler
		return
	}
	if what != "" {
		rt.e.fatal(what)
	}
}

// unlockError returns the fatal error the Go runtime would raise for the
// Unlock or RUnlock (method) of the sync.Mutex or sync.RWMutex l, or ""
// (also for another Locker, which is not checked). A Mutex is probed with
// TryLock, whose lock is given back.
func unlockError(l any, method string) string {
	if m, ok := rLocked(l); ok {
		l, method = m, "RUnlock"
	}
	switch m := l.(type) {
	case *sync.Mutex:
		if m.TryLock() {
			m.Unlock()
			return "sync: unlock of unlocked mutex"
		}
	case *sync.RWMutex:
		return rwUnlockError(m, method)
	}
	return ""
}

// rwUnlockError returns the fatal error the Go runtime would raise for
// the Unlock or RUnlock (method) of m, or "": it reads m's count of
// readers, as sync does (negative while a writer holds or waits for the
// lock).
func rwUnlockError(m *sync.RWMutex, method string) string {
	if readerCount == nil {
		return "" // not this Go's RWMutex: no check
	}
	n := readerCount(m).Load()
	if method == "RUnlock" {
		if n == 0 || n == -rwMaxReaders {
			return "sync: RUnlock of unlocked RWMutex"
		}
		return ""
	}
	if n >= 0 {
		return "sync: Unlock of unlocked RWMutex"
	}
	return ""
}

// rwMaxReaders is sync's rwmutexMaxReaders.
const rwMaxReaders = 1 << 30

// readerCount returns the address of an RWMutex's count of readers, or is
// nil when RWMutex has no such field of type atomic.Int32.
var readerCount = func() func(*sync.RWMutex) *atomic.Int32 {
	f, ok := reflect.TypeFor[sync.RWMutex]().FieldByName("readerCount")
	if !ok || f.Type != reflect.TypeFor[atomic.Int32]() {
		return nil
	}
	return func(m *sync.RWMutex) *atomic.Int32 {
		return (*atomic.Int32)(unsafe.Add(unsafe.Pointer(m), f.Offset))
	}
}()

// rLocked returns the RWMutex whose RLocker l is (sync's rlocker, whose
// Unlock is the RWMutex's RUnlock).
func rLocked(l any) (*sync.RWMutex, bool) {
	if l == nil {
		return nil, false
	}
	v := reflect.ValueOf(l)
	if v.Type() != rlockerType || v.IsNil() {
		return nil, false
	}
	return (*sync.RWMutex)(v.UnsafePointer()), true
}

// rlockerType is the type of what sync.RWMutex.RLocker returns.
var rlockerType = reflect.TypeOf(new(sync.RWMutex).RLocker())

// syncUnlocker is the method value m.Unlock or m.RUnlock (method) of a
// sync.Mutex or sync.RWMutex, checked as syncUnlock checks the call.
func (rt *cellRuntime) syncUnlocker(l any, method string) func() {
	return func() { rt.syncUnlock(l, method) }
}
