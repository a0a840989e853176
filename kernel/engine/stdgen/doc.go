// Package stdgen holds Go source for the generic API of the standard
// library, which the interpreter compiles on demand.
//
// The interpreter's symbol tables cannot hold generic functions and types
// (see symbols.Generic). The kernel's compiler rewrites each use of one in
// a cell, with its type arguments spelled out, into a use of the
// declaration that Name returns:
//
//	slices.Sort(xs)          →  __gk_slices_Sort[[]int, int](xs)
//	var p atomic.Pointer[T]  →  var p __gk_sync_atomic_Pointer[T]
//
// and, before the cell runs, evaluates Source of that package (after the
// sources of Requires) in the interpreter's main package. A source has no
// package clause; every name it declares, helpers included, starts with
// "__gk_" followed by the package's import path with "/" replaced by "_",
// and it imports packages under such names only ("__gk_slices_sort"): the
// interpreter refuses to import one name twice, even in separate
// evaluations. iter.Seq[V] and iter.Seq2[K, V] are written as the func
// types they stand for (the compiler does the same in cells).
//
// # What is implemented
//
// All the generic API of cmp, maps, slices, iter (Pull, Pull2), sync
// (OnceValue, OnceValues), sync/atomic (Pointer), math/rand/v2 (N), unique
// (Make, Handle), reflect (TypeFor, TypeAssert), errors (AsType),
// crypto/hkdf, crypto/pbkdf2, database/sql (Null) and hash/maphash
// (Comparable, WriteComparable). Not implemented: weak (Make, Pointer) and
// runtime.AddCleanup, which need the garbage collector's cooperation
// (a weak pointer that never clears, or a cleanup that never runs, would
// silently change what a cell observes).
//
// The results are Go's, checked against the compiled standard library by
// this package's tests, including the order of equal elements after
// sorting (slices.Sort uses sort.Ints, sort.Float64s and sort.Strings,
// which are slices.Sort; SortFunc uses sort.Slice, the same pdqsort) and
// the calls made to callbacks. Where the interpreter forces a difference,
// the source says so at the top; in short:
//
//   - iter.Pull runs the sequence on a goroutine (handing control back
//     and forth over channels) rather than a coroutine; a sequence
//     neither finished nor stopped keeps its goroutine.
//   - unique.Make never releases a value.
//   - errors.AsType cannot match a target interface type written in a
//     cell, nor follow an Unwrap method of a cell's type (errors.As has
//     the same limits in the interpreter); the compiler writes a cell's
//     errors.AsType with an interface type argument as its own walk
//     instead (compile/errorcalls.go).
//   - hash/maphash hashes differ from compiled code's (equal values still
//     hash equally).
//   - database/sql.Null[T].Scan follows database/sql's conversions except
//     for a T that is itself a Scanner or a pointer.
//   - panics of the runtime raised by slicing or make (bounds, negative
//     sizes) are worded by the interpreter, as in any cell.
//
// # Writing sources
//
// The interpreter (yaegi v0.16.1) mishandles some valid Go, so the
// sources avoid, and TestSourcesAreGo rejects: range over functions; the
// min, max and clear builtins; a composite literal of a type parameter
// (S{}); (*T)(x) conversions and var p *T declarations with T a type
// parameter; conversions to a type parameter (Int(x) fails for a named
// type such as time.Duration); a generic function of one type parameter
// called with an explicit type argument (f[E](x), parsed as an index
// expression: infer it instead), and one of several type parameters
// called with them inferred. Constraints that are unions embed them
// (see cmp.Ordered); comma-ok assertions to interface types, and type
// assertions to *T, are replaced by reflect or avoided; recovered panic
// values are unwrapped before being raised again (the interpreter's
// recover returns a reflect.Value); no type parameter is named Hash (the
// interpreter then fails to instantiate the function); and a closure that
// may run on several goroutines at once makes no func literal when called
// (the interpreter races on the frame that holds the literal).
package stdgen
