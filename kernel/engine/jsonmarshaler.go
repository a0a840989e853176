package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// callBytes calls an accessor func(*T) ([]byte, error) on v.
func (rt *cellRuntime) callBytes(acc string, v reflect.Value) ([]byte, error) {
	f, recv, ok := rt.accessorFor(acc, v)
	if !ok {
		return nil, fmt.Errorf("no method for %s", v.Type())
	}
	out := f.Call([]reflect.Value{recv})
	if len(out) != 2 {
		return nil, fmt.Errorf("bad method for %s", v.Type())
	}
	if err, _ := out[1].Interface().(error); err != nil {
		return nil, err
	}
	b, _ := out[0].Interface().([]byte)
	return b, nil
}

// marshalerError is encoding/json's *MarshalerError for a method of a
// cell type: its text names the cell type, and errors.As finds the
// *json.MarshalerError in it.
type marshalerError struct {
	msg string
	me  *json.MarshalerError
}

func newMarshalerError(v reflect.Value, method, typeName string, err error) error {
	return &marshalerError{
		msg: fmt.Sprintf("json: error calling %s for type %s: %v", method, typeName, err),
		me:  &json.MarshalerError{Type: v.Type(), Err: err},
	}
}

func (e *marshalerError) Error() string { return e.msg }

func (e *marshalerError) Unwrap() error { return e.me.Err }

// As sets a **json.MarshalerError target.
func (e *marshalerError) As(target any) bool {
	if p, ok := target.(**json.MarshalerError); ok {
		*p = e.me
		return true
	}
	return false
}

// validJSON returns the error encoding/json gives for a MarshalJSON
// result that is not JSON.
func validJSON(b []byte) error {
	if json.Valid(b) {
		return nil
	}
	var buf bytes.Buffer
	return json.Compact(&buf, b)
}
