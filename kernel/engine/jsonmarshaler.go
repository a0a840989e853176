package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unsafe"
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

// newMarshalerError is encoding/json's *MarshalerError for the method of
// a cell type (v's): its text names the cell type (typeName) and the
// method.
func newMarshalerError(v reflect.Value, method, typeName string, err error) error {
	me := &json.MarshalerError{Type: namedRType{v.Type(), typeName}, Err: err}
	if method != "MarshalJSON" {
		// (Its unexported field names the method; MarshalJSON when
		// empty.)
		f := reflect.ValueOf(me).Elem().FieldByName("sourceFunc")
		if !f.IsValid() || f.Kind() != reflect.String {
			return fmt.Errorf("json: error calling %s for type %s: %w", method, typeName, err)
		}
		reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetString(method)
	}
	return me
}

// namedRType is a reflect.Type of a cell type that prints as the type's
// name ("main.Errs"), for the texts the standard library builds from it.
type namedRType struct {
	reflect.Type
	name string
}

func (t namedRType) String() string { return t.name }

func (t namedRType) Name() string { return t.name[strings.LastIndexByte(t.name, '.')+1:] }

// validJSON returns the error encoding/json gives for a MarshalJSON
// result that is not JSON.
func validJSON(b []byte) error {
	if json.Valid(b) {
		return nil
	}
	var buf bytes.Buffer
	return json.Compact(&buf, b)
}
