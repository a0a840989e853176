//go:build ignore

// Errors of the program's MarshalJSON and MarshalText methods are
// *json.MarshalerError, naming the type and the method.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Errs struct{}

func (Errs) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("custom fail") }

type T struct{ N int }

func (T) MarshalText() ([]byte, error) { return nil, errors.New("text fail") }

type W struct {
	A Errs
}

func main() {
	_, err := json.Marshal(Errs{})
	me, ok := err.(*json.MarshalerError)
	fmt.Printf("%T %v %v\n", err, ok, err)
	fmt.Println(me.Unwrap(), errors.Unwrap(err))
	_, err = json.Marshal(T{})
	fmt.Printf("%T %v\n", err, err)
	var me2 *json.MarshalerError
	fmt.Println(errors.As(err, &me2), me2.Err)
	_, err = json.Marshal(W{})
	fmt.Println(err)
	err = json.NewEncoder(os.Stdout).Encode(T{})
	fmt.Println(err)
}
