package format

import (
	"fmt"
	"io"
)

// TypedNilError is an error holding a nil pointer of a cell type, as Go's
// error interface does (return p, with p a nil *MyErr, is not a nil
// error); the interpreter would make it a nil interface. Its first field
// makes the interpreter take the pointer out of it for assertions and
// type switches, as it does for its own wrappers.
type TypedNilError struct {
	IValue any
	WError func() string
}

// Error calls the pointer's Error method.
func (e TypedNilError) Error() string { return e.WError() }

// Format prints as fmt prints a nil pointer whose Error method panics:
// "<nil>".
func (e TypedNilError) Format(f fmt.State, verb rune) {
	s, ok := e.try()
	if !ok {
		s = "<nil>"
	}
	switch verb {
	case 'q':
		fmt.Fprintf(f, "%q", s)
	case 'x', 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), s)
	default:
		io.WriteString(f, s)
	}
}

// try calls Error, reporting whether it returned.
func (e TypedNilError) try() (s string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return e.WError(), true
}
