// Package runtime holds the runtime errors the kernel raises for
// interpreted code, named as Go's own: fmt's %T prints them as
// runtime.boundsError, runtime.plainError, runtime.errorString and
// *runtime.TypeAssertionError, as for compiled code.
package runtime

import "fmt"

// boundsError is an index or slice expression out of range.
type boundsError struct{ msg string }

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// RuntimeError marks a runtime.Error.
func (boundsError) RuntimeError() {}

// plainError is a runtime error printed without "runtime error: ".
type plainError string

func (e plainError) Error() string { return string(e) }

// RuntimeError marks a runtime.Error.
func (plainError) RuntimeError() {}

// errorString is a runtime error with a fixed text.
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks a runtime.Error.
func (errorString) RuntimeError() {}

// TypeAssertionError is a failed type assertion.
type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError marks a runtime.Error.
func (*TypeAssertionError) RuntimeError() {}

// Index is an index out of range.
func Index(i, n int) error {
	if i < 0 {
		return boundsError{fmt.Sprintf("index out of range [%d]", i)}
	}
	return boundsError{fmt.Sprintf("index out of range [%d] with length %d", i, n)}
}

// IndexU is Index for an index of an unsigned type.
func IndexU(i uint64, n int) error {
	return boundsError{fmt.Sprintf("index out of range [%d] with length %d", i, n)}
}

// IndexUnknown is an index out of range whose values are not known.
func IndexUnknown() error { return boundsError{"index out of range"} }

// SliceBounds is s[lo:hi] out of range, hi beyond n (the capacity or
// length, as kind says) or lo beyond hi.
// A negative bound is named alone, as Go does.
func SliceBounds(lo, hi, n int, kind string) error {
	switch {
	case hi < 0:
		return boundsError{fmt.Sprintf("slice bounds out of range [:%d]", hi)}
	case hi > n:
		return boundsError{fmt.Sprintf("slice bounds out of range [:%d] with %s %d", hi, kind, n)}
	case lo < 0:
		return boundsError{fmt.Sprintf("slice bounds out of range [%d:]", lo)}
	}
	return boundsError{fmt.Sprintf("slice bounds out of range [%d:%d]", lo, hi)}
}

// Slice3Bounds is s[lo:hi:max] out of range, max beyond n (the capacity,
// or the length of an array, as kind says), hi beyond max or lo beyond
// hi, checked in that order, as Go does.
func Slice3Bounds(lo, hi, max, n int, kind string) error {
	switch {
	case max < 0:
		return boundsError{fmt.Sprintf("slice bounds out of range [::%d]", max)}
	case max > n:
		return boundsError{fmt.Sprintf("slice bounds out of range [::%d] with %s %d", max, kind, n)}
	case hi < 0:
		return boundsError{fmt.Sprintf("slice bounds out of range [:%d:]", hi)}
	case hi > max:
		return boundsError{fmt.Sprintf("slice bounds out of range [:%d:%d]", hi, max)}
	case lo < 0:
		return boundsError{fmt.Sprintf("slice bounds out of range [%d::]", lo)}
	}
	return boundsError{fmt.Sprintf("slice bounds out of range [%d:%d:]", lo, hi)}
}

// Slice is a slice expression out of range.
func Slice() error { return boundsError{"slice bounds out of range"} }

// Bounds is a bounds error with Go's message msg ("runtime error: " msg),
// such as a slice converted to a longer array.
func Bounds(msg string) error { return boundsError{msg} }

// Plain is a runtime error whose message has no "runtime error: " in
// front ("makechan: size out of range").
func Plain(msg string) error { return plainError(msg) }

// Uncomparable is == on interface values holding a type without ==.
func Uncomparable(typ string) error { return errorString("comparing uncomparable type " + typ) }

// Error is a runtime error with Go's message msg ("runtime error: " msg).
func Error(msg string) error { return errorString(msg) }

// NilMap is an assignment to an entry of a nil map.
func NilMap() error { return plainError("assignment to entry in nil map") }

// NilPointer is a nil pointer dereference.
func NilPointer() error { return errorString("invalid memory address or nil pointer dereference") }

// TypeAssertion is a failed type assertion with Go's message.
func TypeAssertion(msg string) error { return &TypeAssertionError{msg} }

// IsRuntime reports one of this package's errors.
func IsRuntime(err error) bool {
	switch err.(type) {
	case boundsError, plainError, errorString, *TypeAssertionError:
		return true
	}
	return false
}
