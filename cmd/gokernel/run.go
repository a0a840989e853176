package main

import (
	"errors"
	"io"
)

// runNotebooks executes notebooks headlessly. failed reports that a cell
// failed.
func runNotebooks(args []string, stdout, stderr io.Writer) (failed bool, err error) {
	return false, errors.New("not implemented yet")
}
